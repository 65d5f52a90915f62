"""Clock-time handlers: "10:35 a.m.", "9 a.m. EDT Thursday", "noon Saturday", "0318 GMT" (split from
:mod:`.handlers_relative`); a time with a zone is one UTC instant."""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

import attrs

from newsparse_dates import resolve as rs
from newsparse_dates.context import Context, _day, _month, _Partial, _pick_year
from newsparse_dates.lexicon import WEEKDAYS

# decimal seconds after "7:39", or a third field with no zone or a.m./p.m. after it ("2:17:18")
_RACE_TIME = re.compile(r"\.\d|:\d\d(?!\d|\s*(?:GMT|UTC|[ECMP][SD]T|[AaPp]\.?[Mm]\b))")


def _h_time(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Clock times: "10:35 a.m.", "9 a.m. EDT Thursday", "noon Saturday", "14:30 GMT"."""
    if m["noon"] and ctx.before(m.start(), 6).endswith("high "):
        return None
    if m["noon"]:
        hh, mi = (12, 0) if str.lower(m["noon"]) in ("noon", "midday") else (24, 0)
    else:
        hh, mi = int(m["h"]), int(m["mi"] or 0)
        ap = str.lower(m["ap"] or "").replace(".", "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
        if hh > 24 or mi > 59 or (not ap and (not m["mi"] or ":" not in m.group(0))):
            return None
        if (not ap and _RACE_TIME.match(ctx.text, m.end())) or re.search(r"\d:$", ctx.before(m.start(), 3)):
            return None  # "won in 7:39.89", "a record of 2:17:18": a race time, not a clock time
    clock = f"T{hh:02d}:{mi:02d}"
    ref = ctx.ref
    day: dt.date | None = None
    if m["dw"]:
        if ref is None:
            return _Partial("TIME", f"XXXX-WXX-{WEEKDAYS[str.lower(m['dw'])]}{clock}")
        tense = ctx.tense(m.start(), m.end())
        day = rs.weekday_near(ref, WEEKDAYS[str.lower(m["dw"])], 1 if tense > 0 else -1)
    elif m["mon"]:
        month, mday = _month(m["mon"]), _day(m["mday"])
        # "midnight on June 30, 1997": the year written after the day, else by tense
        year = int(m["myear"]) if m["myear"] else _pick_year(ctx, m.start(), m.end(), month, mday)
        try:
            day = dt.date(year, month, mday) if year else None
        except ValueError:
            return None
        if day is None:
            return _Partial("TIME", f"XXXX-{month:02d}-{mday:02d}{clock}")
    elif m["dd"]:
        if ref is None:
            return _Partial("TIME", f"XXXX-XX-XX{clock}")
        day = ref + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[str.lower(m["dd"])])
    elif ref is not None:
        day = ref
    if day is None:
        return _Partial("TIME", f"XXXX-XX-XX{clock}")
    if m["tz"]:  # a year written after the day makes the instant absolute
        zoned = _zoned(day, hh, mi, m["tz"])
        return attrs.evolve(zoned, anchored=False) if m["myear"] else zoned
    iso = day.isoformat()
    return _Partial("TIME", f"{iso}{clock}", None, not m["myear"], (iso, iso))


# hours from UTC of the zones news writes after a clock time (None: daylight time by the month)
_ZONES = MappingProxyType(
    {
        "GMT": 0,
        "UTC": 0,
        "BST": 1,
        "CET": 1,
        "EST": -5,
        "EDT": -4,
        "CST": -6,
        "CDT": -5,
        "MST": -7,
        "MDT": -6,
        "PST": -8,
        "PDT": -7,
        "Eastern": None,
        "Central": None,
        "Mountain": None,
        "Pacific": None,
    }
)
_STANDARD = MappingProxyType({"Eastern": -5, "Central": -6, "Mountain": -7, "Pacific": -8})


def _zoned(day: dt.date, hh: int, mi: int, zone: str) -> _Partial:
    """A clock time in a named zone as one UTC instant ("11:18 p.m. EDT" on 6 April -> 04-07T03:18Z)."""
    name = zone.split()[0]
    hours = _ZONES[name]
    if hours is None:  # "Eastern Time": daylight time from April to October (the US rule of old, near enough)
        daylight = "Standard" not in zone and ("Daylight" in zone or 4 <= day.month <= 10)
        hours = _STANDARD[name] + (1 if daylight else 0)
    local = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=hh, minutes=mi)
    instant = local - dt.timedelta(hours=hours)
    iso = instant.date().isoformat()
    return _Partial("TIME", f"{iso}T{instant.hour:02d}:{instant.minute:02d}Z", None, True, (iso, iso))


_UTC = frozenset({"GMT", "UTC"})


def _h_military(m: re.Match[str], ctx: Context) -> _Partial | None:
    """A wire-service clock time with its zone ("0318 GMT", "0318 Tuesday GMT", "1000 EDT"): a UTC
    instant; "1415 local time" (beside "(1315 GMT)") keeps its local value, as the guidelines write it."""
    ref = ctx.ref
    if m["local"]:
        return _local_clock(m, ref)
    if ref is None:  # the day is unknown; the hour is still the UTC one
        hour = (int(m["mh"]) - (_ZONES[m["tz"]] or 0)) % 24
        wd = f"XXXX-WXX-{WEEKDAYS[str.lower(m['dw'])]}" if m["dw"] and m["tz"] in _UTC else "XXXX-XX-XX"
        return _Partial("TIME", f"{wd}T{hour:02d}:{m['mm']}Z")
    day = ref
    if m["dw"]:  # a wire time's weekday is the one nearest the dateline, on either side
        delta = (WEEKDAYS[str.lower(m["dw"])] - ref.isoweekday()) % 7
        day = ref + dt.timedelta(days=delta if delta <= 3 else delta - 7)
    return _zoned(day, int(m["mh"]), int(m["mm"]), m["tz"])


def _local_clock(m: re.Match[str], ref: dt.date | None) -> _Partial:
    """ "1415 local time", "1230 local": a clock time of the place, on the reference day, with no zone
    (not the year 1415); its day is the weekday written with it, nearest the dateline, as for a zone."""
    clock = f"T{m['mh']}:{m['mm']}"
    if ref is None:
        day_part = f"XXXX-WXX-{WEEKDAYS[str.lower(m['dw'])]}" if m["dw"] else "XXXX-XX-XX"
        return _Partial("TIME", day_part + clock)
    day = ref
    if m["dw"]:
        delta = (WEEKDAYS[str.lower(m["dw"])] - ref.isoweekday()) % 7
        day = ref + dt.timedelta(days=delta if delta <= 3 else delta - 7)
    iso = day.isoformat()
    return _Partial("TIME", f"{iso}{clock}", None, True, (iso, iso))
