"""Built-in plugin: the ``entities``  layer (being built; see its issue)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsparse import Entity, Document, Extractor, hookimpl

__version__ = "0.1.0"


def extract(doc: Document) -> Iterator[Entity]:
    """Nothing yet."""
    return iter(())


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    register(Extractor(name="entities", produces="entities", extract=extract, annotation_types=Entity,  version=__version__))
