"""The JSON form of annotations and documents (docs/json-format.md), with the layer types given.

Writing uses cattrs; reading is strict and bounded: a value of the wrong type ("3" or 3.9 for an
integer, a list for a string) is a :class:`~newsparse.errors.SerializationError` naming the path to
it (``layers.dates[3].start``), never a silent coercion nor another exception.  This module knows
no plugin: whoever reads a document passes the annotation type of each layer.
"""

from __future__ import annotations

import functools
import json
import math
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from newsparse.errors import SerializationError
from newsparse.frozen import MAX_INT, MAX_NESTING, FrozenDict, thaw
from newsparse.hints import field_hints, is_union, optional_of
from newsparse.spans import RawAnnotation
from newsparse.validation import plain_error

if TYPE_CHECKING:
    import cattrs

__all__ = ["annotation_from_dict", "annotation_to_dict", "converter", "loads", "read_value"]


def _passthrough(value: Any, _type: Any) -> Any:
    return value


@functools.cache
def converter() -> cattrs.Converter:
    """The cattrs converter that writes every newsparse type (built once, never changed afterwards).

    cattrs is imported here, on the first write: parsing alone never needs it (the cold start).
    """
    from cattrs.preconf.json import make_converter

    conv = make_converter()
    is_mapping = lambda kind: kind == Mapping[str, Any]  # noqa: E731
    conv.register_unstructure_hook_func(is_mapping, thaw)
    conv.register_unstructure_hook(FrozenDict, thaw)
    conv.register_unstructure_hook(RawAnnotation, lambda raw: thaw(raw.data))
    return conv


def annotation_to_dict(annotation: object) -> dict[str, Any]:
    """One annotation as JSON-ready data."""
    data = converter().unstructure(annotation)
    if not isinstance(data, dict):
        raise SerializationError(f"{type(annotation).__name__} does not serialize to an object")
    return data


def annotation_from_dict(data: Any, kind: type, path: str = "") -> Any:
    """One annotation of type ``kind`` from JSON-ready data; SerializationError names the bad field."""
    return read_value(data, kind, path)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number newsparse accepts")


def loads(text: str | bytes) -> Any:
    """Parse JSON text, refusing NaN/Infinity, over-long integers and over-deep nesting."""
    if not isinstance(text, (str, bytes, bytearray)):
        raise SerializationError(f"expected JSON text (str or bytes), not {type(text).__name__}")
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError, UnicodeDecodeError) as exc:
        raise SerializationError(f"not JSON newsparse can read: {type(exc).__name__}: {exc}") from None
    error = plain_error(data)
    if error is not None:
        raise SerializationError(f"not JSON newsparse can read: {error}")
    return data


# -- Strict reading -------------------------------------------------------------------------

Reader = Callable[[Any, str, int], Any]


def _where(path: str) -> str:
    return path or "the document"


def _fail(path: str, message: str) -> SerializationError:
    return SerializationError(f"{_where(path)}: {message}")


def read_value(data: Any, hint: Any, path: str, depth: int = 0) -> Any:
    """``data`` read as a value of type ``hint``; SerializationError at ``path`` when it is not one."""
    return _reader(hint)(data, path, depth)


def _type_name(data: Any) -> str:
    names = {str: "a string", bool: "a boolean", int: "an integer", float: "a number", type(None): "null"}
    return names.get(type(data), "an array" if isinstance(data, (list, tuple)) else "an object")


def _read_str(data: Any, path: str, depth: int) -> Any:
    if not isinstance(data, str):
        raise _fail(path, f"expected a string, got {_type_name(data)}")
    return data


def _read_int(data: Any, path: str, depth: int) -> Any:
    if not isinstance(data, int) or isinstance(data, bool):
        raise _fail(path, f"expected an integer, got {_type_name(data)}")
    if not -MAX_INT < data < MAX_INT:
        raise _fail(path, "the integer is too long (more than 4,000 digits)")
    return data


def _read_number(data: Any, path: str, depth: int) -> Any:
    if isinstance(data, bool) or not isinstance(data, (int, float)):
        raise _fail(path, f"expected a number, got {_type_name(data)}")
    if isinstance(data, float) and not math.isfinite(data):
        raise _fail(path, f"{data!r} is not a finite number")
    if isinstance(data, int) and not -MAX_INT < data < MAX_INT:
        raise _fail(path, "the integer is too long (more than 4,000 digits)")
    return data


def _read_bool(data: Any, path: str, depth: int) -> Any:
    if not isinstance(data, bool):
        raise _fail(path, f"expected true or false, got {_type_name(data)}")
    return data


def _read_none(data: Any, path: str, depth: int) -> Any:
    if data is not None:
        raise _fail(path, f"expected null, got {_type_name(data)}")
    return None


def _read_any(data: Any, path: str, depth: int) -> Any:
    error = plain_error(data, depth)
    if error is not None:
        raise _fail(path, error)
    return data


_SIMPLE: dict[Any, Reader] = {
    str: _read_str,
    int: _read_int,
    float: _read_number,  # an integer stays one, so the JSON written again is the same
    bool: _read_bool,
    type(None): _read_none,
    Any: _read_any,
    object: _read_any,
}


