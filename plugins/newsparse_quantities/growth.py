"""Growth rates stated with a copula: "growth for the whole of 2004 was 1.6%" is a rise of 1.6%.

The quantities guideline reads a growth rate as a change (``up``) whatever verb states it; the
context pass finds "growth of 3%" and "grew 3%", this step the rate that is the predicate of a
clause whose subject is growth ("Growth was 1.1%", "growth would be just 1%", "remains at 9.1%").
Also here: the test that a second change of a level follows the first after a phrase of period
("rose 0.6% on the month and 6.1% on the year"), read by the context pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .found import Found
from .numbers import Words

__all__ = ["growth_rates", "period_and"]

# "growth" as the subject, then up to 120 characters of its own phrase (no clause break), then a
# copula and at most "at", "just", "an annual rate of", "a breakneck" before the amount
_GROWTH_IS = re.compile(
    r"\bgrowth\b(?P<phrase>[^.;:,!?\"()]{0,150}?)\s"
    r"(?:was|is|were|are|be|been|remains|remained|stood|stands)"
    r"(?:\s+(?:at|just|only|an annual rate of|a [a-z]+))*\s+$",
    re.IGNORECASE,
)
_CLAUSE_WORDS = re.compile(r"\b(?:and|but|while|which|that|said|says|than|whereas)\b", re.IGNORECASE)


# an aside between dashes ("growth - the main target of curbs on credit and investment - was")
_ASIDE = re.compile(r"\s[-\u2013\u2014]\s.*?\s[-\u2013\u2014](?:\s|$)")


def growth_rates(words: Words, found: Sequence[Found]) -> list[Found]:
    """The amounts, a percentage with no change that a clause about growth states made a rise."""
    return [_growth(words.text, f) if f.kind == "percent" and f.change is None else f for f in found]


def _growth(text: str, f: Found) -> Found:
    """``f`` as a rise when the words before it say "growth ... was" (module docstring)."""
    if f.modifier is not None or "growth" not in text[max(0, f.start - 190) : f.start].lower():
        return f
    match = _GROWTH_IS.search(text, max(0, f.start - 190), f.start)
    if match is None or _CLAUSE_WORDS.search(_ASIDE.sub(" ", match.group("phrase"))):
        return f
    return attrs.evolve(f, change="up")


# a short phrase of period or comparison between two changes of a level: "rose 0.6% on the month and
# 6.1% on the year", "up $5 from last Friday and $7 over the last quote" (percentages and money only)
_PERIOD_AND = re.compile(
    r"\s*(?:on|in|over|from|for|during|against)\b[^.;:()!?]{0,30}?\b(?:and|or)\s*", re.IGNORECASE
)
_CHANGE_OF_LEVEL = frozenset({"percent", "currency"})
_SHARE_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def period_and(words: Words, f: Found, between: str) -> bool:
    """Whether a percentage or an amount of money follows a change of the same unit after a short
    phrase of period and "and"/"or" (:data:`_PERIOD_AND`), and is no share ("20% of staff")."""
    if f.kind not in _CHANGE_OF_LEVEL or _PERIOD_AND.fullmatch(between) is None:
        return False
    return _SHARE_OF.match(words.text, f.end) is None
