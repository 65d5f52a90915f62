"""The kind of a generic deal read from what it is for: "a deal to build a network" is a contract.

A generic head ("deal", "agreement", "pact", "accord") says nothing of its kind; the clause does.
Its purpose infinitive ("a deal with HCL to develop a platform", "a deal worth 1bn euros for Airbus
to sell 23 planes", "an agreement to stop dumping microchips") or the noun before its head ("a
television deal", "the semiconductor pact") names a service or supply deal between firms
(``contract``) or a deal on the trade of goods (``trade_agreement``), as the guidelines define them.
"""

from __future__ import annotations

import re
from itertools import pairwise

import attrs

from .sentence import _Sentence

__all__ = ["purpose_kind", "read_purposes"]

# What may stand between the head and its purpose: a value ("worth 1bn euros ($1.3bn; £690m)"),
# the other side ("with India's HCL Technologies"), a beneficiary ("for Airbus").
_PURPOSE = re.compile(
    r"(?:\s+(?:worth|valued\s+at)\s+(?:[^.!?]|\.(?=\d)){1,50}?)?"
    r"(?:\s+with(?:\s+[\w'’.&-]+){1,5}?)?"
    r"(?:\s+for\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})?"
    r"\s+to\s+(?P<verb>[a-z]+)(?:\s+(?:(?:its|their|the|his|her)\s+)?(?:home\s+)?(?P<obj>[a-z]+))?"
)
# Service or supply verbs: the firm named in the deal does work or delivers goods for the other
# ("to supply" is left out: a supply deal retold by a memorandum is one record, :mod:`.records`).
_SERVICE = frozenset(
    {
        "build",
        "provide",
        "develop",
        "deliver",
        "operate",
        "manage",
        "broadcast",
        "televise",
        "sponsor",
        "design",
        "produce",
        "maintain",
        "manufacture",
        "distribute",
    }
)
# "for Airbus to sell 23 planes": a sale of goods on behalf of a named firm.
_FOR_SELL = re.compile(r"\s+for\s+[A-Z]")
# Trade verbs and their objects: "to stop dumping", "to open its home market", "to cut exports".
_TRADE_VERBS = frozenset({"stop", "end", "halt", "curb"})
_TRADE_LIMITS = frozenset({"cut", "reduce", "limit", "curb", "restrict", "lower", "freeze", "open"})
_TRADE_OBJECTS = frozenset(
    {"exports", "imports", "tariffs", "quotas", "market", "markets", "output", "production"}
)
# Nouns before a generic head that name a purchase, a service deal or a deal on traded goods.
_PURCHASE_NOUNS = frozenset({"purchase", "sale", "buyout", "takeover", "acquisition"})
_SERVICE_NOUNS = frozenset({"television", "tv", "broadcasting", "sponsorship", "kit", "shirt", "licensing"})
_TRADE_NOUNS = frozenset(
    {
        *("semiconductor", "microchip", "chip", "textile", "textiles", "steel", "grain", "wheat"),
        *("sugar", "coffee", "cocoa", "rubber", "beef", "quota", "tariff"),
    }
)
# "the agreement governing trade in semiconductors", "a pact on tariffs": what the deal rules.
_ON_TRADE = re.compile(
    r"\s+(?:governing|on|covering)\s+(?:the\s+)?(?:trade|tariffs|exports|imports|dumping)\b"
)
_GENERIC_HEADS = frozenset({"deal", "deals", "agreement", "agreements", "pact", "accord", "contract"})
_REACH = 120


def purpose_kind(text: str, start: int, end: int, limit: int) -> str | None:
    """The kind the generic deal ``text[start:end]`` has from its modifier or purpose, or None."""
    words = str.lower(text[start:end]).split()
    before = str.lower(text[max(0, start - 24) : start]).split()
    if "venture" in words or "venture" in before[-1:]:
        return None  # a joint venture is an agreement of its own kind, whatever it makes
    modifiers = [*(words[:-1] if words and words[-1] in _GENERIC_HEADS else ()), *before[-1:]]
    if any(m in _PURCHASE_NOUNS for m in modifiers):
        return "acquisition"  # "an Aug. 10, 1988, stock purchase agreement"
    if any(m in _SERVICE_NOUNS for m in modifiers):
        return "contract"
    if any(m in _TRADE_NOUNS for m in modifiers):
        return "trade_agreement"
    traded = any(w == "trade" and not nxt.startswith("union") for w, nxt in pairwise(words))
    if traded or _ON_TRADE.match(text, end, min(limit, end + _REACH)):
        return "trade_agreement"  # "the Free Trade Area Agreement", "an agreement governing trade"
    found = _PURPOSE.match(text, end, min(limit, end + _REACH))
    if found is None:
        return None
    verb, obj = found.group("verb"), found.group("obj") or ""
    if verb in _SERVICE or (verb == "sell" and _FOR_SELL.search(found.group())):
        return "contract"
    if (verb in _TRADE_VERBS and obj == "dumping") or (verb in _TRADE_LIMITS and obj in _TRADE_OBJECTS):
        return "trade_agreement"
    return None


def read_purposes(ctx: _Sentence) -> None:
    """Give each generic deal of the sentence the kind its purpose or modifier names."""
    for local in ctx.locals:
        trig = local.trigger
        if trig.kind != "agreement" or trig.anaphor:
            continue
        kind = purpose_kind(ctx.text, trig.start, trig.end, ctx.sentence.end)
        if kind is not None:
            local.trigger = attrs.evolve(trig, kind=kind)
        if kind == "contract":  # a firms' service deal: no club, no player (the records' sport defaults)
            local.business.setdefault("club", [])
            local.business.setdefault("player", [])
