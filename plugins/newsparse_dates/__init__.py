"""Built-in plugin: the ``dates`` layer, every time expression resolved to a TIMEX3 value."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import attrgetter

from newsparse import Document, Extractor, Interval, Span, TimeExpression, hookimpl
from newsparse_dates.present import PRESENTATION
from newsparse_dates.recognise import find_between

_START, _END = attrgetter("start"), attrgetter("end")

__version__ = "0.5.0"


def extract(doc: Document) -> Iterator[TimeExpression]:
    """Time expressions of ``doc``, anchored on its publication date or on the story's own reference time."""
    sentences = doc.sentences
    starts, ends = tuple(map(_START, sentences)), tuple(map(_END, sentences))
    for f in find_between(doc.text, doc.meta.published_date, starts, ends):
        yield TimeExpression(
            start=f.start,
            end=f.end,
            text=doc.text[f.start : f.end],
            type=f.type,
            value=f.value,
            mod=f.mod,
            anchored=f.anchored,
            interval=Interval(*f.interval) if f.interval else None,
            quant=f.quant,
            freq=f.freq,
            reference=f.reference,
            reference_span=_span(doc.text, f.reference_span),
        )


def _span(text: str, bounds: tuple[int, int] | None) -> Span | None:
    """The earlier expression a narrative value was resolved against, as a span of ``text``."""
    if bounds is None:
        return None
    return Span(bounds[0], bounds[1], text[bounds[0] : bounds[1]])


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``dates`` extractor."""
    register(
        Extractor(
            name="dates",
            produces="dates",
            extract=extract,
            annotation_types=TimeExpression,
            presentation=PRESENTATION,
            description="TIMEX3 time expressions (DATE, TIME, DURATION, SET) anchored on publication",
            version=__version__,
        )
    )
