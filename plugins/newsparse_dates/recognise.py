"""Find time expressions in English news text and normalise them to TIMEX3 values.

Each pattern is one regular expression (no nested quantifiers over overlapping classes, so every
scan is linear) with a handler that turns a match into a :class:`Found` (type, value, mod, interval)
or rejects it (:mod:`.patterns`, :mod:`.handlers_calendar`, :mod:`.handlers_relative`). All patterns
run over the text (:mod:`.scan`); overlapping candidates are settled longest-first, following the
TimeML extent rules used by TempEval-3: determiners and quantity modifiers ("the", "more than") are
inside the expression, prepositions ("on", "in", "since") are not.  Here: the passes after the
selection (ranges of days, anaphors, quarters ended).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from operator import attrgetter

import attrs

from newsparse_dates import apposed as ap
from newsparse_dates import narrative as nv
from newsparse_dates import resolve as rs
from newsparse_dates import samemonth as sm
from newsparse_dates.capitals import recased
from newsparse_dates.context import _SINCE, Context, Found, new_found
from newsparse_dates.dateline import local_day
from newsparse_dates.earlier import earlier_reports
from newsparse_dates.fiscal import fiscal_periods
from newsparse_dates.handlers_calendar import year_range_end
from newsparse_dates.parts import parts_of_wholes
from newsparse_dates.ranges import lengths_between
from newsparse_dates.rates import rates_per_unit
from newsparse_dates.scan import _candidates, _select

__all__ = ["Context", "Found", "find", "find_between"]


_YEAR_IN = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_RANGE_JOIN = re.compile(r"(?i)\s*(?:to|through|until|till|and|-|–|—)\s*")


_PERIOD_BACK = re.compile(r"(?i)year[\s-](?:earlier|ago)")
_YEAR_BACK = re.compile(r"(?i)^(?:(?:a|one|the)?\s*year[\s-](?:earlier|ago)(?:\s+month)?)$")


# a period longer than a quarter ("the nine months", "the full year", "the first half") named after it
_LONGER_PERIOD = re.compile(
    r"(?i)\b(?:nine|six|twelve|\d+)[\s-]months?\b|\bfull[\s-]year\b|\b(?:first|second)\s+half\b"
    r"|\bhalf[\s-]year\b|\b(?:the|fiscal|calendar)\s+year\b(?![\s-](?:ago|earlier))"
)
# "After a flat second quarter", "a weaker fourth quarter": an indefinite and an adjective, no preposition
_DESCRIBED = re.compile(
    r"\b[Aa]n?\s+(?:(?!(?:in|for|of|during|from|on|at|to|with|than|record)\b)[a-z]+\s+){1,2}$"
)
_QUARTER_REACH = 1200  # characters: an earnings story's "a year earlier" compares with its quarter


def _quarter_compared(f: Found, text: str, quarter_end: int, ctx: Context) -> bool:
    """Whether ``f`` ("a year earlier", "the year-earlier period") compares with the quarter named
    before it: within reach, and no longer period ("the nine months", "the full year") named between."""
    if not ((f.kind in ("ago", "adjago") and _YEAR_BACK.match(text)) or f.kind == "period"):
        return False
    if f.start - quarter_end >= _QUARTER_REACH:
        return False
    return f.start - quarter_end < 400 or not _LONGER_PERIOD.search(ctx.text, quarter_end, f.start)


_QUARTER_NAMED = re.compile(r"(?i)first|second|third|fourth|final|\bQ\d|year-|year['’]s")
_ENDED = re.compile(r"(?i)\s+end(?:ed|ing)\s+$")


def _quarter_ended(f: Found, nxt: Found, ctx: Context, named: bool) -> Found:
    """ "the quarter ended July 31": the calendar quarter holding most of the three months before;
    "the third quarter ended November 30 last year": the named quarter of the year it ended in."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value) or not _ENDED.match(ctx.text[f.end : nxt.start]):
        return f
    if named:
        if not re.fullmatch(r"\d{4}-Q\d", f.value) or f.value[:4] == nxt.value[:4]:
            return f
        value = f"{nxt.value[:4]}{f.value[4:]}"
    else:
        value = rs.quarter_of(dt.date.fromisoformat(nxt.value) - dt.timedelta(days=45))
    return attrs.evolve(f, value=value, interval=rs.interval_of(value))


