"""The layer's spans, mentions and entities built by plain attribute stores, for values known good.

The resolver builds every mention and entity of a document from offsets into the text and its slices,
and the pipeline checks every entity it is given, so the constructors' checks are left out (the core's
:func:`newsparse.trusted.trusted_builder`). The core's builder is a Python function that sets each
field by its slot's ``__set__`` (a call through a tuple of arguments a field); here, compiled, each value
is made as a private subclass of its class that adds nothing but ``object``'s ``__init__``,
``__setattr__`` and ``__delattr__`` (plain stores), its fields are stored, and it is given its class
(Python checks the two layouts are the same): the same value, of the same class, equal, with the same
hash. Session 34 measured the method on the syntax layer's words.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from newsparse import Entity, Mention, Span

__all__ = ["new_entity", "new_mention", "new_span"]


def _being_built(kind: type, fields: tuple[str, ...]) -> type:
    """``kind`` with nothing added but ``object``'s ``__init__``, ``__setattr__`` and ``__delattr__``.

    The subclass adds no slot, so an instance may become a ``kind`` by assigning its ``__class__``;
    ``fields`` must be ``kind``'s fields in order (a changed contract must change this module too)."""
    names = tuple(field.name for field in attrs.fields(kind))
    if names != fields:
        raise TypeError(f"{kind.__name__}'s fields are {names}, not {fields}")
    namespace = {
        "__slots__": (),
        "__init__": object.__init__,
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,  # both or neither: they share one type slot
        "__module__": __name__,
        "__doc__": f"A {kind.__name__} while its fields are set (never seen outside this module).",
    }
    return type(f"_{kind.__name__}BeingBuilt", (kind,), namespace)


_SPAN: Final = _being_built(Span, ("start", "end", "text"))
_MENTION: Final = _being_built(Mention, ("start", "end", "text", "form", "title"))
_ENTITY: Final = _being_built(
    Entity, ("id", "type", "canonical", "mentions", "identifiers", "confidence", "descriptions")
)


def new_span(start: int, end: int, text: str) -> Span:
    """A :class:`Span`, unchecked."""
    value: Any = _SPAN()
    value.start = start
    value.end = end
    value.text = text
    value.__class__ = Span
    span: Span = value
    return span


def new_mention(start: int, end: int, text: str, form: str | None, title: Span | None) -> Mention:
    """A :class:`Mention`, unchecked."""
    value: Any = _MENTION()
    value.start = start
    value.end = end
    value.text = text
    value.form = form
    value.title = title
    value.__class__ = Mention
    mention: Mention = value
    return mention


def new_entity(
    ident: str,
    etype: str,
    canonical: str,
    mentions: tuple[Mention, ...],
    identifiers: Any,
    confidence: float | None,
    descriptions: tuple[Mention, ...],
) -> Entity:
    """An :class:`Entity`, unchecked (``identifiers`` already a frozen mapping)."""
    value: Any = _ENTITY()
    value.id = ident
    value.type = etype
    value.canonical = canonical
    value.mentions = mentions
    value.identifiers = identifiers
    value.confidence = confidence
    value.descriptions = descriptions
    value.__class__ = Entity
    entity: Entity = value
    return entity
