"""Fiscal periods: "fiscal 1987", "fiscal years 1986-88", "FY87", "the current fiscal year" are
``FY`` values (``FY1987``, ``FY1987-Q2``), as the annotation guidelines write them.

A fiscal year is not a calendar year (Japan's fiscal 1987 runs April 1987 to March 1988, the U.S.
government's October 1986 to September 1987), so its value says so and it has no calendar interval.
Only the text's own word "fiscal" (or "FY") makes a period fiscal: "the current year" stays a
calendar year even where the context is a fiscal one. A fiscal year named by its number keeps it;
one named relative to the publication date ("next fiscal year") is named by the calendar year it
starts in, as split years are ("1987/88" is 1987), taking April as the start when the text does
not say: "next fiscal year" in March 1987 is ``FY1987``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse_dates.context import Context, Found

__all__ = ["fiscal_periods"]

_CALENDAR_VALUE = re.compile(r"\d{4}(?:-[QH][1-4])?")
_SAYS_FISCAL = re.compile(r"fiscal|\bFY", re.IGNORECASE)
_FISCAL_BEFORE = re.compile(r"(?:\bfiscal(?:\s+years?)?|\bFY)\s*$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|to|through|and)\s*", re.IGNORECASE)
_WRITTEN_FY = re.compile(r"\bFY\s?(?P<y>(?:19|20)?\d\d)(?:/(?:\d\d){1,2})?\b")
_NEW = re.compile(r"(?i)\bnew\s+fiscal\b")  # "the new fiscal year": starting (or just started) this year
_FISCAL_START_MONTH = 4  # a fiscal year named relative to publication: April start unless said


def _is_fiscal(f: Found, previous: Found | None, ctx: Context) -> bool:
    """Whether the text calls ``f`` fiscal: the word inside it, just before it, or on the first
    end of a range it closes ("fiscal years 1986-88")."""
    if _SAYS_FISCAL.search(ctx.text, f.start, f.end):
        return True
    if _FISCAL_BEFORE.search(ctx.text, max(0, f.start - 14), f.start):
        return True
    return (
        previous is not None
        and previous.value.startswith("FY")
        and _RANGE_JOIN.fullmatch(ctx.text, previous.end, f.start) is not None
    )


def _fiscal(f: Found, ctx: Context) -> Found:
    """``f`` with its FY value; a year counted from publication is the fiscal year it names."""
    year = int(f.value[:4])
    if (
        len(f.value) == 4
        and f.reference == "published"
        and ctx.ref is not None
        and ctx.ref.month < _FISCAL_START_MONTH
        and not _NEW.search(ctx.text, f.start, f.end)
    ):
        year -= 1  # "next fiscal year" in March 1987 starts in April 1987: FY1987 ("the new" one too)
    start = f.start
    if f.kind == "splityear":  # "fiscal 1987/88": the word is inside, as in "fiscal 1987"
        before = _FISCAL_WORD.search(ctx.text, max(0, f.start - 8), f.start)
        start = before.start() if before is not None else start
    return attrs.evolve(f, start=start, value=f"FY{year:04d}{f.value[4:]}", interval=None)


_FISCAL_WORD = re.compile(r"\b(?i:fiscal)\s+$")


def _written_fy(found: Sequence[Found], ctx: Context) -> list[Found]:
    """ "FY87", "FY86/87", "FY1987": a fiscal year written after "FY" (no pattern of its own: rare)."""
    if "FY" not in ctx.text:
        return []
    taken = [(f.start, f.end) for f in found]
    out = []
    for m in _WRITTEN_FY.finditer(ctx.text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        year = int(m["y"])
        year += 0 if year > 99 else 1900 if year >= 30 else 2000
        out.append(Found(m.start(), m.end(), "DATE", f"FY{year:04d}", kind="fiscal"))
    return out


def fiscal_periods(found: list[Found], ctx: Context) -> list[Found]:
    """Every calendar year, quarter or half the text calls fiscal, as an ``FY`` value; "FY87" added."""
    if "iscal" not in ctx.text and "FY" not in ctx.text and "ISCAL" not in ctx.text:
        return found
    out: list[Found] = []
    previous: Found | None = None
    for f in found:
        if f.type == "DATE" and _CALENDAR_VALUE.fullmatch(f.value) and _is_fiscal(f, previous, ctx):
            f = _fiscal(f, ctx)
        out.append(f)
        previous = f
    extra = _written_fy(out, ctx)
    return sorted(out + extra, key=lambda f: f.start) if extra else out
