"""Built-in plugin: the ``quantities``  layer (being built; see its issue)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsparse import Quantity, Document, Extractor, hookimpl

__version__ = "0.1.0"


def extract(doc: Document) -> Iterator[Quantity]:
    """Nothing yet."""
    return iter(())


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    register(Extractor(name="quantities", produces="quantities", extract=extract, annotation_types=Quantity,  version=__version__))
