"""The sieve drops only windows that hold no match: the sieved scan finds every match the unsieved does."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_dates import lexicon, scan, sieve
from newsparse_dates.context import Context


def _unsieved(text: str) -> dict[str, list[tuple[int, int]]]:
    """The windows as the scan gave them before the sieve (session 36's ``scan._windows``)."""
    raw: dict[str, list[tuple[int, int]]] = {}
    for start, end, hits in scan._hit_words(text):
        for name, before, after in hits:
            raw.setdefault(name, []).append((start - before, end + after))
    return {name: scan._merge(spans, len(text)) for name, spans in raw.items()}


def _matches(text: str, windows: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """Each pattern's matches in its windows, as ``scan._candidates`` reads them."""
    ctx = Context(text, dt.date(2020, 6, 15), (0,), (len(text),))
    found = {name: [m.span() for m in scan._matches(ctx, name, spans)] for name, spans in windows.items()}
    return {name: spans for name, spans in found.items() if spans}


# the words the sieve reads, what may stand before them, look-alikes, cased forms, glue inside a word,
# and letters whose case folding is special
_PIECES = [
    *"May may MAY March march Jan Jan. Sept Sept. JUNE June 5 15th 2004".split(),
    *"day days Days week weekend weekends month year yearly years quarter decade century".split(),
    *"morning evening night hours minutes".split(),
    *"a an the of The three Three totwo 10to12 3.5 1/2 twenty-one few several half".split(),
    *"more consecutive furthermore data this last next coming new fiscal same that following".split(),
    *"end beginning after before during said talks Janet daytime".split(),
    "\u212aweek",  # Kelvin sign, lower-cased to "k"
    "ſeven",  # long s: a case-insensitive regex takes it for "seven", lower() does not
    "day_x",
    "Jan_x",
    "year_",
    "İn",  # lower-cases to two characters
    "a longer stretch of words between them",
    # whole expressions, so that the matches the sieve must keep come up often
    *(
        "a day|an hour|Three days|the next day|that year|the same month|last week|this coming fiscal year"
        "|the end of the month|the weekend|the day after,|during the month|May 5|5 May 2004|on June 3"
        "|10 to twelve days|few more days|dozens of years|a couple of weeks|two and a half years"
        "|the new fiscal year|May the 5th|on March twenty-first|the 5th of May|15th May|Jan. 3|Jan. the"
        "|next Christmas Eve|New Year’s Eve|May Day|new|good|Good Friday|mother’s day|Labor|first_x"
    ).split("|"),
]
_SEPARATORS = [" ", " ", "  ", "-", " - ", ", ", ".", "\n", "\n\n", "\u00a0", "", "_", "’s "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=30))
def test_the_sieved_windows_give_every_match(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    assert _matches(text, scan._windows(text)) == _matches(text, _unsieved(text))


def test_every_holiday_name_opens_with_a_trigger_word_of_holiday() -> None:
    """The sieve looks for holidays only at the trigger words: each name's first word is one."""
    names = [
        *lexicon.HOLIDAYS,
        "thanksgiving day",
        "labor day",
        "memorial day",
        "mother's day",
        "father's day",
    ]
    names += ["easter sunday", "good friday"]
    for name in names:
        first = re.match(r"\w+", name)
        assert first is not None and first.group() in sieve._HOLIDAY_FIRST, name


def test_a_month_word_in_lower_case_opens_no_month_window() -> None:
    text = "Officials may decide on the plan soon, talks may go on."
    assert sieve.SIEVED.isdisjoint(scan._windows(text))
    assert {"mdy", "dmy", "month"} <= set(_unsieved(text))


def test_a_unit_without_a_number_or_relative_word_opens_nothing_of_those_patterns() -> None:
    text = "In those days the board met; for years it said the day had come."
    assert {"duration", "relunit", "anaphor"}.isdisjoint(scan._windows(text))
    assert {"duration", "anaphor"} <= set(_unsieved(text))


def test_the_windows_that_can_match_are_kept() -> None:
    text = "Three days later, on May 5 and by 9 May, the board met; that same year, and last week, it paused."
    windows = scan._windows(text)
    assert {"duration", "relunit", "anaphor", "mdy", "dmy", "month"} <= set(windows)
    assert _matches(text, windows) == _matches(text, _unsieved(text))


def test_a_window_cut_inside_a_unit_word_is_kept() -> None:
    """A window ending inside "yearly" after "year": the cut word is what a match there would hold."""
    text = "It rose 5 " + "yearly" + "x" * 40
    starts: list[int] = []
    cut = text.index("yearly") + 4
    assert sieve.kept([(0, cut)], starts, text, str.lower(text), "duration") == [(0, cut)]
    assert sieve.kept([(0, cut + 1)], starts, text, str.lower(text), "duration") == []


def test_a_window_cut_at_an_underscore_is_kept() -> None:
    """The scan keeps a match the window's end cuts before "_" as it stands ("May first" of "May first_x")."""
    text = "On May first_x the board met."
    cut = text.index("_")
    assert sieve.kept([(0, cut)], [], text, str.lower(text), "mdy") == [(0, cut)]
    assert sieve.kept([(0, cut - 2)], [], text, str.lower(text), "mdy") == []
