"""Values as people read them: numbers with separators, ISO days as "Sat 3 Feb 2018", amounts.

Shared by every layer's presentation (a plugin formats its own fields with these helpers, so the
terminal and HTML views read alike); nothing here knows a layer.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["amount", "clip", "day", "interval", "iso_value", "number", "plural", "unit"]

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MODIFIERS = {
    "approx": "about",
    "over": "more than",
    "under": "less than",
    "at_least": "at least",
    "at_most": "at most",
}
_POWERS = {"2": "²", "3": "³"}
_UNIT_POWER = re.compile(r"\s*\*\*\s*(\d)")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_YEAR = re.compile(r"^(\d{4})$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def clip(text: str, width: int) -> str:
    """``text`` on one line (every run of white space one space), at most ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """``"1 record"``, ``"3 records"``: a count with its noun in the right number."""
    return f"{count:,} {noun if count == 1 else (nouns or noun + 's')}"


def number(value: object) -> str:
    """A number as people read it: ``3,000``, ``2.5``, ``1,447`` (anything else as text)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer() and abs(value) < 1e15:
            value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def unit(name: str | None) -> str:
    """A unit symbol as printed: ``km**2`` -> ``km²``, ``meter / second`` -> ``meter/second``."""
    if not name:
        return ""
    shown = _UNIT_POWER.sub(lambda m: _POWERS.get(m.group(1), "^" + m.group(1)), name)
    return shown.replace(" / ", "/").replace(" * ", "·")


def amount(
    value: float | None,
    low: float | None = None,
    high: float | None = None,
    modifier: str | None = None,
    unit_name: str | None = None,
) -> str:
    """An amount in words: ``more than 3,000 km²``, ``24 to 99``, ``about 10,000``."""
    shown_unit = unit(unit_name)
    if value is None and low is not None and high is not None and low != high:
        core = f"{number(low)} to {number(high)}"
    elif value is None and (low is not None or high is not None):
        core = f"at least {number(low)}" if low is not None else f"at most {number(high)}"
    elif value is None:
        core = "an amount"
    elif modifier == "range" and low is not None and high is not None and low != high:
        core = f"{number(low)} to {number(high)}"
    else:
        words = _MODIFIERS.get(modifier or "")
        core = f"{words} {number(value)}" if words else number(value)
    return f"{core} {shown_unit}".strip()


def _date(year: int, month: int, day_: int) -> dt.date | None:
    try:
        return dt.date(year, month, day_)
    except ValueError:
        return None


def day(value: object, *, weekday: bool = True) -> str | None:
    """An ISO day (or day and time) as ``Sat 3 Feb 2018`` (``, 14:00``); None if it is not one."""
    if not isinstance(value, str):
        return None
    match = _ISO_DAY.match(value)
    if match is None:
        return None
    found = _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if found is None:
        return None
    shown = f"{found.day} {MONTHS[found.month - 1]} {found.year}"
    if weekday:
        shown = f"{WEEKDAYS[found.weekday()]} {shown}"
    if match.group(4):
        shown += f", {match.group(4)}:{match.group(5)}"
    return shown


def iso_value(value: object) -> str | None:
    """A calendar value at any precision: a day, ``Feb 2018``, ``2018``, ``week of Mon 29 Jan 2018``."""
    if not isinstance(value, str):
        return None
    shown = day(value)
    if shown is not None:
        return shown
    if match := _ISO_MONTH.match(value):
        month = int(match.group(2))
        return f"{MONTHS[month - 1]} {match.group(1)}" if 1 <= month <= 12 else None
    if match := _ISO_YEAR.match(value):
        return match.group(1)
    if match := _ISO_WEEK.match(value):
        try:
            monday = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            return None
        return f"week of {day(monday.isoformat())}"
    return None


def interval(first: object, last: object) -> str | None:
    """Two ISO days as one stretch: ``3 Feb 2018``, ``1 to 31 Jan 2018``, ``7 Nov 2017 to 6 Feb 2018``."""
    low, high = day(first, weekday=False), day(last, weekday=False)
    if low is None or high is None:
        return None
    if low == high:
        return day(first)
    low_parts, high_parts = low.split(" "), high.split(" ")
    if len(low_parts) == len(high_parts) == 3 and low_parts[1:] == high_parts[1:]:
        return f"{low_parts[0]} to {high}"
    if len(low_parts) == len(high_parts) == 3 and low_parts[2] == high_parts[2]:
        return f"{low_parts[0]} {low_parts[1]} to {high}"
    return f"{low} to {high}"
