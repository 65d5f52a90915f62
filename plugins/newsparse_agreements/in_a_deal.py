"""A deal named as the manner of a trade clause: "Boeing is to supply Japan Airlines with 50 planes in a
deal worth $6bn", "Ryanair has placed an order for 70 Boeing planes, in a deal valued at $4bn".

When a party-less deal follows "in a(n)" in the clause of a trade verb (supply, order, sell, buy ...),
the verb's subject and its other side are the deal's sides: for "supply" / "order" the first name
after the verb, for "sell" the name after "to", for "buy" the name after "from".  The clause must
hold no semicolon between the verb and the deal, and the verb must not be negated.  The deal is
agreed (``signed``), or ``proposed`` under a modal or an intention ("could supply").
"""

from __future__ import annotations

import re

from .context import Hit, unique_hits
from .roles import subject_of
from .sentence import Local, _negated, _Sentence

__all__ = ["read_in_a_deal"]

# "in a deal", "in a $6bn (£3.1bn) deal", ", in a deal valued at": the mention right after "in a(n)".
_IN_A = re.compile(r"\bin\s+(?:a|an)\s+(?:[\w$£€.,()%-]+\s+){0,4}$", re.IGNORECASE)
# The trade verb of the clause, with what names its other side.
_TRADE = re.compile(
    r"\b(?:(?P<first>supply|supplies|supplied|supplying|provide|provides|provided|ordered|"
    r"placed\s+(?:an?\s+)?(?:firm\s+|new\s+)?orders?\s+(?:with|for))"
    r"|(?P<to>sell|sells|sold|selling)|(?P<from>buy|buys|bought|buying|purchased?|acquired?))\b",
    re.IGNORECASE,
)
_GENERIC = frozenset({"agreement", "contract"})
_TYPES = frozenset({"ORG", "PERSON", "GPE"})
_REACH = 160
# A trade verb under a modal or an intention is an offer ("could supply", "plans to buy"); else agreed.
_SUPPOSED = re.compile(
    r"\b(?:could|would|may|might|should|if|plans?\s+to|hopes?\s+to|wants?\s+to|seeks?\s+to|offered\s+to)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# A country describing who follows it ("an US entrepreneur", "French car maker Renault") is no side.
_DESCRIBED = re.compile(r"\s+[a-z]")
# The preposition right before the other side: "to (US firm) Acme", "from Globex".
_BEFORE_SIDE = {
    "to": re.compile(r"\bto\s+(?:the\s+|an?\s+)?(?:[a-zA-Z-]+\s+){0,2}$"),
    "from": re.compile(r"\bfrom\s+(?:the\s+|an?\s+)?(?:[a-zA-Z-]+\s+){0,2}$"),
}


def read_in_a_deal(ctx: _Sentence) -> None:
    """Give each party-less deal "in a deal" after a trade verb its two sides."""
    for local in ctx.locals:
        if local.trigger.kind in _GENERIC and not local.roles["parties"]:
            _read(ctx, local)


def _read(ctx: _Sentence, local: Local) -> None:
    """The sides of one deal from the nearest trade verb before "in a" (nothing unless both are named)."""
    text = ctx.text
    floor = max(ctx.sentence.start, local.trigger.start - _REACH)
    lead = _IN_A.search(text, floor, local.trigger.start)
    if lead is None or ";" in text[floor : lead.start()]:
        return
    verbs = list(_TRADE.finditer(text, floor, lead.start()))
    if not verbs:
        return
    verb = verbs[-1]
    if _negated(text, ctx.sentence.start, verb.start()):
        return
    subject = subject_of(ctx, verb.start())
    names = [
        h
        for h in ctx.entities.within(verb.end(), lead.start())
        if h.type in _TYPES and not (h.country and _DESCRIBED.match(text, h.end))
    ]
    side = _other_side(text, names, verb)
    if subject and side is not None and side not in subject:
        sides = unique_hits([*subject, side])
        local.give("parties", sides, sides[0].start, side.end)
        supposed = _SUPPOSED.search(text, max(ctx.sentence.start, verb.start() - 30), verb.start())
        local.statuses.append(("proposed" if supposed else "signed", verb.start(), verb.end()))


def _other_side(text: str, names: list[Hit], verb: re.Match[str]) -> Hit | None:
    """The other side after the trade verb: its first name ("supply Japan Airlines"), or the name after
    "to" for a sale and "from" for a purchase."""
    if verb.group("first"):
        return names[0] if names else None
    wanted = _BEFORE_SIDE["to" if verb.group("to") else "from"]
    return next((h for h in names if wanted.search(text, max(verb.end(), h.start - 40), h.start)), None)
