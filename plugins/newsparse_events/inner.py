"""The most specific place of the same incident: a country's toll, its city named in the attack's sentence.

A toll is often told with the country only ("KENYA: Total dead: 192", "killed in Sri Lanka") while
the sentence that tells the attack names where it happened ("the bombings of the U.S. Embassies in
Nairobi, Kenya, and Dar es Salaam, Tanzania"). When a toll's place is a country and the nearest
earlier sentence telling a casualty, or the story's first such sentence, names exactly one place that
the entities layer puts inside that country (its GeoNames ``country`` code equals the country's
ISO code), the toll takes that place. Nearness never decides "inside": a place with no country code
stays unread, and two places inside the country leave the toll as it was.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from newsparse import Claim, Document, Entity, Span
from newsparse_events.actors import PLACE_KINDS
from newsparse_events.areas import areas_in_sentence
from newsparse_events.model import Event
from newsparse_events.places import MAX_SENTENCES_BACK, background_sentence
from newsparse_events.triggers import find_triggers

__all__ = ["inner_place"]

Mention = tuple[int, int, str, str, str | None]
_NOT_THE_PLACE = frozenset({"demonym", "dateline", "capital"})  # a nationality, the filing city, a state


def _codes(doc: Document) -> dict[str, Mapping[str, Any]]:
    """Each entity's identifiers by id (a country has ``iso3166``, a city or region ``country``)."""
    entities: Sequence[Entity] = doc.entities
    return {e.id: e.identifiers for e in entities}


def _candidates(doc: Document, here: int) -> list[int]:
    """The sentences that may tell the toll's incident: the nearest earlier one telling a casualty, then
    the story's first (a disaster named in passing, "rebuilding from the tsunami", tells none)."""
    tokens = doc.token_columns
    out: list[int] = []

    def tells(i: int) -> bool:
        sentence = doc.sentences[i]
        lo = bisect.bisect_left(tokens.starts, sentence.start)
        hi = bisect.bisect_right(tokens.ends, sentence.end)
        told = bool(find_triggers(tokens, lo, hi))
        return told and not background_sentence(doc.text, sentence.start, sentence.end)

    nearest = next((i for i in range(here - 1, max(-1, here - 1 - MAX_SENTENCES_BACK), -1) if tells(i)), None)
    if nearest is not None:
        out.append(nearest)
    first = next((i for i in range(here) if tells(i)), None)
    if first is not None and first not in out:
        out.append(first)
    return out


def _inside(
    doc: Document,
    index: int,
    mentions: Sequence[Mention],
    codes: Mapping[str, Mapping[str, Any]],
    country: str,
    blocked: Sequence[tuple[int, int]],
) -> list[Mention]:
    """The place mentions of sentence ``index`` that the entities layer puts inside ``country``.

    In a sentence that reports ("..., a police official told Reuters in Kathmandu"), only a place of
    the reported content counts: the rest is where the source spoke.
    """
    sentence = doc.sentences[index]
    first = bisect.bisect_left(mentions, sentence.start, key=lambda m: m[0])
    last = bisect.bisect_left(mentions, sentence.end, key=lambda m: m[0])
    claims: Sequence[Claim] = doc.claims
    contents = [c.content for c in claims if sentence.start <= c.cue.start < sentence.end]
    return [
        m
        for m in mentions[first:last]
        if m[3] in PLACE_KINDS
        and m[4] not in _NOT_THE_PLACE
        and codes.get(m[2], {}).get("country") == country
        and not any(a <= m[0] and m[1] <= b for a, b in blocked)
        and (not contents or any(c.start <= m[0] and m[1] <= c.end for c in contents))
    ]


def inner_place(
    doc: Document,
    event: Event,
    mentions: Sequence[Mention],
    blocked: Sequence[tuple[int, int]],
) -> Event:
    """The event with the one place inside its country that the incident's sentence names, if any.

    ``mentions`` are sorted by start; ``blocked`` are the spans no place comes from (dates, datelines).
    """
    if event.place is None or event.place_text is None or event.scope != "incident":
        return event  # a running total's country is the war's, not one town's
    codes = _codes(doc)
    country = codes.get(event.place, {}).get("iso3166")
    if not isinstance(country, str):
        return event  # only a country's toll is refined: a city's region is not in the data
    here = doc.sentence_index(event.trigger.start)
    for index in _candidates(doc, here):
        inside = _inside(doc, index, mentions, codes, country, blocked)
        if len({m[2] for m in inside}) > 1:
            return event  # "in Nairobi and Mombasa": which one is the toll's is not said
        if inside:
            start, end, ident = inside[-1][0], inside[-1][1], inside[-1][2]  # a dateline's name comes first
            return attrs.evolve(
                event,
                place=ident,
                place_text=Span.of(doc.text, start, end),
                areas=areas_in_sentence(doc, (start, end, ident), mentions, PLACE_KINDS),
            )
    return event
