"""Hand-built layers for the claims and events tests: entities, quantities and dates placed by substring."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsparse import Claim, Document, Entity, Interval, Mention, Pipeline, Quantity, Span, TimeExpression
from newsparse.plugins import make_plugin_manager, registry_from


def at(text: str, needle: str, occurrence: int = 0, after: int = 0) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th ``needle`` in ``text`` at or after ``after``."""
    start = text.index(needle, after)
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def quantity(
    text: str,
    needle: str,
    value: int | float | None,
    *,
    low: int | float | None = None,
    high: int | float | None = None,
    modifier: str | None = None,
    counted: str | None = None,
    unit: str | None = None,
    occurrence: int = 0,
) -> Quantity:
    """A quantity on ``needle``; ``counted`` is its next match (else the first)."""
    start, end = at(text, needle, occurrence)
    counted_span = None
    if counted is not None:
        found = text.find(counted, end)
        c_start = found if found >= 0 else text.index(counted)  # an elided head stands before
        c_end = c_start + len(counted)
        counted_span = Span(c_start, c_end, counted)
    if value is not None and low is None and high is None and modifier is None:
        low = high = value
    return Quantity(start, end, needle, value, low, high, modifier, unit, counted_span)


def entity(text: str, ident: str, kind: str, *needles: str, form: str | None = None) -> Entity:
    """An entity whose mentions are every occurrence of each of ``needles``."""
    mentions = []
    for needle in needles:
        start = text.find(needle)
        while start >= 0:
            mentions.append(Mention(start, start + len(needle), needle, form))
            start = text.find(needle, start + 1)
    mentions.sort(key=lambda m: m.start)
    ordered: Any = tuple(mentions)  # Entity's converter confuses mypy's view of the parameter
    return Entity(ident, kind, ident, ordered)


def date(
    text: str, needle: str, value: str, first: str | None, last: str | None, kind: str = "DATE"
) -> TimeExpression:
    """A time expression on ``needle`` with its interval."""
    start, end = at(text, needle)
    interval = Interval(first, last) if first is not None and last is not None else None
    return TimeExpression(start, end, needle, kind, value, anchored=True, interval=interval)


def document(
    text: str,
    *,
    published: str = "2018-02-06",
    entities: Sequence[Any] = (),
    quantities: Sequence[Any] = (),
    dates: Sequence[Any] = (),
    **layers: Sequence[Any],
) -> Document:
    """A document with the given layers already present (as the pipeline would hand it to our extractors)."""
    from newsparse import Meta

    base = {"entities": tuple(entities), "quantities": tuple(quantities), "dates": tuple(dates)}
    base.update({name: tuple(items) for name, items in layers.items()})
    return Document(text, meta=Meta(published=published), layers=base)


def our_pipeline(*names: str) -> Pipeline:
    """A strict pipeline of our extractors only (claims, events, contested or those named), in that order.

    It is built without planning, so the layers they require come from the document itself.
    """
    import newsparse_claims
    import newsparse_events

    pm = make_plugin_manager(
        plugins=[newsparse_claims, newsparse_events], load_entrypoints=False, load_defaults=False
    )
    order = ("claims", "events", "contested")
    extractors = sorted(
        (e for e in registry_from(pm).extractors if not names or e.name in names),
        key=lambda e: order.index(e.name),
    )
    return Pipeline(extractors, strict=True)


def run(doc: Document, *names: str) -> Document:
    """``doc`` with our layers added."""
    pipeline = our_pipeline(*names)
    have = set(doc.layers)
    for extractor in pipeline.extractors:
        for needed in extractor.requires:
            if needed not in have:  # a layer the test leaves out is an empty one
                doc = doc.with_layer(needed, ())
                have.add(needed)
        have.add(extractor.produces)
    return pipeline.run(doc)


def claim_triples(text: str) -> list[tuple[str | None, str, str]]:
    """(source, cue, content) of each claim the claims layer finds in ``text`` (no other layer)."""
    out = []
    for claim in run(document(text), "claims").layer("claims"):
        assert isinstance(claim, Claim)
        source = claim.source_text.text if claim.source_text is not None else None
        out.append((source, claim.cue.text, claim.content.text))
    return out


def claims_of(text: str, *, with_syntax: bool = True) -> list[tuple[str | None, str, str]]:
    """(source, cue, content) of the claims of ``text``, its ``syntax`` layer given or not."""
    from newsparse_syntax import syntax_of

    doc = document(text)
    if with_syntax:
        doc = document(text, syntax=tuple(syntax_of(doc)))
    return [
        (c.source_text.text if c.source_text else None, c.cue.text, c.content.text)
        for c in run(doc, "claims").layer("claims")
        if isinstance(c, Claim)
    ]


def source_links(text: str, *entities: Entity) -> list[tuple[str | None, str | None]]:
    """(source phrase, source entity) of each claim of ``text``, given ``entities`` and its syntax layer."""
    from newsparse_syntax import syntax_of

    doc = document(text, entities=entities)
    doc = document(text, entities=entities, syntax=tuple(syntax_of(doc)))
    return [
        (c.source_text.text if c.source_text else None, c.source)
        for c in run(doc, "claims").layer("claims")
        if isinstance(c, Claim)
    ]
