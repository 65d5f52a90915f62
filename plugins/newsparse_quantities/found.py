"""What the recogniser finds (an amount with its character offsets), and its conversion to a Quantity."""

from __future__ import annotations

import functools
from collections.abc import Callable
from fractions import Fraction
from typing import Any, ClassVar, Final, TypeVar, final

import attrs

from newsparse import Quantity, Span
from newsparse.trusted import trusted_builder

_T = TypeVar("_T")


# every field of a Found, in order
_FoundFields = tuple[
    int, int, int, int, int, Fraction | None, Fraction | None, Fraction | None, str | None, str | None,
    str | None, str, bool, bool, tuple[int, int] | None, tuple[tuple[int, int, Fraction], ...], str | None,
    Fraction | None,
]  # fmt: skip


@final
class Found:
    """A recognised amount with its word indexes, before it becomes a :class:`Quantity`.

    A plain final class, which the compiled build makes native (its fields read from a C struct:
    the scan and the passes after it read them about 147,000 times per 300 articles), immutable as
    the claims layer's ``Found`` is: its fields are ``Final`` (mypy refuses a write), set once in
    ``__init__`` by plain stores (cheaper than ``object.__setattr__`` in pure Python); the copies
    (``replaced``) give a changed amount.
    """

    __slots__ = (
        "change", "change_to", "core_start", "counted", "end", "extra_numbers", "high", "high_inclusive",
        "kind", "low", "low_inclusive", "modifier", "number_end", "number_start", "start", "unit",
        "unit_text", "value",
    )  # fmt: skip
    # the fields in the constructor's order (what ``replaced`` builds a copy from)
    __match_args__: ClassVar[tuple[str, ...]] = (
        "start", "end", "core_start", "number_start", "number_end", "value", "low", "high", "modifier",
        "unit", "unit_text", "kind", "low_inclusive", "high_inclusive", "counted", "extra_numbers",
        "change", "change_to",
    )  # fmt: skip

    def __init__(
        self,
        start: int,
        end: int,
        core_start: int,
        number_start: int,
        number_end: int,
        value: Fraction | None,
        low: Fraction | None,
        high: Fraction | None,
        modifier: str | None,
        unit: str | None,
        unit_text: str | None,
        kind: str,
        low_inclusive: bool = True,
        high_inclusive: bool = True,
        counted: tuple[int, int] | None = None,
        extra_numbers: tuple[tuple[int, int, Fraction], ...] = (),
        change: str | None = None,
        change_to: Fraction | None = None,
    ) -> None:
        """Keep the fields, once (each ``Final``: mypy refuses a later write, as attrs' frozen did)."""
        self.start: Final[int] = start
        self.end: Final[int] = end
        self.core_start: Final[int] = core_start  # where the number (or sign) starts, after the modifier
        self.number_start: Final[int] = number_start  # the first number alone: for number-only scoring
        self.number_end: Final[int] = number_end
        self.value: Final[Fraction | None] = value
        self.low: Final[Fraction | None] = low
        self.high: Final[Fraction | None] = high
        self.modifier: Final[str | None] = modifier
        self.unit: Final[str | None] = unit
        self.unit_text: Final[str | None] = unit_text
        self.kind: Final[str] = kind
        self.low_inclusive: Final[bool] = low_inclusive
        self.high_inclusive: Final[bool] = high_inclusive
        self.counted: Final[tuple[int, int] | None] = counted
        self.extra_numbers: Final[tuple[tuple[int, int, Fraction], ...]] = extra_numbers
        self.change: Final[str | None] = change
        self.change_to: Final[Fraction | None] = change_to

    def _key(self) -> _FoundFields:
        """Every field, in order: what equality and the hash compare (as attrs' did)."""
        return (
            self.start, self.end, self.core_start, self.number_start, self.number_end, self.value,
            self.low, self.high, self.modifier, self.unit, self.unit_text, self.kind, self.low_inclusive,
            self.high_inclusive, self.counted, self.extra_numbers, self.change, self.change_to,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        """Equal when every field is."""
        return isinstance(other, Found) and self._key() == other._key()

    def __hash__(self) -> int:
        """The hash of every field (equal amounts hash alike)."""
        return hash(self._key())

    def __repr__(self) -> str:
        """The fields, as attrs wrote them. The values typed as objects: zip over the tuple itself had mypy
        infer a union whose order follows its types' identities, so the compiled C differed build to build."""
        values: tuple[object, ...] = self._key()
        pairs = zip(self.__match_args__, values, strict=True)
        fields = ", ".join(f"{name}={value!r}" for name, value in pairs)
        return f"Found({fields})"


def _out(x: Fraction | None) -> int | float | None:
    """A Fraction as int when integral, else float (JSON-friendly)."""
    if x is None:
        return None
    if x.denominator == 1:
        return int(x)
    return float(x)


def to_quantity(text: str, f: Found, counted: Span | None = None) -> Quantity:
    """The contract's Quantity for a Found (built without re-running its field checks: a Found's
    offsets, modifier and change are valid by construction, and the pipeline checks every annotation)."""
    value = _out(f.value)
    return _BUILD_QUANTITY(
        f.start,
        f.end,
        text[f.start : f.end],
        value,
        value if f.low is f.value else _out(f.low),  # low: an exact amount has one Fraction for all three
        value if f.high is f.value else _out(f.high),
        f.modifier,
        f.unit,
        counted,
        f.unit_text,
        f.low_inclusive,
        f.high_inclusive,
        f.kind,
        f.change,
        None if f.change_to is None else _out(f.change_to),  # (most amounts: no call)
    )


# Quantity's fields in order: start, end, text, value, low, high, modifier, unit, counted, unit_text,
# low_inclusive, high_inclusive, kind, change, change_to (tests/quantities/test_forms.py checks the order)
_BUILD_QUANTITY = trusted_builder(Quantity)


@functools.lru_cache(maxsize=1024)  # numbers in words repeat ("two", "three"); a Fraction is immutable
def integer_fraction(value: int) -> Fraction:
    """``Fraction(value)``, made once per integer: building a Fraction runs Python code (about 2 µs)."""
    return Fraction(value)


def replaced(item: _T, /, **changes: Any) -> _T:
    """``attrs.evolve(item, **changes)`` for the layer's own values (a :class:`Found`, a ``Num``),
    built unchecked by generated code that reads each field once: ``attrs.evolve`` walks the
    class's fields in Python and runs ``__init__`` (a few times slower, a few hundred calls per
    300 articles). Only for classes with no validator, converter or private field."""
    kind: type = type(item)
    built: _T = _replacer(kind)(item, changes)
    return built


@functools.cache
def _replacer(kind: type) -> Callable[[Any, dict[str, Any]], Any]:
    """``replace(value, changes)`` for ``kind``: its unchecked builder given each field, changed or
    kept (a plain class, such as :class:`~.word_columns.Num`: its own constructor, given the fields
    its ``__match_args__`` names)."""
    if attrs.has(kind):
        fields = attrs.fields(kind)
        if any(f.validator is not None or f.converter is not None or f.alias != f.name for f in fields):
            raise TypeError(f"{kind.__name__} checks or renames a field: use attrs.evolve")
        names: tuple[str, ...] = tuple(f.name for f in fields)
        build: Callable[..., Any] = trusted_builder(kind)
    else:
        names, build = tuple(getattr(kind, "__match_args__")), kind  # noqa: B009 (type has none typed)
    arguments = ", ".join(f"{name}=get({name!r}, value.{name})" for name in names)  # by name: any order
    lines = [
        "def replace(value, changes):",
        "    if not changes.keys() <= _names:",
        "        raise TypeError(f'no field {sorted(changes.keys() - _names)} in {_kind.__name__}')",
        "    get = changes.get",
        f"    return _build({arguments})",
    ]
    env = {"_build": build, "_names": frozenset(names), "_kind": kind}
    namespace: dict[str, Any] = {}
    code = compile("\n".join(lines), f"<newsparse_quantities replacer of {kind.__qualname__}>", "exec")
    exec(code, env, namespace)
    replace: Callable[[Any, dict[str, Any]], Any] = namespace["replace"]
    return replace
