"""The day a wire story was written, from its dateline ("TOKYO, April 2 -"), when the publication
timestamp is another day near it: wire timestamps are in GMT, the dateline is the writer's own day."""

from __future__ import annotations

import datetime as dt
import re

from newsparse_dates.lexicon import MONTHS

__all__ = ["local_day"]

# a place in capitals (or a capitalised name), a comma, a month and a day, then the wire's dash or
# the agency in brackets: "BAHRAIN, March 5 -", "WASHINGTON, August 13 (Xinhua) --"
_DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3},\s+){1,2}(?P<mon>[A-Z][a-z]{2,8}\.?)\s+(?P<day>[0-3]?\d)"
    r"\s*(?:\(|[-–—_])"
)
_NEAR = 2  # days: a dateline further from the timestamp is a slip, not the writer's day


def local_day(text: str, published: dt.date | None) -> dt.date | None:
    """The dateline's day if the story opens with one within two days of ``published``, else ``published``."""
    if published is None:
        return None
    m = _DATELINE.match(text, 0, 120)
    if m is None:
        return published
    month = MONTHS.get(str.lower(m["mon"]).rstrip("."))
    if month is None:
        return published
    best = published
    for year in (published.year - 1, published.year, published.year + 1):  # "December 31" read on 1 January
        try:
            day = dt.date(year, month, int(m["day"]))
        except ValueError:
            continue
        if abs((day - published).days) <= _NEAR:
            best = day
    return best
