"""Calendar arithmetic on TIMEX3 values: shifting a reference date, and the interval a value covers.

Every function is pure and most are cached with ``lru_cache``: a news collection repeats the same
few expressions ("last week", "Saturday") against the same publication dates.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from types import MappingProxyType

__all__ = [
    "add_months",
    "duration_value",
    "easter",
    "interval_of",
    "iso_week",
    "month_value",
    "nth_weekday",
    "quarter_of",
    "shift",
    "weekday_near",
]

_SEASON_MONTHS = MappingProxyType({"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)})


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, clamped to the end of the target month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = _last_day(year, month)
    return dt.date(year, month, min(day.day, last))


def _last_day(year: int, month: int) -> int:
    """The number of days in ``month`` of ``year``."""
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def iso_week(day: dt.date) -> str:
    """The ISO week of ``day`` as a TIMEX3 value ("2018-W05")."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> str:
    """The calendar quarter of ``day`` as a TIMEX3 value ("2018-Q1")."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def month_value(day: dt.date) -> str:
    """The month of ``day`` as a TIMEX3 value ("2018-02")."""
    return f"{day.year:04d}-{day.month:02d}"


@lru_cache(maxsize=4096)
def shift(ref: dt.date, unit: str, amount: int) -> str:
    """The value ``amount`` units away from ``ref`` at the unit's granularity ("M", -1 -> last month)."""
    if unit in ("D", "H", "S"):
        return (ref + dt.timedelta(days=amount)).isoformat()
    if unit == "W":
        return iso_week(ref + dt.timedelta(weeks=amount))
    if unit == "WE":
        return iso_week(ref + dt.timedelta(weeks=amount)) + "-WE"
    if unit == "M":
        return month_value(add_months(ref, amount))
    if unit == "Q":
        return quarter_of(add_months(ref, 3 * amount))
    if unit == "Y":
        return f"{ref.year + amount:04d}"
    if unit == "DE":
        return f"{(ref.year + 10 * amount) // 10:03d}"
    if unit == "CE":
        return f"{(ref.year + 100 * amount) // 100:02d}"
    raise ValueError(f"unknown unit {unit!r}")


