"""An undated story's own year: the one year its first sentence tells in the past tense.

"Exports from China leapt during 2004 ... China's exports totalled $63.8bn in December" (2004-12): in
a story with no publication date, a month without a year told in the past takes the year the lede
sets the story in, where the lede names that year alone, in a past-tense clause, not as a bound
("the worst Christmas since 1981"), and no other year is named before the month.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

import attrs

from newsparse_dates import resolve as rs
from newsparse_dates.context import Context, Found

__all__ = ["lede_year_month"]

_YEARLESS_MONTH = re.compile(r"XXXX-\d\d(?:-\d\d)?$")
_BOUND = re.compile(r"(?i)\b(?:since|until|till|to|by|before|after|from)\s+(?:the\s+)?$")


def _story_year(mentioned: Sequence[Found], ctx: Context) -> Found | None:
    """The one year-bearing expression of the lede whose year is the only year named so far, told
    in a past-tense clause and not as a bound; None otherwise."""
    dated = [m for m in mentioned if m.reference is None and m.type == "DATE" and m.value[:4].isdigit()]
    if not dated or len({m.value[:4] for m in dated}) != 1:
        return None
    lede_end = ctx.sentence(dated[0].start)[1]
    if ctx.sentence(dated[0].start)[0] != ctx.sentence(len(ctx.text) - len(ctx.text.lstrip()))[0]:
        return None  # the year must be the first sentence's
    used = dated[0]
    if used.end > lede_end or _BOUND.search(ctx.text, max(0, used.start - 12), used.start):
        return None
    return used if ctx.tense(used.start, used.end, reporting=False) < 0 else None


def lede_year_month(f: Found, mentioned: Sequence[Found], ctx: Context) -> Found:
    """``f`` (a month or a day without a year in an undated story) in the year of the lede, where
    :func:`_story_year` finds one and ``f`` is told in the past tense; else ``f`` unchanged."""
    if ctx.ref is not None or f.reference == "narrative" or not _YEARLESS_MONTH.match(f.value):
        return f
    used = _story_year(mentioned, ctx)
    if used is None or ctx.sentence(f.start)[0] == ctx.sentence(used.start)[0]:
        return f  # a month of the lede's own sentence is narrative_month's to read
    if ctx.tense(f.start, f.end) >= 0:
        return f
    value = used.value[:4] + f.value[4:]
    if value[5:10] == "02-29" and not calendar.isleap(int(value[:4])):
        return f
    return attrs.evolve(
        f,
        value=value,
        anchored=False,
        interval=rs.interval_of(value),
        reference="narrative",
        reference_span=(used.start, used.end),
    )
