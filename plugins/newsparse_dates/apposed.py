"""A unit in apposition to the date just before it: "Oct. 12, the day before the stock market plunge".

The appositive names the same time again ("on 26 February, the day before the Oscars"; "50 million
tonnes in 1990, the year before independence"), so TimeML tags "the day" ("the year") with the value
of the date it renames, resolved against that date (``reference="narrative"``). The placeholder is
found here, once per expression of the document (one anchored match at each expression's end), and
resolved in the narrative pass on the date as it was finally resolved; unresolved, it is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from newsparse_dates import resolve as rs
from newsparse_dates.context import Context, Found

__all__ = ["KIND", "apposed_units", "resolve_apposed"]

KIND = "apposed"
# ", the day before the vote", ", the year of the coup": a unit that a word after before/after/of describes
_APPOSED = re.compile(
    r",\s+(?P<span>the\s+(?P<unit>day|week|month|year))\s+(?:before|after|of)\s+"
    r"(?=[A-Za-z\"'“‘])"
)
_DAY = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|W(?:\d\d|XX)-\d)(?:T|$)")
_MONTH = re.compile(r"(?:\d{4}|XXXX)-\d\d(?:-\d\d)?(?:T|$)")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")
_WEEK = re.compile(r"\d{4}-W\d\d$")
_YEAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?(?:T|$)")


def apposed_units(found: Sequence[Found], ctx: Context) -> list[Found]:
    """``found`` with a placeholder (``kind="apposed"``) after each date renamed by "the day (week,
    month, year) before/after/of ..." right after its comma, where no other expression is there; a
    holiday renaming the day before it takes that day."""
    out: list[Found] = []
    for i, f in enumerate(found):
        if f.kind == "holiday" and out:
            f = _holiday_renaming(f, out[-1], ctx)
        out.append(f)
        if f.type not in ("DATE", "TIME"):
            continue
        m = _APPOSED.match(ctx.text, f.end)
        if m is None or (i + 1 < len(found) and found[i + 1].start < m.end("span")):
            continue
        out.append(Found(m.start("span"), m.end("span"), "DATE", "XXXX", kind=KIND))
    return out


# "August 14, Pakistan's independence day": the day, then whose holiday it is
_HOLIDAY_GAP = re.compile(r",\s+(?:the\s+)?(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+)?")


def _holiday_renaming(f: Found, before: Found, ctx: Context) -> Found:
    """The holiday ``f`` with the day of ``before`` where it renames that day after its comma ("on
    August 14, Pakistan's independence day"): whose holiday it is, and so its day, the text says; it
    is another name of that day, resolved as the day was."""
    day = before.value.partition("T")[0]
    if (
        not _HOLIDAY_DAY.fullmatch(day)
        or day == f.value
        or not _HOLIDAY_GAP.fullmatch(ctx.text, before.end, f.start)
    ):
        return f
    interval = (day, day) if day[:4].isdigit() else None
    return attrs.evolve(
        f,
        value=day,
        interval=interval,
        anchored=before.anchored,
        reference=before.reference,
        reference_span=before.reference_span,
    )


_HOLIDAY_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")


def resolve_apposed(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """The placeholder ``f`` with the value of the date it renames (the last one named, right before
    its comma), at the grain of its unit: "Thursday morning, the day after" is that Thursday."""
    used = named[-1] if named else None
    m = _APPOSED.match(ctx.text, used.end) if used is not None else None
    if used is None or m is None or m.start("span") != f.start:
        return f
    unit = ctx.lowered[f.start : f.end].split()[-1]
    value = _at_grain(used.value, unit)
    if value is None:
        return f
    interval = rs.interval_of(value)
    if unit == "day" and _FULL_DAY.match(used.value):
        interval = (value, value)
    return attrs.evolve(
        f, value=value, interval=interval, reference="narrative", reference_span=(used.start, used.end)
    )


def _at_grain(value: str, unit: str) -> str | None:
    """``value`` (a date the text names) at the grain of ``unit``, or None if it is coarser."""
    if unit == "day":
        return value.partition("T")[0] if _DAY.match(value) else None
    if unit == "week":
        if _FULL_DAY.match(value):
            return rs.iso_week(dt.date.fromisoformat(value[:10]))
        return value if _WEEK.match(value) else None
    if unit == "month":
        return value[:7] if _MONTH.match(value) else None
    return value[:4] if _YEAR.match(value) else None
