"""A deal stated with the purchase it makes: "a deal to buy X from Y", "an offer to acquire a stake in X".

The infinitive after the deal names its roles: the firm right after "buy" (or after "a stake in",
"the unit of") is the target, the names after "from" the seller (a side of the deal); after "sell",
the names after "to" are the buyer.  A generic head ("a deal", "an agreement") followed by "to buy"
is an acquisition.  The buyer itself is the subject of the agreeing verb (read by the status rules).
"""

from __future__ import annotations

import re

import attrs

from .clauses import clause_end
from .context import Hit, has_verb
from .sentence import _Sentence

__all__ = ["PURCHASE", "read_borrowers", "read_purchases", "read_sales_of", "read_supplies"]

_BORROWING = r"(?:secured|obtained|took\s+out|taken\s+out|raised|received|arranged)"
# "a loan that Yugansk had secured": the borrower named in a relative clause right after the loan.
_LOAN_THAT = re.compile(r"\s+(?:that|which)\s+(?=[A-Z])")
_BORROWED_AFTER = re.compile(rf"\s+(?:(?:had|has|have)\s+)?{_BORROWING}\b")
# "Acme secured a $900m loan": the subject borrowed (its article and amount between).
_BORROWED_BEFORE = re.compile(
    rf"\b{_BORROWING}\s+(?:(?:a|an|the|its|their|new|fresh|further|bridging|syndicated|[£$€]?\d[\w.,]*"
    r"|\([^()]{1,20}\))\s+){0,4}$"
)


