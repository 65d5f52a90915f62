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

from newsparse import Document, Entity, Span, TimeExpression
from newsparse_events.actors import PLACE_KINDS
from newsparse_events.model import Event
from newsparse_events.places import background_sentence

__all__ = ["MAX_SENTENCES_ON", "PlaceIndex", "retold_cue", "retold_place"]

MAX_SENTENCES_ON = 3
_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}"
# "in the village of Donje Ljupce", "in the north Melbourne suburb of Preston", "in Madhumalla village"
_SPECIFIC = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?:(?:the|a)\s+(?P<mods>(?:[\w'-]+\s+){0,3}?)"
    r"(?:village|town|suburb|hamlet|township|neighbourhood|neighborhood|settlement|city)\s+of\s+"
    rf"(?P<name>{_NAME})|(?:the\s+)?(?P<before>{_NAME})\s+(?:village|town|suburb|hamlet|township|settlement)\b)"
)
# a place written as a bearing from a city: "in a restaurant near Algiers", "west of Algiers"
_BEARING = re.compile(
    r"\b(?:near|outside|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+$"
)
_NOUNS = ("village", "town", "suburb", "hamlet", "neighbo", "settlement", "city")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@attrs.frozen
class PlaceIndex:
    """The document's entity mentions by start, and the ids of the places known by an ISO code."""

    starts: tuple[int, ...]
    mentions: tuple[tuple[int, int, str, str], ...]
    broad: frozenset[str]
    date_starts: tuple[int, ...]
    date_values: tuple[str, ...]

    @classmethod
    def of(cls, doc: Document, dates: Sequence[TimeExpression]) -> PlaceIndex:
        """Index the entities of ``doc`` and its ``dates`` (sorted by start), once per document."""
        entities: Sequence[Entity] = doc.entities
        mentions = sorted((m.start, m.end, e.id, e.type) for e in entities for m in e.mentions)
        broad = frozenset(
            e.id for e in entities if e.type in PLACE_KINDS and {"iso3166", "iso3166_2"} & set(e.identifiers)
        )
        starts = tuple(m[0] for m in mentions)
        return cls(
            starts, tuple(mentions), broad, tuple(t.start for t in dates), tuple(t.value for t in dates)
        )

    def known(self, start: int, end: int) -> tuple[int, int, str, str] | None:
        """The first mention overlapping ``[start, end)``, if any."""
        k = bisect.bisect_left(self.starts, start)
        if k > 0 and self.mentions[k - 1][1] > start:
            return self.mentions[k - 1]
        return self.mentions[k] if k < len(self.mentions) and self.mentions[k][0] < end else None

    def other_day(self, start: int, end: int, own: str | None) -> bool:
        """Whether a date written in ``[start, end)`` is not the event's own ``own`` ("A week ago ...")."""
        if own is None:
            return False
        lo, hi = bisect.bisect_left(self.date_starts, start), bisect.bisect_left(self.date_starts, end)
        return any(not (v.startswith(own) or own.startswith(v)) for v in self.date_values[lo:hi])


def retold_cue(text: str) -> bool:
    """Whether ``text`` writes a town or village the rule could take (most stories do not: no index)."""
    return any(noun in text for noun in _NOUNS) and _SPECIFIC.search(text) is not None


def _years(text: str) -> set[str]:
    """The years written in ``text``: a sentence with another year tells another incident."""
    return set(_YEAR.findall(text))


def _specific(doc: Document, index: PlaceIndex, lo: int, hi: int) -> tuple[Span, str, str | None] | None:
    """The first "the village of X" of ``doc.text[lo:hi]`` whose X is no other kind of entity: X,
    the words before the place noun ("north Melbourne") and X's entity id."""
    for found in _SPECIFIC.finditer(doc.text, lo, hi):
        group = "name" if found.group("name") else "before"
        mention = index.known(found.start(group), found.end(group))
        if mention is None or mention[3] in PLACE_KINDS:
            span = Span.of(doc.text, found.start(group), found.end(group))
            return span, found.group("mods") or "", mention[2] if mention is not None else None
    return None


def retold_place(doc: Document, event: Event, index: PlaceIndex) -> Event:
    """The event with the specific place a following sentence gives for it (see the module's doc)."""
    if event.scope != "incident" or event.background:
        return event
    place = event.place_text
    city = place is not None and event.place not in index.broad
    if place is not None and _BEARING.search(doc.text, max(0, place.start - 20), place.start):
        city = False  # "in a restaurant near Algiers ... the town of Staouelli": the town is where
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
        if index.other_day(s.start, s.end, event.date.value if event.date is not None else None):
            return event  # "A week ago a bomb exploded in the town of X": another incident
        span, mods, entity = hit
        if entity is not None and entity == event.place:
            return event  # "in Miyazaki prefecture" ... "the city of Miyazaki": no smaller place
        if city and place is not None and place.text not in mods:
            return event
        return attrs.evolve(event, place=entity, place_text=span, areas=())
    return event
