"""Built-in plugin: the ``dates`` layer, every time expression resolved to a TIMEX3 value."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from operator import attrgetter

from newsparse import Document, Extractor, Interval, Span, TimeExpression, hookimpl
from newsparse.annotations import DATE_REFERENCES, DATE_TYPES
from newsparse.trusted import trusted_builder
from newsparse_dates.clauses import clause_reader
from newsparse_dates.present import PRESENTATION
from newsparse_dates.recognise import find_between

_START, _END = attrgetter("start"), attrgetter("end")
# built without the constructor's checks (half its cost): the two values it checks are tested first
_BUILD = trusted_builder(TimeExpression)
_INTERVAL = trusted_builder(Interval)  # no checks to skip: only the call of attrs' __init__

__version__ = "0.5.0"


def extract(doc: Document) -> Iterator[TimeExpression]:
    """Time expressions of ``doc``, anchored on its publication date or on the story's own reference time."""
    text, sentences = doc.text, doc.sentences
    starts, ends = tuple(map(_START, sentences)), tuple(map(_END, sentences))
    # the syntax layer's clauses, where a producer answers them (asked only where tense markers disagree)
    reader = clause_reader(doc) if doc.can_consult("syntax") else None
    for f in find_between(text, doc.meta.published_date, starts, ends, reader):
        # the checked constructor only for values it would refuse (it says what is wrong)
        build = _BUILD if f.type in DATE_TYPES and f.reference in DATE_REFERENCES else TimeExpression
        yield build(
            f.start,
            f.end,
            text[f.start : f.end],
            f.type,
            f.value,
            f.mod,
            f.anchored,
            _INTERVAL(*f.interval) if f.interval else None,
            f.quant,
            f.freq,
            f.reference,
            _span(text, f.reference_span),
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
            consults=("syntax",),  # tense markers' clauses, asked only where they disagree
        )
    )