# "the sale of Fairchild": the firm sold stands right after "of".
_SALE_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|a\s+)?", re.IGNORECASE)
# "Fairchild Semiconductor Corp. to Fujitsu", "MGM studios to the Sony Corporation", "X to rival Y":
# the buyer right after "to" (a description of it may stand between, an infinitive may not).
_TO_BUYER = re.compile(
    r"(?:\s*<[^<>]{1,12}>)?(?:\s+[a-z]+)?\s+to\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+)?"
    r"(?:firm|group|company|rival|investor|consortium|bank|maker|giant|operator|fund|tycoon)\s+)?"
)
# Where a sale's clause ends (a firm's "Corp." before "to Fujitsu" ends nothing).
_SALE_END = re.compile(r"[;:!?—–]|\.(?=\s+[A-Z\"“]|\s*$)|,\s+(?:and|but|while|which|who|after|as)\b")
# "a deal to buy", "an offer to acquire", "an agreement to sell": the deal's purchase, right after it.
PURCHASE = re.compile(
    r"\s+to\s+(?:(?P<buy>buy|acquire|purchase|take\s+over|snap\s+up)|(?P<sell>sell|sell\s+off))\s+",
    re.IGNORECASE,
)
# Where the purchase's clause ends: a stop, a semicolon, a dash, ", and", ", which", "and it".
_CLAUSE_END = re.compile(
    r"[.;:!?—–]|,\s+(?:and|but|while|which|who|after|as)\b|\s+(?:and|but)\s+(?:it|he|she|they)\b"
)
# What may stand between the verb and the firm bought: "", "a 20% stake in", "the rest of", "the unit of the".
_TO_TARGET = re.compile(
    r"(?:(?:(?:a|an|the|its|their)\s+)?(?:[\w%.,$£€-]+\s+){0,4}(?:in|of)\s+(?:the\s+)?)?", re.IGNORECASE
)
# "to buy the Securities Products unit of CheckFree": the firm after "unit of" owns what is sold.
_PART = r"(?:unit|units|division|divisions|subsidiary|subsidiaries|arm|business|businesses|operations|assets)"
_OWNER_OF = re.compile(rf"\b{_PART}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_THE = re.compile(r"(?:the\s+)?", re.IGNORECASE)
_OWNER_AFTER = re.compile(rf"\s+{_PART}\s+of\s+(?:the\s+)?", re.IGNORECASE)
# "from Globex", "from rival Fujitsu", "to US firm Acme": the side after its short description.
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# A country's possessive right before a firm's name: "Germany's Aldi".
_COUNTRYS = re.compile(r"['’]s\s+")
_TO = re.compile(r"\bto\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
# "a deal to supply Peugeot with SUVs", "a deal to import gas from Iran": the other side of a supply deal.
_SUPPLY = re.compile(
    r"\s+to\s+(?:(?P<supply>supply)|(?P<import>import)|(?P<export>export))\s+", re.IGNORECASE
)
_SUPPLY_KINDS = frozenset({"agreement", "contract", "trade_agreement"})
# A short description before the customer: "French car maker " (no verb, no preposition).
_DESCRIPTION = re.compile(r"(?:(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3})?")
_REACH = 90
_SUBJECT_REACH = 24
_KINDS = frozenset({"agreement", "acquisition", "talks"})
_FIRMS = frozenset({"ORG", "PERSON", "GPE"})


def read_purchases(ctx: _Sentence) -> None:
    """Give each deal followed by "to buy X (from Y)" / "to sell X (to Y)" its target and other side."""
    text = ctx.text
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if trig.kind not in _KINDS or "to" not in str.lower(text[trig.end : trig.end + 6]):
            continue  # (cheap first look: the purchase opens with "to")
        found = PURCHASE.match(text, trig.end, ctx.sentence.end)
        if found is None:
            continue
        if trig.kind == "agreement" and trig.generic:  # "a deal to buy X": an acquisition
            local.trigger = attrs.evolve(trig, kind="acquisition", generic=False)
        end = found.end()
        stop = min(clause_end(_CLAUSE_END, text, end, ctx.sentence.end), end + _REACH)
        hits = [h for h in ctx.entities.within(end, stop) if h.type in _FIRMS]
        target = _target(text, hits, end)
        selling = found.group("sell") is not None
        other = _after(text, hits, end, _TO if selling else _FROM)
        owner = None if selling or other else _owner(text, hits, end, target)
        if owner is not None:  # "to buy the unit of X": X sells (unless "from Y" names the seller)
            local.give("parties", [owner], owner.start, owner.end)
            local.cast("seller", [owner])
        if target is not None and target is not owner:
            local.cast("target", [target])
        if other:
            local.give("parties", other, other[0].start, other[-1].end)
            local.cast("acquirer" if selling else "seller", other)


def read_sales_of(ctx: _Sentence) -> None:
    """ "the sale of Fairchild Semiconductor Corp. to Fujitsu Ltd.": the firm right after "of" is the
    target, the name after "to" (no verb between) the acquirer, a side of the deal."""
    text = ctx.text
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if trig.kind != "acquisition" or not str.lower(trig.text).startswith("sale"):
            continue
        of = _SALE_OF.match(text, trig.end, ctx.sentence.end)
        if of is None:
            continue
        stop_at = _SALE_END.search(text, of.end(), ctx.sentence.end)
        stop = min(stop_at.start() if stop_at else ctx.sentence.end, of.end() + _REACH)
        hits = [h for h in ctx.entities.within(of.end(), stop) if h.type in _FIRMS]
        if hits and _describes(text, hits[0]):
            continue  # "the sale of Ukrainian steel producer Krivorizhstal": read elsewhere
        if not hits or hits[0].start != of.end() or hits[0].type == "PERSON":
            continue
        buyer = [h for h in hits[1:2] if _TO_BUYER.fullmatch(text, hits[0].end, h.start)]
        if hits[0] not in local.business.get("target", ()):
            local.cast("target", hits[:1])
        if buyer:
            local.give("parties", buyer, buyer[0].start, buyer[0].end)
            local.cast("acquirer", buyer)


def read_borrowers(ctx: _Sentence) -> None:
    """Who secured, obtained or took out a loan is its borrower and a side ("a loan that X had secured")."""
    text = ctx.text
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if trig.kind != "loan":
            continue
        borrowers: list[Hit] = []
        that = _LOAN_THAT.match(text, trig.end, ctx.sentence.end)
        if that is not None:
            chain = ctx.entities.chain_after(that.end(), ctx.sentence.end)
            if chain and chain[0].start == that.end() and _BORROWED_AFTER.match(text, chain[-1].end):
                borrowers = chain
        verb = (
            None
            if borrowers
            else _BORROWED_BEFORE.search(text, max(ctx.sentence.start, trig.start - 60), trig.start)
        )
        if verb is not None:
            borrowers = ctx.entities.chain_before(verb.start(), ctx.sentence.start, loose=_SUBJECT_REACH)
            borrowers = [h for h in borrowers if not has_verb(text[h.end : verb.start()])]
        if borrowers:
            lo, hi = min(trig.start, borrowers[0].start), max(trig.end, borrowers[-1].end)
            local.give("parties", borrowers, lo, hi)
            local.cast("borrower", borrowers)


def _target(text: str, hits: list[Hit], end: int) -> Hit | None:
    """The firm bought: the first name after the verb, past "a stake in" / "the rest of" (no verb between)."""
    if not hits or hits[0].type == "PERSON":
        return None
    gap = text[end : hits[0].start]
    if _TO_TARGET.fullmatch(gap) is None or has_verb(gap):
        return None
    return hits[0]


def _owner(text: str, hits: list[Hit], end: int, target: Hit | None) -> Hit | None:
    """The firm whose unit is bought: the target itself after "the unit of", or the name right after
    "<target> unit of" ("the Securities Products Business unit of CheckFree Corp")."""
    if target is None and hits and _THE.fullmatch(text, end, hits[0].start):
        target = hits[0]  # "to buy the Securities Products unit of": the unit's name, then its owner
    elif target is None:
        return None
    elif _OWNER_OF.search(text, end, target.start):
        return target
    later = [h for h in hits if h.start >= target.end][:1]
    return later[0] if later and _OWNER_AFTER.fullmatch(text, target.end, later[0].start) else None


def _after(text: str, hits: list[Hit], end: int, preposition: re.Pattern[str]) -> list[Hit]:
    """The first name after ``preposition`` ("from" the seller, "to" the buyer) in the clause."""
    for k, hit in enumerate(hits):
        if preposition.search(text, max(end, hit.start - 30), hit.start):
            return [_possessed(text, hits[k:])]
    return []


def _possessed(text: str, hits: list[Hit]) -> Hit:
    """The firm a country's possessive names ("to Germany's Aldi": Aldi buys), else the first hit."""
    first = hits[0]
    if len(hits) > 1 and (first.country or first.type == "GPE") and hits[1].type == "ORG":
        if _COUNTRYS.fullmatch(text, first.end, hits[1].start):
            return hits[1]
    return first


def read_supplies(ctx: _Sentence) -> None:
    """The customer of "a deal to supply X" and the other country of "a deal to import ... from X" /
    "to export ... to X" are sides of the deal (the subject of the agreeing verb is the other one)."""
    text = ctx.text
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if trig.kind not in _SUPPLY_KINDS or "to" not in str.lower(text[trig.end : trig.end + 6]):
            continue
        found = _SUPPLY.match(text, trig.end, ctx.sentence.end)
        if found is None:
            continue
        end = found.end()
        stop = min(clause_end(_CLAUSE_END, text, end, ctx.sentence.end), end + _REACH)
        hits = [h for h in ctx.entities.within(end, stop) if h.type in _FIRMS and not _describes(text, h)]
        if found.group("supply"):
            first = hits[0] if hits else None
            gap = text[end : first.start] if first is not None else ""
            side = [first] if first is not None and _DESCRIPTION.fullmatch(gap) and not has_verb(gap) else []
        else:
            side = _after(text, hits, end, _FROM if found.group("import") else _TO)
        if side:
            local.give("parties", side, side[0].start, side[-1].end)


def _describes(text: str, hit: Hit) -> bool:
    """Whether a country mention describes the noun after it ("French car maker", "Venezuelan fuel")."""
    return hit.country and text[hit.end : hit.end + 2].strip()[:1].islower()
