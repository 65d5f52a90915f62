"""Handlers of relative and spanning expressions: references, ago, durations, units, sets, times, holidays."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from types import MappingProxyType

import attrs

from newsparse_dates import resolve as rs
from newsparse_dates.adjectives import YEAR_NUMBER, determiner_before_bare_adjective, occasion_or_fate
from newsparse_dates.context import Context, _date, _mod, _month, _norm, _Partial
from newsparse_dates.handlers_calendar import _determiner_before_adjective
from newsparse_dates.lexicon import FREQ_WORDS, HOLIDAYS, TIMES_OF_DAY, UNITS, WEEKDAYS, number_value, unit_of
from newsparse_dates.pieces import _MODS, _REL

_REFS = MappingProxyType(
    {
        "now": "PRESENT_REF",
        "right now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "at present": "PRESENT_REF",
        "presently": "PRESENT_REF",
        "nowadays": "PRESENT_REF",
        "these days": "PRESENT_REF",
        "the present": "PRESENT_REF",
        "this season": "PRESENT_REF",
        "the moment": "PRESENT_REF",
        "this moment": "PRESENT_REF",
        "the present moment": "PRESENT_REF",
        "this present moment": "PRESENT_REF",
        "the moment in time": "PRESENT_REF",
        "this moment in time": "PRESENT_REF",
        "recently": "PAST_REF",
        "lately": "PAST_REF",
        "the past": "PAST_REF",
        "previously": "PAST_REF",
        "formerly": "PAST_REF",
        "recent": "PAST_REF",
        "once": "PAST_REF",
        "earlier": "PAST_REF",
        "the future": "FUTURE_REF",
        "future": "FUTURE_REF",
        "the near future": "FUTURE_REF",
        "soon": "FUTURE_REF",
        "the near term": "FUTURE_REF",
        "the short term": "FUTURE_REF",
        "the long term": "FUTURE_REF",
        "the coming days": "FUTURE_REF",
        "the days ahead": "FUTURE_REF",
        "the weeks ahead": "FUTURE_REF",
        "the months ahead": "FUTURE_REF",
        "the years ahead": "FUTURE_REF",
        "the coming weeks": "FUTURE_REF",
        "the coming months": "FUTURE_REF",
        "the coming years": "FUTURE_REF",
        "coming years": "FUTURE_REF",
        "coming months": "FUTURE_REF",
        "coming weeks": "FUTURE_REF",
        "coming days": "FUTURE_REF",
        "coming quarters": "FUTURE_REF",
        "the coming quarters": "FUTURE_REF",
        "recent years": "PAST_REF",
        "recent months": "PAST_REF",
        "recent weeks": "PAST_REF",
        "recent days": "PAST_REF",
        "as soon as possible": "FUTURE_REF",
        "later": "FUTURE_REF",
        "this time": "PRESENT_REF",
        "the time": "PAST_REF",  # "at the time": then, in the past told
        "that time": "PAST_REF",  # "at that time": the same
        "press time": "PRESENT_REF",
        "this day": "PRESENT_REF",
        "an early date": "FUTURE_REF",
        "a later date": "FUTURE_REF",
        "the earliest possible time": "FUTURE_REF",
        "the earliest possible date": "FUTURE_REF",
        "the earliest possible moment": "FUTURE_REF",
        "previous years": "PAST_REF",
    }
)


_COMING_PLURAL = re.compile(
    r"(?:the\s+)?coming\s+(?P<u>days|weeks|months|years)|the\s+(?P<v>days|weeks|months|years)\s+ahead"
)


_NOW_THAT = re.compile(r"\s+that\b")


_SEASON_REFS = MappingProxyType({"this": "PRESENT_REF", "last": "PAST_REF", "next": "FUTURE_REF"})


def _h_ref(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Now, currently, recently, the past, the future, in recent years, in the coming days."""
    word = _norm(m["w"])
    value = _REFS.get(word.replace(" very ", " "), "PAST_REF")  # "the very near future" as "the near future"
    if word.endswith("season"):  # "last season", "next season", "this tax season": told from now
        value = _SEASON_REFS[word.split()[0]]
    if word == "later":  # "now rather than later", "sooner or later" (the pattern's only "later")
        return _Partial("DATE", "FUTURE_REF")
    if word == "right now" and m.group(0).endswith("Now"):
        return None  # "All Right Now": a title, as "Now" alone mid-sentence
    if word in ("current", "once", "earlier", "later"):
        # "current" is an adjective ("the current accord", "current levels"): not tagged, as the
        # guidelines say; "the current year" is a pattern of its own
        return None
    if (
        word == "now"
        and _NOW_THAT.match(ctx.text, m.end())
        and (m.group(0)[0] == "N" or ctx.before(m.start(), 2) == ", ")
    ):
        return None  # "Now that broadband networks are ...", ", now that relations ...": a conjunction
    if word == "soon" and (
        ctx.before(m.start(), 3).endswith("as ")
        or _PAST_VERB_AFTER.match(ctx.text, m.end())
        or _NOT_SOON_BEFORE.search(ctx.before(m.start(), 5))
    ):
        # "as soon as" (the ref pattern takes "as soon as possible" whole); "soon became", "had soon
        # fallen" order events; "how soon", "too soon to" ask or judge a time, not name one
        return None
    if (
        word == "the time"
        and _CLAUSE_AFTER.match(ctx.text, m.end())
        and not _SAID_AT.search(ctx.before(m.start(), 16))
    ):  # "at the time she was discussing a job": "when", a clause ("he said at the time they ..." is not)
        return None
    if word in ("the time", "that time") and _THAT_AFTER.match(ctx.text, m.end()):
        if not _TOLD_AT.search(ctx.before(m.start(), 48)):
            return None  # "at the time that the deal was signed": "when", a clause
    if occasion_or_fate(word, ctx, m.start(), m.end()):
        return None  # "most recently at a forum", "the future of the airline" (adjectives.py)
    if word == "the future" and _NOUN_AFTER.match(ctx.text, m.end()):
        return None  # "the future queen": an adjective
    if word == "the day" and _IN_NOT_EARLIER.search(ctx.before(m.start(), 12)):
        return None  # only "earlier in the day", "later in the day": "late in the day" is an idiom
    if word == "the day":  # "rose two points on the day": the day of the report
        if ctx.ref is None:
            return _Partial("DATE", "XXXX-XX-XX")
        return _date("DATE", ctx.ref.isoformat(), True)
    if word.startswith("recent ") and " and " in word:  # "recent weeks and months"
        return _Partial("DATE", "PAST_REF")
    if word in ("recent months", "recent weeks", "recent days"):
        return _Partial("DURATION", f"PX{word[7].upper()}")
    plural = _COMING_PLURAL.fullmatch(word)
    if plural is not None:  # "in coming weeks", "the months ahead": a length of unknown count (PXW)
        return _Partial("DURATION", f"PX{(plural['u'] or plural['v'])[0].upper()}")
    if value == "PRESENT_REF" and ctx.ref is not None:
        iso = ctx.ref.isoformat()
        return _Partial("DATE", value, None, True, (iso, iso))
    return _Partial("DATE", value)


