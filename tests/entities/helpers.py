"""Shared helpers: parse with exactly the entities plugin and look entities up by mention text."""

from __future__ import annotations

import functools

import newsparse_entities
from newsparse import Document, Entity
from newsparse.pipeline import Pipeline
from newsparse.testing import pipeline_for

__all__ = ["entity_at", "ids_of", "parse", "types_of"]


@functools.lru_cache(maxsize=1)
def _pipe() -> Pipeline:
    """A pipeline with only the entities plugin."""
    return pipeline_for(newsparse_entities)


def parse(text: str) -> Document:
    """Parse ``text`` with the entities layer only; fail on any recorded problem."""
    doc = _pipe().parse(text, published="2018-02-06")
    assert not [p for p in doc.problems if p.error != "EmptyText"], doc.problems
    return doc


def entity_at(doc: Document, surface: str, nth: int = 0) -> Entity:
    """The entity holding the ``nth`` mention whose text is exactly ``surface`` (in text order)."""
    found = sorted(
        ((m.start, e) for e in doc.entities for m in e.mentions if m.text == surface), key=lambda p: p[0]
    )
    assert len(found) > nth, f"no mention {surface!r} #{nth} in {[(e.id, e.mentions) for e in doc.entities]}"
    entity: Entity = found[nth][1]
    return entity


def ids_of(doc: Document) -> dict[str, set[str]]:
    """Mention text -> ids of the entities it was given."""
    out: dict[str, set[str]] = {}
    for e in doc.entities:
        for m in e.mentions:
            out.setdefault(m.text, set()).add(e.id)
    return out


def types_of(text: str) -> dict[str, str]:
    """Each mention's text and its entity's type, for ``text`` parsed with the entities layer only."""
    return {m.text: e.type for e in parse(text).entities for m in e.mentions}
