"""A whole document in its JSON form, and back, checked once on the way in.

This module knows the shape of a document (docs/json-format.md) but not the document class: it
writes from any object with the document's fields and reads into :class:`DocumentParts`, which
:class:`newsparse.model.Document` assembles.  Every layer is read with the type given for it (a
layer with none given is kept as :class:`~newsparse.spans.RawAnnotation`) and every span in it is
checked against the text, so reading raises only :class:`~newsparse.errors.SerializationError`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from newsparse.errors import SerializationError
from newsparse.jsonform import annotation_to_dict, loads, read_value
from newsparse.spans import RawAnnotation, Sentence, offset_error
from newsparse.validation import annotation_error, raw_span_error
from newsparse.version import FORMAT_MAJOR, __version__

__all__ = ["DocumentParts", "document_dict", "document_json", "parts_from_dict", "parts_from_json"]


class DocumentParts(NamedTuple):
    """A document read from JSON, checked, before it is assembled: meta and problems as keywords."""

    text: str
    meta: dict[str, Any]
    sentences: tuple[Sentence, ...]
    layers: dict[str, tuple[Any, ...]]
    problems: tuple[dict[str, Any], ...]


def _published(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _written(name: str, items: tuple[Any, ...], include: frozenset[str]) -> bool:
    """A layer is written unless its annotation type is written only on request (``syntax``)."""
    return not items or not getattr(type(items[0]), "json_on_request", False) or name in include


def document_dict(doc: Any, *, include: Iterable[str] = ()) -> dict[str, Any]:
    """The document in the JSON contract's shape (key order as in the contract).

    Layers whose annotation type says ``json_on_request`` are left out unless named in ``include``.
    """
    wanted = frozenset(include)
    meta: dict[str, Any] = {
        "published": _published(doc.meta.published),
        "title": doc.meta.title,
        "url": doc.meta.url,
        "language": doc.meta.language,
    }
    if doc.meta.id is not None:
        meta["id"] = doc.meta.id
    return {
        "newsparse_version": __version__,
        "text": doc.text,
        "meta": meta,
        "sentences": [{"start": s.start, "end": s.end} for s in doc.sentences],
        "layers": {
            name: [annotation_to_dict(a) for a in items]
            for name, items in doc.layers.items()
            if _written(name, items, wanted)
        },
        "problems": [
            {"extractor": p.extractor, "layer": p.layer, "error": p.error, "message": p.message}
            for p in doc.problems
        ],
    }


def document_json(doc: Any, *, indent: int | None = None, include: Iterable[str] = ()) -> str:
    """The document as JSON text (UTF-8 characters kept as they are, no NaN)."""
    try:
        data = document_dict(doc, include=include)
        return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise SerializationError(f"the document cannot be written as JSON: {exc}") from exc


def parts_from_json(text: str | bytes, layer_types: Mapping[str, type]) -> DocumentParts:
    """Read JSON text (str or bytes) into checked document parts."""
    if isinstance(text, Mapping):
        raise SerializationError("from_json reads JSON text (str or bytes); for a dict use from_dict")
    return parts_from_dict(loads(text), layer_types)


_META = {"published": str, "title": str, "url": str, "language": str, "id": str}


def _meta(data: Any) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise SerializationError("meta: expected an object")
    out = {}
    for key, kind in _META.items():
        value = data.get(key)
        if value is None:
            continue
        if not isinstance(value, kind):
            raise SerializationError(f"meta.{key}: expected a string or null, got {type(value).__name__}")
        out[key] = value
    return out


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, (list, tuple)):
        raise SerializationError(f"{key}: expected an array, got {type(value).__name__}")
    return list(value)


def _sentences(data: Mapping[str, Any], text: str) -> tuple[Sentence, ...]:
    sentences = []
    for index, item in enumerate(_list(data, "sentences")):
        where = f"sentences[{index}]"
        if not isinstance(item, Mapping) or "start" not in item or "end" not in item:
            raise SerializationError(f"{where}: expected an object with start and end")
        error = offset_error(item["start"], item["end"], None, text)
        if error is not None:
            raise SerializationError(f"{where}: {error}")
        sentences.append(Sentence(item["start"], item["end"]))
    return tuple(sentences)


def _layers(
    data: Mapping[str, Any], text: str, layer_types: Mapping[str, type]
) -> dict[str, tuple[Any, ...]]:
    raw = data.get("layers") or {}
    if not isinstance(raw, Mapping):
        raise SerializationError("layers: expected an object")
    layers: dict[str, tuple[Any, ...]] = {}
    for name, items in raw.items():
        if not isinstance(name, str) or not isinstance(items, (list, tuple)):
            raise SerializationError(f"layers.{name}: expected an array")
        kind = layer_types.get(name, RawAnnotation)
        read = []
        for index, item in enumerate(items):
            where = f"layers.{name}[{index}]"
            annotation = read_value(item, kind, where)
            error = (
                raw_span_error(annotation.data, text)
                if isinstance(annotation, RawAnnotation)
                else annotation_error(annotation, text)
            )
            if error is not None:
                raise SerializationError(f"{where}: {error}")
            read.append(annotation)
        layers[name] = tuple(read)
    return layers


_PROBLEM = {"extractor": str, "error": str, "message": str}


def _problems(data: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    problems = []
    for index, item in enumerate(_list(data, "problems")):
        where = f"problems[{index}]"
        if not isinstance(item, Mapping):
            raise SerializationError(f"{where}: expected an object")
        for key in _PROBLEM:
            if not isinstance(item.get(key), str):
                raise SerializationError(f"{where}.{key}: expected a string")
        layer = item.get("layer")
        if layer is not None and not isinstance(layer, str):
            raise SerializationError(f"{where}.layer: expected a string or null")
        problems.append({key: item[key] for key in _PROBLEM} | {"layer": layer})
    return tuple(problems)


def parts_from_dict(data: Any, layer_types: Mapping[str, type]) -> DocumentParts:
    """Read :func:`document_dict` output into checked document parts."""
    if isinstance(data, (str, bytes, bytearray)):
        raise SerializationError("from_dict reads a dict; for JSON text (str or bytes) use from_json")
    if not isinstance(data, Mapping):
        raise SerializationError(f"a newsparse document is a JSON object, not {type(data).__name__}")
    version = data.get("newsparse_version")
    if not isinstance(version, str) or version.split(".")[0] != FORMAT_MAJOR:
        raise SerializationError(
            f"unsupported newsparse_version {version!r} (this is newsparse {__version__})"
        )
    text = data.get("text")
    if not isinstance(text, str):
        raise SerializationError(f"text: expected a string, got {type(text).__name__}")
    try:
        meta, sentences = _meta(data.get("meta")), _sentences(data, text)
        return DocumentParts(text, meta, sentences, _layers(data, text, layer_types), _problems(data))
    except RecursionError:
        raise SerializationError("the document is nested too deeply") from None
