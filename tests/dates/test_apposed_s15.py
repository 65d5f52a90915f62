"""A unit in apposition to a date (session 15, issue 19): "Oct. 12, the day before the stock market
plunge" tags "the day" with the value of the date it renames, resolved against it (narrative)."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)
ENDINGS = ("\n", "\r\n", "\r")


def found(text: str, published: str | None) -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, reference) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.type, d.value, d.reference) for d in doc.dates]


# (sentence, publication date, the expected expressions)
FORMS = [
    (
        "Eight trading days after Oct. 12, the day before the stock market plunge, the index fell.",
        "1989-10-30",
        [
            ("Eight trading days", "DURATION", "P8D", None),
            ("Oct. 12", "DATE", "1989-10-12", "published"),
            ("the day", "DATE", "1989-10-12", "narrative"),
        ],
    ),
    (
        "The awards are held on 26 February, the day before the Oscars.",
        None,
        [("26 February", "DATE", "XXXX-02-26", "published"), ("the day", "DATE", "XXXX-02-26", "narrative")],
    ),
    (
        "They met on Thursday morning, the day after the chancellor delivered the Budget.",
        None,
        [
            ("Thursday morning", "TIME", "XXXX-WXX-4TMO", "published"),
            ("the day", "DATE", "XXXX-WXX-4", "narrative"),
        ],
    ),
    (
        "The harvest compares with 50 million tonnes in 1990, the year before independence.",
        "1996-08-26",
        [("1990", "DATE", "1990", None), ("the year", "DATE", "1990", "narrative")],
    ),
    (
        "The vote was held on March 3, 2005, the week of the storm.",
        "2006-01-10",
        [("March 3, 2005", "DATE", "2005-03-03", None), ("the week", "DATE", "2005-W09", "narrative")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), FORMS)
def test_an_apposed_unit_renames_the_date_before_it(
    text: str, published: str | None, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """The unit after the comma has the value of the date before it, at the unit's grain."""
    assert found(text, published) == expected


def test_the_apposed_unit_points_at_the_date_it_renames() -> None:
    """Its reference span is the date before its comma; a day has that one day as its interval."""
    doc = PIPE.parse("Prices fell on Oct. 12, the day before the plunge.", published="1989-10-30")
    date, day = doc.dates
    assert day.reference_span is not None
    assert (day.reference_span.start, day.reference_span.end) == (date.start, date.end)
    assert day.interval is not None
    assert (day.interval.first, day.interval.last) == ("1989-10-12", "1989-10-12")


@pytest.mark.parametrize(
    ("text", "renamed"),
    [
        ("Sales rose in 1990, the day of the launch.", "1990"),  # a day cannot rename a year
        ("Shares fell on Monday, the day's worst loss.", "1996-08-26"),  # no before/after/of
        ("Talks began on Monday; the day after the vote, they ended.", "1996-08-26"),  # no comma
        ("He left in 1990, the year before.", "1990"),  # nothing described: the year before 1990
    ],
)
def test_no_apposed_unit_where_it_does_not_rename_the_date(text: str, renamed: str) -> None:
    """No "the day"/"the year" with the value of the date before it where the text does not rename it."""
    dates = found(text, "1996-08-27")
    assert not any(span.startswith("the ") and value == renamed for span, _, value, _ in dates)


@pytest.mark.parametrize("ending", ENDINGS)
def test_line_endings_do_not_change_the_apposed_unit(ending: str) -> None:
    """The same values with any line ending between the paragraphs."""
    text = f"Markets.{ending}{ending}Prices fell on Oct. 12, the day before the plunge.{ending}Done."
    values = [(d.text, d.value, d.reference) for d in PIPE.parse(text, published="1989-10-30").dates]
    assert values == [("Oct. 12", "1989-10-12", "published"), ("the day", "1989-10-12", "narrative")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The campaign was launched on August 14, Pakistan's independence day.",
            ("independence day", "1996-08-14", "published"),
        ),
        ("They met on Dec. 24, Christmas Eve.", ("Christmas Eve", "1996-12-24", "published")),
        ("They met on Dec. 24, 1990, Christmas Eve.", ("Christmas Eve", "1990-12-24", None)),
    ],
)
def test_a_holiday_renaming_the_day_before_it_takes_that_day(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    """ "August 14, Pakistan's independence day" is not the 4th of July: whose holiday, the text says;
    it is resolved as the day it renames."""
    doc = PIPE.parse(text, published="1996-08-28")
    assert (doc.dates[-1].text, doc.dates[-1].value, doc.dates[-1].reference) == expected
    assert doc.dates[-1].anchored == (expected[2] == "published")


def test_a_holiday_not_in_apposition_keeps_its_own_day() -> None:
    """ "on 3 May, and on Christmas Day": no apposition, the holiday's own day."""
    doc = PIPE.parse("They met on 3 May, and on Christmas Day they left.", published="1996-08-28")
    assert (doc.dates[-1].text, doc.dates[-1].value) == ("Christmas Day", "1995-12-25")
