"""The fast search for window-opening words finds exactly what a plain loop over every word finds."""

from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsparse_dates import patterns, scan
from newsparse_dates.context import Context

_WORD = re.compile(r"\w+")


def _reference(text: str) -> list[scan._Hit]:
    """The obvious definition: every word, in order, that starts with a digit or is a trigger word."""
    out: list[scan._Hit] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word[0].isdigit():
            out.append((m.start(), m.end(), scan._number_windows(text, m.start(), m.end())))
        elif word.lower() in patterns._TRIGGERS:
            out.append((m.start(), m.end(), patterns._TRIGGERS[word.lower()]))
    return out


# trigger words, their look-alikes, digits of other scripts, letters whose lower case is special
_PIECES = [
    "May",
    "MAY",
    "may",
    "mayor",
    "today",
    "Yesterday",
    "weeks",
    "weekend",
    "ago",
    "Q3",
    "q1",
    "2004",
    "10km",
    "3rd",
    "²",
    "٣",
    "ſame",  # long s: a case-insensitive regex would take it for "same", lower() does not
    "\u212aweek",  # Kelvin sign, lower-cased to "k"
    "İn",  # lower-cases to two characters: the offsets shift
    "ΑΣ",
    "café",
    "_day",
    "day_",
    "é",
]
_SEPARATORS = [
    "",
    " ",
    "  ",
    "-",
    ",",
    ".",
    "'",
    "’",
    "\n",
    "_",
    "é",
    # both classes of the character before a word: ASCII non-word characters, non-ASCII ones
    "“",
    "—",
    "\r\n",
    "\r",
    "(",
    "\u00a0",
    "^",
    "`",
    "~",
    "\x7f",
    "[",
    "@",
    ":",
    "/",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=14))
def test_hit_words_match_the_plain_loop(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    assert scan._hit_words(text) == _reference(text)


_NUMBER_PIECES = [
    "2004",
    "1990s",
    "1990's",
    "'90s",
    "2018-02-06",
    "5/17/2018",
    "12/3/99",
    "1986/87",
    "10:30",
    "9.30 a.m.",
    "10am",
    "5 PM",
    "11   p.m.",
    "0318",
    "GMT",
    "UTC",
    "Tuesday",
    "EDT",
    "1,000",
    "3.5",
    "24",
    "mid-",
    "fiscal",
    "FY",
    "the",
    "early",
    "٣",
    "2004-",
    "1850",
]


_NUMBER_GLUE = ["", " ", "-", "/", ", "]


def _genuine(rx: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether a match found in a window is a match of the whole text (not cut by the window's end)."""
    m = rx.match(text, start)
    return m is not None and m.end() == end


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NUMBER_PIECES), st.sampled_from(_NUMBER_GLUE)), max_size=10))
def test_numbers_open_every_window_their_patterns_need(parts: list[tuple[str, str]]) -> None:
    """A number opens only the patterns its shape can start: every match in the windows of every
    number (each opening all the number patterns) is still found."""
    text = "".join(a + b for a, b in parts)
    assume(re.search(r"[A-Za-z]\d", text) is None)  # "fiscal2004": a number inside a word opens nothing
    windows = scan._windows(text)
    numbers = [m for m in _WORD.finditer(text) if m.group()[0].isdigit()]
    for name, before, after in scan._NUMBER_PATTERNS:
        rx = patterns._COMPILED[name][0]
        spans = [(max(0, n.start() - before), min(len(text), n.end() + after)) for n in numbers]
        whole = {
            (m.start(), m.end())
            for lo, hi in (scan._merge(spans, len(text)) if spans else [])
            for m in rx.finditer(text, lo, hi)
            if m.end() > m.start() and _genuine(rx, text, m.start(), m.end())
        }
        seen = {(m.start(), m.end()) for lo, hi in windows.get(name, ()) for m in rx.finditer(text, lo, hi)}
        assert whole <= seen, (name, text, whole - seen)


def test_hit_words_whole_words_only() -> None:
    text = "Today, the mayor said May 2004 was todays' best; 10km away, yesterday_ and weekday."
    got = [text[s:e] for s, e, _ in scan._hit_words(text)]
    assert got == ["Today", "May", "2004", "10km"]
    assert scan._hit_words(text) == _reference(text)