_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_SECOND_DAY = re.compile(
    r"\s*(?:-|–|and|or|to|through)\s*(?P<day>[12]?\d|3[01])(?P<year>,?\s+(?:1[6-9]|20)\d\d)?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|of|to|and|with|for|when|while|before|after)\b)"
)


def _day_ranges(found: list[Found], ctx: Context) -> list[Found]:
    """The second day of "Jan. 15-17", "April 24 and 25" (a date of the same month, year shared)."""
    out: list[Found] = []
    skip = -1
    for i, f in enumerate(found):
        if i == skip:
            continue
        m = _SECOND_DAY.match(ctx.text, f.end) if f.kind == "mdy" and _FULL_DATE.fullmatch(f.value) else None
        if m is None:
            out.append(f)
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        year = int(m["year"].strip(", \t\n")) if m["year"] else int(f.value[:4])
        try:
            first = dt.date(year, int(f.value[5:7]), int(f.value[8:10]))
            day = first.replace(day=int(m["day"]))
        except ValueError:
            out.append(f)
            continue
        if day <= first or (
            nxt is not None and nxt.start < m.end() and not (m["year"] and nxt.end <= m.end())
        ):
            out.append(f)
            continue
        if nxt is not None and nxt.end <= m.end():
            skip = i + 1  # the year after the second day belongs to the range
        anchored = f.anchored and not m["year"]
        out.append(
            attrs.evolve(f, value=first.isoformat(), anchored=anchored, interval=rs.interval_of(str(first)))
        )
        second = attrs.evolve(f, start=m.start("day"), end=m.end(), value=day.isoformat(), anchored=anchored)
        out.append(attrs.evolve(second, interval=rs.interval_of(day.isoformat())))
    return out


# the first day of "16-18 December", "16 to 18 December", written before the day that names the month
_FIRST_DAY = re.compile(r"(?<![\w/.,:-])(?P<day>[0-3]?\d)\s*(?:-|–|to|and)\s*$")
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")


def _first_days(found: list[Found], ctx: Context) -> list[Found]:
    """The first day of "16-18 December" (a date of its own in the same month, as "March 3-5" is)."""
    out: list[Found] = []
    for f in found:
        if f.kind == "dmy" and _DAY_VALUE.fullmatch(f.value):
            lo = max(out[-1].end if out else 0, f.start - 12)
            m = _FIRST_DAY.search(ctx.text, lo, f.start)
            if m is not None and 0 < int(m["day"]) < int(f.value[8:10]):
                value = f"{f.value[:8]}{int(m['day']):02d}"
                interval = rs.interval_of(value) if value[0].isdigit() else None
                out.append(attrs.evolve(f, start=m.start("day"), end=m.end("day"), value=value))
                out[-1] = attrs.evolve(out[-1], interval=interval)
        out.append(f)
    return out


_DAY_OF = re.compile(r"\d{4}-\d\d-\d\d|XXXX-WXX-[1-7]")
_ON = re.compile(r"\s+(?:on\s+)?")
_ZONE_UTC = re.compile(r"GMT|UTC")


def _clock_on_its_day(found: list[Found], ctx: Context) -> list[Found]:
    """A clock time followed by its day ("1930 GMT last night", "1400 GMT on Saturday") is on that
    day, not on the day of publication (the two stay two expressions, as the text writes them)."""
    out = list(found)
    for i, f in enumerate(found[:-1]):
        nxt = found[i + 1]
        if f.type != "TIME" or f.value[10:11] != "T" or not _ON.fullmatch(ctx.text, f.end, nxt.start):
            continue
        if f.value.endswith("Z") and not _ZONE_UTC.search(ctx.text, f.start, f.end):
            continue  # converted from a local zone: the UTC day may already differ from the local one
        if ctx.ref is not None and f.value[:10] != ctx.ref.isoformat() and not f.value.startswith("XXXX"):
            continue  # already on a day of its own
        day = _DAY_OF.match(nxt.value)
        if day is None or nxt.type not in ("DATE", "TIME") or day.group() == f.value[:10]:
            continue
        value = day.group() + f.value[10:]
        interval = (day.group(), day.group()) if day.group()[0].isdigit() else None
        out[i] = attrs.evolve(f, value=value, interval=interval, anchored=nxt.anchored)
    return out


