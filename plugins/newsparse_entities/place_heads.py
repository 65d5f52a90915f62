"""A place's head word and "of" before a name are part of the name ("the Republic of Ireland", "the
Bay of Biscay", "the Strait of Hormuz").

The gazetteer knows many such names whole ("Republic of Korea", "Isle of Man"); where it lacks one,
the look-up takes the name after "of" alone ("Ireland"; "Biscay", "Hormuz", then typed as bodies) and
the chunker leaves the head out or reads it apart ("Gulf"). A capitalised head one space before "of",
one space before a name, in one sentence, outside a headline, with no capitalised word before it,
opens the name: a state's head before a known state is that state; a sea's, a strait's, an island's
or a mountain's head before any name is a place of its own (LOC, as the guidelines type them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.words import Candidate, Words

__all__ = ["with_place_heads"]

# Heads of a state's official name, before a known state ("Federation", "Union" and "State" are left
# out: they head bodies as often: "Federation of Small Businesses", "State of the Union").
STATE_HEADS: Final = frozenset("Republic Kingdom Principality Sultanate Emirate Commonwealth".split())
# Heads of a natural place's name, before any name ("Sea of Japan", "Isle of Sheppey").
FEATURE_HEADS: Final = frozenset("Gulf Bay Sea Strait Straits Isle Lake Mount Cape".split())
_HEADS: Final = FEATURE_HEADS | STATE_HEADS
_PLACE_TYPES: Final = frozenset(["GPE", "LOC"])


def with_place_heads(
    words: Words, cands: Sequence[Candidate], gaz: Gazetteer, headlines: frozenset[int], text: str
) -> list[Candidate]:
    """The candidates with each name after a place's head and "of" widened over both."""
    texts = words.text
    out: list[Candidate] = []
    for c in cands:
        p = c.i - 2
        if p < 0 or texts[c.i - 1] != "of" or (head := texts[p]) not in _HEADS:
            out.append(c)  # most candidates: no "Republic of", "Bay of" before
            continue
        alone = out.pop() if out and out[-1].i == p and out[-1].j == p + 1 else None  # "Gulf" read apart
        widened = None
        if head in FEATURE_HEADS or _state(c, gaz):
            widened = _widened(words, out, c, headlines, text)
        if widened is None and alone is not None:
            out.append(alone)
        out.append(widened or c)
    return out


def _state(c: Candidate, gaz: Gazetteer) -> bool:
    """Whether ``c`` is a gazetteer match of a state or a place (not a demonym)."""
    if c.kind != "gaz" or not c.cands or c.cands[0][1] == "demonym":
        return False
    row = gaz.entities.get(c.cands[0][0])
    return row is not None and row[0] in _PLACE_TYPES


def _widened(
    words: Words, before: Sequence[Candidate], c: Candidate, headlines: frozenset[int], text: str
) -> Candidate | None:
    """``c`` widened over the head and "of" before it (the same state after a state's head, else a place
    of its own), or None where they stand apart, in a headline, inside another name or after a
    capitalised word (a longer name: "People's Republic of China", "Persian Gulf")."""
    p = c.i - 2
    if words.sent[p] != words.sent[c.i] or words.sent[p] in headlines or words.upper[p]:
        return None
    if text[words.end[p] : c.start] != " of " or (before and before[-1].j > p):
        return None
    q = p - 1
    if q >= 0 and words.sent[q] == words.sent[p] and words.cap[q] and not words.initial[q]:
        return None
    span = text[words.start[p] : c.end]
    if words.text[p] in STATE_HEADS:
        return Candidate(p, c.j, words.start[p], c.end, span, "gaz", c.cands)
    return Candidate(p, c.j, words.start[p], c.end, span, "chunk", (), ("loc_opener",))
