"""Builders of frozen attrs values that skip the validators and converters, for values known good.

``Sentence(start, end)`` runs two validators, ``Mention(...)`` three: about twice the cost of the
object itself.  The core's segmentation and the built-in extractors build thousands per article
from offsets they just took from the text, and the pipeline checks every annotation an extractor
returns anyway (:func:`newsparse.validation.annotation_error`), so checking each value as it is
built as well is paid twice.  A value built here is the same value (equal, same hash, same
fields); only the checks are left out.  Values that users build keep their validators: this is
for code that already holds the fields in their final form (a tuple, not a list; a
:class:`~newsparse.frozen.FrozenDict`, not a dict).  Pickling uses the same builders
(:func:`reduce_by_fields`): a pickled value was checked when it was first built.
"""

from __future__ import annotations

import functools
import keyword
import operator
from collections.abc import Callable
from typing import Any, SupportsIndex, TypeVar

import attrs

__all__ = ["rebuild", "reduce_by_fields", "trusted_builder"]

T = TypeVar("T")


@functools.cache
def trusted_builder(kind: type[T]) -> Callable[..., T]:
    """A function ``build(*fields)`` that makes a ``kind`` value from every field, in order, unchecked.

    ``kind`` must be a slotted attrs class (``attrs.frozen``); every field is passed, positionally
    or by name, already converted, but for the trailing fields with a plain (not factory) default,
    which may be left out: a field added to a class with a default breaks no builder of it.  Raises
    TypeError for any other class.
    """
    if not attrs.has(kind) or "__slots__" not in vars(kind):
        raise TypeError(f"{kind.__name__} is not a slotted attrs class")
    fields = attrs.fields(kind)
    names = [field.name for field in fields]
    if any(not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_") for name in names):
        raise TypeError(f"{kind.__name__} has private fields: build it with its own __init__")
    env: dict[str, Any] = {"_new": object.__new__, "_kind": kind}
    params = list(names)
    for index in range(len(fields) - 1, -1, -1):  # the trailing plain defaults, from the last field
        default = fields[index].default
        if default is attrs.NOTHING or isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            break
        env[f"_default{index}"] = default
        params[index] = f"{names[index]}=_default{index}"
    lines = [f"def build({', '.join(params)}):", "    self = _new(_kind)"]
    for index, name in enumerate(names):
        env[f"_set{index}"] = _slot(kind, name).__set__
        lines.append(f"    _set{index}(self, {name})")
    lines.append("    return self")
    namespace: dict[str, Any] = {}
    code = compile("\n".join(lines), f"<newsparse trusted builder of {kind.__qualname__}>", "exec")
    exec(code, env, namespace)
    build: Callable[..., T] = namespace["build"]
    return build


def _slot(kind: type, name: str) -> Any:
    """The slot descriptor of field ``name`` (on ``kind`` or the base class that declares it)."""
    for owner in kind.__mro__:
        if name in vars(owner).get("__slots__", ()):
            return vars(owner)[name]
    raise TypeError(f"{kind.__name__}.{name} is not a slot")


def rebuild(kind: Any, values: tuple[Any, ...]) -> Any:
    """A ``kind`` value from its field values, unchecked: what pickle calls for :func:`reduce_by_fields`."""
    return trusted_builder(kind)(*values)


def reduce_by_fields(self: Any, protocol: SupportsIndex) -> str | tuple[Any, ...]:
    """``__reduce_ex__`` of a frozen attrs value: its class and field values, rebuilt by :func:`rebuild`.

    attrs pickles a slotted class through a ``__getstate__`` dict and a ``__setstate__`` loop of
    ``object.__setattr__`` calls; a tuple of values rebuilt by a trusted builder pickles in half the
    time and unpickles nearly twice as fast (``parse_many`` sends every document across a process
    boundary).  A class :func:`trusted_builder` cannot build is pickled the usual way.
    """
    kind: Any = type(self)
    fields = _fields_of(kind)
    if fields is None:
        return object.__reduce_ex__(self, protocol)
    return (rebuild, (kind, fields(self)))


@functools.cache
def _fields_of(kind: Any) -> Callable[[Any], tuple[Any, ...]] | None:
    """A getter of every field of ``kind`` as a tuple, or None when it is not rebuilt by its fields."""
    if any("_attrs_cached_hash" in vars(owner).get("__slots__", ()) for owner in kind.__mro__):
        return None  # a hash cache that only attrs' own __setstate__ resets
    try:
        trusted_builder(kind)
    except TypeError:
        return None
    names = [field.name for field in attrs.fields(kind)]
    if len(names) < 2:  # attrgetter of one name gives the value itself, of none is an error
        return lambda value: tuple(getattr(value, name) for name in names)
    getter: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*names)
    return getter
