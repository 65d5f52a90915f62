"""A pair of percentages written high first is two levels, not a range.

"leads Clinton, 46%-35%", "Cruz nationally, 45 percent to 18 percent", "By a lopsided 82%-12%": each
side carries its own percent sign or word and the first is the larger, so the pair sets two shares
against each other (a poll's result), where a range is written low to high ("23% to 27%"). The scan
reads both as one range (the bounds sorted); here such a range becomes two amounts of ``percent``.
Bare pairs ("won 3-1", "voted 52-48") are the score rules' and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from typing import Final

from .found import Found

__all__ = ["without_percent_pairs"]

# what stands between the two numbers of a pair: the first side's unit, then "-", "–" or "to"
_BETWEEN: Final = re.compile(r"(\s?(?:%|percent|per cent|pct))\s*(?:-|–|to)\s*", re.IGNORECASE)
# what follows the second number up to the range's end: its own unit
_AFTER: Final = re.compile(r"\s?(?:%|percent|per cent|pct)", re.IGNORECASE)


def without_percent_pairs(text: str, found: Sequence[Found]) -> list[Found]:
    """The amounts, a range of two percentages written high first split into its two sides."""
    out: list[Found] = []
    for f in found:
        pair = _descending_pair(text, f)
        out.extend(pair if pair is not None else (f,))
    return out


def _descending_pair(text: str, f: Found) -> tuple[Found, Found] | None:
    """The two amounts of a range written "46%-35%" or "45 percent to 18 percent", or None."""
    if f.modifier != "range" or f.kind != "percent" or f.change is not None or f.start != f.core_start:
        return None
    if len(f.extra_numbers) != 1 or f.low is None or f.high is None or f.low == f.high:
        return None
    second_start, second_end, second = f.extra_numbers[0]
    if second != f.low:  # written low first: a range
        return None
    between = _BETWEEN.fullmatch(text, f.number_end, second_start)
    after = _AFTER.fullmatch(text, second_end, f.end)
    if between is None or after is None:
        return None
    first_end = between.end(1)
    return (
        _level(f, f.start, first_end, f.number_end, f.high, text[f.number_end : first_end].strip()),
        _level(f, second_start, f.end, second_end, f.low, text[second_end : f.end].strip()),
    )


def _level(f: Found, start: int, end: int, number_end: int, value: Fraction, unit_text: str) -> Found:
    """One side of the pair: an exact percentage from ``start`` to ``end``."""
    return Found(start, end, start, start, number_end, value, value, value, None, f.unit, unit_text, f.kind)
