"""Contested figures: two sources of one document giving different figures for the same measure.

The events layer links rival reports of one toll as ``alternatives`` (:mod:`.refine`); the
``contested`` layer reads those links through the ``Event`` contract. A set of rivals is contested
when two or more of its figures come from claims by different sources and measure the same thing:
the same role, compatible victim groups (the same head noun, or both generic: "people", none; a
generic and a specific one only when a contrast word stands between them), dates that do not
exclude each other, and figures whose implied bounds do not overlap ("hundreds of thousands" =
200,000..999,999 against "closer to 10,000" ≈ 6,667..15,000).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from newsparse import Document, Span
from newsparse_events.lexicon import CONTRAST_MARKERS, GENERIC_VICTIMS, GROUP_SYNONYMS
from newsparse_events.model import Contest, Event, Figure, QuantityRef

__all__ = ["as_float", "extract_contested", "figure_range", "same_measure"]

APPROX_FACTOR = 1.5  # "about N", "closer to N": N / 1.5 .. N * 1.5


def as_float(value: int | float) -> float:
    """``value`` as a float; an integer too large for one is infinite."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def figure_range(q: QuantityRef) -> tuple[float, float]:
    """The bounds a count implies: exact value, explicit low/high, or a band around an approximation."""
    value = as_float(q.value) if q.value is not None else None
    if q.low is not None:
        low = as_float(q.low)
    elif value is None or q.modifier in {"under", "at_most"}:
        low = 0.0
    else:  # "nearly 10,000" bounds it above only: an approximation still lies near its value
        low = value / APPROX_FACTOR if q.modifier == "approx" else value
    if q.high is not None:
        high = as_float(q.high)
    elif value is None or q.modifier in {"over", "at_least"}:
        high = math.inf
    else:
        high = value * APPROX_FACTOR if q.modifier == "approx" else value
    return (low, high)


def _group(victims: Span | None) -> str:
    """The victim group's head noun, synonyms merged ("troops" and "soldiers" are one group)."""
    if victims is None:
        return ""
    word = str.lower(victims.text).split()[-1] if victims.text.split() else ""
    return GROUP_SYNONYMS.get(word, word)


def _compatible_groups(a: Event, b: Event, contrasted: bool) -> bool:
    """Same group, or both generic; a generic and a specific one only when the text contrasts them."""
    ga, gb = _group(a.victims), _group(b.victims)
    generic_a, generic_b = ga in GENERIC_VICTIMS, gb in GENERIC_VICTIMS
    return ga == gb or (generic_a and generic_b) or (contrasted and (generic_a or generic_b))


def _contrasted(doc: Document, a: Event, b: Event) -> bool:
    """Whether a contrast word ("however", "denied") stands between two figures one sentence apart."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    if doc.sentence_index(second.start) - doc.sentence_index(first.start) > 1:
        return False
    words = str.lower(doc.text[first.end : second.start]).replace(",", " ").split()
    return any(word in CONTRAST_MARKERS for word in words)


def _dates_compatible(a: Event, b: Event) -> bool:
    """Whether the two events' date intervals overlap (an event without one fits any)."""
    if a.date is None or b.date is None or None in (a.date.first, a.date.last, b.date.first, b.date.last):
        return True
    assert a.date.first is not None and a.date.last is not None
    assert b.date.first is not None and b.date.last is not None
    return a.date.first <= b.date.last and b.date.first <= a.date.last


def _source_key(event: Event) -> str | None:
    """Who claims an event: its source entity id, else its source's words without an article."""
    if event.source is None:
        return None
    if event.source.source is not None:
        return "id:" + event.source.source
    text = str.lower(event.source.source_text or "").split()
    while text and text[0] in {"the", "a", "an"}:
        text = text[1:]
    return "text:" + " ".join(text) if text else None


def same_measure(a: Event, b: Event, contrasted: bool = False) -> bool:
    """Whether two events count the same thing (role, victim group, time)."""
    return a.role == b.role and _compatible_groups(a, b, contrasted) and _dates_compatible(a, b)


def _differ(a: QuantityRef, b: QuantityRef) -> bool:
    """Whether two counts' implied bounds do not overlap."""
    lo_a, hi_a = figure_range(a)
    lo_b, hi_b = figure_range(b)
    return hi_a < lo_b or hi_b < lo_a


def _figure(doc: Document, event: Event) -> Figure:
    """One side of a contest: the event's count with the claim that gives it."""
    assert event.count is not None and event.source is not None
    q, src = event.count, event.source
    return Figure(
        q.start,
        q.end,
        q.text,
        q.value,
        q.low,
        q.high,
        src.source,
        src.source_text,
        Span.of(doc.text, src.start, src.end),
    )


def _linked_groups(events: Sequence[Event]) -> list[list[int]]:
    """The sets of events linked as ``alternatives`` (rival reports of one toll), in text order."""
    where = {(e.start, e.end): n for n, e in enumerate(events)}
    parent = list(range(len(events)))

    def root(n: int) -> int:
        """The representative of event ``n``'s set."""
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for n, event in enumerate(events):
        for other in event.alternatives:
            m = where.get((other.start, other.end))
            if m is not None:
                parent[root(m)] = root(n)
    groups: dict[int, list[int]] = {}
    for n in range(len(events)):
        groups.setdefault(root(n), []).append(n)
    return sorted((g for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def extract_contested(doc: Document) -> Iterator[Contest]:
    """The contested figures of ``doc``: one record per set of rival tolls whose sources differ.

    The events layer links rival reports of one toll as ``alternatives`` (the contract): a set of
    them is contested when at least two of its figures are claimed by different sources and measure
    the same thing (see :func:`same_measure`); each source gives one figure, the first it claims.
    """
    produced: Sequence[Event] = doc.events  # the contract type, guaranteed by the pipeline
    events = sorted(produced, key=lambda e: (e.start, e.end))
    for group in _linked_groups(events):
        chosen: list[Event] = []
        for n in group:
            event = events[n]
            if event.count is None or _source_key(event) is None:
                continue
            if any(_source_key(m) == _source_key(event) for m in chosen):
                continue
            if chosen and not (
                same_measure(chosen[0], event, _contrasted(doc, chosen[0], event))
                and all(_differ(m.count, event.count) for m in chosen if m.count is not None)
            ):
                continue
            chosen.append(event)
        if len(chosen) < 2:
            continue
        figures = tuple(_figure(doc, e) for e in chosen)
        start = min(f.claim.start for f in figures)
        end = max(f.claim.end for f in figures)
        victims = next((e.victims.text for e in chosen if e.victims is not None), None)
        yield Contest(start, end, doc.text[start:end], chosen[0].role, victims, figures)
