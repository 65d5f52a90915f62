"""Built-in plugin: the ``agreements``  layer (being built; see its issue)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsparse import Agreement, Document, Extractor, hookimpl

__version__ = "0.1.0"


def extract(doc: Document) -> Iterator[Agreement]:
    """Nothing yet."""
    return iter(())


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    register(Extractor(name="agreements", produces="agreements", extract=extract, annotation_types=Agreement, requires=("entities", "dates"), version=__version__))
