"""A price per unit of goods written once for parallel prices of one sentence: "$115 per ton bid and
$118 offered" (both ``USD/t``), "$276-277 and soymeal black was $246-248 per tonne", "$27.40-$27.70 a
barrel ..., up from $27.22 last week".

The guideline applies a currency written once to the parallel amounts of its sentence; a reader
applies the "per tonne" of a commodity price the same way. Only prices of goods share their rate
(barrels, tonnes, ounces, bushels: not "a share", "a year"), only in the same currency, and only
between prices of the same size (within a factor of three), so that "$30 a barrel ... a $5 billion
project" shares nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found import Found, replaced
from .numbers import Words

__all__ = ["shared_rates"]

# the denominators of prices of goods (context._DENOMINATORS' values for goods)
_GOODS = frozenset({"bbl", "t", "oz", "gal", "l", "kg", "lb", "bu", "cwt", "MMBtu", "Btu"})
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\n\s*\n")
_REACH = 120  # characters between two parallel prices
_FACTOR = 3  # the largest ratio between two parallel prices


def shared_rates(words: Words, found: Sequence[Found]) -> list[Found]:
    """The amounts, a price with no rate taking the rate of goods of a parallel price of its sentence."""
    rated = [i for i, f in enumerate(found) if f.kind == "currency" and _goods_rate(f) is not None]
    if not rated:
        return list(found)  # (most texts: nothing to share)
    out = list(found)
    for index, f in enumerate(found):
        if f.kind != "currency" or f.unit is None or "/" in f.unit:
            continue
        for other in sorted(rated, key=lambda j: abs(j - index)):
            if _parallel_price(words.text, f, found[other]):
                out[index] = replaced(f, unit=found[other].unit)
                break
    return out


def _goods_rate(f: Found) -> str | None:
    """The denominator of a price per unit of goods ("USD/t" -> "t"), else None."""
    if f.unit is None or "/" not in f.unit:
        return None
    per = f.unit.split("/", 1)[1]
    return per if per in _GOODS else None


def _parallel_price(text: str, f: Found, rated: Found) -> bool:
    """Whether a price ``f`` and a price of goods ``rated`` are parallel: the same currency, one
    clause of one sentence, near each other, of the same size."""
    if rated.unit is None or rated.unit.split("/", 1)[0] != f.unit:
        return False
    first, second = (f, rated) if f.end <= rated.start else (rated, f)
    if second.start - first.end > _REACH or first.end > second.start:
        return False
    if _CLAUSE_END.search(text, first.end, second.start) is not None:
        return False
    size, rated_size = _size(f), _size(rated)
    if size is None or rated_size is None or size <= 0 or rated_size <= 0:
        return False
    return rated_size / _FACTOR <= size <= rated_size * _FACTOR


def _size(f: Found) -> float | None:
    """An amount's value, or the middle of its range."""
    if f.value is not None:
        return float(f.value)
    if f.low is not None and f.high is not None:
        return (float(f.low) + float(f.high)) / 2
    return None
