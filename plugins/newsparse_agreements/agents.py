"""Sides read from the agreement noun's own phrase: its "by" agent and a nationality before firms.

"The agreement by the G8 group" names who made it (a side), unless the agreement is the object of
another noun ("violations of the truce by rebels", "the rejection of the deal by X": the "by" phrase
is that noun's agent) or a proposal ("a ceasefire plan by Egypt": its proposer).  A country written
as an adjective before a firm noun ("an interconnection deal with Israeli networks") tells the
firms' nationality; the state is no side (the claims layer's place modifiers read the same way).
"""

from __future__ import annotations

import re

from .context import Hit
from .triggers import Trigger

__all__ = ["by_agent", "firm_nationality", "regional_adjective", "without_firm_nationalities"]

# "violations of the truce by", "the signing of the accord by": the noun before "of" owns the "by".
_OF_BEFORE = re.compile(
    r"\b(?:of|for)\s+(?:(?:the|a|an|this|that|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
_PROPOSALS = (
    "proposal",
    "proposals",
    "plan",
    "plans",
    "offer",
    "offers",
    "bid",
    "bids",
    "initiative",
    "draft",
)
# Firm nouns a nationality adjective qualifies ("Israeli networks", "French banks").
_FIRM_HEAD = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:networks?|firms?|compan(?:y|ies)|operators?|banks?|carriers?|airlines?|"
    r"lenders?|investors?|businesses|groups?|producers?|makers?|manufacturers?|retailers?|insurers?|"
    r"exporters?|importers?|suppliers?|buyers?|clubs?|partners?|utilities|refiners?|shipyards?)\b"
)
_REACH = 60
_LOWER_NOUN = re.compile(r"\s+[a-z]")


def by_agent(text: str, trig: Trigger, floor: int) -> bool:
    """Whether a "by" right after the trigger names the agreement's own maker ("The agreement by the
    G8 group"): not when the agreement is another noun's "of" object or a proposal."""
    if trig.hint == "proposed" or str.lower(trig.text).endswith(_PROPOSALS):
        return False
    return _OF_BEFORE.search(text, max(floor, trig.start - _REACH), trig.start) is None


def firm_nationality(text: str, hit: Hit) -> bool:
    """Whether the country mention ``hit`` is an adjective before a firm noun ("Israeli networks")."""
    word = text[hit.start : hit.end]
    if not hit.country or " " in word or not word[:1].isupper():
        return False
    return _FIRM_HEAD.match(text, hit.end) is not None and str.lower(word).endswith(
        ("an", "i", "ese", "sh", "ch")
    )


def without_firm_nationalities(text: str, chain: list[Hit]) -> list[Hit]:
    """The chain without countries that only tell the nationality of firms after them."""
    return [hit for hit in chain if not firm_nationality(text, hit)]


def regional_adjective(text: str, hit: Hit) -> bool:
    """Whether a region that is no country is written as an adjective before a lower-case noun ("its
    East European allies": unnamed allies, not Europe): no side."""
    word = text[hit.start : hit.end]
    if hit.country or hit.type != "LOC" or not str.lower(word).endswith(("an", "ern")):
        return False
    return _LOWER_NOUN.match(text, hit.end) is not None
