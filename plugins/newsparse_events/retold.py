"""The more specific place a following sentence gives for an incident the story's sentence placed broadly.

Wire stories open with a country or province ("A policeman has been shot dead in Serbia's Kosovo
province") and name the village a few sentences on ("He was shot ... in the village of Donje
Ljupce"). The guideline takes "the most specific place the text gives for it". A following
sentence (at most :data:`MAX_SENTENCES_ON` on, none telling a running state or another year) that
writes "the village/town/suburb/city of X" gives X when the event has no place, a country or
state (a place the entities layer knows by an ISO code), or a city written in that phrase ("the
north Melbourne suburb of Preston").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsparse import Document, Entity, Span
from newsparse_events.actors import PLACE_KINDS
from newsparse_events.model import Event
from newsparse_events.places import background_sentence

__all__ = ["MAX_SENTENCES_ON", "PlaceIndex", "retold_place"]

MAX_SENTENCES_ON = 3
# "the village of Donje Ljupce", "the north Melbourne suburb of Preston", "the host city of Jyvaskyla"
_SPECIFIC = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?:the|a)\s+((?:[\w'-]+\s+){0,3}?)(?:village|town|suburb|hamlet|township|neighbourhood|neighborhood|"
    r"settlement|city)\s+of\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@attrs.frozen
class PlaceIndex:
    """The document's entity mentions by start, and the ids of the places known by an ISO code."""

    starts: tuple[int, ...]
    mentions: tuple[tuple[int, int, str, str], ...]
    broad: frozenset[str]

    @classmethod
    def of(cls, doc: Document) -> PlaceIndex:
        """Index the entities of ``doc`` (once per document)."""
        entities: Sequence[Entity] = doc.entities
        mentions = sorted((m.start, m.end, e.id, e.type) for e in entities for m in e.mentions)
        broad = frozenset(
            e.id for e in entities if e.type in PLACE_KINDS and {"iso3166", "iso3166_2"} & set(e.identifiers)
        )
        return cls(tuple(m[0] for m in mentions), tuple(mentions), broad)

    def known(self, start: int, end: int) -> tuple[int, int, str, str] | None:
        """The first mention overlapping ``[start, end)``, if any."""
        k = bisect.bisect_left(self.starts, start)
        if k > 0 and self.mentions[k - 1][1] > start:
            return self.mentions[k - 1]
        return self.mentions[k] if k < len(self.mentions) and self.mentions[k][0] < end else None


def _years(text: str) -> set[str]:
    return set(_YEAR.findall(text))


def _specific(doc: Document, index: PlaceIndex, lo: int, hi: int) -> tuple[re.Match[str], str | None] | None:
    """The first "the village of X" of ``doc.text[lo:hi]`` whose X is no other kind of entity."""
    for found in _SPECIFIC.finditer(doc.text, lo, hi):
        mention = index.known(found.start(2), found.end(2))
        if mention is None:
            return found, None
        if mention[3] in PLACE_KINDS:
            return found, mention[2]
    return None


def retold_place(doc: Document, event: Event, index: PlaceIndex) -> Event:
    """The event with the specific place a following sentence gives for it (see the module's doc)."""
    if event.scope != "incident" or event.background:
        return event
    place = event.place_text
    city = place is not None and event.place not in index.broad
    if city and event.place is None:
        return event  # a name read after "in" with no entity: its size is not known
    here = doc.sentence_index(event.trigger.start)
    told = doc.sentences[here]
    years = _years(doc.text[told.start : told.end])
    for j in range(here + 1, min(len(doc.sentences), here + 1 + MAX_SENTENCES_ON)):
        s = doc.sentences[j]
        if background_sentence(doc.text, s.start, s.end):
            return event  # "violence has flared in X since ...": a running state, no retelling
        hit = _specific(doc, index, s.start, s.end)
        if hit is None or not _years(doc.text[s.start : s.end]) <= years:
            continue
        found, entity = hit
        if city and (place is None or place.text not in found.group(1)):
            return event
        span = Span.of(doc.text, found.start(2), found.end(2))
        return attrs.evolve(event, place=entity, place_text=span, areas=())
    return event
