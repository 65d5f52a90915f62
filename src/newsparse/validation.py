"""The one check of an annotation on its way in: offsets against the text, and values JSON can hold.

An annotation passes when every span in it (any attrs value with ``start``/``end`` fields) has
integer offsets inside the text and the text it says, and every field holds a value of its declared
type that JSON writes and reads back identically (no NaN, no float offset, no set, no list where a
tuple is declared).  The pipeline runs it on what each extractor returns, JSON reading on each layer.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from newsparse.frozen import MAX_INT, MAX_NESTING, FrozenDict
from newsparse.hints import field_hints, is_union, optional_of
from newsparse.spans import has_offsets, offset_error

__all__ = ["all_valid", "annotation_error", "plain_error", "raw_span_error", "valid_in_order"]

# A check: (value, text, depth) -> None when the value is fine, else what is wrong with it.
Check = Callable[[Any, str, int], "str | None"]


def annotation_error(item: object, text: str) -> str | None:
    """What is wrong with ``item`` (an attrs annotation) on ``text``, or None when it is valid."""
    kind: Any = type(item)
    try:
        if _fast_check(kind)(item, text, len(text)):
            return None
    except RecursionError:  # a self-nesting type nested too deeply: the bounded check says so
        pass
    return _attrs_error(item, text, 0)


def all_valid(items: list[Any], kind: type, text: str) -> bool:
    """Whether every one of ``items`` is exactly a ``kind`` and valid on ``text`` (one generated loop,
    no call an item: the pipeline's common case); False sends the caller to the item-by-item check."""
    try:
        return _fast_check_all(kind)(items, text, len(text))
    except RecursionError:
        return False


def valid_in_order(items: list[Any], kind: type, text: str) -> tuple[bool, bool]:
    """:func:`all_valid`, and whether the items are already in ``(start, end)`` order (spans only).

    Read in the same generated loop as the check: a layer made in text order (the syntax layer's
    words) then needs no sort, which cost the pipeline a key tuple per item and a pass of compares.
    """
    check = _fast_check_ordered(kind)
    if check is None:
        return all_valid(items, kind, text), False
    try:
        found = check(items, text, len(text))
    except RecursionError:
        return False, False
    return found > 0, found == _IN_ORDER


def _attrs_error(value: Any, text: str, depth: int) -> str | None:
    if depth > MAX_NESTING:
        return f"values nested more than {MAX_NESTING} levels deep"
    kind: Any = type(value)
    spans, values_of, checks = _plan(kind)
    if spans:
        written = getattr(value, "text", None)
        error = offset_error(value.start, value.end, written if isinstance(written, str) else None, text)
        if error is not None:
            return error
    for (name, fine, check), field in zip(checks, values_of(value), strict=True):
        if type(field) in fine:  # a plain value of a declared type: nothing more to check
            continue
        error = check(field, text, depth + 1)
        if error is not None:
            return f"{name}: {error}"
    return None


_Plan = tuple[bool, Callable[[Any], tuple[Any, ...]], tuple[tuple[str, frozenset[type], Check], ...]]


@functools.cache
def _plan(kind: Any) -> _Plan:
    """Whether ``kind``'s values are spans, a getter of all its fields, and each field's check."""
    fields = field_hints(kind)
    getter = operator.attrgetter(*(f.name for f in fields)) if fields else (lambda value: ())
    values_of = getter if len(fields) != 1 else (lambda value: (getter(value),))
    checks = tuple((f.name, _fine_types(f.hint), _check_for(f.hint)) for f in fields)
    return has_offsets(kind), values_of, checks


def _fine_types(hint: Any) -> frozenset[type]:
    """The exact types whose values need no check beyond their type, for a field declared ``hint``."""
    members = typing.get_args(hint) if is_union(hint) else (hint,)
    return frozenset(member for member in members if member in (str, bool, type(None)))  # ints: bounded


def plain_error(value: Any, depth: int = 0) -> str | None:
    """What keeps ``value`` (of no declared type) from being written to JSON, or None."""
    return _plain(value, "", depth)


def _plain(value: Any, text: str, depth: int) -> str | None:
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return None
    if kind is int:
        return _int_error(value)
    if kind is float:
        return None if math.isfinite(value) else f"{value!r} cannot be written to JSON"
    if depth > MAX_NESTING:
        return f"values nested more than {MAX_NESTING} levels deep"
    if isinstance(value, (tuple, list)):
        return _first(_plain(item, text, depth + 1) for item in value)
    if isinstance(value, Mapping):
        if not all(isinstance(key, str) for key in value):
            return "a mapping key is not a string"
        return _first(_plain(item, text, depth + 1) for item in value.values())
    if attrs.has(kind):
        return _attrs_error(value, text, depth)
    return f"a {kind.__name__} cannot be written to JSON"


def _first(errors: typing.Iterable[str | None]) -> str | None:
    for error in errors:
        if error is not None:
            return error
    return None


def _is_str(value: Any, text: str, depth: int) -> str | None:
    return None if isinstance(value, str) else f"expected a string, got a {type(value).__name__}"


def _int_error(value: int) -> str | None:
    if -MAX_INT < value < MAX_INT:
        return None
    return "an integer too long to be written to JSON (more than 4,000 digits)"


def _is_int(value: Any, text: str, depth: int) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return _int_error(value)
    return f"expected an integer, got {value!r}"


def _is_number(value: Any, text: str, depth: int) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return _int_error(value)
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{value!r} cannot be written to JSON"
    return f"expected a number, got a {type(value).__name__}"


def _is_bool(value: Any, text: str, depth: int) -> str | None:
    return None if isinstance(value, bool) else f"expected true or false, got a {type(value).__name__}"


def _is_none(value: Any, text: str, depth: int) -> str | None:
    return None if value is None else f"expected null, got a {type(value).__name__}"


_SIMPLE: dict[Any, Check] = {
    str: _is_str,
    int: _is_int,
    float: _is_number,
    bool: _is_bool,
    type(None): _is_none,
    Any: _plain,
    object: _plain,
}


@functools.cache
def _check_for(hint: Any) -> Check:
    """The check of values declared as ``hint``."""
    simple = _SIMPLE.get(hint)
    if simple is not None:
        return simple
    inner = optional_of(hint)
    if inner is not None:
        return _optional(_check_for(inner))
    if is_union(hint):
        return _union(tuple(_check_for(arg) for arg in typing.get_args(hint)))
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _tuple_of(_check_for(args[0]))
    if origin is tuple and args:
        return _fixed_tuple(tuple(_check_for(arg) for arg in args))
    if origin is list or origin is tuple or hint in (list, tuple):
        kind = list if (origin or hint) is list else tuple
        return _sequence_of(kind, _check_for(args[0]) if args else _plain)
    if origin in (Mapping, dict) or hint in (Mapping, dict):
        return _mapping_of(_check_for(args[1]) if len(args) == 2 else _plain)
    if origin is typing.Literal:
        return _literal(args)
    if isinstance(hint, type) and attrs.has(hint):
        return _attrs_of(hint)
    if isinstance(hint, type):
        return _instance_of(hint)
    return _plain


def _optional(check: Check) -> Check:
    def optional(value: Any, text: str, depth: int) -> str | None:
        return None if value is None else check(value, text, depth)

    return optional


def _union(checks: tuple[Check, ...]) -> Check:
    def union(value: Any, text: str, depth: int) -> str | None:
        errors = [check(value, text, depth) for check in checks]
        return None if None in errors else errors[0]

    return union


def _tuple_of(check: Check) -> Check:
    def tuple_of(value: Any, text: str, depth: int) -> str | None:
        if not isinstance(value, tuple):
            return f"expected a tuple, got a {type(value).__name__}"
        for index, item in enumerate(value):
            error = check(item, text, depth + 1)
            if error is not None:
                return f"[{index}]: {error}"
        return None

    return tuple_of


def _fixed_tuple(checks: tuple[Check, ...]) -> Check:
    def fixed_tuple(value: Any, text: str, depth: int) -> str | None:
        if not isinstance(value, tuple) or len(value) != len(checks):
            return f"expected a tuple of {len(checks)}, got {value!r}"
        for index, (check, item) in enumerate(zip(checks, value, strict=True)):
            error = check(item, text, depth + 1)
            if error is not None:
                return f"[{index}]: {error}"
        return None

    return fixed_tuple


def _sequence_of(kind: type, check: Check) -> Check:
    def sequence_of(value: Any, text: str, depth: int) -> str | None:
        if not isinstance(value, (list, tuple)) or type(value) is not kind:
            return f"expected a {kind.__name__}, got a {type(value).__name__}"
        for index, item in enumerate(value):
            error = check(item, text, depth + 1)
            if error is not None:
                return f"[{index}]: {error}"
        return None

    return sequence_of


def _mapping_of(check: Check) -> Check:
    def mapping_of(value: Any, text: str, depth: int) -> str | None:
        if not isinstance(value, Mapping):
            return f"expected a mapping, got a {type(value).__name__}"
        for key, item in value.items():
            if not isinstance(key, str):
                return f"key {key!r} is not a string"
            error = check(item, text, depth + 1)
            if error is not None:
                return f"[{key!r}]: {error}"
        return None

    return mapping_of


def _literal(choices: tuple[Any, ...]) -> Check:
    def literal(value: Any, text: str, depth: int) -> str | None:
        return None if value in choices else f"{value!r} is not one of {choices!r}"

    return literal


def _attrs_of(kind: type) -> Check:
    def attrs_of(value: Any, text: str, depth: int) -> str | None:
        if type(value) is not kind:
            # JSON reads a value back as the declared class: a subclass would come back different
            return f"expected a {kind.__name__}, got a {type(value).__name__}"
        return _attrs_error(value, text, depth)

    return attrs_of


def _instance_of(kind: type) -> Check:
    def instance_of(value: Any, text: str, depth: int) -> str | None:
        if not isinstance(value, kind):
            return f"expected a {kind.__name__}, got a {type(value).__name__}"
        return _plain(value, text, depth)

    return instance_of


def raw_span_error(data: Any, text: str, depth: int = 0) -> str | None:
    """What is wrong with the spans of untyped JSON data: every object with ``start`` and ``end``."""
    if depth > MAX_NESTING:
        return f"values nested more than {MAX_NESTING} levels deep"
    if isinstance(data, Mapping):
        if "start" in data and "end" in data:
            written = data.get("text")
            said = written if isinstance(written, str) else None
            error = offset_error(data["start"], data["end"], said, text)
            if error is not None:
                return error
        items: typing.Iterable[Any] = data.values()
    elif isinstance(data, (list, tuple)):
        items = data
    else:
        return None
    return _first(raw_span_error(item, text, depth + 1) for item in items)


# -- The fast yes/no check ------------------------------------------------------------------
# The pipeline checks every annotation every extractor returns, so for each class a small function
# is written out from its fields' declared types, with the type tests inline (as attrs writes
# ``__init__``).  It only says whether the value is valid; when it is not, the walk above says what
# is wrong, and is the reference (the fast check may refuse unusual values, an ``int`` subclass
# offset, that the walk then accepts).

FastCheck = Callable[[Any, str, int], bool]
_PLAIN_NAMES = {str: "str", int: "int", bool: "bool", type(None): "NoneType"}


@functools.cache
def _fast_check(kind: Any) -> FastCheck:
    """``check(value, text, len(text))``: whether a ``kind`` value is valid on ``text`` (no detail)."""
    env: dict[str, Any] = {
        "isfinite": math.isfinite,
        "MAX_INT": MAX_INT,
        "fast_check": _fast_check,
        "NoneType": type(None),
    }
    lines = ["def check(v, text, n):", *_body(kind, "v", env, itertools.count(), "    ", (kind,))]
    lines.append("    return True")
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), f"<newsparse fast check of {kind.__qualname__}>", "exec"), env, namespace)
    check: FastCheck = namespace["check"]
    return check


