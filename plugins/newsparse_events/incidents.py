"""The place and date another sentence gives an incident: "The shooting took place on July 7 in Nilin".

The guideline takes an event's place from its clause, "or from a sentence that clearly describes the
same incident: 'the explosion, which happened in X'". Such a sentence names the incident with a
definite noun (the shooting, the attack, the blast, the explosion, the offensive, the incident) as
the subject of "took place", "happened", "occurred" or "was/is", and says where or when right after
it. A casualty event near it (a few sentences before or after) whose clause names no place takes
that place, or a more specific one when its own place is written beside it ("killed in Afghanistan"
... "the explosion, which happened in the Zhari district, ..., Afghanistan"); an undated one takes
its date.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsparse import Document, Span, TimeExpression
from newsparse_events.anchors import past_weekday
from newsparse_events.areas import areas_in_sentence
from newsparse_events.model import DateRef, Event
from newsparse_events.places import located_names

__all__ = ["Incident", "find_incidents", "unplaced", "with_incident"]

MAX_SENTENCES_APART = 3  # sentences between a casualty and the sentence that places its incident
MAX_SENTENCES_NAMED = 6  # the same when the casualty's sentence names the incident ("due to the shooting")
MAX_COMPLEMENT_CHARS = 40  # from the verb to the place or date it gives ("took place on July 7 in X")
CASUALTY_ROLES = frozenset({"killed", "wounded", "casualties", "missing"})
_INCIDENT = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>shooting|attack|blast|explosion|bombing|offensive|incident|ambush|raid|clash|clashes|"
    r"assault|crash|accident|massacre|killing|killings|stabbing|ambush|"
    r"shootings|attacks|blasts|explosions|bombings|raids|stabbings)"  # "the suspected car bombings occurred"
    r"\s*,?\s*(?:which\s+|that\s+)?(?P<verb>took\s+place|happened|occurred|was|is)\b"
    r"|\b(?P<it>it)\s+(?:took\s+place|happened|occurred)\b",  # "It happened in X": the sentence before's
    re.IGNORECASE,
)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
Place = tuple[int, int, str | None]
Mention = tuple[int, int, str, str, str | None]


@attrs.frozen
class Incident:
    """A sentence that places an incident: its index, the sentence's text span, its place and date."""

    sentence: int
    span: tuple[int, int]
    place: Place | None
    areas: tuple[Span, ...]
    date: DateRef | None
    noun: str = ""


def find_incidents(
    doc: Document,
    mentions: Sequence[Mention],
    dates: Sequence[TimeExpression],
    heads: Sequence[tuple[int, int]],
    place_kinds: frozenset[str],
) -> list[Incident]:
    """The sentences of ``doc`` that say where or when a named incident happened, in text order.

    ``mentions`` and ``dates`` are sorted by start; a date must be a resolved or weekday date, and
    not a dateline's (``heads``).
    """
    out: list[Incident] = []
    dates = [t for t in dates if not any(a <= t.start and t.end <= b for a, b in heads)]
    tokens = doc.token_columns
    date_spans = [(t.start, t.end) for t in dates]
    starts = [t.start for t in dates]
    for found in _INCIDENT.finditer(doc.text):
        verb_end = found.end()
        index = doc.sentence_index(found.start())
        sentence = doc.sentences[index]
        if verb_end > sentence.end or (found.group("it") and found.start() != sentence.start):
            continue  # "It happened in X" opens its sentence
        lo = bisect.bisect_left(tokens.starts, verb_end)
        hi = bisect.bisect_right(tokens.ends, sentence.end)
        first = bisect.bisect_left(mentions, verb_end, key=lambda m: m[0])
        last = bisect.bisect_left(mentions, sentence.end, key=lambda m: m[0])
        places = located_names(doc.text, tokens, lo, hi, mentions[first:last], date_spans, place_kinds)
        place = next((p for p in places if p[0] - verb_end <= MAX_COMPLEMENT_CHARS), None)
        reach = _clause_end(doc.text, verb_end, sentence.end) if found.group("verb") in _HAPPENED else None
        date = _date_after(dates, starts, verb_end, sentence.end, doc, reach)
        if place is not None or date is not None:
            areas = areas_in_sentence(doc, place, mentions, place_kinds)
            noun = str.lower(found.group("noun") or "it")
            out.append(Incident(index, (sentence.start, sentence.end), place, areas, date, noun))
    return out


