"""A month compared with itself a year back: "shipments in July surged over the same month last year".

"the same month" names the month the story reports, told shortly before and not as the point of a
comparison; with "last year", "a year earlier (ago, before)" or "(of) the previous year" right after
it, the whole is one ``DATE``, that month a year back (``reference="narrative"``, pointing at the
month it used). Where no month is named, it is the publication's month a year back (``published``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from newsparse_dates import resolve as rs
from newsparse_dates.context import Context, Found
from newsparse_dates.narrative import _compared

__all__ = ["KIND", "join_same_month_back", "resolve_same_month_back"]

KIND = "same-month-back"
_SAME_MONTH = re.compile(r"(?i)the\s+same\s+month")
_BACK = re.compile(
    r"(?i)last\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year"
)
_BETWEEN = frozenset({" ", " of "})
_MONTH = re.compile(r"(?:\d{4}|XXXX)-\d\d$")
_LOOK_BACK = 10  # named dates: a trade report compares the month with several others first
_REACH = 1200  # characters back to the month reported


def join_same_month_back(found: Sequence[Found], ctx: Context) -> list[Found]:
    """ "the same month" and the "last year" (a year earlier) right after it as one expression."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.type == "DATE"
            and _SAME_MONTH.fullmatch(ctx.text, last.start, last.end)
            and ctx.text[last.end : f.start] in _BETWEEN
            and _BACK.fullmatch(ctx.text, f.start, f.end)
        ):
            out[-1] = attrs.evolve(last, end=f.end, kind=KIND)
            continue
        out.append(f)
    return out


def resolve_same_month_back(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """The month reported shortly before, a year back ("July ... the same month last year": 1995-07;
    ``XXXX-07`` in an undated story); without one, the publication's month a year back."""
    for used in reversed(named[-_LOOK_BACK:]):
        if f.start - used.end > _REACH:
            break
        if used.type == "DATE" and _MONTH.match(used.value) and not _compared(used, ctx):
            if used.value.startswith("XXXX"):  # a month of an undated story: that month, year unknown
                value = used.value
            else:
                first = dt.date(int(used.value[:4]), int(used.value[5:7]), 1)
                value = rs.month_value(rs.add_months(first, -12))
            return attrs.evolve(
                f,
                value=value,
                anchored=False,
                interval=rs.interval_of(value),
                reference="narrative",
                reference_span=(used.start, used.end),
            )
    if ctx.ref is None:
        return attrs.evolve(f, value="XXXX-XX", anchored=True, interval=None)
    value = rs.month_value(rs.add_months(ctx.ref.replace(day=1), -12))
    return attrs.evolve(f, value=value, anchored=True, interval=rs.interval_of(value))