@functools.cache
def _fast_check_all(kind: Any) -> Callable[[list[Any], str, int], bool]:
    """``check_all(items, text, len(text))``: whether every item is a ``kind`` value valid on ``text``."""
    env: dict[str, Any] = {
        "isfinite": math.isfinite,
        "MAX_INT": MAX_INT,
        "fast_check": _fast_check,
        "NoneType": type(None),
        "_kind": kind,
    }
    body = _body(kind, "v", env, itertools.count(), "        ", (kind,))
    lines = ["def check_all(items, text, n):", "    for v in items:", "        if type(v) is not _kind:"]
    lines += ["            return False", *body, "    return True"]
    namespace: dict[str, Any] = {}
    name = f"<newsparse fast check of many {kind.__qualname__}>"
    exec(compile("\n".join(lines), name, "exec"), env, namespace)
    check: Callable[[list[Any], str, int], bool] = namespace["check_all"]
    return check


_IN_ORDER = 2  # what the ordered check returns for valid items in order (1: valid, 0 or False: not)


@functools.cache
def _fast_check_ordered(kind: Any) -> Callable[[list[Any], str, int], int] | None:
    """``check_all(items, text, len(text))`` of a span class: 0 (or False) when an item is not a
    valid ``kind`` value, else 2 when the items are in ``(start, end)`` order and 1 when not.
    None for a class without offsets (looked up once per class, as the checks are)."""
    if not has_offsets(kind):
        return None
    env: dict[str, Any] = {
        "isfinite": math.isfinite,
        "MAX_INT": MAX_INT,
        "fast_check": _fast_check,
        "NoneType": type(None),
        "_kind": kind,
    }
    body = _body(kind, "v", env, itertools.count(), "        ", (kind,), ordered=True)
    lines = ["def check_all(items, text, n):", "    ps = pe = -1", f"    found = {_IN_ORDER}"]
    lines += ["    for v in items:", "        if type(v) is not _kind:", "            return 0"]
    lines += [*body, "    return found"]
    namespace: dict[str, Any] = {}
    name = f"<newsparse ordered check of many {kind.__qualname__}>"
    exec(compile("\n".join(lines), name, "exec"), env, namespace)
    check: Callable[[list[Any], str, int], int] = namespace["check_all"]
    return check


