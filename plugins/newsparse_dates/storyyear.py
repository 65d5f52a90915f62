"""The year an undated story moves in: a month told without its year in the past tense is of the
year the story set its time in last ("growth had topped 9% in 2004 ... exports totalled $63.8bn in
December": ``2004-12``, ``reference="narrative"``), as the guidelines read an undated story (session 42).

Only where the story has no publication date (a dated one resolves the month by its tense against
publication), and only a year that sets the story's time: told "in 2004" ("in July 2004", "on 3 May
2004") in a past clause of the narrator's, not a bound ("since 1948", "dating back to 2001"), not a
name ("Windows 2000", "the 2003 World Cup"), not inside a quotation; every date named since must fall
in that year (a yearless day named after it, "on 26 December", leaves the year unknown), and no
deictic year ("last year") stands between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse_dates import resolve as rs
from newsparse_dates.context import Context, Found

__all__ = ["story_year_month"]

_YEARLESS_MONTH = re.compile(r"XXXX-\d\d")
_WRITTEN = re.compile(r"\d{4}")
# the year sets the time: "in 2004", "in July 2004", "in mid-June 2004", "on 3 May 2004"
_SETS_TIME = re.compile(r"(?i)\b(?:in|on)\s+(?:(?:early|late|mid)[\s-]+)?$")
_SINCE = re.compile(r"(?i)\b(?:since|until|till)\b")  # "since its launch in March 2002"
# a year or a month told from now, between the story's year and the month: the story's time moved
_DEICTIC = re.compile(
    r"(?i)\b(?:last|this|next|coming|past)\s+(?:year|month|week)\b|\b(?:a|one)\s+year\s+ago\b"
)
_QUOTE = re.compile(r"[\"“”]")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")  # "June Carter Cash": a name, not a month
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_REACH = 60  # characters before the year where a bound ("since its launch in March 2002") is read


def story_year_month(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """``f`` (a month without a year of an undated story) moved to the year the story set its time in
    last, if every date named since is of that year and both clauses are past; else ``f``."""
    if ctx.ref is not None or f.kind != "month" or not _YEARLESS_MONTH.fullmatch(f.value) or not named:
        return f
    year = named[-1].value[:4]
    if not _WRITTEN.fullmatch(year) or _NAME_AFTER.match(ctx.text, f.end):
        return f  # "on 26 December" (XXXX-12-26) named last: the story's year is unknown
    used = None
    for n in reversed(named):
        if n.value[:4] != year:
            break
        if n.reference is None:
            used = n
            break
    if used is None or used.type != "DATE" or not _sets_time(used, ctx):
        return f
    if _DEICTIC.search(ctx.text, used.end, f.start):
        return f
    if ctx.tense(f.start, f.end) >= 0 or ctx.tense(used.start, used.end) >= 0:
        return f  # the story's past only: "will be released in December", "growth would be 1% in 2005"
    value = year + f.value[4:]
    return attrs.evolve(
        f,
        value=value,
        anchored=False,
        interval=rs.interval_of(value),
        reference="narrative",
        reference_span=(used.start, used.end),
    )


def _sets_time(used: Found, ctx: Context) -> bool:
    """Whether the year ``used`` is told as the time of the narrator's clause: after "in" or "on", no
    bound word shortly before it in its sentence, and outside a quotation of its paragraph."""
    lo = ctx.sentence(used.start)[0]
    if not _SETS_TIME.search(ctx.text, max(lo, used.start - 16), used.start):
        return False
    if _SINCE.search(ctx.text, max(lo, used.start - _REACH), used.start):
        return False
    breaks = list(_PARAGRAPH.finditer(ctx.text, 0, used.start))
    start = breaks[-1].end() if breaks else 0
    return len(_QUOTE.findall(ctx.text, start, used.start)) % 2 == 0
