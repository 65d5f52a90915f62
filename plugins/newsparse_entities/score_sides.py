"""Towns that are the other side of a match result: a town after "to", "with", "over" or "by" that
follows a score in its clause ("crashed 3-0 at home to Motherwell", "drew 1-1 ( 1-0 ) with
Ferencvaros", "a 1-0 victory over Wimbledon", "lost their cup match 3-0 to Palermo") is its club,
at each of its mentions in the report.

A score written as two numbers and a hyphen is a match's result; the preposition after it names the
side the result was against. The guideline's "Sports teams" types such a town as its team; the
other club rules (:mod:`newsparse_entities.teams`) ask for the score right after the town or for a
result noun right before "over" (session 41, issue 14). A town followed by a capitalised word
("ridden by George Duffield", "defeat by Orlando Pirates") opens a longer name and is left alone, as
is a possessed one ("a 6-4 win over Japan 's Date": the player's country) and one inside a word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.words import Candidate, Words

__all__ = ["score_sides"]

# The prepositions that name the other side of a result ("lost 3-0 to", "drew 1-1 with").
_SIDE_PREPOSITIONS: Final = frozenset(("to", "with", "over", "by"))
# How many words may stand between the score and the preposition ("3 - 0 at home to").
_REACH: Final = 4
_PLACES: Final = ("geonames:", "iso3166-2:")


def _number(word: str) -> bool:
    """Whether a word is a side's goals or points in a score: one to three digits."""
    return word.isdigit() and len(word) <= 3


def _score_before(words: Words, k: int, first: int) -> bool:
    """Whether a score ("3 - 0", "3-0") ends within ``_REACH`` words before word ``k`` and after
    ``first``, the sentence's first word."""
    text = words.text
    for e in range(k - 1, max(first, k - 1 - _REACH) - 1, -1):
        w = text[e]
        if "-" in w and w[0].isdigit():
            left, _, right = w.partition("-")
            if _number(left) and _number(right):
                return True  # one word: "3-0"
        elif _number(w) and e - 2 >= first and text[e - 1] == "-" and _number(text[e - 2]):
            return True  # three words: "3 - 0"
    return False


def _other_side(words: Words, c: Candidate) -> bool:
    """Whether a town stands after a result's score and its preposition, ending its name there."""
    i, j, text, sent = c.i, c.j, words.text, words.sent
    if i < 2 or sent[i - 1] != sent[i] or words.lower[i - 1] not in _SIDE_PREPOSITIONS:
        return False
    if c.end != words.end[j - 1] or words.poss[j - 1]:
        return False  # "Wimbledon-based", "Japan 's Date"
    if j < len(text) and sent[j] == sent[i] and (words.cap[j] or text[j] in ("'", "’")):
        return False  # a longer name ("Orlando Pirates") or a possessive written apart
    return _score_before(words, i - 1, words.bounds[sent[i]])


def score_sides(words: Words, gaz_cands: Sequence[Candidate], text: str) -> set[str]:
    """The towns that are the other side of a result somewhere in the document (their written forms)."""
    if "-" not in words.vocabulary and not words.hyphens:
        return set()  # no score written in the document
    return {
        text[c.start : c.end]
        for c in gaz_cands
        if c.cands and c.cands[0][0].startswith(_PLACES) and _other_side(words, c)
    }
