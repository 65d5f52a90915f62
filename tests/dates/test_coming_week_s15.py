"""'the coming week (month)' (session 15 part 2, issue 19): the next calendar week (month), as "the
coming year" is the next year; "this coming week" is one expression; "the next week", "the past
week" and the plural "the coming weeks" stay lengths."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)
ENDINGS = ("\n", "\r\n", "\r")


def found(text: str, published: str = "1996-08-24") -> list[tuple[str, str, str]]:
    """(text, type, value) of every time expression of ``text``."""
    return [(d.text, d.type, d.value) for d in PIPE.parse(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinton will make news in the coming week.", ("the coming week", "DATE", "1996-W35")),
        ("The meeting is due to be held this coming week.", ("this coming week", "DATE", "1996-W35")),
        ("The minister will visit in the coming month.", ("the coming month", "DATE", "1996-09")),
        ("The vote is in the coming year.", ("the coming year", "DATE", "1997")),
        ("He will decide in the next week.", ("the next week", "DURATION", "P1W")),
        ("Prices rose in the past week.", ("the past week", "DURATION", "P1W")),
        ("Talks are due in the coming weeks.", ("the coming weeks", "DURATION", "PXW")),
    ],
)
def test_coming_unit(text: str, expected: tuple[str, str, str]) -> None:
    """A singular coming week or month is a date; the next or past unit and plurals are lengths."""
    assert found(text) == [expected]


@pytest.mark.parametrize("ending", ENDINGS)
def test_coming_week_across_line_endings(ending: str) -> None:
    """The expression is the same after a paragraph break of any line ending."""
    text = f"Talks stalled.{ending}{ending}They resume in the coming week."
    assert found(text) == [("the coming week", "DATE", "1996-W35")]
