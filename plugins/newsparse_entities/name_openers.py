"""Words that open the name after them, joined in one pass after the chunker's joins: a capitalised
compass point before a known place ("the North Caucasus"), "Jan" before a name (the given name, not
the month: "Jan Kavan"), a place's head and "of" ("the Republic of Ireland", "the Bay of Biscay").

The chunker and the gazetteer's look-up leave each of these words out of the name after it. One scan
asks each opener, in that order, whether the words before a candidate open it; the openers share the
checks of where they stand (in the candidate's sentence, outside a headline, the gap to the name, no
other name over them, no capitalised word before them) and the widening. Session 34 built the three
as separate passes (docs/design.md, "Session 34: entities", "ent2", "ent3"); session 35 joined them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.chunk_context import in_score_line
from newsparse_entities.gazetteer import Gazetteer, country_ids
from newsparse_entities.result_rows import result_row_side
from newsparse_entities.rules import STOP_CAPS
from newsparse_entities.words import Candidate, Words

__all__ = ["COMPASS_POINTS", "FEATURE_HEADS", "STATE_HEADS", "with_name_openers"]

# Points of the compass written before a place's name ("Central", "Upper", "Greater" are left out:
# they open names of bodies and events as often: "Central Bank", "Greater Milwaukee Open").
COMPASS_POINTS: Final = frozenset(
    """North South East West Northern Southern Eastern Western Northeast Northwest Southeast Southwest
    North-East North-West South-East South-West Northeastern Northwestern Southeastern Southwestern
    North-Eastern North-Western South-Eastern South-Western""".split()
)
# The bare points, which before a country name a state of its own ("West Germany", "South Vietnam").
_POINTS: Final = frozenset("North South East West".split())
# Words before "Jan" that make it the month ("on 5 Jan", "since Jan", "in mid Jan").
_MONTH_BEFORE: Final = frozenset(
    "in on since from until till by of before after to through during late early mid end between".split()
)
# Heads of a state's official name, before a known state ("Federation", "Union" and "State" are left
# out: they head bodies as often: "Federation of Small Businesses", "State of the Union").
STATE_HEADS: Final = frozenset("Republic Kingdom Principality Sultanate Emirate Commonwealth".split())
# Heads of a natural place's name, before any name ("Sea of Japan", "Isle of Sheppey").
FEATURE_HEADS: Final = frozenset("Gulf Bay Sea Strait Straits Isle Lake Mount Cape".split())
_HEADS: Final = FEATURE_HEADS | STATE_HEADS
_PLACE_TYPES: Final = frozenset(["GPE", "LOC"])
# The word right before a candidate that any opener needs there: the scan's one test for most.
_OPENING: Final = COMPASS_POINTS | frozenset(["Jan", "of"])


def with_name_openers(
    words: Words, cands: Sequence[Candidate], gaz: Gazetteer, headlines: frozenset[int], text: str
) -> list[Candidate]:
    """The candidates with the words that open their names joined to them: a compass point, then a
    given-name "Jan", then a place's head and "of", each asked of what the one before left."""
    texts = words.text
    out: list[Candidate] = []
    for c in cands:
        p = c.i - 1
        if p < 0 or texts[p] not in _OPENING:
            out.append(c)
            continue  # most candidates: no opener before
        if (
            c.kind == "gaz"
            and texts[p] in COMPASS_POINTS
            and _compass_opens(words, out, c, gaz, headlines, text)
        ):
            c = _compass_widened(words, c, gaz, text)  # "the North Caucasus"
            p = c.i - 1
        if p >= 0 and texts[p] == "Jan" and _jan_opens(words, out, c, headlines, text):
            c = _joined(words, p, c, text, "chunk", (), ("first_name",))  # "Jan Kavan": the given name
            p = c.i - 1
        if p >= 1 and texts[p] == "of" and texts[p - 1] in _HEADS:
            _add_place_head(words, out, c, gaz, headlines, text)  # "the Bay of Biscay"
        else:
            out.append(c)
    return out


def _stands_apart(
    words: Words,
    before: Sequence[Candidate],
    p: int,
    c: Candidate,
    gap: str,
    headlines: frozenset[int],
    text: str,
) -> bool:
    """Whether the opener at word ``p`` stands in ``c``'s sentence, outside a headline, ``gap`` before
    it, inside no name found before it (``before``: the candidates so far)."""
    if words.sent[p] != words.sent[c.i] or words.sent[p] in headlines:
        return False
    return text[words.end[p] : c.start] == gap and not (before and before[-1].j > p)


def _after_a_name_word(words: Words, p: int) -> bool:
    """Whether a capitalised word inside the sentence stands right before word ``p``: a longer name the
    chunker cut elsewhere ("People's Republic of China", "Persian Gulf")."""
    q = p - 1
    return q >= 0 and words.sent[q] == words.sent[p] and words.cap[q] and not words.initial[q]


