"""Session 38 (issue 19): a line in capitals (a wire headline, a table's heading) is annotated like
any other (the guideline's CoNLL round: "the story's text as rebuilt, headline, dateline and body,
is annotated whole"); its month and weekday names, plural units after a count and ordinal endings
are read as running text writes them. A short month, "MAY" and "MARCH" only beside a number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for
from newsparse_dates.capitals import recased

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str = "1996-08-22") -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HOCKEY - STANDINGS AFTER WEDNESDAY'S GAMES.\n\nPlay resumes.", [("WEDNESDAY", "1996-08-21")]),
        ("Standings.\n\nFRIDAY, AUGUST 23 SCHEDULE\n\nBOSTON", [("FRIDAY, AUGUST 23", "1996-08-23")]),
        ("SATURDAY, AUGUST 24TH SCHEDULE", [("SATURDAY, AUGUST 24TH", "1996-08-24")]),
        ("RUGBY - CAPTAIN BANNED FOR 50 DAYS.", [("50 DAYS", "P50D")]),
        ("PRESS DIGEST - KENYA - AUG 26.", [("AUG 26", "1996-08-26")]),
        ("RESULTS OF THE MAY 3, 1994 ELECTION:", [("MAY 3, 1994", "1994-05-03")]),
    ],
)
def test_time_words_of_a_line_in_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    """The time words of a headline or a table heading in capitals are found and resolved."""
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "DEC REPORTS LOSS.",
        "SOCCER - STRIKER MAY MISS CUP FINAL.",
        "PROTESTERS MARCH ON PARLIAMENT.",
        "READ USA TODAY.",
        "CRICKET - SECOND DAY OF THE TEST.",
    ],
)
def test_capitals_that_are_no_dates(text: str) -> None:
    """A short month or "MAY"/"MARCH" with no number beside it, "TODAY" and "DAY" stay as they are."""
    assert found(text) == []


def test_a_zone_in_capitals_is_kept() -> None:
    """Only time words are written anew: "GMT" stays a zone."""
    assert found("[CORRECTED 05:30 GMT]") == [("05:30 GMT", "1996-08-22T05:30Z")]


def test_running_text_is_left_alone() -> None:
    """A line with a lower-case letter is not touched, and the text itself comes back."""
    text = "Talks ended on MONDAY, officials said.\nNEW YORK 1996-08-22"
    assert recased(text) is text


@given(st.text(alphabet=st.sampled_from("ADEGHJMNOSTUYRW 0123456789,\n-'ad"), max_size=80))
def test_recasing_changes_case_only(text: str) -> None:
    """The text keeps its length and letters; only lines in capitals change, and only in case."""
    new = recased(text)
    assert len(new) == len(text) and str.lower(new) == str.lower(text)
    for old_line, new_line in zip(text.split("\n"), new.split("\n"), strict=True):
        assert old_line == new_line or old_line.isupper()
