"""A purchase or sale sought or offered whose object names no firm: "is seeking to buy up to 25% of the
copier company", "is continuing to try to sell itself", "offered to buy the remaining shares".

The guidelines count a bid or a reported possibility as a ``proposed`` acquisition.  :mod:`.deals`
reads a prospect ("plans to buy") only when a named firm is bought; here a verb of attempt or intent
(a closed class: try, seek, offer, plan, aim, want, intend, hope, attempt, "be about to") governs the
infinitive, and its object is the subject itself ("sell itself": the subject is the target) or a part
of a firm ("25% of", "the remaining shares", "the rest of"), which is what a takeover buys.  Session 42.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from newsparse import Document

from .context import EntityIndex, Hit
from .deals import VerbDeal
from .triggers import Trigger

__all__ = ["PROSPECT_STEMS", "prospect_deals", "prospect_spots"]

# The verb of attempt or intent and its infinitive chain ("is continuing to try to", "offered to").
_INTENT = (
    r"(?:(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+)?(?:continuing\s+to\s+try\s+to|trying\s+to"
    r"|seeking\s+to|looking\s+to|hoping\s+to|attempting\s+to|planning\s+to|about\s+to)"
    r"|(?:has\s+|have\s+|had\s+)?(?:offered|sought|tried|attempted|planned|wanted|intended|aimed)\s+to"
    r"|(?:seeks|tries|plans|wants|intends|aims|hopes|attempts)\s+to)"
)
# Before the purchase verb: the verb of attempt or intent that governs its infinitive.
_INTENT_BEFORE = re.compile(rf"\b{_INTENT}\s+$", re.IGNORECASE)
_REACH = 45  # the longest intent chain ("were still continuing to try to ") and some room
# The purchase or sale and its object: the subject itself, or a share or the rest of a firm.
_PURCHASE = re.compile(
    r"(?P<verb>(?P<sell>sell)|buy|acquire|purchase)\s+(?:(?P<self>itself|themselves)\b"
    r"|(?:up\s+to\s+|about\s+|nearly\s+|as\s+much\s+as\s+)?\d[\d.,]*\s*(?:%|pct|percent|per\s+cent)\s+of\s"
    r"|(?P<rest>the\s+(?:remaining|outstanding)\s+(?:shares|stake|stock)\b|the\s+(?:rest|remainder)\s+of\s))",
    re.IGNORECASE,
)
# The stems of the layer's one scan where a purchase verb may start (:class:`.stemscan.StemScan`).
# ("sell " with its space: the scan's "sel" group holds "sells", which it also finds inside words.)
PROSPECT_STEMS = ("buy", "acquir", "purchas", "sell ")
# "it", "the company", "the bank": the subject is the last firm named.
_ANAPHOR = re.compile(r"\b(?:it|the\s+(?:company|bank|firm|group|thrift))\s+$", re.IGNORECASE)
_FIRMS = frozenset({"ORG"})
# "a Dutch firm is seeking to buy": an unnamed firm seeks it (the record has no named side).
_FIRM_NOUN = re.compile(r"\b(?:firm|company|group|bank|investor|consortium|bidder|buyer)\s+$", re.IGNORECASE)
# "..., and offered to buy": a predicate conjoined to the clause's first one shares its subject.
_CONJOINED = re.compile(r",?\s+and\s+$")
# "It also acquired", "The company": a sentence opening with a pronoun for the last firm.
_OPENING = re.compile(r"\s*(?:it|the\s+(?:company|bank|firm|group|thrift))\b", re.IGNORECASE)


def prospect_spots(text: str, found: Mapping[str, list[int]]) -> list[tuple[int, re.Match[str]]]:
    """Where an intent verb governs a purchase of no named firm: (the intent's start, the purchase).

    ``found``: where the stems of the layer's scan occur (cheap: only the purchase verbs are looked at).
    """
    spots = []
    for at in sorted(i for stem in PROSPECT_STEMS for i in found.get(stem, ())):
        if at and text[at - 1].isalnum():
            continue  # inside a word ("upsell"): no purchase verb
        purchase = _PURCHASE.match(text, at)
        intent = _INTENT_BEFORE.search(text, max(0, at - _REACH), at) if purchase is not None else None
        if purchase is not None and intent is not None:
            spots.append((intent.start(), purchase))
    return spots


def prospect_deals(
    doc: Document, entities: EntityIndex, found: Mapping[str, list[int]]
) -> Iterator[VerbDeal]:
    """The proposed acquisitions of :func:`prospect_spots` a firm seeks (module docstring)."""
    text = doc.text
    for start, match in prospect_spots(text, found):
        sentence = doc.sentence_of(start)
        if sentence is None or _names_firm(text, entities, match):
            continue
        subject = _subject(text, entities, sentence.start, start)
        if not subject and not _FIRM_NOUN.search(text, max(sentence.start, start - 30), start):
            continue  # no firm seeks it: a person's or a country's wish, not a takeover
        if match.group("self"):  # "to sell itself": the firm sold is the target, no seller besides it
            roles: tuple[tuple[str, tuple[Hit, ...]], ...] = (("target", subject),)
        else:
            roles = (("seller" if match.group("sell") else "acquirer", subject),)
        if match.group("rest"):  # "acquired 67.7% of Eon Labs, and offered to buy the remaining shares"
            roles += (("target", _rest_of(entities, sentence.start, start, subject)),)
        trig = Trigger(match.start(), match.end("verb"), match.group("verb"), "acquisition")
        yield VerbDeal(trig, "proposed", tuple((r, h) for r, h in roles if h), subject)


def _names_firm(text: str, entities: EntityIndex, match: re.Match[str]) -> bool:
    """Whether a named firm stands right after the object ("25% of Jaguar": :mod:`.deals` reads it)."""
    after = entities.within(match.end(), match.end() + 40)
    return any(h.type in _FIRMS and not text[match.end() : h.start].strip(" ") for h in after)


def _subject(text: str, entities: EntityIndex, floor: int, pos: int) -> tuple[Hit, ...]:
    """The firm that seeks the deal: the name right before the verb, or the last firm for "it"."""
    chain = [h for h in entities.chain_before(pos, floor) if h.type in _FIRMS]
    if chain:
        return (chain[-1],)
    if _CONJOINED.search(text, max(floor, pos - 8), pos):
        # "It also acquired X, and offered to buy": the subject of the clause's first predicate
        if _OPENING.match(text, floor) is not None:
            return _opening_firm(entities, floor)
        first = entities.within(floor, pos)[:1]
        return tuple(h for h in first if h.type in _FIRMS and h.start == floor)
    if _ANAPHOR.search(text, max(floor, pos - 20), pos):
        return _last_firm(entities, pos)
    return ()


def _rest_of(entities: EntityIndex, floor: int, pos: int, subject: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """The firm whose remaining shares are bought: the last firm of the clause before, not the buyer."""
    firms = [h for h in entities.within(floor, pos) if h.type in _FIRMS and h not in subject]
    return tuple(firms[-1:])


def _opening_firm(entities: EntityIndex, floor: int) -> tuple[Hit, ...]:
    """The firm a sentence-opening "It" stands for: the first firm of the sentence before (its subject)."""
    before = entities.last_before(floor, 0)
    if before is None:
        return ()
    lo = max(entities.text.rfind(". ", 0, before.start), entities.text.rfind("\n", 0, before.start)) + 1
    return tuple(h for h in entities.within(lo, floor) if h.type in _FIRMS)[:1]


def _last_firm(entities: EntityIndex, pos: int) -> tuple[Hit, ...]:
    """The last firm named before ``pos`` (for "it", "the company")."""
    hit = entities.last_before(pos, 0)
    while hit is not None and hit.type not in _FIRMS:
        hit = entities.last_before(hit.start, 0)
    return (hit,) if hit is not None else ()