@functools.cache
def _reader(hint: Any) -> Reader:
    """The reader of values declared as ``hint``."""
    simple = _SIMPLE.get(hint)
    if simple is not None:
        return simple
    if hint == int | float or hint == float | int:
        return _read_number
    inner = optional_of(hint)
    if inner is not None:
        return _optional(_reader(inner))
    if is_union(hint):
        return _union(tuple(_reader(arg) for arg in typing.get_args(hint)))
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _tuple_of(_reader(args[0]))
    if origin is tuple and args:
        return _fixed_tuple(tuple(_reader(arg) for arg in args))
    if origin is list or origin is tuple or hint in (list, tuple):
        read = _tuple_of(_reader(args[0]) if args else _read_any)
        return read if (origin or hint) is tuple else _as_list(read)
    if origin in (Mapping, dict) or hint in (Mapping, dict):
        return _mapping_of(_reader(args[1]) if len(args) == 2 else _read_any)
    if origin is typing.Literal:
        return _literal(args)
    if hint is RawAnnotation:
        return _read_raw
    if isinstance(hint, type) and attrs.has(hint):
        return _attrs_of(hint)
    return _unreadable(hint)


def _optional(read: Reader) -> Reader:
    def optional(data: Any, path: str, depth: int) -> Any:
        return None if data is None else read(data, path, depth)

    return optional


def _union(readers: tuple[Reader, ...]) -> Reader:
    def union(data: Any, path: str, depth: int) -> Any:
        first: SerializationError | None = None
        for read in readers:
            try:
                return read(data, path, depth)
            except SerializationError as exc:
                first = first or exc
        assert first is not None
        raise first

    return union


def _tuple_of(read: Reader) -> Reader:
    def tuple_of(data: Any, path: str, depth: int) -> Any:
        if not isinstance(data, (list, tuple)):
            raise _fail(path, f"expected an array, got {_type_name(data)}")
        if depth > MAX_NESTING:
            raise _fail(path, f"nested more than {MAX_NESTING} levels deep")
        return tuple(read(item, f"{path}[{index}]", depth + 1) for index, item in enumerate(data))

    return tuple_of


def _fixed_tuple(readers: tuple[Reader, ...]) -> Reader:
    def fixed_tuple(data: Any, path: str, depth: int) -> Any:
        if not isinstance(data, (list, tuple)) or len(data) != len(readers):
            raise _fail(path, f"expected an array of {len(readers)}, got {_type_name(data)}")
        pairs = enumerate(zip(readers, data, strict=True))
        return tuple(read(item, f"{path}[{index}]", depth + 1) for index, (read, item) in pairs)

    return fixed_tuple


def _as_list(read: Reader) -> Reader:
    def as_list(data: Any, path: str, depth: int) -> Any:
        return list(read(data, path, depth))

    return as_list


def _mapping_of(read: Reader) -> Reader:
    def mapping_of(data: Any, path: str, depth: int) -> Any:
        if not isinstance(data, Mapping):
            raise _fail(path, f"expected an object, got {_type_name(data)}")
        if depth > MAX_NESTING:
            raise _fail(path, f"nested more than {MAX_NESTING} levels deep")
        out = {}
        for key, item in data.items():
            if not isinstance(key, str):
                raise _fail(path, f"key {key!r} is not a string")
            out[key] = read(item, f"{path}.{key}", depth + 1)
        return out

    return mapping_of


def _literal(choices: tuple[Any, ...]) -> Reader:
    def literal(data: Any, path: str, depth: int) -> Any:
        if data not in choices or type(data) not in {type(c) for c in choices}:
            raise _fail(path, f"{data!r} is not one of {choices!r}")
        return data

    return literal


def _read_raw(data: Any, path: str, depth: int) -> Any:
    if not isinstance(data, Mapping):
        raise _fail(path, f"expected an object, got {_type_name(data)}")
    return RawAnnotation(_read_any(data, path, depth))


def _attrs_of(kind: type) -> Reader:
    def attrs_of(data: Any, path: str, depth: int) -> Any:
        if not isinstance(data, Mapping):
            raise _fail(path, f"expected an object ({kind.__name__}), got {_type_name(data)}")
        if depth > MAX_NESTING:
            raise _fail(path, f"nested more than {MAX_NESTING} levels deep")
        values = {}
        for field in field_hints(kind):
            where = f"{path}.{field.name}" if path else field.name
            if field.name in data:
                values[field.alias] = _reader(field.hint)(data[field.name], where, depth + 1)
            elif not field.has_default:
                raise _fail(where, "missing")
        try:
            return kind(**values)
        except Exception as exc:  # a plugin's validator or converter may raise anything
            raise _fail(path, f"not a valid {kind.__name__}: {type(exc).__name__}: {exc}") from None

    return attrs_of


def _unreadable(hint: Any) -> Reader:
    def unreadable(data: Any, path: str, depth: int) -> Any:
        raise _fail(path, f"newsparse cannot read a value of type {hint!r} from JSON")

    return unreadable
