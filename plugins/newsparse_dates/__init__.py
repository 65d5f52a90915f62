"""Built-in plugin: the ``dates``  layer (being built; see its issue)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsparse import TimeExpression, Document, Extractor, hookimpl

__version__ = "0.1.0"


def extract(doc: Document) -> Iterator[TimeExpression]:
    """Nothing yet."""
    return iter(())


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    register(Extractor(name="dates", produces="dates", extract=extract, annotation_types=TimeExpression,  version=__version__))
