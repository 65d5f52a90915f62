"""A capitalised compass point inside a sentence before a known place is part of the place's name.

The chunker drops a direction word before a place so that "Northern Syria" opening a sentence stays
the country; written with a capital inside a sentence ("the strategic North Caucasus", "Russia and
North Africa", "the Western Atlantic"), the point of the compass names the region: one place, LOC
(a region of the place after it, as the guidelines type regions), its own name as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.chunk_context import in_score_line
from newsparse_entities.gazetteer import Gazetteer, country_ids
from newsparse_entities.result_rows import result_row_side
from newsparse_entities.words import Candidate, Words

__all__ = ["with_compass_places"]

# Points of the compass written before a place's name ("Central", "Upper", "Greater" are left out:
# they open names of bodies and events as often: "Central Bank", "Greater Milwaukee Open").
COMPASS_POINTS: Final = frozenset(
    """North South East West Northern Southern Eastern Western Northeast Northwest Southeast Southwest
    North-East North-West South-East South-West Northeastern Northwestern Southeastern Southwestern
    North-Eastern North-Western South-Eastern South-Western""".split()
)
_PLACE_TYPES: Final = frozenset(["GPE", "LOC"])
# The bare points, which before a country name a state of its own ("West Germany", "South Vietnam").
_POINTS: Final = frozenset("North South East West".split())


def with_compass_places(
    words: Words, cands: Sequence[Candidate], gaz: Gazetteer, headlines: frozenset[int], text: str
) -> list[Candidate]:
    """The candidates with each known place that a capitalised compass point inside a sentence
    precedes widened to that word, as a region's name (LOC)."""
    texts = words.text
    out = list(cands)
    for k, c in enumerate(out):
        p = c.i - 1
        if p < 0 or texts[p] not in COMPASS_POINTS or c.kind != "gaz":
            continue  # most candidates: no compass word before
        if _region_of(words, out, k, gaz, headlines, text):
            out[k] = _widened(words, c, gaz, text)
    return out


def _widened(words: Words, c: Candidate, gaz: Gazetteer, text: str) -> Candidate:
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
    return Candidate(p, c.j, words.start[p], c.end, text[words.start[p] : c.end], "chunk", (), evidence)


def _region_of(
    words: Words, cands: Sequence[Candidate], k: int, gaz: Gazetteer, headlines: frozenset[int], text: str
) -> bool:
    """Whether the gazetteer match ``cands[k]`` names a place (not a demonym) and the compass word before
    it stands inside its sentence, one space before it, outside a headline and outside any other name."""
    c = cands[k]
    p = c.i - 1
    if not c.cands or c.cands[0][1] == "demonym":
        return False
    row = gaz.entities.get(c.cands[0][0])
    if row is None or row[0] not in _PLACE_TYPES:
        return False
    if words.sent[p] != words.sent[c.i] or words.initial[p] or words.sent[p] in headlines:
        return False  # "Northern Iraq has been ...": a sentence's first word may be capitalised for it
    if text[words.end[p] : c.start] != " " or (k > 0 and cands[k - 1].j > p):
        return False
    q = p - 1  # a capitalised word before the compass point: a longer name the chunker cut elsewhere
    return not (q >= 0 and words.sent[q] == words.sent[p] and words.cap[q] and not words.initial[q])
