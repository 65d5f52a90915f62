"""Built-in plugin: the ``quantities`` layer (amounts with value, bounds, modifier, unit, counted noun)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsparse import Document, Extractor, Quantity, Span, hookimpl

from .present import PRESENTATION
from .recognise import recognise_text, to_quantity
from .structure import structured_counted

__version__ = "0.2.0"


def extract(doc: Document) -> Iterator[Quantity]:
    """Every amount of the document, in text order."""
    text = doc.text
    recognised = recognise_text(text, doc.built_token_columns)  # shared only when built
    found, nouns = structured_counted(doc, [f for f, _ in recognised], [c for _, c in recognised])
    for f, counted in zip(found, nouns, strict=True):
        span = Span.of(text, counted[0], counted[1]) if counted is not None else None
        try:
            quantity = to_quantity(text, f, span)
        except OverflowError:
            continue  # "5½^420": a fraction past a float's range is no amount anyone wrote
        yield quantity


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the ``quantities`` extractor."""
    register(
        Extractor(
            name="quantities",
            produces="quantities",
            extract=extract,
            annotation_types=Quantity,
            consults=("syntax",),
            presentation=PRESENTATION,
            description="Numbers, amounts, ranges and units (pint), with what they count",
            version=__version__,
        )
    )
