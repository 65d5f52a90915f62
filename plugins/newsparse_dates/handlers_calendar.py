"""Handlers of calendar expressions: dates, months, years, decades, quarters, seasons, weekdays, today."""

from __future__ import annotations

import datetime as dt
import re
from types import MappingProxyType

import attrs

from newsparse_dates import resolve as rs
from newsparse_dates.context import (
    _PRESENT_SCHEDULE,
    _SCHEDULE_VERB,
    BUSINESS,
    GAME,
    Context,
    _date,
    _day,
    _mod,
    _month,
    _norm,
    _Partial,
    _pick_year,
    _year2,
)
from newsparse_dates.lexicon import MONTHS, TENS, TIMES_OF_DAY, UNITS, WEEKDAYS, unit_of
from newsparse_dates.pieces import _MONTH_ABBREVIATIONS, _REL


def _h_iso(m: re.Match[str], ctx: Context) -> _Partial | None:
    """2018-02-03 and 2018-02-03T10:00."""
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return _Partial(
            "TIME", f"{day.isoformat()}T{m['hh']}:{m['mi']}", None, False, (day.isoformat(), day.isoformat())
        )
    return _date("DATE", day.isoformat(), False)


def _h_slash(m: re.Match[str], ctx: Context) -> _Partial | None:
    """US numeric dates: 2/3/2018, 02/03/18."""
    try:
        day = dt.date(_year2(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return _date("DATE", day.isoformat(), False)


def _h_split_year(m: re.Match[str], ctx: Context) -> _Partial | None:
    """A split year ("the 1987/88 budget", "the 2004-05 season", "2007-2008"): one period, valued as
    the year it starts (a range of more years, "1961-90", is two dates: :func:`year_range_end`)."""
    first = int(m["y1"])
    second = int(m["y2"])
    if (first + 1) % 100 != second and first + 1 != second:
        return None
    return _date("DATE", f"{first:04d}", False)


def _full_date(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Month and day, with an optional year and weekday, in either order; "the week of March 6"."""
    found = _month_day(m, ctx)
    if found is None or not m["wk"]:
        return found
    if "X" in found.value:
        return _Partial("DATE", "XXXX-WXX", None, found.anchored)
    week = rs.iso_week(dt.date.fromisoformat(found.value))
    return _date("DATE", week, found.anchored)


def _month_day(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Month and day, with an optional year and weekday, in either order."""
    month, day = _month(m["mon"]), _day(m["day"])
    if m["year"]:
        try:
            return _date("DATE", dt.date(int(m["year"]), month, day).isoformat(), False)
        except ValueError:
            return None
    if day > 31 or (month == 2 and day > 29) or (month in (4, 6, 9, 11) and day > 30):
        return None
    drel = m.groupdict().get("drel")
    year = _pick_year(ctx, m.start(), m.end(), month, day)
    named = m.groupdict().get("yrel") or _year_after(ctx.text, m.end())
    if named and ctx.ref is not None:  # "December 31 this year", "September 3rd last year"
        year = ctx.ref.year + _REL.get(str.lower(named), 0)
        drel = None
    if year is None:
        return _date("DATE", f"XXXX-{month:02d}-{day:02d}", False)
    if drel and ctx.ref is not None:  # "last October 16": the one before the anchor; "next" after
        back = _REL.get(_norm(drel), 0) < 0
        year = ctx.ref.year
        if back and (month, day) > (ctx.ref.month, ctx.ref.day):
            year -= 1
        elif not back and (month, day) <= (ctx.ref.month, ctx.ref.day):
            year += 1
    try:
        return _date("DATE", dt.date(year, month, day).isoformat(), True)
    except ValueError:
        return None


_YEAR_AFTER = re.compile(r"(?i),?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b")


def _year_after(text: str, end: int) -> str | None:
    """The relative word of a year named right after a day ("March 5 of next year" -> "next"), else None."""
    found = _YEAR_AFTER.match(text, end)
    return found["rel"] if found is not None else None

_MONTH_HYPHEN = re.compile(rf"(?i)(?:\b(?:{'|'.join(MONTHS)})\.?\s*[-–]\s*(?:to[-–])?|\bmid[-–])$")
_MONTH_PREPS = (
    "in",
    "since",
    "until",
    "till",
    "by",
    "of",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "between",
    "and",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "or",
    "on",
    "until",
    "for",
    "each",
    "every",
    "since",
    "throughout",
    "the",
    "a",
    "an",
)


def _h_month(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Month (+ year or "of last year"), with "early/late/mid" and "last/this/next"."""
    word = m["mon"]
    month = _month(word)
    mod = _mod(m["pre"])
    if m["year"]:
        return _date("DATE", f"{m['year']}-{month:02d}", False, mod)
    rel = _norm(m["rel"]) or _norm(m["rel2"])
    if word.endswith(".") or str.lower(word) in _MONTH_ABBREVIATIONS:
        return None  # "Oct." alone is not written for a month; "last Oct. 23" is a day
    if not rel and not m["pre"]:
        prev = ctx.before(m.start(), 16).split()
        # "the January-May period", "the January-to-March quarter"; not a surname ("Dornford-May's")
        after_month = _MONTH_HYPHEN.search(ctx.text, max(0, m.start() - 16), m.start()) is not None
        if (
            word in ("May", "March")
            and not after_month
            and (not prev or prev[-1].strip("(\"'“") not in _MONTH_PREPS)
        ):
            return None
    ref = ctx.ref
    lo = max(ctx.sentence(m.start())[0], m.start() - 50)
    if ref is None or (not rel and _EVERY_YEAR.search(ctx.text, lo, m.start())):
        return _date("DATE", f"XXXX-{month:02d}", False, mod)  # unknown, or "each year during August"
    if m["rel"]:  # "October of last year", "June this year"
        year = ref.year + _REL.get(rel, 0)
    elif m["rel2"]:  # "last October", "next March", "this May"
        offset = _REL.get(rel, 0)
        if offset < 0:
            year = ref.year if month < ref.month else ref.year - 1
        elif offset > 0:
            year = ref.year if month > ref.month else ref.year + 1
        else:
            year = ref.year
    else:
        year = _pick_year(ctx, m.start(), m.end(), month, None) or ref.year
    return _date("DATE", f"{year:04d}-{month:02d}", True, mod)


_YEAR_RANGE_END = re.compile(r"[-–](\d\d|(?:1[6-9]|20)\d\d)(?![\w%]|[.,:/]\d)")


def year_range_end(text: str, end: int, year: int) -> int | None:
    """The second year of "1961-90" written after ``year`` (ending at ``end``), or None.

    Two digits at least two years on make a range ("1961-90": 1961 and 1990); "2004-05" (a
    season or fiscal year) and scores ("1998-3") are not; four digits at least two years on are
    ("1979-1988"; "2001-2002" is a split year).
    """
    m = _YEAR_RANGE_END.match(text, end)
    if m is None:
        return None
    if len(m.group(1)) == 4:
        return int(m.group(1)) if int(m.group(1)) - year >= 2 else None  # "2001-2002": a split year
    second = year // 100 * 100 + int(m.group(1))
    return second if second - year >= 2 else None


_EVERY_YEAR = re.compile(r"(?i)\b(?:each|every)\s+year\b|\bannually\b")

_YEAR_BLOCKERS = frozenset(
    "resolution no no. number article flight route highway interstate model version room suite code "
    "section chapter page rule law decree order bill act item paragraph unit zone box lot id apollo "
    "$ # usd eur gbp vs".split()
)
_OLD_YEAR_BEFORE = frozenset(
    "in since of by until from to and the when before after between during through circa".split()
)
_ABOUT = frozenset("about some nearly almost around approximately roughly over than".split())
# a lower-case word after a number that is not a preposition or verb: what the number counts
_COUNTED_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|for|of|by|from|with|when|was|were|is|are|had|has|as|but|after|before"
    r"|through|until|the|a|an|that|which|while|during)\b)(?-i:[a-z]+s)\b"
)
_YEAR_AFTER_BLOCK = re.compile(
    r"\s*+(?:%|percent|per\s+cent|(?:square\s+)?(?:km|kilometers?|kilometres?|miles?|meters?|metres?|feet"
    r"|tons?|tonnes?|people|persons|civilians|soldiers|troops|men|women|children|deaths|votes|dollars"
    r"|euros|pounds|units|cars|jobs|families|refugees|residents|students|workers|members|cases|hours|minutes"
    r"|yards|calories|points|shares|barrels|acres|hectares|rounds|households|homes|houses|villages|times"
    r"|-\s*\d{1,3}(?!\d)))",
    re.IGNORECASE,
)


def _h_year(m: re.Match[str], ctx: Context) -> _Partial | None:
    """A year, "fiscal 1989", "early 2011", "the end of 2010"."""
    year = int(m["year"])
    prev = ctx.before(m.start(), 20).split()
    last = prev[-1] if prev else ""
    if not m["fiscal"] and not m["pre"]:
        if last in _YEAR_BLOCKERS or last.endswith(("$", "#", "€", "£", "¥")):
            return None
        if _YEAR_AFTER_BLOCK.match(ctx.text, m.end()) and not year_range_end(ctx.text, m.end(), year):
            return None
        if last in _ABOUT and _COUNTED_AFTER.match(ctx.text, m.end()):
            return None  # "about 2000 listeners": a count
        if year < 1900 and last not in _OLD_YEAR_BEFORE:
            return None
        if year > 2100:
            return None
        if _in_number_row(ctx.text, m.start(), m.end()):
            return None
    return _date("DATE", f"{year:04d}", False, _mod(m["pre"]))


# a number just before (after) another one on the same line, no thousands comma ("5 2067 1687 122.5")
_ROW_BEFORE = re.compile(r"(?<![\w.,/:-])(\d+(?:\.\d+)?)[ \t]+$")
_ROW_AFTER = re.compile(r"[ \t]+(\d+(?:\.\d+)?)(?![\w,/:-])")
_MONTH_WORD = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+$")


def _in_number_row(text: str, start: int, end: int) -> bool:
    """Whether the four digits stand in a row of a table of figures, between two numbers of which one
    is no year ("Sydney 21 15 1 5 2067 1687 122.5 62", "1915.00 2000 3830.000"): a count, not a year.
    A row of years ("1996 1995 1996 1995", a table's heading) and "Aug 31 1995" keep their years."""
    after = _ROW_AFTER.match(text, end)
    if after is None:
        return False
    before = _ROW_BEFORE.search(text, max(0, start - 16), start)
    if before is None or _MONTH_WORD.search(text, max(0, before.start() - 10), before.start()):
        return False
    return not (_year_like(before.group(1)) and _year_like(after.group(1)))


def _year_like(number: str) -> bool:
    """Whether a number of a row could be a year itself (four digits, 1600 to 2100)."""
    return len(number) == 4 and number.isdigit() and 1600 <= int(number) <= 2100


_DECADE_WORDS = MappingProxyType(
    {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }
)


_YEAR_TENS = TENS  # "nineteen eighty-nine": the tens of a spoken year
_YEAR_ONES = MappingProxyType(
    {
        w: i
        for i, w in enumerate(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen "
            "seventeen eighteen nineteen".split()
        )
    }
)


def _spelled_year(words: str) -> int | None:
    """The year of "nineteen ninety-six", "nineteen hundred", "two thousand one"; None if not one."""
    parts = [w for w in re.split(r"[\s-]+", str.lower(words)) if w not in ("and", "the", "year", "o", "oh")]
    if parts[:2] == ["two", "thousand"]:
        rest = parts[2:]
        base = 2000
    elif parts and parts[0] in ("nineteen", "eighteen", "twenty"):
        base = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[parts[0]]
        rest = parts[1:]
        if rest[:1] == ["hundred"]:
            rest = rest[1:]
        elif not rest:
            return None
    else:
        return None
    total = 0
    for w in rest:
        if w in _YEAR_TENS:
            total += _YEAR_TENS[w]
        elif w in _YEAR_ONES:
            total += _YEAR_ONES[w]
        else:
            return None
    return base + total if total < 100 else None


def _h_spelled_year(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Years in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand"."""
    year = _spelled_year(m["wy"])
    if year is None:
        return None
    if m["mon"]:
        return _date("DATE", f"{year:04d}-{_month(m['mon']):02d}", False)
    return _date("DATE", f"{year:04d}", False)


_AGE_BEFORE = re.compile(
    r"(?i)\b(?:(?:his|her|their|my|your|our|its|one's)\s+(?:(?:early|mid|late)[\s-]+)?|(?:the\s+)?(?:over|under)[\s-]+)$"
)


def _h_decade(m: re.Match[str], ctx: Context) -> _Partial | None:
    """The 1990s, the mid-1980s, the '90s, the nineties."""
    if m["dw"] and _AGE_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "in his late thirties", "the over-sixties": an age, not a decade
    if m["c"]:
        value = f"{m['c']}{m['d']}"
    else:
        digit = m["d2"] if m["d2"] else str(_DECADE_WORDS[str.lower(m["dw"])])
        century = "19"
        if (
            ctx.ref is not None
            and m["d2"]
            and int(m["d2"]) * 10 <= ctx.ref.year % 100
            and ctx.ref.year >= 2000
        ):
            century = "20"
        value = f"{century}{digit}"
    return _date("DATE", value, False, _mod(m["pre"]))


def _h_century(m: re.Match[str], ctx: Context) -> _Partial | None:
    """The 20th century; this/last/next century."""
    if m["n"]:
        return _date("DATE", f"{int(m['n']) - 1:02d}", False, _mod(m["pre"]))
    if ctx.ref is None:
        return _Partial("DATE", "XX", _mod(m["pre"]))
    offset = _REL.get(_norm(m["rel"]), 0)
    return _date("DATE", rs.shift(ctx.ref, "CE", offset), True, _mod(m["pre"]))


_Q_ORD = MappingProxyType(
    {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "1st": 1,
        "2nd": 2,
        "3rd": 3,
        "4th": 4,
        "final": 4,
        "last": 4,
    }
)


def _h_quarter(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Quarters: "the third quarter (of 1989)", "third-quarter", "the latest quarter", "Q3 2018"."""
    words = _norm(m.group(0))
    if words == "quarter":  # "a quarter of the city", "quarter-to-quarter"
        return None
    if not (m["year"] or m["year2"] or m["year3"]) and _in_a_game(ctx, m.start()):
        return None  # "a touchdown in the second quarter": a period of the game, not of the year
    ref = ctx.ref
    q = _Q_ORD.get(_norm(m["qn"])) if m["qn"] else None
    if m["qd"]:
        q = int(m["qd"])
    if q is None and _norm(m["qrel"]) == "last" and (m["year"] or m["year2"] or m["year3"] or m["ry"]):
        q = 4  # "the last quarter of 2004", "the last quarter of last year": the year's fourth
    year: int | None = None
    anchored = False
    if m["year"] or m["year2"] or m["year3"]:
        year = int(m["year"] or m["year2"] or m["year3"])
    elif m["ry"] or m["rys"]:  # "the third quarter of last year", "last year's quarter"
        if ref is None:
            return _Partial("DATE", f"XXXX-Q{q}" if q else "XXXX-QX")
        year = ref.year + _REL.get(_norm(m["ry"] or m["rys"]), 0)
        anchored = True
    if q is None:
        if ref is None:
            return _Partial("DATE", "XXXX-QX")
        rel = _norm(m["qrel"])
        if "year-earlier" in words or "year-ago" in words:
            base = rs.add_months(ref - dt.timedelta(days=45), -12)
        elif rel in ("current", "this"):
            base = ref
        elif rel == "next" or rel == "coming":
            base = rs.add_months(ref, 3)
        elif rel in ("previous", "prior", "last", "past", "preceding") and "latest" not in words:
            base = (
                rs.add_months(ref, -3 - 1) if ref.month % 3 == 1 and ref.day <= 45 else rs.add_months(ref, -3)
            )
        else:  # "the quarter", "the latest quarter": the quarter being reported, just ended
            base = ref - dt.timedelta(days=45)
        if anchored:  # "last year's quarter": the reported quarter, a year back
            year = base.year + _REL.get(_norm(m["ry"] or m["rys"]), 0)
        if year is not None:
            return _date("DATE", f"{year:04d}-Q{(base.month - 1) // 3 + 1}", anchored)
        return _date("DATE", rs.quarter_of(base), True)
    if year is None:
        if ref is None:
            return _Partial("DATE", f"XXXX-Q{q}")
        year = ref.year
        if dt.date(year, 3 * q - 2, 1) > ref and ctx.tense(m.start(), m.end()) <= 0:
            year -= 1
        if "year-earlier" in words or "year-ago" in words:
            year -= 1
        anchored = True
    found = _date("DATE", f"{year:04d}-Q{q}", anchored)
    return attrs.evolve(found, skip=_determiner_before_adjective(m))


def _in_a_game(ctx: Context, pos: int) -> bool:
    """Whether ``pos`` tells a game (sports quarters and halves), not a year: its sentence names no
    business figure and it, or the whole story, tells a game ("for the first quarter, the Irish pack
    struggled" in a match report whose other sentences hold the score)."""
    lo, hi = ctx.sentence(pos)
    if GAME.search(ctx.text, lo, hi) is not None:
        return BUSINESS.search(ctx.text, lo, hi) is None
    # the story is read only where the sentence names no business figure (most quarters do)
    return BUSINESS.search(ctx.text, lo, hi) is None and ctx.game_story


def _determiner_before_adjective(m: re.Match[str]) -> int:
    """Characters to drop so that "the third-quarter (results)" keeps only the hyphenated adjective."""
    text = m.group(0)
    if str.lower(text[:4]) == "the " and _HYPHENATED_END.search(text):
        return 4
    return 0


_HYPHENATED_END = re.compile(r"[\w]-\w+$")


def _h_half(m: re.Match[str], ctx: Context) -> _Partial | None:
    """The first/second half of a year: 1989-H1."""
    if not m["year"] and _in_a_game(ctx, m.start()):
        return None
    h = 1 if _norm(m["h"]) == "first" else 2
    if m["year"]:
        return _date("DATE", f"{m['year']}-H{h}", False)
    if ctx.ref is None:
        return _Partial("DATE", f"XXXX-H{h}")
    offset = _REL.get(_norm(m["ry"]), 0)
    return _date("DATE", f"{ctx.ref.year + offset:04d}-H{h}", True)


_POSSESSIVE_PAST = re.compile(r"['’]s\s+(?!(?:scheduled|planned|upcoming|expected|proposed)\b)")
# a future or a modal of the present in the clause before it ("would", a future in the past, is not)
_AHEAD_BEFORE = re.compile(r"\b(?:will|shall|can|could|may|might|must|should)\b[^.;:,]*$|['’]ll\b[^.;:,]*$")
# an event the clause looks forward to ("ahead of Saturday's caucus", "in the lead-up to Tuesday's
# primary"): the coming day unless the clause is told in the past
_BEFORE_EVENT = re.compile(
    r"(?i)\b(?:ahead\s+of|on\s+the\s+eve\s+of|in\s+advance\s+of|(?:lead|run)(?:ing)?[\s-]+up\s+to)\s+$"
)


# a weekday joined to a deictic day or part of today takes its direction ("warnings were issued for
# late tonight and Wednesday": the coming Wednesday, whatever the tense of "were issued")
_JOINED_DEICTIC = re.compile(
    r"(?i)\b(?:(?P<ahead>tonight|tomorrow|this\s+(?:afternoon|evening))|(?P<back>yesterday|last\s+night))"
    r"\s*,?\s+(?:and|or|through|to|until|into)\s+(?:(?:early|late)\s+)?$"
)
# a weekday dating a statement ("its announcement Wednesday that ...", "a statement late on Wednesday")
_STATEMENT_BEFORE = re.compile(
    r"(?i)\b(?:announcement|statement|comments?|remarks|cancellation|decision|ruling)[\"'”’]*"
    r"(?:\s+(?:late|early))?(?:\s+on)?\s+$"
)
_SHOW_BEFORE = re.compile(r"\b(?-i:News|Meet|Press|Face|Sheffield)\s+$")  # a show's or a club's name
_PAPER_AFTER = re.compile(
    r"\s+(?:(?-i:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Independent|Tribune|Edition)\b"
    r"|(?:newspapers?|papers?|editions?|supplements?)\b)"
)


def _h_weekday(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Weekdays: most recent in past tense, the coming one in future tense; "last/next/this Friday"."""
    wd = WEEKDAYS[str.lower(m["wd"])]
    rel = _norm(m["rel"])
    tod = TIMES_OF_DAY.get(_norm(m["tod"])) if m["tod"] else None
    mod = _mod(rel) if rel in ("early", "late") else None
    if _SHOW_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()) or _PAPER_AFTER.match(
        ctx.text, m.end()
    ):
        return None  # "Fox News Sunday", "The Sunday Times", "Sheffield Wednesday": names
    ref = ctx.ref
    event = 0
    if ref is not None and not rel and ctx.before(m.start(), 3) in (" a ", "\na "):
        # "said in a Friday interview": the day of a one-off event, by its clause's tense
        event = ctx.event_tense(m.start(), m.end())
    if ref is None or (not rel and not event and ctx.before(m.start(), 3) in (" a ", "\na ")):
        # unknown, or "a Sunday morning talk show": any such day
        value = f"XXXX-WXX-{wd}"
        return _Partial("TIME" if tod else "DATE", value + (f"T{tod}" if tod else ""), mod)
    if event:
        day = rs.weekday_near(ref, wd, event)
    elif m["wrel"]:  # "Wednesday last week": that weekday of the ISO week named
        monday = ref - dt.timedelta(days=ref.isoweekday() - 1) + dt.timedelta(weeks=_REL[_norm(m["wrel"])])
        day = monday + dt.timedelta(days=wd - 1)
    elif rel in ("last", "this past"):
        day = rs.weekday_near(ref, wd, -2)
    elif rel in ("next", "this coming"):
        day = rs.weekday_near(ref, wd, 2)
    elif not rel and _POSSESSIVE_PAST.match(ctx.text, m.end()):
        # "Friday's ruling", "Thursday's close": a possessive weekday names an event already reported,
        # unless its clause looks ahead ("will meet in Friday's quarter-finals")
        lo = max(ctx.sentence(m.start())[0], m.start() - 60)
        ahead = _AHEAD_BEFORE.search(ctx.text, lo, m.start()) is not None or (
            _BEFORE_EVENT.search(ctx.text, max(0, m.start() - 24), m.start()) is not None
            and ctx.tense(m.start(), m.end()) >= 0
        )
        day = rs.weekday_near(ref, wd, 1 if ahead else -1)
    elif not rel and _STATEMENT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) and (
        told := ctx.tense(m.start(), m.end(), behind=True)
    ):
        # "after its announcement Wednesday that it planned to": the statement's own clause dates it,
        # not the plans it tells of
        day = rs.weekday_near(ref, wd, told)
    elif not rel and (joined := _JOINED_DEICTIC.search(ctx.text, max(0, m.start() - 40), m.start())):
        day = rs.weekday_near(ref, wd, 1 if joined["ahead"] else -1)
    else:
        tense = ctx.tense(m.start(), m.end())
        if rel == "this" and tense >= 0:
            tense = 1
        day = rs.weekday_near(ref, wd, 1 if tense > 0 else -1)
        if (
            tense > 0
            and rel in ("", "early", "late")
            and (day - ref).days >= _WEEK_AHEAD
            and not _firm_future(m, ctx)
        ):
            # "Netanyahu was to arrive on Monday" (a Tuesday story), "announcing on Wednesday he would
            # meet": a weekday a week off is written "next"; a would or a plan told is the days just gone
            day = rs.weekday_near(ref, wd, -1)
    if tod:  # "Friday night": a TIME with the part of the day, as the TIMEX3 guidelines write it
        iso = day.isoformat()
        return _Partial("TIME", f"{iso}T{tod}", mod, True, (iso, iso))
    return _date("DATE", day.isoformat(), True, mod)


# a future said outright near a weekday: the weekday may lie a week ahead
_FIRM_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|won['’]t|next|coming|upcoming|ahead|until|till|tomorrow|this\s+week|later\s+this)\b|['’]ll\b"
)
# days: the coming weekday this far off (the day before publication), read from a weak future, is the one
# just gone
_WEEK_AHEAD = 6
_TO_BEFORE = re.compile(r"(?i)\bto\s+$")


def _firm_future(m: re.Match[str], ctx: Context) -> bool:
    """Whether the words around the weekday ``m`` in its sentence say the future outright ("will",
    "next", "until", a schedule in the present: "the tournament begins on Monday"), not only a "would",
    a modal or a plan told in the past."""
    lo, hi = ctx.sentence(m.start())
    start, text = m.start(), ctx.text
    if _FIRM_FUTURE.search(text, max(lo, start - 100), min(hi, m.end() + 50)) is not None:
        return True
    if _SCHEDULE_VERB.search(text, max(lo, start - 100), start) is not None:
        return True
    verb = _PRESENT_SCHEDULE.search(text, max(lo, start - 40), start)
    # "was to arrive Monday": an infinitive, not a schedule told in the present
    return verb is not None and not _TO_BEFORE.search(text, max(0, verb.start() - 4), verb.start())


_GENERIC_AGE = re.compile(
    r"['’]s\s+(?:world|youth|society|generation|children|kids|young|teenagers|standards|technology|computers"
    r"|personal\s+computers|families|consumers|culture|music|politics)\b"
)


# "the children of today", "the behemoth it is today": today as nowadays (PRESENT_REF), not the day
_PEOPLE_OF = re.compile(
    r"(?i)\b(?:world|youth|society|generation|children|kids|people|teenagers|fans|women|men|students"
    r"|consumers|voters|players)\s+of\s+$"
)
_IT_IS = re.compile(r"(?i)\b(?:it|they)\s+(?:is|are)\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[.?!,;:]|$)")


def _nowadays(m: re.Match[str], ctx: Context) -> bool:
    """Whether "today" means nowadays: after "the children of", or ending "the behemoth it is today?"."""
    if ctx.text.startswith(("'s", "’s"), m.end()):
        return False
    lo = max(0, m.start() - 30)
    if _PEOPLE_OF.search(ctx.text, lo, m.start()):
        return True
    return (
        _IT_IS.search(ctx.text, lo, m.start()) is not None
        and _CLAUSE_END.match(ctx.text, m.end()) is not None
    )


_PROGRAMME_AFTER = re.compile(r"[\"'”’]*\s+(?:program|programme|show)\b")


def _h_deictic(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Today, yesterday, tomorrow, tonight, this morning, last night (with times of day)."""
    tod: str | None
    if m["tod2"]:  # "mid-afternoon (yesterday)": a part of the publication day unless a day is named
        word, tod = _norm(m["w2"]) or "today", TIMES_OF_DAY[str.lower(m["tod2"])]
    else:
        word = _norm(m["w"])
        tod = TIMES_OF_DAY.get(_norm(m["tod"])) if m["tod"] else None
        if m["w"] in ("Today", "TODAY") and re.search(r"\w\s+$", ctx.text[max(0, m.start() - 3) : m.start()]):
            return None  # "VOA Today", "USA Today", "USA TODAY": a name inside a sentence
        if m["w"] in ("Today", "Tonight") and _PROGRAMME_AFTER.match(ctx.text, m.end()):
            return None  # NBC's "Today" program: a programme's name
        if word in ("today", "tomorrow") and not m["tod"] and _GENERIC_AGE.match(ctx.text, m.end()):
            return None  # "today's youth", "the computers of tomorrow": an age, not a day
        if word == "today" and not m["tod"] and _nowadays(m, ctx):  # "the children of today"
            now = ctx.ref.isoformat() if ctx.ref is not None else None
            return _Partial("DATE", "PRESENT_REF", None, now is not None, (now, now) if now else None)
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "this": 0,
        "last": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    if word == "tonight":
        tod = "NI"
    if word == "last" and tod not in ("NI",):
        return None
    if word == "this" and tod == "NI":
        tod = "NI"
    mod = _mod(m["pre"]) if m["pre"] else None
    ref = ctx.ref
    if ref is None:
        return _Partial("DATE" if not tod else "TIME", "XXXX-XX-XX" + (f"T{tod}" if tod else ""), mod)
    day = ref + dt.timedelta(days=offsets[word])
    value = day.isoformat()
    if tod:
        return _Partial("TIME", f"{value}T{tod}", mod, True, (value, value))
    return _date("DATE", value, True, mod)


# a count before "day-long" ("a three day-long meeting"): the duration pattern's business, not one unit
_COUNT_BEFORE = re.compile(
    r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|few))[\s-]*$"
)


def _h_unit_long(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "a day-long meeting", "the peso's decade-long peg": one unit, an adjectival duration (P1D, P10Y)
    as "a two-day election" is."""
    if _COUNT_BEFORE.search(ctx.before(m.start(), 12)):
        return None
    letter, time_unit = UNITS[unit_of(m["lu"])]
    return _Partial("DURATION", rs.duration_value(1, letter, time_unit))
