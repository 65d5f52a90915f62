"""The TempEval-3 gold's conventions, stated, so that ``evaluation.dates --conventions`` can report
how much of the value F1 gap is notation and not error (issue 19, session 29).

The default value F1 compares values as written and is never changed by this module. Under
``--conventions`` a pair whose values differ is counted a second time as equal when one of these
stated conventions makes them so, and the figure is printed beside the default one:

- ``fiscal``: the gold writes a fiscal period as the calendar period of its number (``1989``,
  ``1989-Q1``) where our contract writes the TIDES fiscal form (``FY1989``, ``FY1989-Q1``);
- ``week unspecified``: the gold writes a week of a known year as ``1989-WXX`` where we give its
  ISO week (``1989-W43``);
- ``week from Sunday``: on a Sunday publication date the gold counts that Sunday into the following
  week (weeks from Sunday to Saturday), so its week is our ISO week plus one;
- ``week unpadded``: the gold writes a one-digit week without its zero (``2000-W7`` for ``2000-W07``).
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["CONVENTIONS", "convention_of"]

CONVENTIONS = ("fiscal", "week unspecified", "week from Sunday", "week unpadded")
_FISCAL = re.compile(r"FY(\d{4}(?:-(?:Q[1-4]|H[12]|QX))?)$")
_WEEK = re.compile(r"(\d{4})-W(\d\d?|XX)$")


def _week_after(year: int, week: int) -> tuple[int, int]:
    """The ISO year and week of the week after ISO week ``week`` of ``year``."""
    monday = dt.date.fromisocalendar(year, week, 1) + dt.timedelta(days=7)
    iso = monday.isocalendar()
    return iso[0], iso[1]


def _week_convention(gold: str, ours: str, dct: dt.date) -> str | None:
    """The week convention under which two differing week values are equal, if any."""
    g, o = _WEEK.match(gold), _WEEK.match(ours)
    if g is None or o is None or o.group(2) == "XX":
        return None
    if g.group(2) == "XX":
        return "week unspecified" if g.group(1) == o.group(1) else None
    ours_week = (int(o.group(1)), int(o.group(2)))
    gold_week = (int(g.group(1)), int(g.group(2)))
    if ours_week == gold_week and len(g.group(2)) == 1:
        return "week unpadded"
    if dct.weekday() == 6 and _week_after(*ours_week) == gold_week:
        return "week from Sunday"
    return None


def convention_of(gold: str, ours: str, dct: dt.date) -> str | None:
    """The stated convention (one of ``CONVENTIONS``) under which the differing values ``gold`` and
    ``ours`` of a document published on ``dct`` are equal, or None (also when they are equal as written)."""
    if gold == ours:
        return None
    fiscal = _FISCAL.match(ours)
    if fiscal is not None and fiscal.group(1) == gold:
        return "fiscal"
    try:
        return _week_convention(gold, ours, dct)
    except ValueError:  # a week number no year has
        return None
