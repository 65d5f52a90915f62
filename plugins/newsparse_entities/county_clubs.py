"""Counties that stand for their cricket sides: in a cricket report, a county or province the
gazetteer knows as a subdivision ("Gloucestershire", "Lancashire") and that the report names with no
locating word before it ("sent Gloucestershire reeling", "Lancashire were forced to follow on",
"against arch-rivals Lancashire") is the county's side at each of its mentions.

Domestic cricket is played by counties and provinces, and their sides carry the subdivision's bare
name; the guideline's "Sports teams" types a side named by its place as the team. The other club
rules (:mod:`newsparse_entities.teams`) ask for a town and a report with words of football or rugby,
so a cricket report's counties stayed places (session 41, issue 14). A county that is located
anywhere in the report ("in Lancashire", "north of Lancashire", "Preston, Lancashire") stays the
place in every mention; a dateline stays the place, as the resolver decides for any team.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.venues import is_dateline, located_in
from newsparse_entities.words import Candidate, Words

__all__ = ["county_clubs", "cricket_report"]

# Words only cricket writes: two of them in a report (counted where written) make it a cricket report.
_CRICKET_WORDS: Final = frozenset(
    """cricket wicket wickets batsman batsmen bowler bowlers bowled bowling wicketkeeper all-rounder
    paceman spinner off-spinner leg-spinner seamer""".split()
)
# Words before a county that place something in it: such a mention vetoes the side in the report.
_LOCATING: Final = frozenset(
    "at near from of across around outside inside throughout within via into toward towards".split()
)
# "to Lancashire" says nothing either way (a trip or a loss); "in Lancashire" locates it unless a
# possessive or a team role follows ("in Lancashire 's second innings"), as :func:`located_in` decides.
_NEUTRAL: Final = frozenset(["to"])
_SUBDIVISION: Final = "iso3166-2:"


def cricket_report(words: Words) -> bool:
    """Whether the document reports cricket: two of its words are cricket's own ("wickets", "bowler")."""
    present = _CRICKET_WORDS.intersection(words.vocabulary)
    # most documents have none: a test of two sets, and the count is skipped
    return bool(present) and (len(present) >= 2 or sum(map(words.lower.count, present)) >= 2)


def _county(c: Candidate) -> bool:
    """Whether the gazetteer knows the name as a subdivision (a county, province or state)."""
    return any(ident.startswith(_SUBDIVISION) for ident, _ in c.cands)


def _standing(words: Words, c: Candidate, ends: frozenset[int]) -> str:
    """How a county's mention stands: "free" (a side may stand so), "located" (the place: "in" or "at
    Lancashire", "Preston , Lancashire", "Lancashire-born") or "neutral" (after "to", in a dateline,
    or opening a longer name: "Lancashire County Cricket Club")."""
    i, j, text = c.i, c.j, words.text
    if c.end != words.end[j - 1]:
        return "located"  # inside a word: "Lancashire-born"
    prev = words.prev(i)
    if prev is not None:
        before = words.lower[prev]
        if before in _LOCATING or (before == "," and prev - 1 in ends) or located_in(words, c):
            return "located"
        if before in _NEUTRAL:
            return "neutral"
    if is_dateline(words, c):
        return "neutral"
    if j < len(text) and words.sent[j] == words.sent[i] and words.cap[j] and not words.upper[j]:
        return "neutral"  # a longer name the county opens
    return "free"


def county_clubs(words: Words, gaz_cands: Sequence[Candidate], text: str) -> set[str]:
    """The written forms of the counties that are sides in a cricket report: each named free at one
    mention at least (in any case: "WARWICKSHIRE" follows "Warwickshire") and located at none."""
    counties = [c for c in gaz_cands if _county(c)]
    if not counties or not cricket_report(words):
        return set()
    ends = frozenset(c.j - 1 for c in gaz_cands if not _county(c))  # a town or country before a comma
    forms: dict[str, set[str]] = {}
    states: dict[str, set[str]] = {}
    for c in counties:
        key = text[c.start : c.end]
        folded = str.lower(key)
        forms.setdefault(folded, set()).add(key)
        states.setdefault(folded, set()).add(_standing(words, c, ends))
    return {
        key
        for folded, seen in states.items()
        if "free" in seen and "located" not in seen
        for key in forms[folded]
    }
