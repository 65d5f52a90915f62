"""The story's own reference time: values resolved against an earlier date of the text, not publication.

A wire story told in one year about events of an earlier year moves its reference time: "In 1986 the
deficit rose from 29.1 billion the previous year" (1985), "the early months of 2005 ... the
January-May period" (2005-01, 2005-05), "exports eased in February from 225,000 one year earlier"
(1986-02). Each resolver here takes the expressions named so far and returns the expression with
its new value, ``reference="narrative"`` and the span of the expression it used; where the text
names nothing to move to, the value stays on the publication date (``reference="published"``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

import attrs

from newsparse_dates import resolve as rs
from newsparse_dates.context import Context, Found
from newsparse_dates.lexicon import number_value

__all__ = [
    "at_the_time",
    "clock_in_dated_sentence",
    "clock_on_named_day",
    "clock_on_undated_day",
    "month_a_year_back",
    "narrative_month",
    "part_of_named",
    "range_end_year",
    "resolve_anaphor",
    "resolve_following",
    "resolve_next_day",
    "resolve_that_day",
    "resolve_the_month",
    "same_month_day",
    "same_year_month",
    "units_back",
    "units_later",
    "weekday_of_named",
    "year_back_month",
    "year_of_possessive",
]

# a value without its year ("26 February" in an undated story: XXXX-02-26) still gives its month and day
_ANAPHOR_SHAPES = {
    "XXXX": (re.compile(r"\d{4}"), 4),
    "XXXX-XX": (re.compile(r"(?:\d{4}|XXXX)-\d\d"), 7),
    "XXXX-QX": (re.compile(r"\d{4}-Q\d"), 7),
    "XXXX-XX-XX": (re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d"), 10),
}
_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d$")
_UNDATED_MONTH = re.compile(r"XXXX-\d\d$")
_WEEK_VALUE = re.compile(r"\d{4}-W\d\d$")
_LOOK_BACK = 6  # how many dates named before are candidates
_NEAR = 400  # characters: a "previous year" or "year earlier" reads the date named just before


def _moved(f: Found, value: str, used: Found) -> Found:
    """``f`` with ``value``, resolved against the earlier expression ``used``."""
    return attrs.evolve(
        f,
        value=value,
        anchored=False,
        interval=rs.interval_of(value),
        reference="narrative",
        reference_span=(used.start, used.end),
    )


def resolve_anaphor(f: Found, named: Sequence[Found]) -> Found:
    """The last named value at the granularity of ``f`` ("that year" after "June 1998" -> 1998)."""
    if f.value == "XXXX-WXX" or f.value.startswith("XXXX-XX-XXT"):
        return _week_or_part_of_day(f, named)
    shape, size = _ANAPHOR_SHAPES[f.value]
    last = named[-_LOOK_BACK:]
    for i in range(len(last) - 1, -1, -1):
        used = last[i]
        if shape.match(used.value):
            if size == 10 and _moved_on(used, last[i + 1 :]):
                return f
            return _moved(f, used.value[:size], used)
    return f


def _moved_on(used: Found, between: Sequence[Found]) -> bool:
    """Whether a year, month, week or decade named between the day ``used`` and a day reference does
    not hold that day: the story moved on ("arrives on Monday ... They met again, in July 2008 ... The
    day before": a day of July 2008, not Sunday), and the day is not the one named."""
    day = used.value[:10]
    for other in between:
        period = rs.interval_of(other.value)  # None for a yearless or vague value: it moves nothing
        if period is not None and not period[0] <= day <= period[1]:
            return True
    return False


def resolve_the_month(f: Found, named: Sequence[Found]) -> Found:
    """ "during the month" (``kind="the-month"``): the month of the date named last, shortly before
    ("prices rose in December ... during the month"); unresolved, it is dropped in ``_post``."""
    used = named[-1] if named else None
    if used is None or f.start - used.end > _NEAR or not _MONTH_OR_DAY.match(used.value):
        return f
    return _moved(f, used.value[:7], used)


_THAT_DAY_NEAR = 250  # characters: "that day" reads a day named just before it


def resolve_that_day(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """ "that day" (``kind="that-day"``) after a day named in its sentence or the one before, shortly
    before ("transferred on 14 December ... only $480,000 had been in the accounts that day"): that
    day; unresolved, it is dropped in ``_post`` ("redemptions that day": hypothetical)."""
    used = named[-1] if named else None
    if used is None or used.type != "DATE" or f.start - used.end > _THAT_DAY_NEAR:
        return f
    if used.start < ctx.sentence(max(0, ctx.sentence(f.start)[0] - 1))[0]:
        return f
    if (
        _FULL_DATE.fullmatch(used.value)
        or _YEARLESS_DAY.fullmatch(used.value)
        or _UNDATED_DAY.fullmatch(used.value)
    ):
        return _moved(f, used.value, used)
    return f


_MONTH_OR_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d(?:-\d\d)?(?:T|$)")


def _week_or_part_of_day(f: Found, named: Sequence[Found]) -> Found:
    """ "that week" (the ISO week of the day named last, shortly before), "that night" (its part of
    the day)."""
    last = named[-_LOOK_BACK:]
    for i in range(len(last) - 1, -1, -1):
        used = last[i]
        if f.start - used.end > _NEAR:
            break
        if f.value == "XXXX-WXX" and _WEEK_VALUE.match(used.value):
            return _moved(f, used.value, used)
        if f.value != "XXXX-WXX" and _FULL_DATE.match(used.value) and _moved_on(used, last[i + 1 :]):
            return f  # "two weeks ago when he drew 7,000 people ..., the same night": not Tuesday's
        if _FULL_DATE.match(used.value) and not used.value[10:11] == "T":
            day = dt.date.fromisoformat(used.value[:10])
            value = rs.iso_week(day) if f.value == "XXXX-WXX" else used.value[:10] + f.value[10:]
            return attrs.evolve(_moved(f, value, used), interval=(day.isoformat(), day.isoformat()))
        if _UNDATED_DAY.match(used.value) and f.value != "XXXX-WXX":  # "26 February", "Saturday" undated
            return _moved(f, used.value.partition("T")[0] + f.value[10:], used)
    return f


def resolve_next_day(f: Found, named: Sequence[Found]) -> Found:
    """ "the next day", "the previous evening": a day after (before) the last full date named."""
    last = named[-_LOOK_BACK:]
    for i in range(len(last) - 1, -1, -1):
        used = last[i]
        if _FULL_DATE.match(used.value) and _moved_on(used, last[i + 1 :]):
            return f  # "learned that in 1990 ... But the next day": not a day after this week's Tuesday
        if _FULL_DATE.match(used.value):
            day = dt.date.fromisoformat(used.value[:10]) + dt.timedelta(days=1 if f.kind == "day+" else -1)
            moved = _moved(f, day.isoformat() + f.value[10:], used)
            return attrs.evolve(moved, interval=(day.isoformat(), day.isoformat()))
        if _YEARLESS_DAY.match(used.value) and used.value[5:10] != "02-29":
            # "on 26 February ... the next day" in an undated story: the day is known, the year is not
            day = dt.date.fromisoformat("2001" + used.value[4:10]) + dt.timedelta(
                days=1 if f.kind == "day+" else -1
            )
            return _moved(f, "XXXX" + day.isoformat()[4:] + f.value[10:], used)
    return f


_YEARLESS_DAY = re.compile(r"XXXX-\d\d-\d\d(?:T|$)")


def _shifted(value: str, unit: str, step: int) -> str | None:
    """``value`` moved by ``step`` units, if it has the unit's granularity (or a finer one)."""
    if unit == "Y" and value[:4].isdigit():
        return f"{int(value[:4]) + step:04d}"
    if unit == "M" and re.match(r"\d{4}-\d\d(?:-\d\d)?$", value):
        return rs.month_value(rs.add_months(dt.date(int(value[:4]), int(value[5:7]), 1), step))
    if unit == "M" and re.match(r"XXXX-\d\d(?:-\d\d)?$", value):  # a month of an undated story
        return f"XXXX-{(int(value[5:7]) - 1 + step) % 12 + 1:02d}"
    if unit == "W" and _FULL_DATE.fullmatch(value):
        return rs.iso_week(dt.date.fromisoformat(value) + dt.timedelta(weeks=step))
    if unit == "W" and _WEEK_VALUE.match(value):
        monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        return rs.iso_week(monday + dt.timedelta(weeks=step))
    return None


def resolve_following(f: Found, named: Sequence[Found]) -> Found:
    """ "the following year", "the previous year", "the week after": one unit from the last date named.

    "the previous year" reads only a date named shortly before (else the publication year stays).
    """
    unit = "W" if "W" in f.value else "M" if len(f.value) == 7 else "Y"
    step = 1 if f.kind == "following" else -1
    for used in reversed(named[-_LOOK_BACK:]):
        if step < 0 and f.start - used.end > _NEAR:
            break
        if not (used.value[:4].isdigit() or (unit == "M" and used.value.startswith("XXXX-"))):
            continue
        if step < 0 and used.reference == "published" and not (unit == "M" and used.kind == "month"):
            continue  # ("shipments in July fell from the previous month": the month before July)
        if step < 0 and used.kind == "preceding" and len(used.value) == len(f.value):
            return _moved(f, used.value, used)  # "from A$42.4m the previous year ... than the previous year"
        shifted = _shifted(used.value, unit, step)
        if shifted is not None:
            return _moved(f, shifted, used)
    return f


_JOINED = re.compile(r"(?i)\s*(?:and|or|to|through|-|–)\s*$")


def year_back_month(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """ "exports eased in February from 225,000 one year earlier": the same month a year before."""
    # the month compared with ("down from 41,365 tonnes in December") is not the one reported: skip it
    last = range(len(named) - 1, max(-1, len(named) - 4), -1)
    i = next((i for i in last if not _compared(named[i], ctx)), None)
    if i is None:
        return f
    used = named[i]
    undated = _UNDATED_MONTH.match(used.value) is not None  # "in February" of an undated story: XXXX-02
    if not (undated or _MONTH_VALUE.match(used.value)) or f.start - used.end > (_NEAR if undated else 120):
        return f
    before = named[i - 1] if i > 0 else None
    if before is not None and _JOINED.match(ctx.text[before.end : used.start]):
        return f  # "January and February ... a year earlier": the year, as written
    if undated:  # "a year ago" counts from publication (the guidelines' deictic "ago"): only "earlier"
        return f if "ago" in ctx.lowered[f.start : f.end] else _moved(f, used.value, used)
    if f.kind == "ago" and "ago" in ctx.lowered[f.start : f.end] and not _ago_compared(f, ctx):
        return f  # "admitted kidnapping two girls a year ago": from now, unless a figure is compared
    month = dt.date(int(used.value[:4]), int(used.value[5:7]), 1)
    return _moved(f, rs.month_value(rs.add_months(month, -12)), used)


_YEAR_BACK_TEXT = re.compile(r"(?i)(?:a|one)\s+year\s+(?:earlier|ago|before)")


def month_a_year_back(found: Sequence[Found], ctx: Context) -> list[Found]:
    """ "5,522 registrations in July a year earlier": a month without a year and "a year earlier"
    (ago, before) written next to it are one date, that month of the year before."""
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "month"
            and last.anchored
            and _MONTH_VALUE.match(last.value)
            and f.kind in ("ago", "adjago")
            and ctx.text[last.end : f.start] in (" ", ", ")
            and _YEAR_BACK_TEXT.fullmatch(ctx.text, f.start, f.end)
        ):
            month = dt.date(int(last.value[:4]), int(last.value[5:7]), 1)
            value = rs.month_value(rs.add_months(month, -12))
            interval = rs.interval_of(value)
            out[-1] = attrs.evolve(last, end=f.end, value=value, interval=interval, kind="month-back")
            continue
        out.append(f)
    return out


_ON_BEFORE = re.compile(r"(?i)\bon\s+$")


def _ago_compared(f: Found, ctx: Context) -> bool:
    """Whether "a year ago" is the point of a comparison ("from 120 a year ago", "grew 1.8% on a
    year ago"), so that it is the month compared, not a year counted from now."""
    return _compared(f, ctx) or _ON_BEFORE.search(ctx.text, max(0, f.start - 4), f.start) is not None


_UNITS_BACK = re.compile(r"(?i)(?P<n>an?|[\w-]+)\s+(?P<u>year|month)s?\s+(?:earlier|before)")
_BACK_SHAPES = {"Y": re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?$"), "M": re.compile(r"\d{4}-\d\d(?:-\d\d)?$")}
_BACK_NEAR = 200  # characters: "N years earlier" counts back from a date named just before


def units_back(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """ "10 years earlier", "a year before" count back from the date named just before, not from
    publication: "the £3.3 trillion mark in 2004 - triple the value 10 years earlier" (1994)."""
    m = _UNITS_BACK.fullmatch(ctx.text, f.start, f.end)
    if m is None or not named:
        return f
    amount = 1 if str.lower(m["n"]) in ("a", "an") else number_value(m["n"])
    # the date compared with ("compared with 1.4bn yuan in 2003") is already the earlier one: skip it
    used = next((n for n in reversed(named[-3:]) if not _compared(n, ctx)), None)
    unit = "Y" if str.lower(m["u"]) == "year" else "M"
    if used is None or not isinstance(amount, int) or f.start - used.end > _BACK_NEAR or used.type != "DATE":
        return f
    if not _BACK_SHAPES[unit].match(used.value) or used.reference == "published":
        return f
    if unit == "Y" and len(used.value) == 4:
        return _moved(f, f"{int(used.value) - amount:04d}", used)
    first = dt.date(int(used.value[:4]), int(used.value[5:7]), 1)
    months = amount * (12 if unit == "Y" else 1)
    if len(used.value) == 7:
        return _moved(f, rs.month_value(rs.add_months(first, -months)), used)
    moved = rs.add_months(first, -months)
    try:
        day = moved.replace(day=int(used.value[8:10]))
    except ValueError:
        return f
    return attrs.evolve(_moved(f, day.isoformat(), used), interval=(day.isoformat(), day.isoformat()))


_COMPARED = re.compile(r"(?i)\b(?:from|than|against|versus|vs|compared|over|above|below|with)\b")


def _compared(used: Found, ctx: Context) -> bool:
    """Whether ``used`` is the point of a comparison ("from 120,228 in January 1986")."""
    lo = max(ctx.sentence(used.start)[0], used.start - 60)
    return _COMPARED.search(ctx.text, lo, used.start) is not None


def narrative_month(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """A month without a year in a past story about another year: "The early months of 2005 were dry,
    with the January-May period ..." (2005-01). The year must be named earlier in the same sentence,
    not as the point of a comparison ("from 120,228 in January 1986"), and the clause in the past tense."""
    # the explicit date named last (months already moved by it, "January-May", pass on its year)
    used = next((n for n in reversed(named[-_LOOK_BACK:]) if n.reference != "narrative"), None)
    if used is None:
        return f
    sentence_start = ctx.sentence(f.start)[0]
    if f.kind in ("mdy", "dmy") and not _own_clause(f, used, sentence_start, ctx):
        return f  # a day ("the 11 September attacks") takes only a year of its own clause
    if used.start < sentence_start and not _continued(f, used, sentence_start, ctx):
        return f
    if used.start >= sentence_start and _NEW_CLAUSE.match(ctx.text, used.end):
        return f  # "The 3 network launched in 2003, Vodafone launched in November": another clause
    if used.start >= sentence_start and _in_dashes(used, f, sentence_start, ctx):
        return f  # "Inflation -- 10,300 percent in 1993 -- was 0.1 percent in June": an aside
    if _relative_aside(used, f, ctx):
        return f  # "Levinson, who disappeared in Iran in 2007, ... Namazi, arrested in October": an aside
    if used.reference is not None or not used.value[:4].isdigit():
        return f
    if _BOUNDARY.search(ctx.text, max(0, used.start - 12), used.start):
        return f  # "Until 1954 ...", "since 1997": a bound of another period, not the story's time
    year = int(used.value[:4])
    shapes = (4, 7, 10) if f.kind in ("mdy", "dmy") else (4, 7)  # a day may follow a day of its clause
    if (ctx.ref is not None and year == ctx.ref.year) or len(used.value) not in shapes or used.type != "DATE":
        return f
    if len(used.value) == 10 and not _soon_after(used.value, f"{year:04d}{f.value[4:10]}"):
        return f  # "born on 3 August 1960 and died on 5 August": not the same year
    if _compared(used, ctx):
        return f
    if "fiscal" in str.lower(ctx.text[max(0, used.start - 10) : used.end]):
        return f  # "fiscal 1988 starting April": a fiscal year starts in the calendar year before
    if ctx.tense(f.start, f.end) >= 0:
        return f  # the story moves in the past tense only
    if f.value[4:10] == "-02-29" and not calendar.isleap(year):
        return f
    return _moved(f, f"{year:04d}{f.value[4:]}", used)


_SAME_YEAR_AFTER = re.compile(r"(?i),?\s+(?:of\s+)?(?:the\s+same|that)\s+year\b")


def same_year_month(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """A month followed by "the same year" ("that year") is of the year the story named last: "In
    1993, she fell in Rome. In August the same year, ..." (1993-08; was the publication's August)."""
    if not _SAME_YEAR_AFTER.match(ctx.text, f.end) or not named:
        return f
    used = next((n for n in reversed(named[-_LOOK_BACK:]) if n.value[:4].isdigit()), None)
    if used is None:
        return f
    value = used.value[:4] + f.value[4:]
    if value[5:10] == "02-29" and not calendar.isleap(int(value[:4])):
        return f
    return _moved(f, value, used)


_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_DAY_NEAR = 800  # characters: a day of the month a dated expression named shortly before


def same_month_day(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """A day without a year after a written date of the same month and an earlier (or the same) day:
    "a document on 7 March 2003 ... On 10 March, military chiefs ..." (2003-03-10), "in June 2004
    ... the 10 June election" (2004-06-10, a month anchors only in an undated story); not an earlier day
    ("30 September 2004 ... 11 September")."""
    used = named[-1] if named else None
    if used is None or used.type != "DATE" or f.start - used.end > _DAY_NEAR:
        return f
    if not _MONTH_OR_DAY.match(used.value) or not used.value[:4].isdigit() or used.value[:4] == f.value[:4]:
        return f
    if used.value[5:7] != f.value[5:7] or used.value[8:10] > f.value[8:10]:
        return f
    if ctx.ref is not None and not _FULL_DATE.fullmatch(used.value):
        return f  # a dated story: "August 1988 ... the invasion of Kuwait on Aug. 2" (publication's year)
    # the year must be written ("7 March 2003"), or come from such a date ("On 10 March ... 13 March")
    chained = used.reference == "narrative" and used.kind == f.kind
    written = used.reference is None and _WRITTEN_YEAR.search(ctx.text, used.start, used.end) is not None
    if not (chained or written):
        return f
    if f.value[5:10] == "02-29" and not calendar.isleap(int(used.value[:4])):
        return f
    return _moved(f, used.value[:4] + f.value[4:], used)


def _soon_after(first: str, then: str) -> bool:
    """Whether the day ``then`` comes after the day ``first`` within three months (both ISO days)."""
    try:
        days = (dt.date.fromisoformat(then) - dt.date.fromisoformat(first)).days
    except ValueError:
        return False
    return 0 < days <= 92


def _own_clause(f: Found, used: Found, sentence_start: int, ctx: Context) -> bool:
    """Whether the year ``used`` is named in the clause of the day ``f``, as one plain year: no comma or
    bracket between them, no split year ("1986/87") and no period's end ("the year ended March 31",
    "through March 31")."""
    if used.start < sentence_start or _CLAUSE_MARK.search(ctx.text, used.end, f.start):
        return False
    return _PERIOD_END.search(ctx.text, used.start, f.start) is None


_CLAUSE_MARK = re.compile(r"[,;:()]")
_PERIOD_END = re.compile(r"(?i)/|\b(?:ended|ending|ends|end|through|until|till)\b")
_OPENS_MONTH = re.compile(r"(?i)(?:in|during|by|on)\s+(?:(?:early|late|mid)[\s-]+)?$")
_BOUNDARY = re.compile(r"(?i)\b(?:until|till|since|to|by|before|after)\s+$")


def _continued(f: Found, used: Found, sentence_start: int, ctx: Context) -> bool:
    """Whether a sentence opening "In March," (or a past sentence naming no other year, see
    ``_sole_year``) continues the past-tense story of the sentence just before it, which named the
    year ("In 1982, ... In March, ..." as the guidelines write it): the year's sentence is the
    previous one of the same paragraph (whatever the line endings) and told in the past."""
    if used.start < ctx.sentence(max(0, sentence_start - 1))[0]:
        return False
    if _PARAGRAPH.search(ctx.text, used.end, f.start):
        return False
    lo, hi = ctx.sentence(used.start)
    if not _OPENS_MONTH.fullmatch(ctx.text, sentence_start, f.start) and not _sole_year(f, used, lo, hi, ctx):
        return False
    if _PERFECT.search(ctx.text, lo, hi):
        return False  # "The war, launched in 1989, has killed 150,000": the year is an aside of now
    # told in the past: a past verb ("reported" too) and no future in that sentence
    return _PAST_VERB.search(ctx.text, lo, hi) is not None and _FUTURE_WORD.search(ctx.text, lo, hi) is None


# a paragraph break, whatever the line endings ("\n\n", "\r\n\r\n", "\r\r")
_PARAGRAPH = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)")
_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:(?:already|since|now|also|not|never)\s+)?(?:been|[a-z]+ed)\b")


_WHO_OPENS = re.compile(r",[^,;:()]*\b(?:who|which|whose)\b[^,;:()]*$")


def _relative_aside(used: Found, f: Found, ctx: Context) -> bool:
    """Whether the year ``used`` stands in a relative clause set off by commas (", who disappeared in
    Iran in 2007,"), which tells of a person or a thing, not the time the story moves in."""
    lo = max(ctx.sentence(used.start)[0], used.start - 120)  # a bounded look: linear on long sentences
    if not _WHO_OPENS.search(ctx.text, lo, used.start):
        return False
    return ctx.text.find(",", used.end, min(f.start, used.end + 200)) >= 0


def _in_dashes(used: Found, f: Found, sentence_start: int, ctx: Context) -> bool:
    """Whether ``used`` stands in a dash-delimited aside that closes before ``f``."""
    return ctx.dash_within(sentence_start, used.start) and ctx.dash_within(used.end, f.start)


def _sole_year(f: Found, used: Found, lo: int, hi: int, ctx: Context) -> bool:
    """Whether a month told later in its sentence ("Israel and Turkey strengthened ties in 2004. Olmert
    was reported in June to ...") may take the year of the sentence before: a plain year or month, the
    only year of that sentence, not a bound ("since its launch in March 2002"), and no future or
    present tense in the month's own sentence."""
    if not _PLAIN.fullmatch(used.value) or len(_YEAR_WORD.findall(ctx.text, lo, hi)) != 1:
        return False
    if _SINCE_BEFORE.search(ctx.text, max(lo, used.start - 40), used.start):
        return False
    own_lo, own_hi = ctx.sentence(f.start)
    return (
        _NOW_WORD.search(ctx.text, own_lo, own_hi) is None
        and _FUTURE_WORD.search(ctx.text, own_lo, own_hi) is None
    )


_PLAIN = re.compile(r"\d{4}(?:-\d\d)?")
_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SINCE_BEFORE = re.compile(r"(?i)\b(?:since|until|till)\b")
_NOW_WORD = re.compile(r"(?i)\b(?:is|are|has|have|now|currently)\b")
# past forms: regular ones, and the irregular ones that cannot be read as a present ("lost", "took";
# not "cut", "hit", "set"); a reporting verb ("said", "told") dates the report, not the story
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|grew|rose|fell|lost|took|won|made|paid|sold|bought|began|became|came|went|"
    r"saw|got|gave|kept|led|left|met|held|brought|built|spent|sent|struck|fought|broke|fled|ran|stood|"
    r"wrote|shot|sank|swept|drew|drove|threw|overthrew|seized|(?-i:[a-z]{2,}ed))\b"
)
_FUTURE_WORD = re.compile(r"(?i)\b(?:will|would|shall|going\s+to|expects?|forecasts?)\b|['’]ll\b")


_NEW_CLAUSE = re.compile(
    r",\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?:The\s+)?[A-Z][a-z]+\s+[a-z]+ed\b"
)
_SAID_ON = re.compile(r"(?i)\b(?:said|told|announced|reported|added)\s+(?:on\s+)?$")
_BARE_CLOCK = re.compile(r"(?i)[\d:.]+\s*(?:[ap]\.?m\.?)?|noon|midnight|midday")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")


def clock_on_named_day(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """A bare clock time told in the past ("was shot to death at 10 p.m.") is on the day the story
    named last, shortly before ("last Oct. 23", "Friday"), not on the day of publication."""
    if ctx.ref is None or not f.value.startswith(ctx.ref.isoformat()) or "Z" in f.value:
        return f
    if not _BARE_CLOCK.fullmatch(ctx.text, f.start, f.end):
        return f
    used = next((n for n in reversed(named[-_LOOK_BACK:]) if _DAY_VALUE.match(n.value)), None)
    if used is None or f.start - used.end > _NEAR or used.value[:10] >= ctx.ref.isoformat():
        return f
    if ctx.tense(f.start, f.end) >= 0:
        return f
    reported = _SAID_ON.search(ctx.text, max(0, used.start - 20), used.start) is not None
    if reported and used.start < ctx.sentence(f.start)[0]:
        return f  # "Niugini said on Thursday ... By 11.25 a.m. shares were at A$3.65": the day of a report
    day = used.value[:10]
    if used.value[10:] in ("TEV", "TNI") and f.value[11:13].isdigit() and int(f.value[11:13]) < 12:
        # "hijacked on Monday evening ..., landed at 4.30 a.m.": the morning after
        day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
    return attrs.evolve(_moved(f, day + f.value[10:], used), interval=(day, day))


def at_the_time(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """ "at the time" (``PAST_REF``) is the time of the date the story named last, shortly before:
    "In 1982 the plant closed; prices were high at the time" (reference: 1982); the value stays."""
    if f.value != "PAST_REF" or ctx.lowered[f.start : f.end] not in ("the time", "that time") or not named:
        return f
    used = named[-1]
    if f.start - used.end > _NEAR or ctx.sentence(f.start)[0] - used.end > _NEAR // 2:
        return f
    if used.value.startswith("XXXX-W"):
        return f  # an undated weekday ("told the court on Monday ... 13 at the time") is not the time meant
    return attrs.evolve(f, reference="narrative", reference_span=(used.start, used.end))


_UNDATED_DAY = re.compile(r"XXXX-(?:\d\d-\d\d|WXX-\d)(?:T|$)")
_DAY_FOLLOWS = re.compile(
    r"(?i)[^.;!?]{0,40}?\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|yesterday|today|tonight|last\s+night)\b"
)
_CLOSE = 150  # characters: a clock time reads the day named just before it


def clock_on_undated_day(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """In an undated story a clock time right after a day ("Sunday, 27 February 1500 GMT", "on Friday
    ... at 0900 GMT") is on that day: ``XXXX-02-27T15:00Z``, ``XXXX-WXX-5T09:00Z``; not where its own
    day follows ("at 0710 GMT ... on Wednesday")."""
    if (
        ctx.ref is not None
        or not named
        or not f.value.startswith("XXXX-XX-XXT")
        or not f.value[11:12].isdigit()
    ):
        return f
    used = named[-1]
    if not _UNDATED_DAY.match(used.value) or f.start - used.end > _CLOSE:
        return f
    if used.start < ctx.sentence(max(0, ctx.sentence(f.start)[0] - 1))[0]:
        return f  # the day must be named in the same sentence or the one before
    if _DAY_FOLLOWS.match(ctx.text, f.end) or _OWN_DAY.match(ctx.text, f.end):
        return f
    if _RECURS.search(ctx.text, used.end, f.start):
        return f  # "from 1 February on Tuesdays and Thursdays from 2300 GMT": a recurring time
    return _moved(f, used.value[:10] + f.value[10:], used)


_OWN_DAY = re.compile(r"\s+on\s+(?:the\s+)?(?:\d|[A-Z])")  # "midnight on 1 January"
_RECURS = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b(?:every|each|daily|nightly)\b")


_LATER = re.compile(r"\s+later\b(?!\s+than\b)")  # "two days later than planned" is a length compared
_EARLIER = re.compile(r"\s+earlier\b(?!\s+than\b)")
_DAY_OF_STORY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d$")
_LENGTH = re.compile(r"P(\d+)([YMWD])")
_UNDATED_DATE = re.compile(r"XXXX-\d\d-\d\d$")


def units_later(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """ "two days later", "12 months later" after a date of the story: one DATE counted forward from
    it ("won in 2002 and defended the title 12 months later": 2003), and "two days earlier" back from
    a day; with no date named in the same or the sentence before, the length stays a DURATION."""
    later = _LATER.match(ctx.text, f.end)
    back = _EARLIER.match(ctx.text, f.end) if later is None else None
    length = _LENGTH.fullmatch(f.value) if f.type == "DURATION" and not f.mod else None
    if (later is None and back is None) or length is None or not named:
        return f
    used = named[-1]
    if used.type != "DATE" or used.start < ctx.sentence(max(0, ctx.sentence(f.start)[0] - 1))[0]:
        return f
    if back is not None and (length[2] not in "DW" or not _DAY_OF_STORY.match(used.value)):
        return f  # "two days earlier" counts back from a day the story named, never from a month
    mark = later if later is not None else back
    if mark is None:
        return f
    value = _counted_forward(used.value, int(length[1]) * (-1 if back else 1), length[2])
    if value is None:
        return f
    moved = _moved(f, value, used)
    return attrs.evolve(moved, type="DATE", end=mark.end(), quant=None, freq=None, kind="later")


def _counted_forward(value: str, amount: int, unit: str) -> str | None:
    """``value`` moved ``amount`` units forward, at the granularity the unit and the value share."""
    months = amount * 12 if unit == "Y" else amount if unit == "M" else None
    if months is not None and months % 12 == 0 and re.match(r"\d{4}", value):
        return f"{int(value[:4]) + months // 12:04d}"
    if months is not None and _MONTH_VALUE.match(value[:7]) and len(value) in (7, 10):
        return rs.month_value(rs.add_months(dt.date(int(value[:4]), int(value[5:7]), 1), months))
    days = amount * 7 if unit == "W" else amount if unit == "D" else None
    if days is None:
        return None
    if _FULL_DATE.fullmatch(value):
        return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    if days <= 7 and re.fullmatch(r"(?:\d{4}|XXXX)-\d\d", value):
        return value  # "In July 2004 ... a week later": the month they share (the guidelines' 2004-07)
    if _UNDATED_DATE.match(value) and value[5:10] != "02-29":  # a day of an undated story
        return "XXXX" + (dt.date.fromisoformat("2001" + value[4:]) + dt.timedelta(days=days)).isoformat()[4:]
    return None


_PART_OF_THE = re.compile(r"(?i)(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\s+the\s+(?:month|year)$")


def part_of_named(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """ "the end of the month" ("the year") told in the past after a month (year) named in its
    sentence: that month ("arrested in August 2006 and released at the end of the month": 2006-08)."""
    if not _PART_OF_THE.search(ctx.text, f.start, f.end) or len(f.value) not in (4, 7):
        return f
    used = next((n for n in reversed(named[-_LOOK_BACK:]) if n.reference != "narrative"), None)
    if used is None or used.reference is not None or used.type != "DATE" or len(used.value) < len(f.value):
        return f
    if (
        not used.value[:4].isdigit()
        or used.start < ctx.sentence(f.start)[0]
        or used.value.startswith(f.value)
    ):
        return f
    if _NEW_CLAUSE.match(ctx.text, used.end) or _BOUNDARY.search(
        ctx.text, max(0, used.start - 12), used.start
    ):
        return f
    if _compared(used, ctx) or ctx.tense(f.start, f.end) >= 0:
        return f
    return _moved(f, used.value[: len(f.value)], used)


_CLOCK = re.compile(
    r"(?i)(?:[\d:.]+\s*(?:[ap]\.?m\.?)?|noon|midnight|midday)(?:\s*(?:GMT|UTC|[ECMP][SD]T|BST|CET))?"
)
_DAY_WORD = re.compile(
    r"(?i)\b(?:today|tonight|yesterday|tomorrow|now|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_SAME_SENTENCE_REACH = 120  # characters from the day to its clock time


def clock_in_dated_sentence(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """A clock time in the sentence of a full date named just before it ("On March 3, 2005, the ship
    sank at 10 p.m.", "on 3 March 2005 at about 2200 GMT") is on that day, whatever the tense; not
    where another day word lies between or follows ("... today at 10 p.m.", "at 0710 GMT on Wednesday")."""
    if ctx.ref is None or not named or not _CLOCK.fullmatch(ctx.text, f.start, f.end):
        return f
    used = named[-1]
    if used.reference is not None or used.type != "DATE" or not _FULL_DATE.fullmatch(used.value):
        return f
    if used.start < ctx.sentence(f.start)[0] or f.start - used.end > _SAME_SENTENCE_REACH:
        return f
    if _DAY_WORD.search(ctx.text, used.end, f.start) or _RECURS.search(ctx.text, used.end, f.start):
        return f
    if _DAY_FOLLOWS.match(ctx.text, f.end) or _OWN_DAY.match(ctx.text, f.end):
        return f
    try:  # a time with a zone may have moved to the next (previous) day in UTC: keep that shift
        shift = dt.date.fromisoformat(f.value[:10]) - ctx.ref
    except ValueError:
        return f
    day = (dt.date.fromisoformat(used.value) + shift).isoformat()
    return attrs.evolve(_moved(f, day + f.value[10:], used), interval=(day, day))


_MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december"
_YEAR_STEP = {"this": 0, "last": -1, "next": 1}
_RANGE_END = re.compile(
    rf"(?i)\s*(?:and|to|through|until|till|-|–)\s*(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?"
    rf"(?P<month>{_MONTH_WORDS})(?:\s+\d{{1,2}})?,?\s+(?:(?P<year>(?:1[89]|20)\d\d)\b|(?P<rel>this|last|next)\s+year\b)"
)


def _written_year(m: re.Match[str], ctx: Context) -> int | None:
    """The year a match writes: its ``year`` group, else ``rel`` (this/last/next year) from the
    reference date (None without one)."""
    if m["year"]:
        return int(m["year"])
    if ctx.ref is not None:
        return ctx.ref.year + _YEAR_STEP[str.lower(m["rel"])]
    return None


def range_end_year(f: Found, ctx: Context) -> Found | None:
    """ "between July and December 1995", "between the end of March and May 31 this year": the first
    end of a range takes the year written at its second end (the year before if its month is later)."""
    if not (_MONTH_VALUE.match(f.value) or _FULL_DATE.fullmatch(f.value)):
        return None
    m = _RANGE_END.match(ctx.text, f.end)
    if m is None:
        return None
    year = _written_year(m, ctx)
    if year is None:
        return None
    second = _MONTH_WORDS.split("|").index(str.lower(m["month"])) + 1
    if int(f.value[5:7]) > second:
        year -= 1
    value = f"{year:04d}{f.value[4:]}"
    if value[5:10] == "02-29" and not calendar.isleap(year):
        return None
    return attrs.evolve(f, value=value, interval=rs.interval_of(value))


_POSSESSIVE_YEAR = re.compile(r"(?i)\b(?:(?P<rel>last|this|next)\s+year|(?P<year>(?:1[89]|20)\d\d))['’]s\s+$")


def year_of_possessive(f: Found, ctx: Context) -> Found | None:
    """ "fewer registrations than last year's July", "1995's March": the month of the year written
    before it in the possessive."""
    if not _MONTH_VALUE.match(f.value):
        return None
    m = _POSSESSIVE_YEAR.search(ctx.text, max(0, f.start - 16), f.start)
    if m is None:
        return None
    year = _written_year(m, ctx)
    if year is None:
        return None
    value = f"{year:04d}{f.value[4:]}"
    return attrs.evolve(f, value=value, interval=rs.interval_of(value))


_WEEKDAY_REL = re.compile(
    r"(?i)\b(?:(?P<the>the)\s+(?P<rel>following|next|previous|preceding|same)|(?P<that>that))\s+$"
)
_NEXT_INSIDE = re.compile(r"(?i)next\s")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1}


def weekday_of_named(f: Found, named: Sequence[Found], ctx: Context) -> Found:
    """ "the following Monday", "the previous Friday", "that Thursday" after a day the story named just
    before: that weekday after it, before it, or the day itself ("arrested on 2 August 1990 ... the
    following Monday": 1990-08-06), the words "the following" inside the expression."""
    m = _WEEKDAY_REL.search(ctx.text, max(0, f.start - 20), f.start)
    rel = str.lower(m["rel"]) if m is not None and m["rel"] else ""
    if m is None and _NEXT_INSIDE.match(ctx.text, f.start):  # "the next Monday": "next" read with the day
        m = _THE_BEFORE.search(ctx.text, max(0, f.start - 8), f.start)
        rel = "next"
    if m is None or not named or not _DAY_VALUE.match(f.value) or not f.anchored:
        return f
    used = named[-1]
    if not _DAY_VALUE.match(used.value) or f.start - used.end > _NEAR:
        return f
    day = dt.date.fromisoformat(used.value[:10])
    wanted = dt.date.fromisoformat(f.value[:10]).isoweekday()
    step = _STEP.get(rel, 0)
    if step > 0:
        moved = day + dt.timedelta(days=(wanted - day.isoweekday()) % 7 or 7)
    elif step < 0:
        moved = day - dt.timedelta(days=(day.isoweekday() - wanted) % 7 or 7)
    elif wanted == day.isoweekday():  # "on 2 August 1990 ... that Thursday": the day named
        moved = day
    else:
        return f  # "that Monday" after a Thursday: which Monday the text does not say
    value = moved.isoformat() + f.value[10:]
    iso = moved.isoformat()
    return attrs.evolve(_moved(f, value, used), start=m.start(), interval=(iso, iso))
