"""The time unit of a rate written with "per": "60,000 barrels per day", "6% per year", "£4.99 per
month", "three meetings per week" are a ``SET`` (``P1D``, ``P1Y``, ``P1M``, ``P1W``), as the
guidelines write the rate's unit ("a year" and "a day" after an amount are read by the duration
pattern)."""

from __future__ import annotations

import re

from newsparse_dates.context import Context, Found

__all__ = ["rates_per_unit"]

# "per" and its unit, on one line or across a line break ("barrels per\nday")
_PER_UNIT = r"\s+(?P<unit>day|week|month|year|annum|hour)\b(?![-'’])"
# the same found by its literal "per" first (a search skips to it at C speed), the edge before it
# tested after it
_PER_UNIT_SCAN = re.compile(rf"per(?<![\w-]per){_PER_UNIT}")
# "the per day rate", "a per year basis": the unit qualifies a noun, no amount is counted per unit
_DETERMINER_BEFORE = re.compile(r"(?:^|\W)(?:the|a|an)\s+$")
_VALUES = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "annum": "P1Y", "hour": "PT1H"}


def rates_per_unit(found: list[Found], ctx: Context) -> list[Found]:
    """``found`` with the SET of every "per day", "per year": a time unit after "per" is always a
    rate's ("tons of solid waste per year", "an arrangement per month")."""
    lowered = ctx.lowered
    if "per" not in lowered:
        return found
    taken = [(f.start, f.end) for f in found]
    extra = []
    for m in _PER_UNIT_SCAN.finditer(lowered):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if _DETERMINER_BEFORE.search(lowered, max(0, m.start() - 5), m.start()):
            continue
        extra.append(Found(m.start(), m.end(), "SET", _VALUES[m["unit"]], kind="rate"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found
