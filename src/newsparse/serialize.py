"""Document <-> JSON, with cattrs: the format of docs/json-format.md (DESIGN.md section 4).

A layer is read back with the annotation type its installed extractor declares; a layer whose
plugin is not installed is kept as :class:`~newsparse.model.RawAnnotation` so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from typing import Any

import cattrs
from cattrs.preconf.json import make_converter

from newsparse import __version__
from newsparse.errors import SerializationError
from newsparse.model import Annotation, Document, Meta, Problem, RawAnnotation, Sentence, span_errors

__all__ = [
    "FORMAT_MAJOR",
    "annotation_from_dict",
    "annotation_to_dict",
    "document_from_dict",
    "document_from_json",
    "document_to_dict",
    "document_to_json",
]

FORMAT_MAJOR = __version__.split(".")[0]


def _passthrough(value: Any, _type: Any) -> Any:
    return value


@functools.cache
def converter() -> cattrs.Converter:
    """The cattrs converter for every newsparse type (built once; it is not changed afterwards)."""
    conv = make_converter()
    number = int | float | None
    conv.register_structure_hook(number, _passthrough)
    conv.register_structure_hook(int | float, _passthrough)
    is_mapping = lambda kind: kind == Mapping[str, Any]  # noqa: E731
    conv.register_structure_hook_func(is_mapping, lambda value, _: dict(value))
    conv.register_unstructure_hook_func(is_mapping, dict)
    conv.register_unstructure_hook(RawAnnotation, lambda raw: dict(raw.data))
    conv.register_structure_hook(RawAnnotation, lambda value, _: RawAnnotation(dict(value)))
    return conv


def annotation_to_dict(annotation: Annotation) -> dict[str, Any]:
    """One annotation as JSON-ready data."""
    data = converter().unstructure(annotation)
    if not isinstance(data, dict):
        raise SerializationError(f"{type(annotation).__name__} does not serialize to an object")
    return data


def annotation_from_dict(data: Mapping[str, Any], kind: type) -> Any:
    """One annotation of type ``kind`` from JSON-ready data."""
    try:
        return converter().structure(dict(data), kind)
    except Exception as exc:
        raise SerializationError(f"cannot read a {kind.__name__} from {dict(data)!r}: {exc}") from exc


def _published(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def document_to_dict(doc: Document) -> dict[str, Any]:
    """The document in the JSON contract's shape (key order as in the contract)."""
    return {
        "newsparse_version": __version__,
        "text": doc.text,
        "meta": {
            "published": _published(doc.meta.published),
            "title": doc.meta.title,
            "url": doc.meta.url,
            "language": doc.meta.language,
            "id": doc.meta.id,
        },
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "layers": {name: [annotation_to_dict(a) for a in items] for name, items in doc.layers.items()},
        "problems": [
            {"extractor": p.extractor, "layer": p.layer, "error": p.error, "message": p.message}
            for p in doc.problems
        ],
    }


def document_to_json(doc: Document, *, indent: int | None = None) -> str:
    """The document as JSON text (UTF-8 characters kept as they are, no NaN)."""
    return json.dumps(document_to_dict(doc), ensure_ascii=False, indent=indent, allow_nan=False)


def _layer_types() -> dict[str, type]:
    from newsparse.plugins import default_registry

    return default_registry().layer_types()


def document_from_dict(data: Mapping[str, Any], layer_types: Mapping[str, type] | None = None) -> Document:
    """Rebuild a document; ``layer_types`` defaults to the installed plugins' declarations."""
    if not isinstance(data, Mapping):
        raise SerializationError(f"a newsparse document is a JSON object, not {type(data).__name__}")
    version = data.get("newsparse_version")
    if not isinstance(version, str) or version.split(".")[0] != FORMAT_MAJOR:
        raise SerializationError(
            f"unsupported newsparse_version {version!r} (this is newsparse {__version__})"
        )
    try:
        text = data["text"]
        meta_data = data.get("meta") or {}
        meta = Meta(
            published=meta_data.get("published"),
            title=meta_data.get("title"),
            url=meta_data.get("url"),
            language=meta_data.get("language") or "en",
            id=meta_data.get("id"),
        )
        sentences = tuple(Sentence(s["start"], s["end"]) for s in data.get("sentences", ()))
        types = _layer_types() if layer_types is None else layer_types
        layers: dict[str, tuple[Annotation, ...]] = {}
        for name, items in (data.get("layers") or {}).items():
            kind = types.get(name, RawAnnotation)
            layers[name] = tuple(annotation_from_dict(item, kind) for item in items)
        problems = tuple(
            Problem(p["extractor"], p["error"], p["message"], p.get("layer"))
            for p in data.get("problems", ())
        )
        doc = Document(text, meta=meta, sentences=sentences, layers=layers, problems=problems)
    except SerializationError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise SerializationError(f"not a valid newsparse document: {type(exc).__name__}: {exc}") from exc
    for name, items in doc.layers.items():
        for item in items:
            errors = span_errors(item, doc.text)
            if errors:
                raise SerializationError(f"layer {name!r}: {errors[0]}")
    return doc


def document_from_json(text: str | bytes) -> Document:
    """Rebuild a document from JSON text."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SerializationError(f"not JSON: {exc}") from exc
    return document_from_dict(data)
