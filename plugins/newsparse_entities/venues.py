"""Places that stay places in a report of games: a dateline, and the venue closing a fixture line."""

from __future__ import annotations

from typing import Final

from newsparse_entities.rules import TEAM_ROLES
from newsparse_entities.words import Candidate, Words

__all__ = ["is_dateline", "is_place_of_writing_or_venue"]


def is_dateline(words: Words, c: Candidate) -> bool:
    """Whether a place opens a dateline ("MOSCOW:", "LONDON 1996-08-30"), as the core helper
    ``newsparse.syntax.datelines`` finds them (``words.datelines``)."""
    end = words.datelines.get(c.i)
    return end is not None and c.j <= end


def is_place_of_writing_or_venue(words: Words, c: Candidate, dateline: bool) -> bool:
    """Whether a place is no team whatever the report: a dated dateline ("NEW YORK 1996-08-30"), or
    the venue closing a fixture line in capitals after "AT" ("KANSAS CITY AT DETROIT")."""
    j = c.j
    if dateline:
        return j < len(words) and len(words.text[j]) == 4 and words.text[j].isdigit()
    return schedule_venue(words, c) or located_in(words, c)


def located_in(words: Words, c: Candidate) -> bool:
    """Whether a place is written after "in" ("In New York , Steve Finley 's homer", "won the second
    leg in Windhoek"): where a game was played, a place though the same name is a team elsewhere in
    the report; not when possessed or before a team role ("in Leeds striker X"), nor after "at",
    which in football writing names the club ("his time at Tottenham")."""
    i, j, text = c.i, c.j, words.text
    return (
        i > 0
        and words.lower[i - 1] == "in"
        and words.sent[i - 1] == words.sent[i]
        and not words.poss[j - 1]
        and not (j < len(text) and (text[j] in _QUOTES or text[j] in TEAM_ROLES))
    )


_QUOTES: Final = frozenset("'’")  # a possessive written apart ("in Karlsruhe 's 4-0 demolition")


def schedule_venue(words: Words, c: Candidate) -> bool:
    """Whether a place closes a fixture line in capitals after "AT" ("KANSAS CITY AT DETROIT"): the
    venue, a place, though the same name is a team elsewhere in the report."""
    i, j, sent = c.i, c.j, words.sent
    return (
        i >= 2
        and words.text[i - 1] == "AT"
        and sent[i - 2] == sent[i]
        and words.upper[i - 2]
        and (j == len(words.text) or sent[j] != sent[i] or words.line_start[j])
    )