_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[)\]]")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d$")


def _day_in_brackets(found: list[Found], ctx: Context) -> list[Found]:
    """ "today [Friday]", "this evening (Wednesday)": the day in brackets says which day the deictic
    word meant (a quotation of the day before publication), so the word takes that day."""
    out = list(found)
    for i, f in enumerate(found[:-1]):
        nxt = found[i + 1]
        if f.kind != "deictic" or not f.anchored or nxt.kind != "weekday" or not _FULL_DAY.match(nxt.value):
            continue
        if not _BRACKET_OPEN.fullmatch(ctx.text, f.end, nxt.start):
            continue
        if not _BRACKET_CLOSE.match(ctx.text, nxt.end):
            continue
        day = nxt.value
        if f.value[:10] != day and _FULL_DAY.match(f.value[:10]):
            out[i] = attrs.evolve(f, value=day + f.value[10:], interval=(day, day))
    return out


_VALUE = attrgetter("value")
_ZONE_JOIN = re.compile(r"\s*[/(,]\s*")
_DAY_NAMED = re.compile(
    r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
)


def _one_instant(found: list[Found], ctx: Context) -> list[Found]:
    """Two zones of one clock time ("11:18 p.m. EDT/0318 Tuesday GMT") are one instant: where their
    UTC days differ, both take the day of the one that names its day, else the earlier (the local
    late evening before the UTC day), as the guidelines write it."""
    out = list(found)
    for i in range(len(out) - 1):
        f, g = out[i], out[i + 1]
        if not (f.type == g.type == "TIME" and f.value.endswith("Z") and g.value.endswith("Z")):
            continue
        if f.value[10:] != g.value[10:] or f.value[:10] == g.value[:10]:
            continue
        if g.start - f.end > 4 or not _ZONE_JOIN.fullmatch(ctx.text, f.end, g.start):
            continue
        f_day = _DAY_NAMED.search(ctx.text, f.start, f.end) is not None
        g_day = _DAY_NAMED.search(ctx.text, g.start, g.end) is not None
        keep = g if g_day and not f_day else f if f_day and not g_day else min(f, g, key=_VALUE)
        out[i], out[i + 1] = (attrs.evolve(x, value=keep.value, interval=keep.interval) for x in (f, g))
    return out


# a whole number of hours or minutes, or seconds with a fraction ("26 minutes 38.08 seconds": a race time)
_CLOCK_LENGTH = re.compile(r"PT(?:\d+([HMS])|\d+\.\d+(S))")
_LAST_UNIT = re.compile(r"\d([HMS])$")
_LENGTH_JOIN = re.compile(r",?\s+(?:and\s+)?")  # "two minutes, 35.39 seconds" too
_SMALLER = {"H": "MS", "M": "S", "S": ""}


