"""Session 40 (issue 19): a season, month or day followed by its year in words, as broadcast transcripts
write it ("the winter of nineteen ninety-four"), is one date of that year, as "the fall of 1986" is; a
year in words standing alone, or after a comma that ends a month's clause, stays a year of its own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)

_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "winter": "WI"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September")


def found(text: str, published: str = "1998-02-23") -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We saw that price in the winter of nineteen ninety-four.",
            [("the winter of nineteen ninety-four", "1994-WI")],
        ),
        (
            "The talks began in March of nineteen ninety-seven.",
            [("March of nineteen ninety-seven", "1997-03")],
        ),
        (
            "The plant opened on March fifth, nineteen ninety-seven.",
            [("March fifth, nineteen ninety-seven", "1997-03-05")],
        ),
        (
            "The plant opened on March 5th, nineteen ninety-seven.",
            [("March 5th, nineteen ninety-seven", "1997-03-05")],
        ),
        (
            "They met in late spring of nineteen ninety-six.",
            [("late spring of nineteen ninety-six", "1996-SP")],
        ),
    ],
)
def test_a_date_takes_its_year_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    """The date and the year in words after it are one expression, of that year."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Back in nineteen eighty-nine the wall fell.", [("nineteen eighty-nine", "1989")]),
        (
            "He left in March. Nineteen ninety-seven was a hard year.",
            [("March", "1998-03"), ("Nineteen ninety-seven", "1997")],
        ),
        (
            "Sales rose in March, nineteen ninety-seven was worse.",
            [("March", "1998-03"), ("nineteen ninety-seven", "1997")],
        ),
        ("The fall of 1996 was wet.", [("The fall of 1996", "1996-FA")]),
    ],
)
def test_a_year_in_words_apart_stays_apart(text: str, expected: list[tuple[str, str]]) -> None:
    """A year in words after a sentence's end or a month's comma is its own date; digits as before."""
    assert found(text) == expected


@given(
    st.sampled_from(sorted(_SEASONS) + list(_MONTHS)),
    st.sampled_from(_TENS),
    st.sampled_from(("", *_ONES)),
)
def test_any_season_or_month_of_a_year_in_words(name: str, tens: str, ones: str) -> None:
    """Every "the <season> of" or "<month> of" a year in words of the 1900s is one date of that year."""
    words = f"nineteen {tens}-{ones}" if ones else f"nineteen {tens}"
    year = 1900 + 10 * (_TENS.index(tens) + 2) + (_ONES.index(ones) + 1 if ones else 0)
    phrase = f"the {name} of {words}" if name in _SEASONS else f"{name} of {words}"
    dates = found(f"It happened in {phrase}.")
    assert len(dates) == 1
    text, value = dates[0]
    assert text == phrase
    expected = f"{year}-{_SEASONS[name]}" if name in _SEASONS else f"{year}-{_MONTHS.index(name) + 1:02d}"
    assert value == expected