# Values of attrs classes inside a value (an entity's mentions, a claim's spans) are checked by code
# written out inside the outer check, not by a call of their own check (a lookup and a call per
# nested value: the checks of 300 news articles' layers took 26 ms, now 22). A class already being
# written out (a self-nesting type) and values nested deeper than this are checked by a call.
_MAX_INLINED = 3
_Names = itertools.count


def _body(
    kind: Any,
    v: str,
    env: dict[str, Any],
    names: _Names,
    pad: str,
    inside: tuple[Any, ...],
    *,
    ordered: bool = False,
) -> list[str]:
    """Code that returns False unless ``v``, a ``kind`` value, has valid offsets and fields.

    ``ordered`` (a span class, in the ordered check's loop): it also sets ``found`` to 1 when
    ``v``'s offsets come before the previous item's (``ps``, ``pe``)."""
    lines: list[str] = []
    skip: set[str] = set()
    if has_offsets(kind):
        s, e = f"x{next(names)}", f"x{next(names)}"
        lines += [
            f"{pad}{s} = {v}.start",
            f"{pad}{e} = {v}.end",
            f"{pad}if type({s}) is not int or type({e}) is not int or not 0 <= {s} <= {e} <= n:",
            f"{pad}    return False",
        ]
        if ordered:  # (s, e) < (ps, pe) as tuples; offsets are never negative, so the first passes
            lines += [
                f"{pad}if {s} <= ps and ({s} < ps or {e} < pe):",
                f"{pad}    found = 1",
                f"{pad}ps = {s}",
                f"{pad}pe = {e}",
            ]
        skip = {"start", "end"}
        hints = {f.name: f.hint for f in field_hints(kind)}
        if "text" in hints:
            t = f"x{next(names)}"
            if hints["text"] is str:  # its own check too: a string, the text at the offsets
                skip.add("text")
                lines += [f"{pad}{t} = {v}.text", f"{pad}if type({t}) is not str or text[{s}:{e}] != {t}:"]
            else:
                lines += [f"{pad}{t} = {v}.text", f"{pad}if type({t}) is str and text[{s}:{e}] != {t}:"]
            lines += _false(pad)
    for field in field_hints(kind):
        if field.name in skip:
            continue
        var = f"x{next(names)}"
        lines.append(f"{pad}{var} = {v}.{field.name}")
        lines += _lines(field.hint, var, env, names, pad, inside)
    return lines


