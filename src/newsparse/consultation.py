"""Layers read span by span: what answers ``Document.consult`` inside one pipeline run.

A costly layer (``syntax``) is needed by relational extractors only in the sentences that hold one
of their cues. An extractor that ``consults`` such a layer gets it from the producer's
``extract_within``, computed once per span and document however many extractors ask; the
producer's annotations are checked like any layer's, and its failure becomes a problem on the
document (the consumer sees nothing for that span) rather than the consumer's failure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from newsparse.extractor import Extractor
from newsparse.model import Annotation, Consultant, Document, Problem, Sentence, Span
from newsparse.spans import is_offset

__all__ = ["Consultations", "span_producers"]

_MAX_PROBLEMS = 1  # problems recorded per producer and document (the first failure says it)


def span_producers(extractors: Sequence[Extractor], planned: Sequence[Extractor]) -> tuple[Extractor, ...]:
    """The producers that planned extractors consult span by span (those with ``extract_within``)."""
    wanted = {layer for extractor in planned for layer in extractor.consults}
    return tuple(e for e in extractors if e.produces in wanted and e.extract_within is not None)


@attrs.define
class Consultations:
    """One run's answers to ``consult``: a cache per (layer, span) and the problems met.

    Built by the pipeline for one document and dropped with it; never shared between documents.
    """

    doc: Document
    producers: Mapping[str, Extractor]
    problems: list[Problem]
    _cache: dict[tuple[str, int, int], tuple[Annotation, ...]] = attrs.field(factory=dict)
    _failed: dict[str, int] = attrs.field(factory=dict)
    _consultants: dict[str, Consultant] = attrs.field(factory=dict)

    def for_layers(self, layers: Iterable[str]) -> dict[str, Consultant]:
        """The consultants of ``layers`` that a producer answers span by span (one per layer and
        document, shared by every extractor's view of it)."""
        made = self._consultants
        found: dict[str, Consultant] = {}
        for layer in layers:
            if layer in self.producers:
                consultant = made.get(layer)
                if consultant is None:
                    consultant = made[layer] = self._consultant(layer)
                found[layer] = consultant
        return found

    def close(self) -> None:
        """Drop the consultants and answers once the run is over: each consultant holds this object,
        so without this the document's whole state waited for the cyclic collector to be freed."""
        self._consultants.clear()
        self._cache.clear()

    def _consultant(self, layer: str) -> Consultant:
        def consult(span: Sentence | Span) -> tuple[Annotation, ...]:
            key = (layer, span.start, span.end)
            found = self._cache.get(key)
            if found is None:
                found = self._cache[key] = self._produce(self.producers[layer], span)
            return found

        return consult

    def _produce(self, producer: Extractor, span: Sentence | Span) -> tuple[Annotation, ...]:
        assert producer.extract_within is not None  # only such producers are consulted
        try:
            items = tuple(producer.extract_within(self.doc, span))
        except KeyboardInterrupt:
            raise
        except Exception as exc:  # contained: the consumer carries on without this span's layer
            self._record(producer, type(exc).__name__, f"on [{span.start}, {span.end}): {exc}")
            return ()
        error = _first_error(producer, items, span, self.doc.text)
        if error is not None:
            self._record(producer, "InvalidAnnotation", f"on [{span.start}, {span.end}): {error}")
            return ()
        return items

    def _record(self, producer: Extractor, kind: str, message: str) -> None:
        count = self._failed.get(producer.name, 0)
        self._failed[producer.name] = count + 1
        if count < _MAX_PROBLEMS:
            self.problems.append(Problem(producer.name, kind, message, producer.produces))


def _first_error(
    producer: Extractor, items: Sequence[Annotation], span: Sentence | Span, text: str
) -> str | None:
    """Why ``items`` cannot be the layer inside ``span``, or None.

    The checks that matter for a span's annotations, cheap enough for every consulted sentence:
    a declared type, integer offsets inside the span, and a ``text`` equal to the text there.
    """
    types = producer.annotation_types
    for item in items:
        if type(item) not in types:
            return f"returned a {type(item).__name__}, not one of the declared types"
        start, end = getattr(item, "start", None), getattr(item, "end", None)
        if not (is_offset(start) and is_offset(end)):
            return f"a {type(item).__name__} without integer offsets"
        if not span.start <= start <= end <= span.end:  # type: ignore[operator]
            return f"annotation [{start}, {end}) lies outside the span"
        own = getattr(item, "text", None)
        if own is not None and own != text[start:end]:
            return f"annotation [{start}, {end}) has text {own!r}, not {text[start:end]!r}"
    return None
