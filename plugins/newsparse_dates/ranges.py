"""A length given as a range with "between": "between 12 and 14 years", "between two and three
months" is one ``DURATION`` of unknown count (``PXY``, ``PXM``), as "two to three weeks" is; the
guidelines' clarification. "between" itself is a signal word and stays outside."""

from __future__ import annotations

import re

import attrs

from newsparse_dates.context import Context, Found
from newsparse_dates.lexicon import number_value

__all__ = ["lengths_between"]

_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?P<low>[\w.]+)\s+and\s+$", re.IGNORECASE)
_COUNTED = re.compile(r"P(?P<t>T?)\d+(?:\.\d+)?(?P<u>[YMWDHS])")
_REACH = 32  # characters: "between twenty-five and "


def lengths_between(found: list[Found], ctx: Context) -> list[Found]:
    """Each "between N and M units" as one DURATION ``PX<unit>`` from N to the unit."""
    if "between" not in ctx.lowered:
        return found
    out: list[Found] = []
    for f in found:
        counted = _COUNTED.fullmatch(f.value) if f.type == "DURATION" and f.mod is None else None
        m = _BETWEEN_BEFORE.search(ctx.text, max(0, f.start - _REACH), f.start) if counted else None
        if counted is None or m is None or not isinstance(number_value(m["low"]), (int, float)):
            out.append(f)
            continue
        if out and out[-1].end > m.start("low"):
            out.append(f)  # "between 1980 and 1985 years": the low end is an expression of its own
            continue
        value = f"P{counted['t']}X{counted['u']}"
        out.append(attrs.evolve(f, start=m.start("low"), value=value, interval=None, anchored=False))
    return out
