"""A season, month or day followed by its year in words, as broadcast transcripts write them ("the winter
of nineteen ninety-four", "March fifth, nineteen ninety-seven"): one date of that year, as "the fall of
1986" and "March 5, 1997" are (session 40, issue 19); the year alone was a second date beside a date of
the publication year."""

from __future__ import annotations

import re

import attrs

from newsparse_dates import resolve as rs
from newsparse_dates.context import Context, Found

__all__ = ["join_spoken_years"]

# what may stand between the date and its year in words: "of" after a season or a month, a comma or a
# space after a day ("March fifth, nineteen ninety-seven")
_OF = re.compile(r"\s+of\s+|\s+")
_COMMA = re.compile(r",?\s+")
_JOINS = {"season": _OF, "month": _OF, "mdy": _COMMA}
_YEARLESS_VALUE = re.compile(r"\d{4}(-(?:SP|SU|FA|WI|\d\d(?:-\d\d)?))$")


def _joined(f: Found, year: Found, ctx: Context) -> Found | None:
    """``f`` with ``year`` taken in, or None when ``f`` is no date whose year the text left out, or
    something other than "of", a comma or a space stands between them."""
    join = _JOINS.get(f.kind)
    tail = _YEARLESS_VALUE.match(f.value)
    if join is None or tail is None or not f.anchored or f.type != "DATE":
        return None
    if not join.fullmatch(ctx.text, f.end, year.start):
        return None
    value = year.value + tail.group(1)
    return attrs.evolve(
        f, end=year.end, value=value, anchored=False, interval=rs.interval_of(value), reference=None
    )


def join_spoken_years(found: list[Found], ctx: Context) -> list[Found]:
    """Each season, month or day the text dates with a year in words right after it, as one date."""
    if not any(f.kind == "spelled_year" for f in found):
        return found
    out: list[Found] = []
    for f in found:
        if (
            out
            and f.kind == "spelled_year"
            and len(f.value) == 4
            and (joined := _joined(out[-1], f, ctx)) is not None
        ):
            out[-1] = joined
            continue
        out.append(f)
    return out