def _joined(
    words: Words,
    p: int,
    c: Candidate,
    text: str,
    kind: str,
    cands: Sequence[Sequence[str]] = (),
    evidence: tuple[str, ...] = (),
) -> Candidate:
    """``c`` widened to open at word ``p``: the same end, the text as written."""
    start = words.start[p]
    return Candidate(p, c.j, start, c.end, text[start : c.end], kind, cands, evidence)


def _compass_opens(
    words: Words,
    before: Sequence[Candidate],
    c: Candidate,
    gaz: Gazetteer,
    headlines: frozenset[int],
    text: str,
) -> bool:
    """Whether the compass point before the gazetteer match ``c`` opens it: ``c`` names a place (not a
    demonym) and the point is no sentence's first word ("Northern Iraq has been ...": capitalised for
    the sentence) and follows no name word."""
    if not c.cands or c.cands[0][1] == "demonym":
        return False
    row = gaz.entities.get(c.cands[0][0])
    if row is None or row[0] not in _PLACE_TYPES:
        return False
    p = c.i - 1
    if words.initial[p] or not _stands_apart(words, before, p, c, " ", headlines, text):
        return False
    return not _after_a_name_word(words, p)


def _compass_widened(words: Words, c: Candidate, gaz: Gazetteer, text: str) -> Candidate:
    """The place ``c`` with the compass word before it: the gazetteer's entry for the whole name where
    there is one ("North Carolina-based", which the look-up missed for its hyphen); a state named by a
    bare point before a country ("West Germany", "North Vietnam"); a side of a result row, a team; else
    a region (LOC)."""
    p = c.i - 1
    point = words.text[p]
    key = f"{point} {c.text}"
    if key in gaz.names and (found := gaz.candidates(key)):
        return Candidate(p, c.j, words.start[p], c.end, key, "gaz", found)
    if in_score_line(words, p, c.j) or result_row_side(words, p, c.j):
        evidence: tuple[str, ...] = ("fixture",)  # "Northampton 46 West Hartlepool 20": a team
    elif point in _POINTS and c.cands[0][0] in country_ids(gaz):
        evidence = ("place_opener",)
    else:
        evidence = ("loc_opener",)
    return _joined(words, p, c, text, "chunk", (), evidence)


def _jan_opens(
    words: Words, before: Sequence[Candidate], c: Candidate, headlines: frozenset[int], text: str
) -> bool:
    """Whether the "Jan" before ``c`` opens a person's name: a name chunk one space after it, in its
    sentence, outside a headline, with no day's number, no time preposition and no other name before
    it."""
    if c.kind != "chunk":
        return False  # a known place or body after "Jan": a month's heading ("Jan Germany exports")
    if words.text[c.i] in STOP_CAPS or not words.cap[c.i] or words.upper[c.i]:
        return False  # "Jan Feb", "JAN SALES"
    p = c.i - 1
    if not _stands_apart(words, before, p, c, " ", headlines, text):
        return False
    q = p - 1
    if q < 0 or words.sent[q] != words.sent[p]:
        return True
    return not (words.text[q].isdigit() or words.lower[q] in _MONTH_BEFORE)  # "7-5 Jan Siemerink": a score


def _add_place_head(
    words: Words, out: list[Candidate], c: Candidate, gaz: Gazetteer, headlines: frozenset[int], text: str
) -> None:
    """Add ``c`` to ``out``, widened over the place's head and "of" before it where they open it (the
    same state after a state's head, else a place of its own), the head read alone dropped into it."""
    p = c.i - 2
    alone = out.pop() if out and out[-1].i == p and out[-1].j == p + 1 else None  # "Gulf" read apart
    widened = None
    if words.text[p] in FEATURE_HEADS or _state(c, gaz):
        widened = _head_widened(words, out, c, headlines, text)
    if widened is None and alone is not None:
        out.append(alone)
    out.append(widened or c)


def _state(c: Candidate, gaz: Gazetteer) -> bool:
    """Whether ``c`` is a gazetteer match of a state or a place (not a demonym)."""
    if c.kind != "gaz" or not c.cands or c.cands[0][1] == "demonym":
        return False
    row = gaz.entities.get(c.cands[0][0])
    return row is not None and row[0] in _PLACE_TYPES


def _head_widened(
    words: Words, before: Sequence[Candidate], c: Candidate, headlines: frozenset[int], text: str
) -> Candidate | None:
    """``c`` widened over the head and "of" before it, or None where they stand apart, in a headline,
    in capitals, inside another name or after a capitalised word."""
    p = c.i - 2
    if words.upper[p] or not _stands_apart(words, before, p, c, " of ", headlines, text):
        return None
    if _after_a_name_word(words, p):
        return None
    if words.text[p] in STATE_HEADS:
        return _joined(words, p, c, text, "gaz", c.cands)
    return _joined(words, p, c, text, "chunk", (), ("loc_opener",))
