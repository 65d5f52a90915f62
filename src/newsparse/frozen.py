"""Read-only mappings, so a layer handed to another plugin cannot be changed behind its producer's back.

:func:`freeze` turns JSON-like data (dicts, lists) into a :class:`FrozenDict` and tuples, all the
way down; it is what annotation fields of a mapping type use as their converter.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NoReturn

__all__ = ["MAX_INT", "MAX_NESTING", "FrozenDict", "freeze", "thaw"]

MAX_NESTING = 100  # containers inside containers: deeper data is refused, not recursed into
MAX_INT = 10**4000  # integers JSON may hold: Python writes and reads at most 4,300 digits by default


def _read_only(self: FrozenDict, *args: Any, **kwargs: Any) -> NoReturn:
    raise TypeError(f"{type(self).__name__} is read-only")


class FrozenDict(dict[str, Any]):
    """A read-only dict: hashable and picklable, equal to a dict with the same items.

    A ``dict`` subclass, so that code expecting a dict (``json.dumps``, ``isinstance(x, dict)``)
    keeps working; every method that would change it raises TypeError.
    """

    __slots__ = ()

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return FrozenDict, (dict(self),)

    def __copy__(self) -> FrozenDict:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict:
        return self


_ATOMS = frozenset({str, int, float, bool, type(None)})


def freeze(value: Any, _depth: int = 0) -> Any:
    """``value`` with every dict made a :class:`FrozenDict` and every list a tuple, recursively.

    Raises ValueError when the data is nested more than :data:`MAX_NESTING` levels deep.
    """
    kind = type(value)
    if kind in _ATOMS:
        return value  # a leaf: no test of the abstract classes below
    if kind is dict and all(type(item) in _ATOMS for item in value.values()):
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