_NOT_SOON_BEFORE = re.compile(r"\b(?:how|too|had)\s+$")
_CLAUSE_AFTER = re.compile(r"\s+(?:I|you|he|she|we|they)\s+[a-z]")
_SAID_AT = re.compile(
    r"\b(?:said|says|saying|told|telling|stated|stating|claimed|claiming|reported|announced|wrote|added"
    r"|insisted|insisting|argued|arguing)\s+at\s+$"
)
_THAT_AFTER = re.compile(r"\s+that\b")
# "told the BBC at that time that ...", "said at the time that ...": the time of the report
_TOLD_AT = re.compile(
    r"\b(?:said|says|told|tells|stated|reported|announced|added|wrote|claimed|insisted|argued|confirmed"
    r"|denied|warned)\b[^.;,\n]{0,30}\bat\s+$"
)
_IN_NOT_EARLIER = re.compile(r"(?<!earlier)(?<!later)\s+in\s+$")
_AGO_FORWARD = ("later", "from now", "hence", "after")
# what "annual" qualifies when it means "per year": a rate or a measure, a yearly review or report
_PER_YEAR_MEASURE = re.compile(
    r"(?i)\s+(?:rates?|growth|inflation|average|mean|increases?|declines?|rises?|gains?|pace|review|report"
    r"|survey)\b"
)
_PAST_VERB_AFTER = re.compile(
    r"\s+(?:(?-i:[a-z]+ed)|became|began|came|went|took|gave|got|made|left|saw|found)\b"
)
# a noun after "the future" ("the future queen"): a lower-case word that is not a function word or verb
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|and|or|but|is|are|was|were|will|would|could|can|may|might|must|should|shall|as|to|for|in"
    r"|on|at|that|which|when|where|with|by|than|if|looks?|remains?|holds?|seems?|lies|belongs?|depends?"
    r"|has|had|have|does|did|do|not|so|because|while|after|before|through|without|too|rather|i|we|you|he"
    r"|she|it|they|there|this|these|those|the|a|an|who|what|looked|seemed|remained|held|appears?)\b)"
    r"(?-i:[a-z]+)\b"
)