@lru_cache(maxsize=4096)
def weekday_near(ref: dt.date, weekday: int, direction: int) -> dt.date:
    """The ``weekday`` (1=Monday) nearest ``ref``: on or before it (-1), on or after (+1), strictly (+-2)."""
    delta = weekday - ref.isoweekday()
    if direction == -1:
        return ref + dt.timedelta(days=delta - 7 if delta > 0 else delta)
    if direction == 1:
        return ref + dt.timedelta(days=delta + 7 if delta < 0 else delta)
    if direction == -2:
        return ref + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    return ref + dt.timedelta(days=delta + 7 if delta <= 0 else delta)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (1=Monday) of a month (Thanksgiving is the 4th Thursday of November)."""
    first = dt.date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


@lru_cache(maxsize=256)
def easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def duration_value(amount: int | float | None, unit: str, time_unit: bool) -> str:
    """A TIMEX3 duration ("P3M", "PT2H", "PXY"); decades and centuries are written in years, except
    an unknown number of decades: ``PXDE``, as the guidelines write "decades"."""
    if unit == "DE" and amount is None:
        return "PXDE"
    if unit == "DE":
        unit, factor = "Y", 10
    elif unit == "CE":
        unit, factor = "Y", 100
    elif unit == "WE":  # TIMEX3 counts weekends as such ("a weekend" -> P1WE)
        if amount is None or (isinstance(amount, int) or float(amount).is_integer()):
            return f"P{'X' if amount is None else int(amount)}WE"
        unit, factor = "D", 2
    else:
        factor = 1
    if amount is None:
        return f"P{'T' if time_unit else ''}X{unit}"
    total = amount * factor
    if isinstance(total, float):
        if total.is_integer():
            total = int(total)
        else:
            mixed = _mixed(total, unit, time_unit)
            if mixed is not None:
                return mixed
            total = round(total, 2)
    return f"P{'T' if time_unit else ''}{total}{unit}"


# unit -> (smaller unit, how many in one, whether the smaller unit is a time unit)
_SMALLER = MappingProxyType(
    {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False), "D": ("H", 24, True)}
)
_SMALLER_TIME = MappingProxyType({"H": ("M", 60), "M": ("S", 60)})


def _mixed(total: float, unit: str, time_unit: bool) -> str | None:
    """A fractional amount in whole units and a smaller one ("2 1/2 years" -> P2Y6M), or None."""
    whole = int(total)
    if time_unit:
        if unit not in _SMALLER_TIME:
            return None
        small, per = _SMALLER_TIME[unit]
        rest = (total - whole) * per
        if abs(rest - round(rest)) >= 1e-6:
            return None
        return f"PT{whole}{unit}{round(rest)}{small}" if whole else f"PT{round(rest)}{small}"
    if unit not in _SMALLER:
        return None
    small, per, small_is_time = _SMALLER[unit]
    rest = (total - whole) * per
    if abs(rest - round(rest)) > 1e-6:
        return None
    if small_is_time:
        return f"P{whole}{unit}T{round(rest)}{small}" if whole else f"PT{round(rest)}{small}"
    if unit == "W":
        return f"P{whole * 7 + round(rest)}D"
    return f"P{whole}{unit}{round(rest)}{small}" if whole else f"P{round(rest)}{small}"


_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?:-(?P<wd>\d|WE))?|Q(?P<q>[1-4])"
    r"|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$"
)
_DECADE = re.compile(r"(?P<y>\d{3})$")
_CENTURY = re.compile(r"(?P<y>\d{2})$")


@lru_cache(maxsize=8192)
def interval_of(value: str) -> tuple[str, str] | None:
    """The first and last day a fully specified TIMEX3 date value covers, or None (X, REF values)."""
    match = _VALUE.match(value)
    if match is None:
        if _DECADE.match(value):
            y = int(value) * 10
            return f"{y:04d}-01-01", f"{y + 9:04d}-12-31"
        if _CENTURY.match(value):
            y = int(value) * 100
            return f"{y:04d}-01-01", f"{y + 99:04d}-12-31"
        return None
    g = match.groupdict()
    year = int(g["y"])
    if year < 1:
        return None
    try:
        if g["d"]:
            day = dt.date(year, int(g["m"]), int(g["d"]))
            return day.isoformat(), day.isoformat()
        if g["m"]:
            month = int(g["m"])
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{_last_day(year, month):02d}"
        if g["w"]:
            monday = dt.date.fromisocalendar(year, int(g["w"]), 1)
            if g["wd"] == "WE":
                return (monday + dt.timedelta(days=5)).isoformat(), (
                    monday + dt.timedelta(days=6)
                ).isoformat()
            if g["wd"]:
                day = monday + dt.timedelta(days=int(g["wd"]) - 1)
                return day.isoformat(), day.isoformat()
            return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
        if g["q"]:
            first_month = 3 * int(g["q"]) - 2
            last = first_month + 2
            return f"{year:04d}-{first_month:02d}-01", f"{year:04d}-{last:02d}-{_last_day(year, last):02d}"
        if g["h"]:
            return (
                (f"{year:04d}-01-01", f"{year:04d}-06-30")
                if g["h"] == "1"
                else (f"{year:04d}-07-01", f"{year:04d}-12-31")
            )
        if g["s"]:
            lo, hi = _SEASON_MONTHS[g["s"]]
            end_year = year + 1 if hi < lo else year
            return f"{year:04d}-{lo:02d}-01", f"{end_year:04d}-{hi:02d}-{_last_day(end_year, hi):02d}"
    except ValueError:
        return None
    return f"{year:04d}-01-01", f"{year:04d}-12-31"
