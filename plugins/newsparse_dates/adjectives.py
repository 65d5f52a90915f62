"""Lengths written as adjectives without their hyphen ("the two day rally"), years before "year", and
vague words in a sense that is no time ("most recently at a forum", "the future of the airline")."""

from __future__ import annotations

import re

from newsparse_dates.context import Context
from newsparse_dates.lexicon import number_value, unit_of

__all__ = ["YEAR_NUMBER", "determiner_before_bare_adjective", "occasion_or_fate"]

YEAR_NUMBER = re.compile(r"(?:1[89]|20)\d\d")
# a noun after a length written as an adjective without its hyphen ("the two day rally"), not a word
# that makes the length a phrase of its own ("the two days of talks", "the 10 years to 1996")
_NOUN_AFTER_LENGTH = re.compile(
    r" (?!(?:ago|old|later|earlier|of|from|to|and|or|in|on|at|by|for|before|after|since|until|than|is|was"
    r"|were|are|has|had|have|will|would|the|a|an|that|which|when|as|with|ended|ending|beginning|starting)\b)"
    r"[a-z]{3,}"
)


def determiner_before_bare_adjective(m: re.Match[str], ctx: Context) -> int:
    """Characters to drop so that "the two day rally", "The 93 minute film" keep only the length: a
    count above one before a singular unit is an adjective, its determiner the noun's (as "the 10-day
    strike" is, hyphenated)."""
    if not m["the"] or m["hi"] or m["half"] or m["tail"] or m["modq"] or not m["num"]:
        return 0
    unit = str.lower(m["unit"])
    if unit_of(unit) != unit or not _NOUN_AFTER_LENGTH.match(ctx.text, m.end()):
        return 0
    amount = number_value(m["num"])
    return m.end("the") - m.start() if isinstance(amount, int) and amount > 1 else 0


_MOST_BEFORE = re.compile(r"\bmost\s+$")
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+(?:ed|en)\b")
_OF_AFTER = re.compile(r"\s+of\b")


def occasion_or_fate(word: str, ctx: Context, start: int, end: int) -> bool:
    """Whether the vague word at ``start:end`` names no time: "most recently" before the occasion it
    names orders occasions (not "the most recently proposed date", an adverb of a participle, which
    is PAST_REF as "the recently imposed"); "the future of X" is the fate of a thing (guidelines)."""
    if word == "recently":
        return bool(_MOST_BEFORE.search(ctx.before(start, 6))) and not _PARTICIPLE_AFTER.match(ctx.text, end)
    return word == "the future" and _OF_AFTER.match(ctx.text, end) is not None
