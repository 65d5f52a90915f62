"""The news conventions of the quantities guideline, applied after the scan and its context pass.

Each step reads a few words around an amount the scan found and applies one written convention:
a fraction or proportion in words is no amount ("more than half", "one in five"); a level crossed
in a change keeps its bound, not a direction ("fell below 139 yen" -> under); "surpassed four
million" is more than four million; "N times" counts occasions; money lost is an amount, not a
fall; "five of the last six years" counts periods of time (a duration); a margin "1/10 point above
SIBOR" is in percentage points; "a million others" counts nothing a noun names.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from fractions import Fraction
from typing import Final

from .context import is_change_word, with_modifier
from .found import Found, replaced
from .lexicon import MONTHS
from .numbers import Words
from .odds import slash_not_amount
from .rate_units import counted_rate

__all__ = ["apply_conventions", "is_word_fraction"]


def apply_conventions(words: Words, found: Sequence[Found], fractions: bool = False) -> list[Found]:
    """The amounts with the guideline's news conventions applied (some are dropped, age bands
    added); fractions in words ("half", "a third") are kept only when ``fractions``."""
    bands = _age_bands(words) if "over-" in words.text or "under-" in words.text else None
    if bands:
        found = sorted([*found, *bands], key=lambda f: f.start)
    out: list[Found] = []
    lower = words.lower
    n = words.size
    for f in found:
        if f.unit_text == "Cent":
            continue  # "US rapper 50 Cent": a name ("50 cents" is money)
        if f.modifier == "at_most" and f.change is None:
            f = _raised_up_to(words, f)  # "pushed rates up to 2.25%": a level reached, no bound
            if f.modifier == "at_most" and out and f.start == f.core_start:
                f = _bracketed_total(words, out[-1], f)  # its conversion: "up to $43.1m (£23.1m)"
        if f.modifier is not None and f.change is None and f.kind != "number":
            out.append(f)  # ("over 3,000 km", "about $5m": none of the steps below applies)
            continue
        first = bisect_left(words.starts, f.start)
        last = max(first, bisect_left(words.starts, f.end, first) - 1)
        after = lower[last + 1] if last + 1 < n else ""
        if f.kind == "number" and f.unit is None:
            if out and out[-1].kind == "percent" and f.counted is None and f.modifier is None:
                f = _parallel_percent(words, out[-1], f)
        if f.kind == "number" and f.unit is None:
            if not fractions and is_word_fraction(words, f):
                continue
            if first == last and "/" in words.texts[first] and slash_not_amount(words, first):
                continue  # "odds of 4/6", "6-7 (3/7)", "the weekend of 8/9 January": no fraction
            if f.modifier == "range" and _span_of_years(words, f):
                continue  # "its 1983 to 1985 regulatory accounting statements": years, a period
            if after == "of" and _periods_of_time(words, last):
                continue  # "five of the last six years": a duration, which the dates layer owns
            if first == last and _second_day(words, f, first, last):
                continue  # "on May 25 and 26": a date
            if first == last and _clock_decade_or_year(words, first):
                continue  # "at four o'clock", "70's music", "in '94": a time, a decade, a year
            if after[:1].isalpha() and _address_or_idiom(words, first, last):
                continue  # "10 Downing Street", "zero tolerance": a street number, an idiom
            if lower[first] == "one" and _pronoun_one(words, f, first):
                continue  # "one official told Reuters", "write one himself", "no-one": not a count
            if first >= 1 and lower[first - 1] in _RANK_BEFORE and _chart_rank(words, f, first):
                continue  # "slipped one place to four", "entered the chart at six": a rank
            if after == "to" and f.counted is None and lower[last + 2 : last + 3] == ("number",):
                continue  # "moved up three to number two": places climbed in a chart, a rank
            if first >= 2 and lower[first - 1] == "last" and _round_name(words, f, first):
                continue  # "into the last 16", "the last eight of the Champions League": a round
            if first >= 2 and lower[first - 1] in ("front", "back") and _team_unit(words, f, first):
                continue  # "their front five", "the back four": a unit of a team, a name
            if f.modifier in ("over", "under") and lower[first] in _PLACE_WORDS and f.value == 1:
                f = _place_of_one(words, f, first)  # "under one government": a place, no bound
            if after == "times" and _multiple(words, last):
                continue  # "four times as fast", "400 times more likely": a multiple, no amount
            if first >= 1 and f.modifier is None and (lower[first - 1] in _INDEX_NAMES or _s_and_p(words, f)):
                continue  # "the FTSE 100 index", "Fortune 500 companies": the number names a list
            if after == "times":
                f = _occasions(words, f, first, last)
            elif f.counted is not None and lower[f.counted[1]] == "time" and f.change is not None:
                f = replaced(f, change=None, change_to=None)  # "added the two-time winner": a count
            elif f.counted is not None:
                f = _pronoun_counted(words, _rate_margin(words, f))
        if f.change is not None:
            f = _added_up(words, f, first)
            if out:
                f = _bracketed_total(words, out[-1], f)  # "($214.6bn)" after the total
            if f.modifier in ("over", "under"):
                f = _level_crossed(words, f)
            if f.kind == "currency":
                f = _money_lost(words, f, first)
        elif f.modifier is None and f.value is not None:
            if first >= 1 and lower[first - 1] in _PASSED:
                f = _surpassed(words, f, first)
            if after in _MORE or after in _LESS:
                f = _compared_by(words, f, last)
        out.append(f)
    return out


_PLACE_WORDS: Final = frozenset({"under", "over", "above", "below"})


def _place_of_one(words: Words, f: Found, first: int) -> Found:
    """ "to be under one government", "sent over one radio band": the word places a thing counted
    by "one" (a preposition), it does not bound the count; the span starts at "one"."""
    if f.counted is None or first + 1 >= words.size or words.lower[first + 1] != "one":
        return f
    return _unmodified(words, f, first + 1)


def _added_up(words: Words, f: Found, first: int) -> Found:
    """ "imports added up to 22,201bn yen": "add up to" totals; "up to" is no bound, "added" no rise."""
    if f.modifier != "at_most" or f.kind == "percent" or first < 1 or first + 2 >= words.size:
        return f  # ("shares added up to 5%": rose by as much as 5%)
    if words.lower[first] != "up" or words.lower[first - 1] not in _ADD or words.lower[first + 1] != "to":
        return f
    return replaced(_unmodified(words, f, first + 2), change=None, change_to=None)


def _raised_up_to(words: Words, f: Found) -> Found:
    """ "pushed rates up to 2.25%", "took its stake up to 29.9%", "have gone up to $8,400": "up" is
    the particle of a verb that raises something and "to" leads to the level reached, so the amount
    is exact; a transitive verb needs its object before "up" ("could take up to 18 months", "send
    up to 30,000 soldiers" keep their bound), and the object holds no preposition or clause word."""
    first = bisect_left(words.starts, f.start)
    lower = words.lower
    if first < 1 or first + 2 >= words.size or lower[first] != "up" or lower[first + 1] != "to":
        return f
    if lower[first - 1] in _GO:
        return _unmodified(words, f, first + 2)
    for k in range(first - 2, max(-1, first - 2 - _OBJECT_WORDS), -1):
        word = lower[k + 1]
        if word in _NOT_IN_OBJECT or not (word[:1].isalnum() or word in _POSSESSIVE):
            return f
        if lower[k] in _RAISING:
            return _unmodified(words, f, first + 2)
    return f


# "go up to": the level a thing reaches (its subject rises)
_GO: Final = frozenset("go goes going went gone".split())
# verbs of raising whose object goes "up to" a level: "pushed rates up to 2.25%", "sent oil up to $50"
_RAISING: Final = frozenset(
    """
    push pushes pushed pushing take takes took taken taking bring brings brought bringing drive drives
    drove driven driving send sends sent sending put puts putting lift lifts lifted lifting ratchet
    ratchets ratcheted ratcheting jack jacks jacked jacking bump bumps bumped bumping hike hikes hiked
    hiking force forces forced forcing
    """.split()
)
_POSSESSIVE: Final = frozenset({"'s", "\u2019s", "'", "\u2019"})  # "the firm's stake"
_OBJECT_WORDS: Final = 5  # words of an object between the verb and "up" ("their 2004 earnings")
# words no short object holds: a preposition, a conjunction or an auxiliary opens another phrase
_NOT_IN_OBJECT: Final = frozenset(
    """
    of in on at for with from by to into onto over under about and or but nor that which who whom as
    than if when while because is are was were be been being has have had will would could can may
    might should must not up down off out
    """.split()
)


def _bracketed_total(words: Words, previous: Found, f: Found) -> Found:
    """Money in brackets after money ("22,201bn yen ($214.6bn)", "lost her £7.5m ($14.6m) case") is
    the same amount converted: when the first is no change and has no bound, neither has it."""
    if previous.change is not None or previous.modifier is not None or f.value is None:
        return f
    if f.kind != "currency" or previous.kind != "currency":
        return f
    between = words.text[previous.end : f.start].strip()
    if between != "(" and not (between == ";" and words.text[f.end : f.end + 1] == ")"):
        return f  # ("(£398m; $768m)": the last of the brackets too)
    exact = f.modifier is not None
    return replaced(
        f,
        modifier=None,
        change=None,
        change_to=None,
        low=f.value,
        high=f.value,
        low_inclusive=exact or f.low_inclusive,
        high_inclusive=exact or f.high_inclusive,
    )


_ADD: Final = frozenset("add adds added adding".split())


def _unmodified(words: Words, f: Found, k: int) -> Found:
    """``f`` without its modifier, its span starting at word ``k``, its value exact."""
    return replaced(
        f,
        start=words.starts[k],
        core_start=words.starts[k],
        modifier=None,
        low=f.value,
        high=f.value,
        low_inclusive=True,
        high_inclusive=True,
    )


def _span_of_years(words: Words, f: Found) -> bool:
    """Whether a range is a span of years ("1983 to 1985", "1998-2004"): both ends written as four
    digits from 1800 to 2099, at most 30 apart, with no unit."""
    if f.low is None or f.high is None or not 0 < f.high - f.low <= 30:
        return False
    return _YEAR_SPAN.fullmatch(words.text[f.start : f.end]) is not None


_YEAR_SPAN = re.compile(r"(?:between\s+|from\s+)?(?:1[89]|20)\d\d\s*(?:to|-|–|and|or)\s*(?:1[89]|20)\d\d")


def _parallel_percent(words: Words, previous: Found, f: Found) -> Found:
    """ "put the Tories on 43 pct, Labour on 35 and the Alliance on 20 pct": a bare number in a
    list of shares after a percentage is a percentage too (a sign written once for parallel amounts)."""
    between = words.text[previous.end : f.start]
    if f.value is None or not 0 < f.value <= 100 or len(between) > 60 or not _LIST_ITEM.fullmatch(between):
        return f
    return replaced(f, unit="percent", kind="percent")


# ", Labour on", " and the Alliance with", ", Labour": the next item of a list of shares
_LIST_ITEM: Final = re.compile(r"\s*(?:,|,? and)\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){1,4}(?:on|with|at)?\s*")


def _age_bands(words: Words) -> list[Found]:
    """ "one over-60 woman", "the over-70s", "under-18s": an age band describing people is an age
    (the guideline's clarification); "the under-21 squad", "England Under-21" name a team."""
    out: list[Found] = []
    lower, texts, n = words.lower, words.texts, words.size
    for k in words.digit_words:
        if k < 2 or texts[k - 1] != "-" or lower[k - 2] not in ("over", "under") or words.gap(k - 1):
            continue
        if words.gap(k) or not texts[k - 2].islower() or not texts[k].isdigit() or len(texts[k]) != 2:
            continue
        last = k + 1 if k + 1 < n and texts[k + 1] == "s" and words.gap(k + 1) == 0 else k
        following = lower[last + 1] if last + 1 < n else ""
        if following in _TEAM_WORDS or (last + 1 < n and texts[last + 1][:1].isupper()):
            continue  # "the under-21 squad", "the under-19 World Cup": a team or an event
        value = Fraction(int(texts[k]))
        over = lower[k - 2] == "over"
        band = Found(
            start=words.starts[k - 2],
            end=words.ends[last],
            core_start=words.starts[k],
            number_start=words.starts[k],
            number_end=words.ends[k],
            value=value,
            low=value,
            high=value,
            modifier=None,
            unit="year",
            unit_text=None,
            kind="age",
        )
        out.append(with_modifier(band, "over" if over else "under", value))
    return out


_TEAM_WORDS: Final = frozenset(
    "squad side team level tournament international internationals game games league championship cup "
    "coach captain player players football rugby cricket".split()
)


def is_word_fraction(words: Words, f: Found) -> bool:
    """ "half", "almost a third", "one in five": a fraction or proportion in words, no amount."""
    if f.value is None or f.value.denominator == 1 or f.kind != "number" or f.unit is not None:
        return False
    if not 0 < f.value < 1:
        return False
    written = words.text[f.number_start : f.number_end]
    return not any(c.isdigit() for c in written) or _PROPORTION.search(written) is not None


# "One in 10 adult Americans", "1 out of 3": a proportion, however its numbers are written
_PROPORTION: Final = re.compile(r"\s(?:in|out\s+of)\s", re.IGNORECASE)


def _periods_of_time(words: Words, last: int) -> bool:
    """ "five of the last six years", "in three of the past four months": counts of periods."""
    k = last + 1
    lower = words.lower
    if k + 4 >= words.size or lower[k] != "of" or lower[k + 1] != "the" or lower[k + 2] not in _PERIOD_WHICH:
        return False
    return (lower[k + 3].isalpha() and lower[k + 4] in _PERIODS) or lower[k + 3] in _PERIODS


def _second_day(words: Words, f: Found, first: int, last: int) -> bool:
    """ "on May 25 and 26", "April 27 and 28", "on 25 and 26 May": a day joined to a date."""
    if f.value is None or f.modifier is not None or f.counted is not None or first != last:
        return False
    if not (words.is_digits(first) and 1 <= f.value <= 31 and f.value.denominator == 1):
        return False
    lower = words.lower
    if (
        first >= 3
        and lower[first - 1] in _DAY_JOINS
        and words.is_digits(first - 2)
        and lower[first - 3] in MONTHS
    ):
        return len(words.texts[first - 2]) <= 2
    n = words.size
    return (
        last + 3 < n
        and lower[last + 1] in _DAY_JOINS
        and words.is_digits(last + 2)
        and len(words.texts[last + 2]) <= 2
        and lower[last + 3] in MONTHS
    )


def _clock_decade_or_year(words: Words, k: int) -> bool:
    """Whether the number at word ``k`` is a time of day ("four o'clock"), a decade ("70's",
    "1980's": a round number glued to "'s") or a year in short ("in '94")."""
    texts, n = words.texts, words.size
    if k + 1 < n and words.lower[k + 1] in ("o'clock", "o’clock"):
        return True
    if not words.is_digits(k):
        return False
    glued_s = k + 2 < n and texts[k + 1] in ("'", "’") and texts[k + 2] == "s" and words.gap(k + 1) == 0
    if glued_s and words.gap(k + 2) == 0 and texts[k].endswith("0") and len(texts[k]) in (2, 4):
        return True
    return len(texts[k]) == 2 and k >= 1 and texts[k - 1] in ("'", "’") and words.gap(k) == 0 and (
        k < 2 or words.gap(k - 1) > 0
    )


def _address_or_idiom(words: Words, first: int, last: int) -> bool:
    """ "10 Downing Street", "221B Baker Street" (a street number), "zero tolerance" (an idiom)."""
    k = last + 1
    texts = words.texts
    if first == last and words.lower[first] == "zero" and words.lower[k] in _ZERO_IDIOMS:
        return True
    if not texts[k][:1].isupper() or words.gap(k) > 1:
        return False
    street = k + 1 < words.size and texts[k + 1][:1].isupper() and words.lower[k + 1] in _STREETS
    return street and words.is_digits(first) and first == last


def _pronoun_one(words: Words, f: Found, first: int) -> bool:
    """ "no-one", "write one himself", "go one better", "make one up", or "one" as "a certain"."""
    if (
        first >= 2
        and words.lower[first - 1] == "-"
        and words.lower[first - 2] == "no"
        and words.gap(first) == 0
    ):
        return True
    if f.counted is None:
        return False
    if _one_and_another(words, f.counted[1]) or _one_after_be(words, first):
        return True
    return words.lower[f.counted[1]] in _NOT_COUNTED_BY_ONE or _a_certain_one(words, f, first)


def _one_and_another(words: Words, head: int) -> bool:
    """ "swap one opt-out for another", "favouring one religion over another", "elected for one
    party then defecting to another", "to one ear before the other": "one" set against "another"
    or "the other", not a count."""
    lower = words.lower
    for k in range(head + 1, min(head + 7, words.size - 1)):
        other = lower[k + 1] == "another" or (
            lower[k + 1] == "the" and tuple(lower[k + 2 : k + 3]) == ("other",)
        )
        if other and lower[k] in ("and", "or") and not _verb_between(words, head, k):
            return True  # "between one side and another", "one prize for dramas and the other"
        if lower[k] in _CLAUSE_ENDS:
            return False
        if other and lower[k] in _CONTRAST_BEFORE:
            return True
    return False


def _verb_between(words: Words, head: int, k: int) -> bool:
    """Whether a verb may stand between the noun of "one" and "and another" ("one soldier was killed
    and another wounded" counts the one killed): a form of "be" or "have", or a word in "-ed"."""
    return any(w in _BE or w in _HAVE or w.endswith("ed") for w in words.lower[head + 1 : k])


def _one_after_be(words: Words, first: int) -> bool:
    """ "That is one reason why", "is said to be one firm on its list": "one" after a form of "be"
    classes its subject (as "a" does); "there is one doctor", "there used to be one" count."""
    lower = words.lower
    return first >= 2 and lower[first - 1] in _BE and "there" not in lower[max(0, first - 4) : first - 1]


_BE: Final = frozenset("is was be been are were being 's".split())
_HAVE: Final = frozenset("has have had".split())
_CONTRAST_BEFORE: Final = frozenset("for over to from into than against before after".split())
_CLAUSE_ENDS: Final = frozenset({",", ";", ":", ".", "and", "but", "while", "whereas", "which", "who"})


_NOT_COUNTED_BY_ONE: Final = frozenset(
    "himself herself itself themselves yourself better up out got known due".split()
)


def _a_certain_one(words: Words, f: Found, first: int) -> bool:
    """ "one official told Reuters", "One person said", "said one over-60 woman": "one" in the sense
    of "a certain" before or after a verb of saying (the guideline's clarification)."""
    if f.counted is None or first != bisect_left(words.starts, f.core_start):
        return False
    k = f.counted[1] + 1
    if k < words.size and words.lower[k] in _SAYING:
        return True
    if not (first >= 1 and words.lower[first - 1] in _SAYING):
        return False
    # the speaker after the verb ("wrote one reviewer in the magazine", "said one woman who took
    # part"), not the subject of what is said ("said one joint system would be simpler")
    return k >= words.size or not words.texts[k].isalpha() or words.lower[k] in _AFTER_SPEAKER


_AFTER_SPEAKER: Final = frozenset("in of at from who with on for and".split())
_SAYING: Final = frozenset(
    "said says told tells added adds explained explains wrote writes argued argues recalled warned "
    "claimed claims insisted insists admitted admits suggested suggests noted notes".split()
)
_ZERO_IDIOMS: Final = frozenset({"tolerance", "hour", "sum"})
_STREETS: Final = frozenset(
    "street st road rd avenue ave lane square place drive boulevard terrace crescent gardens".split()
)
_DAY_JOINS: Final = frozenset({"and", "or", "to", "-", "–"})
_PERIOD_WHICH: Final = frozenset("last past next previous first coming following".split())
_PERIODS: Final = frozenset("days weeks months years decades seasons quarters".split())


def _occasions(words: Words, f: Found, first: int, last: int) -> Found:
    """ "won the title six times", "raised rates five times since June": a count of ``times``
    ("three times a day" a rate); a multiple ("six times as much", "by 10 times", "leaped 500,000
    times") or a proportion ("nine times out of 10") stays bare."""
    k = last + 1
    if f.counted is not None or f.value is None or k >= words.size or words.lower[k] != "times":
        return f
    if words.gap(k) > 1 or f.value.denominator != 1:
        return f
    after = words.lower[k + 1] if k + 1 < words.size else "."
    if after in _MULTIPLE_AFTER or (after.endswith("er") and after.isalpha()):
        return f
    if first >= 1 and (words.lower[first - 1] == "by" or is_change_word(words, first - 1)):
        return f
    if after == "out" and k + 2 < words.size and words.lower[k + 2] == "of":
        return f
    per = counted_rate(words, k + 1)
    if per is not None:
        return replaced(f, unit=f"times/{per}")
    return replaced(f, counted=(k, k))


def _multiple(words: Words, last: int) -> bool:
    """Whether "N times" at ``last`` is a multiple in words ("six times as much", "ten times
    faster", "four times what it is"), which the guideline leaves out like "twice"."""
    k = last + 2
    if k >= words.size or words.gap(k - 1) > 1 or words.gap(k) > 1:
        return False
    after = words.lower[k]
    if after == "as":  # "six times as much as": not "breached four times as Ulster managed five wins"
        following = words.texts[k + 1] if k + 1 < words.size else ""
        return following.isalpha() and following.islower() and following not in _AS_CONJUNCTION
    return after in _COMPARED or (after.endswith("er") and after.isalpha() and after not in _NOT_COMPARATIVE)


_COMPARED: Final = frozenset(
    "more less what higher lower bigger larger greater smaller faster slower better worse cheaper "
    "longer shorter".split()
)
_AS_CONJUNCTION: Final = frozenset(
    "the a an he she it they we i you his her their its this that these those well part if though".split()
)
_NOT_COMPARATIVE: Final = frozenset("after over under other either never ever whether together".split())
_INDEX_NAMES: Final = frozenset(
    {"ftse", "nikkei", "dax", "cac", "stoxx", "fortune", "russell", "topix", "asx", "poor's", "poor\u2019s"}
)


def _s_and_p(words: Words, f: Found) -> bool:
    """Whether the amount follows "S&P " (the S&P 500 index names a list of companies)."""
    return words.text[max(0, f.start - 4) : f.start] == "S&P "


_MULTIPLE_AFTER: Final = frozenset(
    "as more less the that what its their his her our this over higher lower bigger larger greater "
    "smaller faster slower better worse cheaper longer shorter".split()
)


def _rate_margin(words: Words, f: Found) -> Found:
    """ "1/10 point above the Singapore inter-bank offered rate": the points of an interest-rate
    margin are percentage points (the guideline's clarification), not index points."""
    if f.counted is None or words.lower[f.counted[1]] not in ("point", "points"):
        return f
    k = f.counted[1] + 1
    if k >= words.size or words.lower[k] not in ("above", "over", "below", "under"):
        return f
    if _RATES.isdisjoint(words.lower[k + 1 : k + 8]):
        return f
    return replaced(f, unit="percentage_point", counted=None)


_RATES: Final = frozenset("libor sibor pibor hibor euribor prime rate offered treasuries treasury".split())


def _pronoun_counted(words: Words, f: Found) -> Found:
    """ "over a million others": a pronoun names nothing counted (the guideline's unit null)."""
    if f.counted is not None and f.counted[0] == f.counted[1] and words.lower[f.counted[1]] in _PRONOUNS:
        return replaced(f, counted=None)
    return f


_PRONOUNS: Final = frozenset({"others", "ones", "more"})


def _level_crossed(words: Words, f: Found) -> Found:
    """ "the dollar fell below 139 yen", "dropped below 50%": the level crossed keeps its bound
    (under/over), not the change's direction (the guideline's clarification)."""
    first = bisect_left(words.starts, f.start)
    if f.modifier not in ("over", "under") or words.lower[first] not in _LEVEL_WORDS or first < 1:
        return f
    if words.lower[first - 1] not in _CROSSING:
        return f  # ("growth above 9%": a growth rate is a change, whatever its bound)
    return replaced(f, change=None, change_to=None)


_LEVEL_WORDS: Final = frozenset({"above", "below", "beyond", "past"})
_CROSSING: Final = frozenset(
    """
    rose rise rises rising risen climbed climb climbs climbing jumped jump jumps jumping soared
    soar soars surged surge surges rallied rally rallies moved move moves went go goes pushed push
    fell fall falls falling fallen dropped drop drops dropping declined decline declines slipped
    slip slips slid slide slides slumped slump slumps plunged plunge plunges sank sink sinks dipped
    dip dips tumbled tumble tumbles eased ease eases
    """.split()
)


def _money_lost(words: Words, f: Found, first: int) -> Found:
    """ "had lost $145m on its investments": money lost is an amount (like savings and fines);
    a price that "lost 12 cents" is still a fall."""
    if f.change != "down" or f.kind != "currency" or f.value is None or f.value < 10**5:
        return f
    k = first - 1
    while k >= 0 and words.lower[k] in _BEFORE_MONEY:
        k -= 1
    if k < 0 or words.lower[k] not in _LOST:
        return f
    j = k - 1
    while j >= 0 and words.lower[j] in (
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "been",
        "may",
        "could",
        "will",
    ):
        j -= 1
    if j >= 0 and words.lower[j] in _LEVELS:
        return f  # "the figure lost $5m", "shares lost 12 cents": a level that falls
    return replaced(f, change=None, change_to=None)


_LOST: Final = frozenset("lost lose loses losing".split())
_LEVELS: Final = frozenset(
    """
    figure figures price prices share shares stock stocks index value values revenue revenues sales
    profit profits earnings income dollar pound euro yen currency market markets output spending
    """.split()
)
# words between "lost" and the money: "lost a $5m case", "lost her £7.5m case"
_BEFORE_MONEY: Final = frozenset(
    "a an about around some nearly almost more than her his its their our my your".split()
)


def _surpassed(words: Words, f: Found, first: int) -> Found:
    """ "had now surpassed four million", "topped $50": a level passed is more than it (over)."""
    if first < 1 or words.lower[first - 1] not in _PASSED or f.value is None:
        return f
    return with_modifier(f, "over", f.value)


def _compared_by(words: Words, f: Found, last: int) -> Found:
    """ "13% greater than last year", "20% more expensive than", "5% less than": the size of a
    difference is a rise (or a fall), as the guideline's clarification reads comparisons."""
    if f.kind not in ("percent", "currency") or f.change is not None:
        return f
    k = last + 1
    n = words.size
    if k + 1 >= n or words.gap(k) > 1:
        return f
    word = words.lower[k]
    direction = "up" if word in _MORE else "down" if word in _LESS else None
    if direction is None:
        return f
    if words.lower[k + 1] == "than" or (
        k + 2 < n and words.lower[k + 2] == "than" and word in ("more", "less")
    ):
        return replaced(f, change=direction)  # ("more expensive than": one adjective after more/less)
    return f


_MORE: Final = frozenset("more greater higher bigger larger dearer costlier faster stronger".split())
_LESS: Final = frozenset("less lower smaller cheaper fewer slower weaker".split())
_PASSED: Final = frozenset(
    "surpassed surpass surpasses surpassing exceeded exceed exceeds exceeding topped tops topping".split()
)


_RANK_BEFORE: Final = frozenset({"at", "to", "from"})
# a sentence about a ranking: a chart, places moved or held, a top 10, "number one"
_RANKING: Final = re.compile(
    r"\bcharts?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|\w+th|first|second|third)"
    r" places?\b|\btop (?:5|10|20|40|five|ten|twenty|forty)\b|\bnumber (?:one|two|three|four|five)\b"
    r"|\bin the world\b|\brankings?\b",  # "slipped to 64 in the world", "to 12 in the rankings"
    re.IGNORECASE,
)


def _round_name(words: Words, f: Found, first: int) -> bool:
    """Whether "the last 16" (4, 8, 32) names a round of a knock-out competition, a designation:
    no noun is counted, or only a name ("the last eight of the Champions League")."""
    if words.lower[first - 2] != "the" or f.modifier is not None or f.value not in _ROUNDS:
        return False
    return f.counted is None or words.texts[f.counted[1]][:1].isupper()


_ROUNDS: Final = frozenset({4, 8, 16, 32})


def _team_unit(words: Words, f: Found, first: int) -> bool:
    """Whether "the front five", "their back three" names a unit of a team (a designation): a
    number word after a determiner and "front"/"back", counting no noun."""
    if f.counted is not None or f.modifier is not None or words.is_digits(first):
        return False
    return words.lower[first - 2] in _DETERMINERS_OF_TEAMS


_DETERMINERS_OF_TEAMS: Final = frozenset("the their our his its your".split())


def _chart_rank(words: Words, f: Found, first: int) -> bool:
    """Whether a bare count after "at", "to" or "from" is a place in a ranking: "Halo 2 dropped one
    place to five", "Erasure entered the chart at four" (ranks are not amounts, the guideline says)."""
    if f.counted is not None or f.modifier is not None or f.value is None:
        return False
    if f.value.denominator != 1 or not 0 < f.value <= 100:
        return False
    text = words.text
    start = max(text.rfind(". ", 0, f.start), text.rfind("\n", 0, f.start)) + 1
    end = text.find(". ", f.end)
    return _RANKING.search(text, start, len(text) if end < 0 else end) is not None
