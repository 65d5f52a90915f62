"""A title whose agreement head has its own phrase before "between": "Agreement on Border Trade
between Kenya and Somalia", "Protocol of the Meeting between X and Y" (session 41, issue 17).

A document's title often puts what the agreement is about, or the meeting that made it, between the
head and its sides ("Memorandum of Settlement between ...", "Treaty of Friendship between Peru and
Chile"). The sides after "between" are still the document's signatories: the head is the title's,
and a meeting or talks named inside the title are the occasion at which those sides agreed it, so
their sides are the agreement's parties. A meeting or talks with no agreement head ("Meeting between
X and Y", "talks between X and Y") stay no record.

The head must open a line, capitalised, with at most capitalised title words before it on the line
("Joint Declaration of ..."), and the line must hold no sentence's end: a title, not running text.
The phrase runs on that line with no sentence punctuation up to the first "between", and the sides
after it are capitalised and joined by "and" or a comma, as ``titled.titled_between`` asks. A
"between" right after a place noun ("in the Area between Lachin and Shusha") names places, not
sides. Decided by closed word classes (the prepositions that open the phrase, "between", "and",
"the", place nouns) and capitals only.
"""

from __future__ import annotations

import re
from typing import Final

from .cues import _AFTER_TRIGGER

__all__ = ["phrase_between", "sides_after_phrase", "titled_phrase"]

# The head's own phrase: a preposition, then anything on the line with no sentence end, up to the
# first "between", which is followed by two capitalised sides ("between [the] X ... and|, [the] Y").
_PHRASE_BETWEEN: Final = re.compile(
    r"[ \t]+(?i:of|on|for|regarding|concerning|to|in)[ \t]+(?:(?!(?i:between)\b)[^\n;:.!?\[\](){}]){1,160}?"
    r"(?P<gap>[ \t]+)(?i:between)[ \t]+(?:(?i:the)[ \t]+)?[A-Z][^\n;:.!?]{0,120}?"
    r"(?:[ \t]+(?i:and)|,)[ \t]+(?:(?i:the)[ \t]+)?[A-Z]"
)
# What may stand before the head on its line: nothing, or capitalised title words ("Joint", "4-Point").
_TITLE_BEFORE: Final = re.compile(r"(?:\A|\n)[ \t]*(?:[A-Z0-9][\w'’-]*[ \t]+){0,4}\Z")
_REACH: Final = 60
# A sentence's end on the title's line: running text ("Agreement on X underlines the process between ...").
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’']?(?:[ \t]+[A-Z]|[ \t]*(?:\n|\Z))")
# Place nouns whose "between" names places, not sides ("in the Area between Lachin and Shusha").
_PLACE_NOUNS: Final = frozenset(
    "area areas zone zones region regions corridor road roads line lines towns villages".split()
)


def phrase_between(text: str, start: int, end: int) -> int | None:
    """Where the white space before "between" starts when the head at ``start:end`` opens a title line
    and its own phrase runs on to "between" and two capitalised sides; else None."""
    if not text[start : start + 1].isupper():
        return None
    if _TITLE_BEFORE.search(text, max(0, start - _REACH), start) is None:
        return None
    found = _PHRASE_BETWEEN.match(text, end)
    if found is None:
        return None
    line_end = text.find("\n", end)
    if _SENTENCE_END.search(text, end, len(text) if line_end < 0 else line_end + 1) is not None:
        return None  # running text, not a title
    before = text[end : found.start("gap")].rsplit(None, 1)
    if before and str.lower(before[-1]) in _PLACE_NOUNS:
        return None
    return found.start("gap")


def titled_phrase(text: str, start: int, end: int) -> bool:
    """Whether a bare generic head at ``start:end`` opens a title whose own phrase runs on to "between"
    and two capitalised sides ("Agreement on Reconciliation ... between South and North Korea")."""
    return phrase_between(text, start, end) is not None


def sides_after_phrase(text: str, start: int, end: int) -> re.Match[str] | None:
    """The preposition of sides ("between") a title's head at ``start:end`` reaches across its own
    phrase, matched as right after a head ("Treaty of Peace between X and Y"), or None."""
    gap = phrase_between(text, start, end)
    return None if gap is None else _AFTER_TRIGGER.match(text, gap)
