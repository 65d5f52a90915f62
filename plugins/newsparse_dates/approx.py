""" "around" or "about" before a point in time: "around Nov. 1", "at about 10:35 a.m.", "around 1990"
take the word into the span with mod ``APPROX``, as the guidelines write a modifier that belongs to
the expression (durations already take it: "about five hours"). The value does not change.

Only a point that opens with a digit, a month or "noon"/"midnight" is read: "get around Wednesday's
ruling" and "optimistic about next year" use the word as a verb particle or a preposition of topic.
"about" needs a preposition before it ("at about", "in about", "until about") or a clock time after
it, as "worries about 1990" names a topic, not an approximate year; after "at" only a clock time is
read ("at about 1900 on Sundays" is seven in the evening, not a year)."""

from __future__ import annotations

import re
from typing import Final

from newsparse_dates.context import Context, Found, new_found

__all__ = ["approximate_points"]

_REACH: Final = 28  # characters read before a point: "until approximately " is 20
_WORD: Final = re.compile(r"(?i)(?:\b(?P<prep>at|in|on|by|from|until|till|to|since|before|after)\s+)?"
                          r"\b(?P<word>about|around|approximately|roughly)\s+$")  # fmt: skip
# the point's first word: a digit, a month (or its abbreviation) or noon / midnight
_OPENS: Final = re.compile(
    r"(?i)(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$)|noon\b|midnight\b)"
)
_POINT_TYPES: Final = frozenset(("DATE", "TIME"))


def approximate_points(found: list[Found], ctx: Context) -> list[Found]:
    """``found`` with every point in time right after "around"/"about" widened over it (mod ``APPROX``)."""
    text = ctx.text
    out = found
    for i, f in enumerate(found):
        if f.type not in _POINT_TYPES or f.mod is not None or f.start < 6 or not text[f.start - 1].isspace():
            continue
        if not _OPENS.match(text, f.start) or f.value.endswith("_REF"):
            continue
        m = _WORD.search(text, max(0, f.start - _REACH), f.start)
        if m is None or (i and found[i - 1].end > m.start("word")):
            continue
        prep = m.group("prep")
        if str.lower(m.group("word")) == "about" and prep is None and f.type != "TIME":
            continue  # "worries about 1990": a topic
        if prep is not None and str.lower(prep) == "at" and f.type == "DATE":
            continue  # "at about 1900 on Sundays": a clock time, not a year
        if out is found:
            out = list(found)
        out[i] = new_found(
            m.start("word"), f.end, f.type, f.value, "APPROX", f.anchored, f.interval, f.quant, f.freq,
            f.kind, f.reference, f.reference_span,
        )  # fmt: skip
    return out
