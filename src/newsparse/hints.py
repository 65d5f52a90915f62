"""The declared type of every field of an attrs class, resolved once: what checks and JSON reading follow.

A field whose hint cannot be resolved (a plugin's forward reference) is treated as ``Any``.
"""

from __future__ import annotations

import functools
import types
import typing
from typing import Any, NamedTuple

import attrs

__all__ = ["FieldHint", "field_hints", "is_union", "optional_of"]


class FieldHint(NamedTuple):
    """One field of an attrs class: its name, its ``__init__`` keyword, its type, whether it has a default."""

    name: str
    alias: str
    hint: Any
    has_default: bool


def _has_default(field: attrs.Attribute[Any]) -> bool:
    return field.default is not attrs.NOTHING


@functools.cache
def field_hints(kind: type) -> tuple[FieldHint, ...]:
    """The fields of attrs class ``kind`` that ``__init__`` takes, with their resolved type hints."""
    try:
        hints = typing.get_type_hints(kind)
    except Exception:  # unresolvable forward references in a plugin's class: no hint is known
        hints = {}
    return tuple(
        FieldHint(field.name, field.alias or field.name, hints.get(field.name, Any), _has_default(field))
        for field in attrs.fields(kind)
        if field.init
    )


def is_union(hint: Any) -> bool:
    """Whether ``hint`` is a union (``X | Y`` or ``typing.Union[X, Y]``)."""
    return typing.get_origin(hint) in (typing.Union, types.UnionType)


def optional_of(hint: Any) -> Any | None:
    """``X`` when ``hint`` is ``X | None`` (one type besides None), else None."""
    if not is_union(hint):
        return None
    args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    if len(args) == 1 and len(typing.get_args(hint)) == 2:
        return args[0]
    return None
