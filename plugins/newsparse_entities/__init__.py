"""Built-in plugin: the ``entities`` layer (people, organisations, places, groups, with stable ids)."""

from __future__ import annotations

from collections.abc import Callable

from newsparse import Entity, Extractor, hookimpl
from newsparse_entities.extract import extract
from newsparse_entities.present import PRESENTATION

__version__ = "0.1.0"


@hookimpl
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the entities extractor."""
    register(
        Extractor(
            name="entities",
            produces="entities",
            extract=extract,
            annotation_types=Entity,
            reads_tokens=True,
            presentation=PRESENTATION,
            description="Gazetteer, rules and document-level linking of named entities",
            version=__version__,
        )
    )