def _compound_lengths(found: list[Found], ctx: Context) -> list[Found]:
    """ "two hours 23 minutes", "20 minutes 38 seconds": one DURATION (``PT2H23M``), as TimeML writes it."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        last = _LAST_UNIT.search(prev.value) if prev is not None and prev.type == "DURATION" else None
        this = _CLOCK_LENGTH.fullmatch(f.value) if f.type == "DURATION" and not f.mod else None
        if (
            prev is None
            or last is None
            or this is None
            or not prev.value.startswith("PT")
            or (this[1] or this[2]) not in _SMALLER[last[1]]
            or not _LENGTH_JOIN.fullmatch(ctx.text, prev.end, f.start)
        ):
            out.append(f)
            continue
        out[-1] = attrs.evolve(prev, end=f.end, value=prev.value + f.value[2:])
    return out


def _year_ranges(found: list[Found], ctx: Context) -> list[Found]:
    """The second year of "1961-90" (a DATE of its own, as TimeML writes ranges)."""
    out: list[Found] = []
    starts = {f.start for f in found}
    for f in found:
        out.append(f)
        if f.kind == "year" and len(f.value) == 4 and f.value.isdigit() and f.end + 1 not in starts:
            second = year_range_end(ctx.text, f.end, int(f.value))
            if second is not None:
                value = f"{second:04d}"
                interval = rs.interval_of(value)
                width = 4 if ctx.text[f.end + 1 : f.end + 5] == value else 2  # "2001-2002", "1961-90"
                out.append(
                    attrs.evolve(f, start=f.end + 1, end=f.end + 1 + width, value=value, interval=interval)
                )
    return out


def _narrative(f: Found, mentioned: Sequence[Found], ctx: Context) -> Found:
    """``f`` resolved against the story's own reference time where the text moved it (:mod:`.narrative`)."""
    if f.anchored and f.kind in _RANGE_KINDS and (ended := nv.range_end_year(f, ctx)) is not None:
        return ended
    if f.anchored and f.kind == "month" and (owned := nv.year_of_possessive(f, ctx)) is not None:
        return owned
    if f.kind == "anaphor":
        return nv.resolve_anaphor(f, mentioned)
    if f.kind == "the-month":
        return nv.resolve_the_month(f, mentioned)
    if f.kind == "that-day":
        return nv.resolve_that_day(f, mentioned, ctx)
    if f.kind == sm.KIND:
        return sm.resolve_same_month_back(f, mentioned, ctx)
    if f.kind == ap.KIND:
        return ap.resolve_apposed(f, mentioned, ctx)
    if f.kind in ("following", "preceding"):
        return nv.resolve_following(f, mentioned)
    if f.kind in ("day+", "day-"):
        return nv.resolve_next_day(f, mentioned)
    if f.kind in ("ago", "adjago") and _YEAR_BACK.match(ctx.text[f.start : f.end]):
        moved = nv.year_back_month(f, mentioned, ctx)
        return moved if moved is not f else nv.units_back(f, mentioned, ctx)
    if f.kind == "ago":
        return nv.units_back(f, mentioned, ctx)
    if f.kind == "period" and _PERIOD_BACK.search(ctx.text, f.start, f.end):
        return nv.year_back_month(f, mentioned, ctx)  # "in July ... from the year-earlier period"
    if (
        f.kind in _MONTH_KINDS
        and (f.anchored or (ctx.ref is None and f.value.startswith("XXXX-")))
        and not _MONTH_REL.search(ctx.text, f.start, f.end)
    ):
        moved = nv.same_year_month(f, mentioned, ctx)
        if moved is f and f.kind != "month":
            moved = nv.same_month_day(f, mentioned, ctx)
        return nv.narrative_month(f, mentioned, ctx) if moved is f else moved
    if (
        f.kind in ("quarter", "half")
        and (f.anchored or f.value.startswith("XXXX-"))
        and _PART_VALUE.fullmatch(f.value)
        and not _MONTH_REL.search(ctx.text, f.start, f.end)
    ):  # "In the final quarter of 2004 ... up from 17.5% in the third quarter": 2004's third
        return nv.narrative_month(f, mentioned, ctx)
    if f.kind == "relunit" and f.anchored and f.mod in ("START", "MID", "END"):
        return nv.part_of_named(f, mentioned, ctx)
    if f.kind == "weekday":
        return nv.weekday_of_named(f, mentioned, ctx)
    if f.kind in ("time", "military") and f.anchored:
        moved = nv.clock_on_named_day(f, mentioned, ctx)
        return nv.clock_in_dated_sentence(f, mentioned, ctx) if moved is f else moved
    if f.type == "TIME" and ctx.ref is None:
        return nv.clock_on_undated_day(f, mentioned, ctx)
    if f.value == "PAST_REF":
        return nv.at_the_time(f, mentioned, ctx)
    if f.type == "DURATION":
        return nv.units_later(f, mentioned, ctx)
    return f


