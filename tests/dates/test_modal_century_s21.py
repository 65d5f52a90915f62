"""Session 21 (issue 19): three readings counted on outside text.

- A modal verb before a weekday or month ("could meet Yeltsin on Tuesday", "should cease by
  Saturday", "that may change after the other sides play on Saturday") looks ahead; a modal after
  the expression ("announced on Thursday could start") governs its own clause, not the date.
- In a cricket report a century is a hundred runs ("a 55-ball half-century", "hit five centuries").
- A match that the end of its scan window cut inside a word ("the [soon]est") is matched on the
  whole text, so no span ends inside a word."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str = "1996-08-26") -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met the premier on Monday and could meet Yeltsin on Tuesday.", ("Tuesday", "1996-08-27")),
        ("Officials said the rain should cease by Saturday.", ("Saturday", "1996-08-31")),
        ("That may change after the other sides play on Saturday.", ("Saturday", "1996-08-31")),
    ],
)
def test_a_modal_before_the_day_looks_ahead(text: str, expected: tuple[str, str]) -> None:
    """The modal governs the day that follows it: the coming one (published Monday 1996-08-26)."""
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Repatriation announced on Thursday could start within days.", ("Thursday", "1996-08-22")),
        ("Pivotal, a Royal Ascot winner in June, may now be aimed at the Abbaye.", ("June", "1996-06")),
        ("The poll in May showed a lead.", ("May", "1996-05")),
    ],
)
def test_a_modal_after_the_day_or_a_month_name_is_no_marker(text: str, expected: tuple[str, str]) -> None:
    """A modal after the expression, and the month "May", leave the past reading as it was."""
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Essex lost a wicket late in the innings, before Brown struck a 55-ball half-century.",
        "The batsman, not out on 56, has 1,429 runs, having hit five centuries.",
    ],
)
def test_a_cricket_century_is_no_time(text: str) -> None:
    """In a cricket report a century counts runs."""
    assert found(text) == []


def test_a_century_elsewhere_stays_a_length() -> None:
    """Outside cricket, "half a century" and "two centuries" are lengths."""
    assert found("The mosque dominated the skyline for two centuries.") == [("two centuries", "P200Y")]


def test_a_word_cut_by_the_scan_window_is_no_time() -> None:
    """ "the soonest" names no time, though a window ending after "soon" once made "soon" FUTURE_REF."""
    text = "If the family fails to file an appeal within 14 days, she said, the soonest he could leave."
    assert found(text, "2000-04-14") == [("14 days", "P14D")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party named Hagelin as its nominee for the Nov. 5 election.", ("Nov. 5", "1996-11-05")),
        ("The outcome of the November elections emerged as a hot topic.", ("November", "1996-11")),
        ("Prices fell in November after the harvest.", ("November", "1995-11")),
    ],
)
def test_an_event_named_by_its_date_a_few_months_ahead_is_the_coming_one(
    text: str, expected: tuple[str, str]
) -> None:
    """ "the Nov. 5 election" in a past-tense clause (published 1996-08-22) is the coming election; a
    month after "in" in a past-tense clause is still last year's."""
    assert expected in found(text, "1996-08-22")


def test_sheffield_wednesday_is_a_club() -> None:
    """ "Sheffield Wednesday" names a football club, not a day; "on Wednesday" stays a day."""
    text = "Newcastle lost 2-1 at home to Sheffield Wednesday. They will play Leeds on Wednesday."
    assert found(text) == [("Wednesday", "1996-08-28")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The two winners will meet in Friday's quarter-finals.", "1996-08-22", "1996-08-23"),
        ("Essex could go top if they complete victory on Monday's last day.", "1996-08-24", "1996-08-26"),
        ("They said they would look for ways around Wednesday's ruling.", "2000-01-07", "2000-01-05"),
        ("Shares rose after Friday's ruling.", "1996-08-22", "1996-08-16"),
    ],
)
def test_a_possessive_weekday_looks_ahead_after_a_future(text: str, published: str, expected: str) -> None:
    """ "Friday's ruling" is an event already reported, unless a future or a present modal of its
    clause looks ahead; "would" (a future in the past) does not."""
    assert [v for _, v in found(text, published)] == [expected]