_DATE_PIECES = [
    "the",
    "early",
    "mid-",
    "1990s",
    "1990's",
    "'90s",
    "Twenties",
    "EIGHTIES",
    "2018-02-06",
    "5/17/2018",
    "12/3/99",
    "fiscal",
    "FY",
    "2004",
    "1850",
    "last",
    "this",
    "next",
    "week",
    "weekend",
    "quarter",
    "the end of",
    "nineteen",
    "eighty-four",
    "the year two thousand",
    "and",
    "one",
    "calendar year",
    # the required parts of mdy, dmy, anaphor, holiday, theyear, relunit
    "that",
    "same",
    "day",
    "the following",
    "month",
    "during the month",
    "the day before,",
    "Christmas",
    "New Year's Day",
    "good Friday",
    "March",
    "Sept.",
    "15",
    "3rd",
    "of",
    "first",
    "previous",
    "morning",
    "coming",
    "new fiscal year",
    "full year",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), min_size=1, max_size=8))
def test_every_match_holds_its_required_text(pieces: list[str]) -> None:
    """A window may be skipped when it lacks a pattern's required text: every match must hold it."""
    text = " ".join(pieces)
    for name, required in patterns._REQUIRED.items():
        for m in patterns._COMPILED[name][0].finditer(text):
            if m.end() > m.start():
                assert required.search(text, m.start(), m.end()) is not None, (name, m.group())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), min_size=1, max_size=8))
def test_every_twin_match_holds_its_required_text(pieces: list[str]) -> None:
    """The same for the case-sensitive twins on the lower-cased text and their lower-case required text."""
    lowered = Context(" ".join(pieces), None, (), ()).lowered
    for name, required in patterns._REQUIRED_LOWER.items():
        for m in patterns._LOWER_TWINS[name][0].finditer(lowered):
            if m.end() > m.start():
                assert required.search(lowered, m.start(), m.end()) is not None, (name, m.group())


_CASE_PIECES = [
    "May",
    "may",
    "MAY",
    "Last",
    "last week",
    "LAST WEEK",
    "Q3",
    "q3",
    "the third quarter",
    "Monday",
    "monday",
    "Mondays",
    "10:30 a.m. EDT",
    "10:30 A.M. edt",
    "0318 Tuesday GMT",
    "0318 gmt",
    "March 5",
    "MARCH 5",
    "5 March 2004",
    "Three Years",
    "three years ago",
    "60 Minutes",
    "the Past",
    "Now",
    "ſame week",
    "\u212aweek",
    "Christmas",
    "FY2004",
    "fiscal 2004",
    "the 1990s",
    "Twenties",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CASE_PIECES), st.sampled_from([" ", ", ", "-", ""])), max_size=8))
def test_matches_located_on_the_lowered_text_are_the_patterns_own(parts: list[tuple[str, str]]) -> None:
    """The twins on the lower-cased text find exactly the matches the patterns find on the text."""
    text = "".join(a + b for a, b in parts)
    ctx = Context(text, None, (), ())
    whole = [(0, len(text))]
    for name, (rx, _) in patterns._COMPILED.items():
        expected = [(m.start(), m.end()) for m in rx.finditer(text)]
        required = patterns._REQUIRED.get(name)
        if required is not None and required.search(text) is None:
            expected = []
        got = [(m.start(), m.end()) for m in scan._matches(ctx, name, whole)]
        assert got == expected, (name, text)


_TENSE_PIECES = [
    "will",
    "Will",
    "WOULD",
    "United",
    "Fred",
    "reported",
    "Reported",
    "expected to",
    "was scheduled to",
    "had been due to",
    "postponed until",
    "said",
    "Monday",
    "next",
    "the",
    "ſaid",
    "meets",
    "'ll",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TENSE_PIECES), max_size=10), st.integers(0, 10))
def test_tense_on_the_lowered_text_is_the_tense_of_the_text(words: list[str], at: int) -> None:
    """Tense markers found on the lower-cased text give the tense the case-insensitive search gives."""
    text = " ".join([*words[:at], "Monday", *words[at:]])
    start = text.index("Monday", len(" ".join(words[:at])))
    quick = Context(text, None, (), ())
    plain = Context(text, None, (), (), lowered=text.lower() + "!")  # other length: the plain search
    assert quick.tense(start, start + 6) == plain.tense(start, start + 6)


def test_merge_cuts_the_windows_to_the_text_once() -> None:
    """Windows are made uncut (a word near either end of the text); merged, they lie within it."""
    assert scan._merge([(50, 120), (-5, 10), (3, 4), (8, 12)], 100) == [(0, 12), (50, 100)]
    assert scan._merge([(-3, 140)], 100) == [(0, 100)]
    assert scan._merge([(10, 20), (20, 30)], 100) == [(10, 30)]