_YEARLESS = re.compile(r"XXXX-(?:\d\d|WXX-\d)")
_RANGE_KINDS = frozenset({"month", "mdy", "dmy", "relunit"})  # a month or its day, "the end of March"
_MONTH_KINDS = frozenset({"month", "mdy", "dmy"})  # a month, or a month and day ("On August 14"), no year
_VAGUE_REFS = frozenset({"PAST_REF", "FUTURE_REF"})
_PART_VALUE = re.compile(r"(?:\d{4}|XXXX)-[QH][1-4]")
_MONTH_REL = re.compile(r"(?i)\b(?:last|next|this|past|coming)\b")


def _published(f: Found) -> Found:
    """``f`` resolved against the publication date (built directly: ``attrs.evolve`` is slower)."""
    return new_found(
        f.start, f.end, f.type, f.value, f.mod, f.anchored, f.interval, f.quant, f.freq, f.kind, "published",
        f.reference_span,
    )


def _post(found: list[Found], ctx: Context) -> list[Found]:
    """Document-level adjustments: "since X" intervals, and "a year earlier" after a quarter."""
    out: list[Found] = []
    previous: Found | None = None
    last_quarter: tuple[int, str] | None = None
    found = _compound_lengths(_year_ranges(_first_days(_day_ranges(found, ctx), ctx), ctx), ctx)
    found = _clock_on_its_day(_day_in_brackets(found, ctx), ctx)
    found = sm.join_same_month_back(nv.month_a_year_back(_one_instant(found, ctx), ctx), ctx)
    found = ap.apposed_units(lengths_between(parts_of_wholes(found, ctx), ctx), ctx)
    mentioned: list[Found] = []  # calendar expressions named so far, for "that year", "the previous year"
    for i, f in enumerate(found):
        text = ctx.text[f.start : f.end]
        if f.kind == "quarter" and i + 1 < len(found):
            f = _quarter_ended(f, found[i + 1], ctx, _QUARTER_NAMED.search(text) is not None)
        f = _narrative(f, mentioned, ctx)
        if f.kind in ("the-month", "that-day", ap.KIND) and f.reference is None:
            continue  # "during the month" with no month named just before: not a date we can give
        if f.reference is None and (f.anchored or (ctx.ref is not None and f.value in _VAGUE_REFS)):
            f = _published(f)  # "recently", "soon": before or after publication
        if f.type in ("DATE", "TIME") and (
            f.value[:4].isdigit() or (ctx.ref is None and _YEARLESS.match(f.value))
        ):  # an undated story's "26 February" (XXXX-02-26) still anchors "the next day"
            mentioned.append(f)
        if (
            f.kind == "quarter"
            and "Q" in f.value
            and "X" not in f.value
            and "year-" not in str.lower(text)
            and not (
                last_quarter is not None
                and "-" not in text
                and _DESCRIBED.search(ctx.text, max(0, f.start - 24), f.start)
            )
        ):  # "After a flat second quarter" (a quarter reported before): described in passing, not reported
            last_quarter = (f.end, f.value)
        text = ctx.text[f.start : f.end]
        if (
            last_quarter is not None
            and f.reference != "narrative"
            and _quarter_compared(f, text, last_quarter[0], ctx)
        ):
            year, q = last_quarter[1].split("-")
            named = _YEAR_IN.search(text)
            same = re.search(r"(?i)\b(?:latest|current|recent)\b", text) is not None
            value = f"{named.group(0)}-{q}" if named else f"{int(year) - (0 if same else 1):04d}-{q}"
            f = attrs.evolve(f, value=value, interval=rs.interval_of(value))
        if (
            f.type == "DATE"
            and f.interval is not None
            and ctx.ref is not None
            and "nce" in str.lower(ctx.text[max(0, f.start - 12) : f.start])  # only "N" lower-cases to "n"
            and _SINCE.search(ctx.text, max(0, f.start - 12), f.start)
            and f.interval[0] <= ctx.ref.isoformat()
        ):
            # TimeML keeps "since" outside as a signal (no mod); its meaning goes into the interval
            f = attrs.evolve(f, interval=(f.interval[0], ctx.ref.isoformat()), anchored=True)
        if (
            previous is not None
            and f.kind == previous.kind
            and f.kind in ("month", "mdy", "dmy")
            and f.anchored
            and f.value[:4].isdigit()
            and f.value < previous.value
            and _RANGE_JOIN.fullmatch(ctx.text, previous.end, f.start)
        ):  # "from November to February": the second end of a range follows the first
            value = f"{int(f.value[:4]) + 1:04d}{f.value[4:]}"
            f = attrs.evolve(f, value=value, interval=rs.interval_of(value))
        out.append(f)
        previous = f
    return [_deictic(f, ctx) for f in rates_per_unit(earlier_reports(fiscal_periods(out, ctx), ctx), ctx)]