def _lines(
    hint: Any, var: str, env: dict[str, Any], names: _Names, pad: str, inside: tuple[Any, ...]
) -> list[str]:
    """Code that returns False unless ``var`` is a valid value of type ``hint`` (``inside``: the
    classes whose checks are being written out around it)."""
    if hint is int:
        return [f"{pad}if type({var}) is not int or not -MAX_INT < {var} < MAX_INT:", *_false(pad)]
    if hint in _PLAIN_NAMES:
        return [f"{pad}if type({var}) is not {_PLAIN_NAMES[hint]}:", f"{pad}    return False"]
    if hint is float:
        return _number(var, set(), pad)
    inner = optional_of(hint)
    if inner is not None:
        return [f"{pad}if {var} is not None:", *_lines(inner, var, env, names, pad + "    ", inside)]
    args = typing.get_args(hint)
    if is_union(hint) and all(arg in _PLAIN_NAMES or arg is float for arg in args):
        plain = {_PLAIN_NAMES[arg] for arg in args if arg in _PLAIN_NAMES}
        lines = _number(var, plain, pad) if float in args else _one_of(var, plain, pad)
        if int in args or float in args:
            lines += [f"{pad}if type({var}) is int and not -MAX_INT < {var} < MAX_INT:", *_false(pad)]
        return lines
    origin = typing.get_origin(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis and _is_attrs_class(args[0]):
        item, name = f"x{next(names)}", f"K{next(names)}"
        env[name] = args[0]
        if _inlined(args[0], inside):  # a tuple of attrs values (an entity's mentions): written out
            return [
                f"{pad}if type({var}) is not tuple:",
                f"{pad}    return False",
                f"{pad}for {item} in {var}:",
                f"{pad}    if type({item}) is not {name}:",
                f"{pad}        return False",
                *_body(args[0], item, env, names, pad + "    ", (*inside, args[0])),
            ]
        check = f"f{next(names)}"  # else their check looked up once, not per value
        return [
            f"{pad}if type({var}) is not tuple:",
            f"{pad}    return False",
            f"{pad}if {var}:",
            f"{pad}    {check} = fast_check({name})",
            f"{pad}    for {item} in {var}:",
            f"{pad}        if type({item}) is not {name} or not {check}({item}, text, n):",
            f"{pad}            return False",
        ]
    if origin in (Mapping, dict) and args in ((str, Any), (str, object)):
        return _mapping_lines(hint, var, env, names, pad)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = f"x{next(names)}"
        return [
            f"{pad}if type({var}) is not tuple:",
            f"{pad}    return False",
            f"{pad}for {item} in {var}:",
            *_lines(args[0], item, env, names, pad + "    ", inside),
        ]
    if isinstance(hint, type) and attrs.has(hint) and origin not in (Mapping, dict):
        name = f"K{next(names)}"
        env[name] = hint
        if _inlined(hint, inside):
            head = [f"{pad}if type({var}) is not {name}:", f"{pad}    return False"]
            return [*head, *_body(hint, var, env, names, pad, (*inside, hint))]
        return [
            f"{pad}if type({var}) is not {name} or not fast_check({name})({var}, text, n):",
            f"{pad}    return False",
        ]
    # mappings, Any, literals, other unions: the full check decides
    name = f"C{next(names)}"
    env[name] = _check_for(hint)
    return [f"{pad}if {name}({var}, text, 0) is not None:", f"{pad}    return False"]


def _inlined(kind: Any, inside: tuple[Any, ...]) -> bool:
    """Whether a nested ``kind`` value's check is written out (not a self-nesting type, not too deep)."""
    return kind not in inside and len(inside) <= _MAX_INLINED


def _is_attrs_class(hint: Any) -> bool:
    return isinstance(hint, type) and attrs.has(hint)


def _mapping_lines(hint: Any, var: str, env: dict[str, Any], names: _Names, pad: str) -> list[str]:
    """Code for a mapping of strings to any JSON value (identifiers): a dict or FrozenDict of plain
    values is checked inline, anything else (nested values, another mapping) by the full check."""
    key, item, kind, name = f"x{next(names)}", f"x{next(names)}", f"x{next(names)}", f"C{next(names)}"
    env[name] = _check_for(hint)
    env["FrozenDict"] = FrozenDict
    env["plain"] = _plain
    return [
        f"{pad}if type({var}) is FrozenDict or type({var}) is dict:",
        f"{pad}    for {key}, {item} in {var}.items():",
        f"{pad}        if type({key}) is not str:",
        f"{pad}            return False",
        f"{pad}        {kind} = type({item})",
        f"{pad}        if {kind} is int:",
        f"{pad}            if not -MAX_INT < {item} < MAX_INT:",
        f"{pad}                return False",
        f"{pad}        elif {kind} is not str and {kind} is not bool and {item} is not None:",
        f"{pad}            if plain({item}, text, 1) is not None:",  # what the mapping check asks
        f"{pad}                return False",
        f"{pad}elif {name}({var}, text, 0) is not None:",
        f"{pad}    return False",
    ]


def _false(pad: str) -> list[str]:
    return [f"{pad}    return False"]


def _one_of(var: str, plain: set[str], pad: str) -> list[str]:
    allowed = " and ".join(f"type({var}) is not {name}" for name in sorted(plain))
    return [f"{pad}if {allowed}:", f"{pad}    return False"]


def _number(var: str, plain: set[str], pad: str) -> list[str]:
    others = sorted(plain | {"int"})
    allowed = " and ".join(f"type({var}) is not {name}" for name in others)
    return [
        f"{pad}if type({var}) is float:",
        f"{pad}    if not isfinite({var}):",
        f"{pad}        return False",
        f"{pad}elif {allowed}:",
        f"{pad}    return False",
    ]
