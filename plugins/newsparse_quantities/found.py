"""What the recogniser finds (an amount with its character offsets), and its conversion to a Quantity."""

from __future__ import annotations

from fractions import Fraction

import attrs

from newsparse import Quantity, Span
from newsparse.trusted import trusted_builder


@attrs.frozen
class Found:
    """A recognised amount with its word indexes, before it becomes a :class:`Quantity`."""

    start: int
    end: int
    core_start: int  # where the number (or currency sign) starts, after the modifier
    number_start: int  # the first number alone (no modifier, sign, unit): for number-only scoring
    number_end: int
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    modifier: str | None
    unit: str | None
    unit_text: str | None
    kind: str
    low_inclusive: bool = True
    high_inclusive: bool = True
    counted: tuple[int, int] | None = None
    extra_numbers: tuple[tuple[int, int, Fraction], ...] = ()
    change: str | None = None
    change_to: Fraction | None = None


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
