"""Read-only mappings, so a layer handed to another plugin cannot be changed behind its producer's back.

:func:`freeze` turns JSON-like data (dicts, lists) into a :class:`FrozenDict` and tuples, all the
way down; it is what annotation fields of a mapping type use as their converter.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any

__all__ = ["MAX_NESTING", "FrozenDict", "freeze", "thaw"]

MAX_NESTING = 100  # containers inside containers: deeper data is refused, not recursed into


class FrozenDict(Mapping[str, Any]):
    """An immutable, hashable, picklable mapping that compares equal to a dict with the same items."""

    __slots__ = ("_items",)
    _items: dict[str, Any]

    def __init__(self, items: Mapping[str, Any] | None = None) -> None:
        object.__setattr__(self, "_items", dict(items or {}))

    def __getitem__(self, key: str) -> Any:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def get(self, key: str, default: Any = None) -> Any:
        """The value of ``key``, or ``default`` (as ``dict.get``)."""
        return self._items.get(key, default)

    def keys(self) -> KeysView[str]:
        """The keys (a view of the underlying dict's, read-only through this mapping)."""
        return self._items.keys()

    def values(self) -> ValuesView[Any]:
        """The values."""
        return self._items.values()

    def items(self) -> ItemsView[str, Any]:
        """The items."""
        return self._items.items()

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __hash__(self) -> int:
        return hash(tuple(self._items.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._items == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return repr(self._items)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return FrozenDict, (self._items,)


_ATOMS = frozenset({str, int, float, bool, type(None)})


def freeze(value: Any, _depth: int = 0) -> Any:
    """``value`` with every dict made a :class:`FrozenDict` and every list a tuple, recursively.

    Raises ValueError when the data is nested more than :data:`MAX_NESTING` levels deep.
    """
    if type(value) is dict and all(type(item) in _ATOMS for item in value.values()):
        return FrozenDict(value)  # the common case, flat: no recursion
    if isinstance(value, Mapping):
        if _depth > MAX_NESTING:
            raise ValueError(f"data nested more than {MAX_NESTING} levels deep")
        return FrozenDict({key: freeze(item, _depth + 1) for key, item in value.items()})
    if isinstance(value, (list, tuple)):
        if _depth > MAX_NESTING:
            raise ValueError(f"data nested more than {MAX_NESTING} levels deep")
        return tuple(freeze(item, _depth + 1) for item in value)
    return value


def thaw(value: Any) -> Any:
    """``value`` with every mapping made a dict and every tuple a list, recursively (for JSON)."""
    if isinstance(value, Mapping):
        return {key: thaw(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [thaw(item) for item in value]
    return value
