"""The word "Jan" before a person's name is the given name, not the month: it opens the name.

The chunker never starts a name at "Jan" (a month's abbreviation, ``rules.STOP_CAPS``), so "Jan
Kavan", "Jan Siemerink" and "Jan Ove Pedersen" lose their first word (and, left a bare surname, are
often typed as organisations). Before a name the chunker found, one space apart, inside a sentence
and with no number or time preposition before it ("on 5 Jan", "since Jan"), "Jan" is the given name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.rules import STOP_CAPS
from newsparse_entities.words import Candidate, Words

__all__ = ["with_given_jan"]

# Words before "Jan" that make it the month ("on 5 Jan", "since Jan", "in mid Jan").
_MONTH_BEFORE: Final = frozenset(
    "in on since from until till by of before after to through during late early mid end between".split()
)


def with_given_jan(
    words: Words, cands: Sequence[Candidate], headlines: frozenset[int], text: str
) -> list[Candidate]:
    """The candidates with each person-like name right after a given-name "Jan" widened over it."""
    texts = words.text
    out = list(cands)
    for k, c in enumerate(out):
        p = c.i - 1
        if p < 0 or texts[p] != "Jan":
            continue  # most candidates: no "Jan" before
        if _given(words, out, k, headlines, text):
            out[k] = Candidate(
                p, c.j, words.start[p], c.end, text[words.start[p] : c.end], "chunk", (), ("first_name",)
            )
    return out


def _given(words: Words, cands: Sequence[Candidate], k: int, headlines: frozenset[int], text: str) -> bool:
    """Whether the "Jan" before ``cands[k]`` opens a person's name: a name chunk one space after it,
    in its sentence, outside a headline, with no day's number, no time preposition and no other name
    before it."""
    c = cands[k]
    p = c.i - 1
    if c.kind != "chunk":
        return False  # a known place or body after "Jan": a month's heading ("Jan Germany exports")
    if words.text[c.i] in STOP_CAPS or not words.cap[c.i] or words.upper[c.i]:
        return False  # "Jan Feb", "JAN SALES"
    if words.sent[p] != words.sent[c.i] or words.sent[p] in headlines:
        return False
    if text[words.end[p] : c.start] != " " or (k > 0 and cands[k - 1].j > p):
        return False
    q = p - 1
    if q < 0 or words.sent[q] != words.sent[p]:
        return True
    before = words.text[q]
    return not (before.isdigit() or words.lower[q] in _MONTH_BEFORE)  # "7-5 Jan Siemerink": a score