def _h_ago(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "three days ago", "a year earlier", "two weeks from now"."""
    amount = number_value(m["num"]) if m["num"] else 1
    unit_word = unit_of(m["unit"])
    unit = UNITS[unit_word][0]
    forward = _norm(m["dir"]) in _AGO_FORWARD
    mod = _mod(m["modq"])
    ref = ctx.ref
    if amount is None or ref is None or not isinstance(amount, int):
        value = (
            ("FUTURE_REF" if forward else "PAST_REF")
            if amount is None or ref is not None
            else ("XXXX-XX-XX" if unit in ("D", "H", "S") else "XXXX")
        )
        return _Partial("DATE", value, mod)
    sign = 1 if forward else -1
    if unit in ("H", "S", "M") and UNITS[unit_word][1]:
        value = ref.isoformat()
    elif unit == "DE":
        value = rs.shift(ref, "Y", sign * 10 * amount)
    elif unit == "CE":
        value = rs.shift(ref, "Y", sign * 100 * amount)
    else:
        value = rs.shift(ref, unit, sign * amount)
    return _date("DATE", value, True, mod)


# who or what wins an award "of the year" (singular: "the best films of the year" is the year itself)
_AWARD_OF = re.compile(
    r"(?i)\b(?:artist|album|song|record|single|player|athlete|personality|film|movie|leader|director|man|woman"
    r"|person|publisher|team|coach|manager|footballer|sportsman|sportswoman|newcomer|band|songwriter|producer"
    r"|entertainer|performer|actor|actress|employee|rookie|breakthrough|executive|businessman|businesswoman)"
    r"\s+of\s+$"
)


def _h_the_year(m: re.Match[str], ctx: Context) -> _Partial | None:
    """The year: "the year ended June 30" is a length (P1Y); "for the year," is the current year."""
    if m["ending"] is not None:
        return _Partial("DURATION", "P1Y")
    if m["ein"]:  # "earlier in the year": this year, as "earlier this year"
        mod = {"early": "START", "late": "END"}.get(_norm(m["ein"]).split()[0])
        if ctx.ref is None:
            return _Partial("DATE", "XXXX", mod)
        return _date("DATE", rs.shift(ctx.ref, "Y", 0), True, mod)
    prev = ctx.before(m.start(), 12).split()
    following = ctx.text[m.end() : m.end() + 4]
    if "full" in str.lower(m.group(0)) and ctx.ref is not None:  # "for the full year": the current year
        return _date("DATE", rs.shift(ctx.ref, "Y", 0), True)
    if not prev or prev[-1] not in ("for", "of", "during", "through", "throughout"):
        return None
    if prev[-1] == "of" and (
        m.group(0).endswith("Year") or _AWARD_OF.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return None  # "album of the year", "Sports Personality of the Year": an award's title, not a date
    if not (following[:1] in (",", ".", ";", ":", ")") or following == " of "):
        return None
    if ctx.ref is None:
        return _Partial("DATE", "XXXX")
    return _date("DATE", rs.shift(ctx.ref, "Y", 0), True)


# "for years", "within weeks"; "could take weeks", "spent years in jail", "had to wait months"
_VAGUE_BEFORE = frozenset(
    (
        "for",
        "within",
        "after",
        "just",
        "only",
        "mere",
        "barely",
        "take",
        "takes",
        "took",
        "taken",
        "taking",
        "spent",
        "spend",
        "spends",
        "spending",
        "wait",
        "waited",
    )
)
# "over the years" is a length unless something bounds or names the years ("over the years of the war")
_OVER_THE_NOT = re.compile(
    r"\s*(?:(?:of|ahead|to|since|before|after|that|when|which|following|preceding|between|from|in|until)\b|\d)"
)
_VAGUE_NOT = r"\s+(?:of|ago|old|later|earlier|before|after|on\s+end)\b"
_IN_NOT = re.compile(r"\s+(?:past|gone|to\s+come|ahead|when|where|that|which)\b")  # "in years past"


# "months of talks": a bare plural measuring what follows (not "months of 1986", "years of age")
_LENGTH_OF = re.compile(r"\s+of\s+(?!(?:age|the\s+(?:year|month|week)|\d|19\d\d|20\d\d)\b)[a-z]")
# the words after which "months of talks" is a bare length: a verb or a preposition, not a determiner
# or an adjective ("the early years of", "those vital hours")
_LENGTH_OF_AFTER = frozenset(
    (
        "of to with by from amid despite through after before following follows followed end ended ends"
        " ending endured allow allows be been is was were are faced faces face involved involves required"
        " requires spent took takes take and in on during brought bring has have had"
    ).split()
)


_THEN = re.compile(r"\s+(?:later|after|before)\b")
# what makes a plural before "later" part of a longer phrase: a determiner, a possessive or an
# ordering adjective ("the first days after the vote", "in the early years after the war")
_NOT_BARE = frozenset(
    "the those these that this his her its their our my your of first last early final initial opening"
    " closing following previous next coming past recent".split()
)


def _opens_length_of(ctx: Context, start: int, prev: list[str]) -> bool:
    """Whether a bare plural before "of" stands alone: opening a sentence, or after a verb or preposition."""
    if not prev or ctx.text[start].isupper():
        return ctx.text[start].isupper()
    return prev[-1].strip("\"'“(") in _LENGTH_OF_AFTER


def _h_vague(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "for years", "within weeks": a duration of unknown length (PXY, PXW)."""
    if m["over"]:  # "over the years", "Over the weeks, ...": a length up to now (not "over the years of")
        if _OVER_THE_NOT.match(ctx.text, m.end()):
            return None
        letter, time_unit = UNITS[unit_of(m["u"])]
        return _Partial("DURATION", rs.duration_value(None, letter, time_unit))
    prev = ctx.before(m.start(), 10).split()
    in_years = prev and prev[-1] == "in" and not _IN_NOT.match(ctx.text, m.end())  # "in minutes to ..."
    if (
        _LENGTH_OF.match(ctx.text, m.end())
        and str.lower(m["u"]) != "minutes"  # "Minutes of the meeting": its record
        and _opens_length_of(ctx, m.start(), prev)
    ):
        # "follows months of talks", "the product of decades of inflation", "Years of war": a length
        letter, time_unit = UNITS[unit_of(m["u"])]
        return _Partial("DURATION", rs.duration_value(None, letter, time_unit))
    if _THEN.match(ctx.text, m.end()) and (not prev or prev[-1].strip("\"'“(") not in _NOT_BARE):
        # "Hours later the deal unravelled", "a demonstration days after the start of the war": a length
        # counted from an event, as "three days later" is (TimeML tags the length, "later" outside)
        letter, time_unit = UNITS[unit_of(m["u"])]
        return _Partial("DURATION", rs.duration_value(None, letter, time_unit))
    if not in_years and (not prev or prev[-1] not in _VAGUE_BEFORE):
        return None  # taken after "for", "within", "after", "just", and "in" (not "in years past")
    if prev[-1] == "after" and not re.match(r"\s+of\b", ctx.text[m.end() : m.end() + 4]):
        return None  # "after months of talks", but not "after days" (rare, and often a count cut off)
    blockers = _VAGUE_NOT
    if prev[-1] == "within":
        blockers = r"\s+(?:ago|old|later|earlier|before|after|on\s+end)\b"
    elif prev[-1] in ("just", "only", "mere", "barely"):
        blockers = r"\s+(?:ago|old|later|earlier|apart)\b"  # "just days before the deadline" is a length
    elif prev[-1] == "after":
        blockers = r"(?!)"
    if re.match(blockers, ctx.text[m.end() : m.end() + 12]):
        return None
    letter, time_unit = UNITS[unit_of(m["u"])]
    return _Partial("DURATION", rs.duration_value(None, letter, time_unit))


def _h_year_end(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "by year-end" (the end of this year), "since year-end" (the end of last year); "by year's
    end" is "the end of the year" in other words: the year with mod END, as the guidelines write it."""
    if ctx.ref is None:
        return _Partial("DATE", "XXXX" if m["poss"] else "XXXX-12-31", "END" if m["poss"] else None)
    back = ctx.before(m.start(), 8).endswith("since ") or ctx.tense(m.start(), m.end()) < 0
    year = ctx.ref.year - 1 if back else ctx.ref.year
    if m["poss"]:
        return _date("DATE", f"{year:04d}", True, "END")
    return _date("DATE", f"{year:04d}-12-31", True)


_CATAPHOR = re.compile(r"\s+(?:that|when|as|in\s+which)\b")
# what follows "the same month" when it is a comparison ("the same month last year", "... of 2003")
_COMPARED_WITH = re.compile(r"(?i)\s+(?:(?:last|a|as|one|of|in|the|previous|prior)\b|year-|\d)")


def _h_anaphor(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "that year", "later that year", "earlier that day": resolved in ``_post`` on the last date named."""
    if m["mu"]:  # "during the month": the month named just before, or nothing (see narrative)
        return _Partial("DATE", "XXXX-XX", kind="the-month")
    if m["arel"] and str.lower(m["au"]) == "day":  # "the day before": a day before the last date named
        return _Partial("DATE", "XXXX-XX-XX", kind="day+" if str.lower(m["arel"]) == "after" else "day-")
    if m["arel"]:  # "meet next week ... or the week after": one unit after the last date named
        unit = {"week": "W", "month": "M", "year": "Y"}[str.lower(m["au"])]
        forward = str.lower(m["arel"]) == "after"
        kind = "following" if forward else "preceding"
        if ctx.ref is None:  # still resolved on a date the text names (narrative), else unknown
            return _Partial("DATE", {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[unit], kind=kind)
        return _date("DATE", rs.shift(ctx.ref, unit, 1 if forward else -1), True, kind=kind)
    if m["nrel"]:  # "the next day", "the following morning": a day after the last date named
        tod = TIMES_OF_DAY.get(str.lower(m["nu"]))
        step = "+" if _norm(m["nrel"]) in ("next", "following") else "-"
        return _Partial(
            "TIME" if tod else "DATE", "XXXX-XX-XX" + (f"T{tod}" if tod else ""), kind="day" + step
        )
    unit = str.lower(m["u"])
    if unit == "day" and not (m["pre"] or m["same"] or _norm(m["that"]) == "the same"):
        # "redemptions that day": often hypothetical; TimeBank tags the marked forms. Kept only where a
        # day was named just before ("transferred on 14 December ... that day"; see narrative)
        return _Partial("DATE", "XXXX-XX-XX", kind="that-day")
    if unit in TIMES_OF_DAY:  # "that night", "later that evening": the part of the day last named
        return _Partial("TIME", f"XXXX-XX-XXT{TIMES_OF_DAY[unit]}", kind="anaphor")
    if _norm(m["that"]) == "the same" and (unit == "quarter" or _COMPARED_WITH.match(ctx.text, m.end())):
        return None  # "the same quarter", "the same month last year": comparisons, handled with quarters
    blank = {
        "year": "XXXX",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "week": "XXXX-WXX",
        "day": "XXXX-XX-XX",
    }[unit]
    if m.group(0)[0] == "T" and _CATAPHOR.match(ctx.text, m.end()):
        return _Partial(
            "DATE", blank, _mod(m["pre"]), kind="cataphor"
        )  # "The same year that England won": told after
    return _Partial("DATE", blank, _mod(m["pre"]), kind="anaphor")


def _h_adj_ago(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "year-earlier", "year-ago" used as adjectives: the previous year."""
    if ctx.ref is None:
        return _Partial("DATE", "XXXX")
    return _date("DATE", rs.shift(ctx.ref, "Y", -1), True)


_RATE = re.compile(
    r"(?i)(?:(?:\d(?:%|bn|mn|m|k|tn|p)?|percent|cents?|dollars?|times|once|twice|thrice|per|hundreds?|thousands?|millions?|billions?|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|dozens?)(?:\s+[a-z]+){0,2}(?:\s+of(?:\s+[a-z]+){1,2})?|\bper)\s*$"
)  # an amount and its unit, maybe "of" a thing: "60,000 barrels of fuel oil a day", "75p an hour"


_RATE_UNITS = frozenset({"year", "month", "week", "day", "hour"})
_NOT_A_RATE = re.compile(r"(?i)\b(?:for|in|within|of)\s+$")


def _h_period(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "the 1988 period", "the year-earlier period": a year, made a quarter by the quarter in context."""
    if m["year"]:
        return _date("DATE", m["year"], False)
    back = _norm(m["back"])
    if back in ("corresponding", "comparable", "same") and not m["tail"]:
        if "year" not in str.lower(m.group(0)):
            return None
    if ctx.ref is None:
        return _Partial("DATE", "XXXX")
    if back in ("latest", "current", "recent"):  # the period being reported: a quarter if one is in context
        return _date("DATE", rs.shift(ctx.ref, "Y", 0), True)
    return _date("DATE", rs.shift(ctx.ref, "Y", -1), True)


_YEAR_START = re.compile(r"(?:fiscal\s+)?(?:1[6-9]|20)\d\d\b")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|should|shall|must)\s+$")


_AGE_BEFORE = re.compile(r"(?i)(?:\bage\s+of|\baged)\s+$")


def _h_duration_value(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "three months", "the last three months", "the next two weeks", "a five-year plan", "24 hours"."""
    after = ctx.after(m.end(), 12)
    if after.startswith(("-old", " old", "-year-old", " of age")):
        return None
    if _AGE_BEFORE.search(ctx.before(m.start(), 16)):
        return None  # "under the age of 13 months", "aged 60 years": ages, not lengths
    if str.lower(m["unit"]) == "second" and _ORDINAL_AFTER.match(after):
        return None  # "three second-half goals": an ordinal, not a length of seconds
    if m["num"] and m["num"][0].isdigit() and ctx.text[m.start("num") - 1 : m.start("num")] == "/":
        return None  # "the 1986/87 year", "6-1/2-year": the number ends a split year or a fraction
    if m["unit"][0].isupper() and m["num"][0].isdigit():
        return None  # "60 Minutes", "48 Hours": titles
    if YEAR_NUMBER.fullmatch(m["num"]) and str.lower(m["unit"]) == "year":
        return None  # "the 1997 year": a calendar year named (the year is tagged), not 1,997 years
    num = m["num"]
    one_day = _norm(num) == "one" and str.lower(m["unit"]) == "day"
    if one_day and _MODAL_BEFORE.search(ctx.before(m.start(), 10)):
        return _Partial("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day to come
    amount = number_value(num) if num else 1
    if m["half"] and isinstance(amount, (int, float)):  # "a year and a half"
        amount += 0.5
    unit_word = unit_of(m["unit"])
    if unit_word == "century" and ctx.cricket_story():
        return None  # "a 55-ball half-century", "hit five centuries": a hundred runs, not a time
    letter, time_unit = UNITS[unit_word]
    plural = str.lower(m["unit"]).endswith("s") and unit_word != str.lower(m["unit"])
    if plural and amount == 1 and num and str.lower(num) in ("a", "an"):
        return None  # "a years" is not English; "a days" neither
    if num and str.lower(num) in ("a", "an") and not m["rel"]:
        if letter in ("Q", "S"):
            return None  # "a second time"
        if _RATE.search(ctx.text, max(0, m.start() - 30), m.start()) and not (
            _NOT_A_RATE.search(ctx.text, max(0, m.start() - 8), m.start()) or after[:2] in ("'s", "’s")
        ):  # ("£4.50 for an hour's session" is a length)
            if m["modq"] or m["dir"] or m["hi"] or m["tail"] or m["half"] or unit_word not in _RATE_UNITS:
                return None  # "$55 a night": a price per stay, not a calendar unit
            # "300 mln dlrs a year", "60,000 barrels a day", "£5.35 an hour": the rate's unit is a SET
            return _Partial("SET", rs.duration_value(1, letter, time_unit))
    if plural and "-" in m.group(0).replace("-1/2", ""):
        return None  # "three-quarters", "two-thirds"-like fractions ("3-1/2 years" is a length)
    if (
        str.lower(m["unit"]) == "quarter"
        and after.startswith(" of ")
        and not _YEAR_START.match(ctx.text, m.end() + 4)
    ):
        return None  # "one-quarter of those affected": a fraction
    value = rs.duration_value(None if m["hi"] else amount, letter, time_unit)  # a range: "two to three weeks"
    mod = _mod(m["modq"])
    if _norm(m["tail"]) == "or so":
        mod = "APPROX"
    rel = _norm(m["rel"] or m["rel2"])
    ref = ctx.ref
    direction = {"last": -1, "past": -1, "recent": -1, "preceding": -1, "next": 1, "coming": 1}.get(rel, 0)
    if not m["the"] and rel in ("last", "next") and not num:
        return None  # "last week" is a date, not a duration
    if ref is None or direction == 0 or not isinstance(amount, int) or m["hi"]:
        return _Partial("DURATION", value, mod)
    span = _span_back(ref, letter, amount, direction)
    if span is None:
        return _Partial("DURATION", value, mod)
    return _Partial("DURATION", value, mod, True, span)


_ORDINAL_AFTER = re.compile(r"[-–][a-z]")
# what a "last/first week" is part of: a year or a month named after it
_PART_OF = re.compile(
    r"(?i)\s+of\s+(?:(?:the|this|last|next)\s+(?:year|month)\b|(?:1[6-9]|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)[a-z]*\b)"
)


_VERB_LAST = re.compile(r"(?i)\b(?:to|will|would|could|may|might|should|can|cannot|not|'ll|’ll)\s+$")


def _h_duration(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Durations; "the 10-day (strike)" keeps only the hyphenated adjective, as TimeBank does."""
    if m["dir"] and (
        _norm(m["dir"]) == "later"
        or (_norm(m["dir"]) == "earlier" and UNITS[unit_of(m["unit"])][0] in ("D", "W", "H"))
    ):
        # "three days later", "four days earlier" count from an event, not from publication: TimeML
        # tags the duration ("a year earlier" stays a date: news writes it for the year before)
        found = _h_duration_value(m, ctx)
        return attrs.evolve(found, trim=len(m.group(0)) - m.start("dir") + m.start()) if found else None
    if m["dir"]:
        ago = _h_ago(m, ctx)
        return attrs.evolve(ago, kind="ago") if ago is not None else None
    found = _h_duration_value(m, ctx)
    verb = m["rel"] == "last" and not m["the"] and _VERB_LAST.search(ctx.before(m.start(), 12)) is not None
    if found is not None and verb:
        # "the trial is expected to last two months": the verb, then a length from no anchor
        return attrs.evolve(found, skip=m.start("num") - m.start(), anchored=False, interval=None)
    if found is None or m["rel"] or m["rel2"]:
        return found
    skip = _determiner_before_adjective(m) or determiner_before_bare_adjective(m, ctx)
    return attrs.evolve(found, skip=skip) if skip else found  # evolve is slow: only where needed


@lru_cache(maxsize=4096)
def _span_back(ref: dt.date, letter: str, amount: int, direction: int) -> tuple[str, str] | None:
    """The interval of an anchored duration: ``amount`` units before (or after) the anchor."""
    if letter in ("S", "H"):
        return ref.isoformat(), ref.isoformat()
    if letter in ("D", "W", "WE"):
        days = amount * {"D": 1, "W": 7, "WE": 7}[letter]
        other = ref + dt.timedelta(days=direction * days)
    else:
        months = amount * {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[letter]
        try:
            other = rs.add_months(ref, direction * months)
        except ValueError:
            return None
    # inclusive windows of exactly N units: "the last week" on a Tuesday is Wednesday..Tuesday
    lo, hi = (other + dt.timedelta(days=1), ref) if direction < 0 else (ref, other - dt.timedelta(days=1))
    return lo.isoformat(), hi.isoformat()


def _h_relunit(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "last week", "this year", "next month", "earlier this year", "the end of the year", "the weekend"."""
    if m["unit"][0].isupper() and m["rel"] and m["rel"][0].isupper():
        return None  # "This Week", "Next Year": titles of shows and papers
    unit = UNITS[str.lower(m["unit"])][0]
    rel = _norm(m["rel"])
    if rel == "same" and m.group(0)[0] == "T" and _CATAPHOR.match(ctx.text, m.end()):
        return None  # "The same year that England won": an anaphor told after (see _h_anaphor)
    pre = _norm(m["pre"])
    mod = _mod(pre) if pre in _MODS else None
    if m["orso"]:  # "the next year or so"
        mod = "APPROX"
    if _next_told_in_the_past(m, ctx, rel, unit):  # "The next year, it was ratified": after a date named
        if ctx.ref is None:
            return _Partial("DATE", "XXXX" if unit == "Y" else "XXXX-XX", mod, kind="following")
        return _date("DATE", rs.shift(ctx.ref, unit, 1), True, mod, kind="following")
    if m["the"] and rel in ("last", "past", "next", "coming") and not pre and unit in ("Y", "CE"):
        # TimeBank: "over the past year" names the previous calendar year ("the past decade" is the
        # ten years up to now, a length as "the past ten years" is: below)
        if ctx.ref is None:
            return _Partial("DATE", {"Y": "XXXX", "CE": "XX"}[unit], mod)
        return _date("DATE", rs.shift(ctx.ref, unit, _REL[rel]), True, mod)
    if m["the"] and rel in ("last", "past", "next", "coming") and not pre and (rel, unit) not in _COMING_UNIT:
        if _PART_OF.match(ctx.text, m.end()):
            return None  # "the last week of 2003": a part of the year named, not the week before publication
        value = rs.duration_value(1, unit, False)
        if ctx.ref is None:
            return _Partial("DURATION", value, mod)
        return _Partial("DURATION", value, mod, True, _span_back(ctx.ref, unit, 1, _REL[rel]))
    if rel == "the" and not pre and unit not in ("WE",):
        if unit == "Y" and ctx.ref is not None and ctx.tense(m.start(), m.end()) >= 0:
            return None
        if unit != "Y":
            return None
    ref = ctx.ref
    if ref is None:
        narrative = (
            rel in ("following", "previous", "preceding", "prior") and m["the"] and unit in ("Y", "M", "W")
        )
        blank = {
            "W": "XXXX-WXX",
            "WE": "XXXX-WXX-WE",
            "M": "XXXX-XX",
            "Q": "XXXX-QX",
            "Y": "XXXX",
            "DE": "XXX",
            "CE": "XX",
        }[unit]
        # "the following year" still moves from a date the text names (narrative), as with one
        kind = ("following" if rel == "following" else "preceding") if narrative else ""
        return _Partial("DATE", blank, mod, kind=kind)
    offset = 0 if rel == "the" else _REL.get(rel, 0)
    if unit == "WE":
        if offset < 0:
            sat = rs.weekday_near(ref, 6, -2)
        elif offset > 0:
            sat = rs.weekday_near(rs.weekday_near(ref, 6, 1), 6, 2)
        else:
            sat = rs.weekday_near(ref, 6, -1 if ctx.tense(m.start(), m.end()) < 0 else 1)
        return _date("DATE", rs.iso_week(sat) + "-WE", True, mod)
    if unit == "Q":
        return _date("DATE", rs.shift(ref, "Q", offset), True, mod)
    if rel in ("following", "previous", "preceding", "prior") and m["the"] and unit in ("Y", "M", "W"):
        # "the following year", "the previous year" move from the last date named (resolved in _post)
        kind = "following" if rel == "following" else "preceding"
        return _date("DATE", rs.shift(ref, unit, offset), True, mod, kind=kind)
    return _date("DATE", rs.shift(ref, unit, offset), True, mod)


# "the coming week (month)" is the next calendar week (month), as "the coming year" is the next year
# (check_dates_conll_s14 A: "talks in the coming week" → the next ISO week); "the next week" stays a length
_COMING_UNIT = frozenset((("coming", "W"), ("coming", "M")))


def _next_told_in_the_past(m: re.Match[str], ctx: Context, rel: str, unit: str) -> bool:
    """Whether "the next year" is told in the past after a year named shortly before ("The treaty was
    signed in 1998. The next year, it was ratified."): the year after the date named, as "the following
    year" (not "over the next year", "in the next month": a span from now)."""
    if rel != "next" or not m["the"] or unit not in ("Y", "M") or m["orso"]:
        return False
    if _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return False
    if not _NAMED_BEFORE[unit].search(ctx.text, max(0, m.start() - 300), m.start()):
        return False  # the year (month) it follows is named shortly before
    return ctx.tense(m.start(), m.end(), reporting=False) < 0


_NAMED_BEFORE = {
    "Y": re.compile(r"\b(?:1[89]|20)\d\d\b"),
    "M": re.compile(
        r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    ),
}
_SPAN_BEFORE = re.compile(r"(?i)\b(?:in|over|within|during|for|throughout|through|into)\s+$")


def _h_set(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Sets: "every Friday", "each year", "daily", "twice a week", "on Sundays"."""
    if m["fw"]:
        if m["fw"][0].isupper() and re.search(r"\w\s+$", ctx.before(m.start(), 4)):
            return None  # "the Newport News Daily Press": a paper's name
        if str.lower(m["fw"]) == "annual" and not _PER_YEAR_MEASURE.match(ctx.text, m.end()):
            return None  # "the annual meeting", "annual sales": an event or an amount, not a rate per year
        if str.lower(m["fw"]) == "daily" and re.match(r"\s+[A-Z]", ctx.text[m.end() : m.end() + 3]):
            return None  # "the official Ivorian daily Fraternite Matin": a newspaper
        return _Partial("SET", FREQ_WORDS[str.lower(m["fw"])])
    quant = _norm(m["q"]).upper() if m["q"] else None
    if m["times"]:
        unit = UNITS[unit_of(m["unit"])]
        times = _norm(m["times"])
        n = {"once": 1, "twice": 2, "thrice": 3}.get(times)
        if n is None:
            n_ = number_value(times.split()[0])
            n = n_ if isinstance(n_, int) else None
        return _Partial(
            "SET", rs.duration_value(1, unit[0], unit[1]), None, False, None, None, f"{n}X" if n else None
        )
    if m["swd"]:
        return _Partial("SET", f"XXXX-WXX-{WEEKDAYS[str.lower(m['swd'])]}", None, False, None, quant)
    if m["smon"]:
        return _Partial("SET", f"XXXX-{_month(m['smon']):02d}", None, False, None, quant)
    if m["stod"]:
        return _Partial("SET", f"TXX{TIMES_OF_DAY[str.lower(m['stod'])]}", None, False, None, quant)
    if m["pwd2"]:  # "Tuesday nights"
        tod = TIMES_OF_DAY[str.lower(m["ptod"])[:-1]]
        return _Partial("SET", f"XXXX-WXX-{WEEKDAYS[str.lower(m['pwd2'])]}T{tod}", None, False, None, "EVERY")
    if m["pwd"]:
        return _Partial("SET", f"XXXX-WXX-{WEEKDAYS[str.lower(m['pwd'])[:-1]]}", None, False, None, "EVERY")
    unit = UNITS[unit_of(m["sunit"])]
    amount = number_value(m["snum"]) if m["snum"] else 1
    if m["other"]:
        amount = 2
    return _Partial("SET", rs.duration_value(amount, unit[0], unit[1]), None, False, None, quant)


_MOVING = MappingProxyType(
    {
        "thanksgiving": (11, 4, 4),
        "thanksgiving day": (11, 4, 4),
        "labor day": (9, 1, 1),
        "memorial day": (5, 1, -1),
        "mother's day": (5, 7, 2),
        "father's day": (6, 7, 3),
    }
)


def _holiday_date(name: str, year: int) -> dt.date:
    """The date of a holiday in ``year``."""
    if name in HOLIDAYS:
        month, day = HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in ("easter", "easter sunday"):
        return rs.easter(year)
    if name == "good friday":
        return rs.easter(year) - dt.timedelta(days=2)
    month, weekday, n = _MOVING[name]
    if n < 0:
        return (
            rs.nth_weekday(year, month, weekday, 5)
            if rs.nth_weekday(year, month, weekday, 5).month == month
            else rs.nth_weekday(year, month, weekday, 4)
        )
    return rs.nth_weekday(year, month, weekday, n)


# objects named after a holiday: the holiday's day is not meant
_HOLIDAY_THING = re.compile(
    r"(?i)\s+(?:trees?|cards?|crackers?|puddings?|presents?|gifts?|carols?|decorations?|lights|stockings?"
    r"|jumpers?|costumes?|masks?|eggs?|bunny|baskets?|hampers?|honours|honors|singles?|albums?|songs?"
    r"|specials?|messages?|number\s+ones?)\b"
)


def _h_holiday(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Holidays: Christmas, New Year's Day, Thanksgiving, Easter (with a year or resolved by tense)."""
    name = _norm(m["hol"]).replace("’", "'")
    if name == "new year" and not re.match(r"New\s+Year", m["hol"]):
        return None  # "the new year": the coming year, not the holiday
    # "a Christmas tree", "the New Year Honours", "Father Christmas": things and names, not days; but
    # "pre-Christmas special offers" names a time
    prefixed = ctx.before(m.start(), 5).endswith(("pre-", "post-"))
    thing = _HOLIDAY_THING.match(ctx.text, m.end()) is not None and not prefixed
    if thing or ctx.before(m.start(), 7).endswith("father "):
        return None
    if m["year"]:
        return _date("DATE", _holiday_date(name, int(m["year"])).isoformat(), False)
    ref = ctx.ref
    if ref is None:  # the year is unknown; a fixed holiday still gives its day ("Christmas": XXXX-12-25)
        fixed = HOLIDAYS.get(name)
        return _Partial("DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX")
    rel = _norm(m["rel"])
    this_year = _holiday_date(name, ref.year)
    tense = -1 if rel == "last" else 1 if rel == "next" else ctx.tense(m.start(), m.end())
    day = this_year
    if tense < 0 and this_year > ref:
        day = _holiday_date(name, ref.year - 1)
    elif tense > 0 and this_year < ref:
        day = _holiday_date(name, ref.year + 1)
    elif tense == 0:  # no tense: the nearest one ("New Year's Eve" on January 4 is the one just past)
        near = (_holiday_date(name, ref.year + d) for d in (-1, 0, 1))
        day = min(near, key=lambda d: abs((d - ref).days))
    return _date("DATE", day.isoformat(), True)


def _h_relunit_any(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Dispatch the three shapes of the relunit pattern."""
    if m["we"]:
        return _h_relunit_we(m, ctx)
    if m["unit2"]:
        return _h_relunit_the(m, ctx)
    return _h_relunit(m, ctx)


def _h_relunit_we(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "the weekend": the weekend nearest the anchor in the clause's tense."""
    ref = ctx.ref
    if ref is None:
        return _Partial("DATE", "XXXX-WXX-WE")
    sat = rs.weekday_near(ref, 6, -1 if ctx.tense(m.start(), m.end()) <= 0 else 1)
    return _date("DATE", rs.iso_week(sat) + "-WE", True)


def _h_relunit_the(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "the end of the year": the anchor's year (month, week) with a START/MID/END mod."""
    unit = UNITS[str.lower(m["unit2"])][0]
    mod = _mod(_norm(m["pre2"]).removesuffix(" of") + " of")
    if ctx.ref is None:
        return _Partial(
            "DATE", {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}[unit], mod
        )
    return _date("DATE", rs.shift(ctx.ref, unit, 0), True, mod)