_DEICTIC_REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_VAGUE_LENGTH = re.compile(r"PT?X")
_IN_PLAY = re.compile(r"T[\dX.]*[MS]$")
_FROM_NOW = re.compile(r"(?i)\b(?:coming|ahead|next|past|last|recent)\b")


def _deictic(f: Found, ctx: Context) -> Found:
    """A value relative to the publication date says so even where it cannot be worked out: in an
    undated story "last year" (``XXXX``), "Tuesday" (``XXXX-WXX-2``), "now", "the past two years"; in
    any story a length of unknown count told from now ("the coming months", "the past few weeks")."""
    if f.reference is not None or f.kind == "cataphor":
        return f  # "The same year that England won" is told after, not relative to publication
    if f.type == "DURATION":
        if _IN_PLAY.search(f.value) or not _FROM_NOW.search(ctx.text, f.start, f.end):
            return f  # "in the last five minutes": of a match, not before publication
        return _published(f) if ctx.ref is None or _VAGUE_LENGTH.match(f.value) else f
    if ctx.ref is not None or f.type not in ("DATE", "TIME"):
        return f
    if "X" not in f.value and f.value not in _DEICTIC_REFS:
        return f
    return _published(f)


def find(text: str, ref: dt.date | None, sentences: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """All time expressions of ``text`` resolved against ``ref`` (the publication date, if known)."""
    return find_between(text, ref, tuple(s for s, _ in sentences), tuple(e for _, e in sentences))


def find_between(
    text: str,
    ref: dt.date | None,
    starts: tuple[int, ...],
    ends: tuple[int, ...],
    own_clause: Callable[[int, int, tuple[int, ...]], tuple[bool, ...] | None] | None = None,
) -> list[Found]:
    """:func:`find` with the sentences given as their starts and ends (sorted, same length).

    The anchor is ``ref``, or the story's dateline day where that is within two days of it;
    ``own_clause`` (``clauses.clause_reader``) says which tense markers lie in a date's clause."""
    text = recased(text)  # a line in capitals read as running text writes its time words
    ctx = Context(text, local_day(text, ref), starts, ends, own_clause=own_clause)
    return _post([f for f in _select(list(_candidates(ctx))) if not _in_a_name(f, text)], ctx)


# time words written in lower case inside a sentence: capitalised there, they belong to a name or a
# title ("Jamie Noon", the song "One Night", "Are You Lonesome Tonight", "How Soon is Now?")
_LOWER_WORDS = re.compile(r"(?:Noon|Midnight|Tonight|Soon|Now|One\s+Night)\b")
_OPENS = re.compile(r"(?:^|[.!?:;\n\"“‘'(\[—–-]|[.!?][)\]”’])\s*$")


# a part of the day capitalised after its weekday names a show ("Saturday Night Takeaway")
_TITLED_PART = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:Night|Morning|Evening|Afternoon)\b"
)


_NAME_INITIALS = frozenset("MTWFSNO")  # the first letters of both patterns above


def _in_a_name(f: Found, text: str) -> bool:
    """Whether ``f`` is a capitalised time word inside a sentence, or a weekday's capitalised part
    of the day: part of a name or a title."""
    if text[f.start] not in _NAME_INITIALS:
        return False
    if _TITLED_PART.match(text, f.start):
        return True
    if not _LOWER_WORDS.match(text, f.start) or text[f.start + 1 : f.start + 2].isupper():
        return False  # "NOON", "NOW": a headline in capitals
    return _OPENS.search(text, max(0, f.start - 4), f.start) is None
