"""Documents to and from JSON with the installed plugins' annotation types (docs/json-format.md).

This sits one level above the model: it asks the plugin registry which type each layer holds and
passes the types down to :meth:`Document.from_dict`.  A layer whose plugin is not installed is kept
as :class:`~newsparse.spans.RawAnnotation`, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newsparse.contracts import LAYER_CONTRACTS
from newsparse.jsondoc import document_dict, document_json
from newsparse.jsonform import annotation_from_dict, annotation_to_dict
from newsparse.model import Document
from newsparse.plugins import default_registry
from newsparse.version import FORMAT_MAJOR

__all__ = [
    "FORMAT_MAJOR",
    "annotation_from_dict",
    "annotation_to_dict",
    "document_from_dict",
    "document_from_json",
    "document_to_dict",
    "document_to_json",
    "installed_layer_types",
]


def installed_layer_types() -> dict[str, type]:
    """The annotation type of every contract layer and of every layer an installed extractor produces."""
    return {**LAYER_CONTRACTS, **default_registry().layer_types()}


def document_to_dict(doc: Document, *, include: Iterable[str] = ()) -> dict[str, Any]:
    """The document in the JSON contract's shape (key order as in the contract).

    Layers whose annotation type says ``json_on_request`` are left out unless named in ``include``.
    """
    return document_dict(doc, include=include)


def document_to_json(doc: Document, *, indent: int | None = None, include: Iterable[str] = ()) -> str:
    """The document as JSON text (UTF-8 characters kept as they are, no NaN)."""
    return document_json(doc, indent=indent, include=include)


def document_from_dict(data: Mapping[str, Any], layer_types: Mapping[str, type] | None = None) -> Document:
    """Rebuild a document; ``layer_types`` defaults to the installed plugins' declarations."""
    return Document.from_dict(data, installed_layer_types() if layer_types is None else layer_types)


def document_from_json(text: str | bytes, layer_types: Mapping[str, type] | None = None) -> Document:
    """Rebuild a document from JSON text (str or bytes) with the installed plugins' types."""
    return Document.from_json(text, installed_layer_types() if layer_types is None else layer_types)
