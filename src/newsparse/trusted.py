"""Builders of frozen attrs values that skip the validators and converters, for values known good.

``Sentence(start, end)`` runs two validators, ``Mention(...)`` three: about twice the cost of the
object itself.  The core's segmentation and the built-in extractors build thousands per article
from offsets they just took from the text, and the pipeline checks every annotation an extractor
returns anyway (:func:`newsparse.validation.annotation_error`), so checking each value as it is
built as well is paid twice.  A value built here is the same value (equal, same hash, same
fields); only the checks are left out.  Values that users build keep their validators: this is
for code that already holds the fields in their final form (a tuple, not a list; a
:class:`~newsparse.frozen.FrozenDict`, not a dict).
"""

from __future__ import annotations

import functools
import keyword
from collections.abc import Callable
from typing import Any, TypeVar

import attrs

__all__ = ["trusted_builder"]

T = TypeVar("T")


@functools.cache
def trusted_builder(kind: type[T]) -> Callable[..., T]:
    """A function ``build(*fields)`` that makes a ``kind`` value from every field, in order, unchecked.

    ``kind`` must be a slotted attrs class (``attrs.frozen``); every field is passed, positionally
    or by name, already converted.  Raises TypeError for any other class.
    """
    if not attrs.has(kind) or "__slots__" not in vars(kind):
        raise TypeError(f"{kind.__name__} is not a slotted attrs class")
    names = [field.name for field in attrs.fields(kind)]
    if any(not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_") for name in names):
        raise TypeError(f"{kind.__name__} has private fields: build it with its own __init__")
    env: dict[str, Any] = {"_new": object.__new__, "_kind": kind}
    lines = [f"def build({', '.join(names)}):", "    self = _new(_kind)"]
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