_HAPPENED = frozenset({"occurred", "happened"})
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-\u2013\u2014]+\s")


def _clause_end(text: str, at: int, end: int) -> int:
    """Where the clause from offset ``at`` ends: the next comma, semicolon, colon or dash, else ``end``."""
    found = _CLAUSE_BREAK.search(text, at, end)
    return found.start() if found is not None else end


def _date_after(
    dates: Sequence[TimeExpression],
    starts: Sequence[int],
    at: int,
    end: int,
    doc: Document,
    reach: int | None = None,
) -> DateRef | None:
    """The calendar day right after offset ``at`` (before ``end``), up to the publication date; with
    ``reach`` (where the clause of "occurred"/"happened" ends), anywhere in that clause."""
    k = bisect.bisect_left(starts, at)
    if k == len(dates) or dates[k].end > end:
        return None
    if dates[k].start - at > MAX_COMPLEMENT_CHARS and (reach is None or dates[k].end > reach):
        return None
    published = doc.meta.published_date
    date = past_weekday(DateRef.of(dates[k]), published)
    value = date.value or ""
    if not _DAY.fullmatch(value) or (published is not None and value > published.isoformat()):
        return None  # only a calendar day, and none after the story's: "took place tomorrow" is no event's
    return date


def _nearest(doc: Document, event: Event, incidents: Sequence[Incident]) -> Incident | None:
    """The incident sentence nearest the event, at most a few sentences away."""
    here = doc.sentence_index(event.trigger.start)
    sentence = doc.sentences[here]
    own = str.lower(doc.text[sentence.start : sentence.end])
    near = [
        i
        for i in incidents
        if (abs(i.sentence - here) <= MAX_SENTENCES_APART and i.noun != "it")
        or (abs(i.sentence - here) <= MAX_SENTENCES_NAMED and re.search(rf"\bthe {i.noun}\b", own))
        or i.sentence == here + 1  # "It happened in X" places the sentence right before it only
    ]
    return min(near, key=lambda i: (abs(i.sentence - here), i.sentence < here), default=None)


def with_incident(doc: Document, event: Event, incidents: Sequence[Incident]) -> Event:
    """The casualty event with the place and date of the nearest sentence that places its incident."""
    if not incidents or event.role not in CASUALTY_ROLES or event.scope != "incident":
        return event
    incident = _nearest(doc, event, incidents)
    if incident is None:
        return event
    if incident.place is not None and _takes_place(doc, event, incident):
        start, end, ident = incident.place
        event = attrs.evolve(
            event, place=ident, place_text=Span.of(doc.text, start, end), areas=incident.areas
        )
    if event.date is None and incident.date is not None:
        event = attrs.evolve(event, date=incident.date)
    return event


def _takes_place(doc: Document, event: Event, incident: Incident) -> bool:
    """Whether the event has no place, or one the incident's sentence writes after the incident's own."""
    if event.place_text is None:
        return True
    if incident.place is None or incident.span[0] <= event.place_text.start < incident.span[1]:
        return False
    own = event.place_text.text
    return own in doc.text[incident.place[1] : incident.span[1]]


def unplaced(event: Event) -> Event:
    """A killing told by an adjective ("the company founded by assassinated former prime minister X")
    or in a later relative ("X, who later killed himself") without the sentence's actor, place and
    date: those are the main clause's, not the killing's."""
    return attrs.evolve(
        event, perpetrator=None, perpetrator_text=None, place=None, place_text=None, areas=(), date=None
    )
