"""How people see the ``dates`` layer: "Sat 3 Feb 2018", "3 months up to 6 Feb 2018", "every Saturday".

TIMEX3 values (``P1W``, ``XXXX-WXX-6``) are shown only as the technical detail (``--verbose``
and JSON); the summary says the same in words.
"""

from __future__ import annotations

import datetime as dt
import re

from newsparse import TimeExpression
from newsparse.humanize import day, interval, iso_value, number
from newsparse.presentation import Column, Presentation, When

__all__ = ["PRESENTATION", "describe"]

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_REFS = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_UNITS = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "DE": "decade",
    "CE": "century",
    "TH": "hour",
    "TM": "minute",
    "TS": "second",
    "Q": "quarter",
    "WE": "weekend",
}
_MODS = {
    "BEFORE": "before",
    "AFTER": "after",
    "ON_OR_BEFORE": "on or before",
    "ON_OR_AFTER": "on or after",
    "LESS_THAN": "less than",
    "MORE_THAN": "more than",
    "EQUAL_OR_LESS": "at most",
    "EQUAL_OR_MORE": "at least",
    "START": "the start of",
    "MID": "the middle of",
    "END": "the end of",
    "APPROX": "about",
}
_DURATION = re.compile(r"^P(T?)(\d+(?:\.\d+)?|X)(DE|CE|WE|[YMWDHSQ])$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
_PART_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|DT)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")


def duration(value: str) -> str | None:
    """A TIMEX3 duration in words: ``P3M`` -> ``3 months``, ``PXY`` -> ``some years``."""
    match = _DURATION.match(value)
    if match is None:
        return None
    time, amount, unit = match.groups()
    noun = _UNITS.get(("T" + unit) if time else unit)
    if noun is None:
        return None
    nouns = "centuries" if noun == "century" else noun + "s"
    if amount == "X":
        return f"some {nouns}"
    count = float(amount)
    return f"{number(count)} {noun if count == 1 else nouns}"


def _calendar(value: str) -> str | None:
    """A DATE or TIME value in words, or None when it is not one this knows."""
    if value in _REFS:
        return _REFS[value]
    if match := _PART_OF_DAY.match(value):
        found = day(match.group(1))
        return f"{found}, {_PARTS[match.group(2)]}" if found else None
    shown = iso_value(value)
    if shown is not None:
        return shown
    if match := _QUARTER.match(value):
        return f"Q{match.group(2)} {match.group(1)}"
    if match := _SEASON.match(value):
        return f"{_SEASONS[match.group(2)]} {match.group(1)}"
    if match := _WEEKDAY.match(value):
        return f"a {_DAYS[int(match.group(1)) - 1]} (unresolved: no publication date)"
    if match := _DECADE.match(value):
        return f"the {match.group(1)}0s"
    if "X" in value:
        return "unresolved (no publication date)"
    return None


def _with_interval(date: TimeExpression, published: dt.date | None) -> str:
    """A duration anchored to a stretch of days: ``3 months up to 6 Feb 2018``."""
    length = duration(date.value) or "a period"
    if date.interval is None:
        return length
    first, last = date.interval.first, date.interval.last
    if published is not None and last[:10] == published.isoformat():
        return f"{length} up to {day(last, weekday=False)}"
    if published is not None and first[:10] == published.isoformat():
        return f"{length} from {day(first, weekday=False)}"
    return f"{length}: {interval(first, last)}"


def _set(date: TimeExpression) -> str:
    """A recurring time in words: ``every Saturday``, ``every week``, ``twice a week``."""
    if match := _WEEKDAY.match(date.value):
        return f"every {_DAYS[int(match.group(1)) - 1]}"
    length = duration(date.value)
    if length and length.startswith("1 "):
        return f"every {length[2:]}"
    return f"every {length}" if length else "recurring"


def describe(date: TimeExpression, published: dt.date | None = None) -> str:
    """A time expression in words, with its interval when that says more than the value."""
    if date.type == "DURATION":
        shown = _with_interval(date, published)
    elif date.type == "SET":
        shown = _set(date)
    else:
        shown = _calendar_with_interval(date)
    mod = _MODS.get(date.mod or "")
    return f"{mod} {shown}" if mod else shown


def _calendar_with_interval(date: TimeExpression) -> str:
    """A date in words, with where its interval ends when that is past the value ("since ...")."""
    shown = _calendar(date.value) or f"“{date.text}”"
    if date.interval is None:
        return shown
    value, first, last = date.value[:10], date.interval.first[:10], date.interval.last[:10]
    if first.startswith(value) and last.startswith(value):
        return shown
    if first.startswith(value):
        return f"{shown} to {day(last, weekday=False)}"
    stretch = interval(first, last)
    return f"{shown} ({stretch})" if stretch else shown


def _details(date: TimeExpression) -> str:
    parts = [f"TIMEX3 {date.type} {date.value}"]
    if date.mod:
        parts.append(f"mod={date.mod}")
    if date.quant or date.freq:
        parts.append(" ".join(f"{k}={v}" for k, v in (("quant", date.quant), ("freq", date.freq)) if v))
    if date.anchored:
        parts.append("anchored on the publication date")
    return ", ".join(parts)


def _when(date: TimeExpression) -> When | None:
    first = last = None
    if date.interval is not None:
        first, last = _iso_day(date.interval.first), _iso_day(date.interval.last)
    elif date.type in ("DATE", "TIME"):
        first = last = _iso_day(date.value)
    if first is None or last is None:
        return None
    first, last = min(first, last), max(first, last)
    return When(first, last, str.lower(date.type), date.value)


def _iso_day(value: str) -> dt.date | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}(?:$|T)", value):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _kind(date: TimeExpression) -> str:
    return {"DATE": "date", "TIME": "time", "DURATION": "duration", "SET": "recurring"}.get(date.type, "")


PRESENTATION = Presentation(
    title="Dates",
    summary=lambda date, context: describe(date, context.published),
    columns=(
        Column("When", lambda date, context: describe(date, context.published)),
        Column("Kind", lambda date, context: _kind(date)),
    ),
    tooltip=lambda date, context: [describe(date, context.published), _kind(date)],
    details=_details,
    when=_when,
    colour="#1f6fd1",
)
