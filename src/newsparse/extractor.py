"""What a plugin registers to add a layer: an :class:`Extractor`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import attrs

from newsparse.model import Annotation, Document
from newsparse.presentation import Presentation
from newsparse.spans import Sentence, Span

__all__ = ["Extractor"]

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def _check_name(what: str, value: str) -> None:
    if not _NAME.match(value):
        raise ValueError(
            f"{what} {value!r} must be lower-case letters, digits and underscores, starting with a letter"
        )


def _valid_name(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    _check_name(attribute.name, value)


def _valid_requires(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    for name in value:
        _check_name("required layer", name)


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _annotation_types(value: type | Iterable[type]) -> tuple[type, ...]:
    types = (value,) if isinstance(value, type) else tuple(value)
    for kind in types:
        if not (isinstance(kind, type) and issubclass(kind, Annotation) and attrs.has(kind)):
            raise TypeError(f"{kind!r} is not an attrs class derived from newsparse.Annotation")
    return types


@attrs.frozen
class Extractor:
    """One extractor: it reads a document and returns the annotations of the layer it produces.

    ``extract`` receives the document with every layer in ``requires`` already present and
    returns an iterable of ``annotation_types`` instances.  It must not rely on other layers.
    An ``on_demand`` extractor (a costly layer such as ``syntax``) runs only when its layer is asked
    for (``only=[...]``) or required by another extractor that runs.
    ``consults`` names layers read only where needed, span by span, through ``doc.consult``: their
    producers run just on the spans asked for (their ``extract_within``), and a layer nobody
    installed leaves the consumer to do without. ``extract_within(doc, span)`` returns the
    producer's annotations inside one span (a sentence), for such consumers.
    ``presentation`` says how people see its annotations (terminal and HTML views).
    ``reads_tokens`` says that ``extract`` reads the document's tokens (``doc.tokens`` or
    ``doc.token_columns``) on every document: a pipeline running it builds them before its first
    extractor, so an earlier layer can use them when built (:attr:`Document.built_token_columns`).
    """

    name: str = attrs.field(validator=_valid_name)
    produces: str = attrs.field(validator=_valid_name)
    extract: Callable[[Document], Iterable[Annotation]]
    annotation_types: tuple[type, ...] = attrs.field(converter=_annotation_types)
    requires: tuple[str, ...] = attrs.field(default=(), converter=_names, validator=_valid_requires)
    description: str = ""
    version: str | None = None
    on_demand: bool = False
    presentation: Presentation | None = None
    consults: tuple[str, ...] = attrs.field(default=(), converter=_names, validator=_valid_requires)
    extract_within: Callable[[Document, Sentence | Span], Iterable[Annotation]] | None = None
    reads_tokens: bool = False

    @property
    def annotation_type(self) -> type:
        """The main annotation type (the first declared), used to read the layer from JSON."""
        return self.annotation_types[0]
