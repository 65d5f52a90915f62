"""Fiscal periods are ``FY`` values (the annotation guidelines' convention), calendar ones are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def dates(text: str, published: str | None = "1987-03-17") -> Document:
    """Parse ``text`` with only the dates plugin."""
    return PIPE.parse(text, published=published)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Profit in fiscal 1986 rose.", [("fiscal 1986", "FY1986")]),
        ("Revenue for fiscal year 1987 rose.", [("fiscal year 1987", "FY1987")]),
        ("The budget for fiscal 1987/88 was cut.", [("fiscal 1987/88", "FY1987")]),
        ("Certificates for fiscal years 1986-88 save money.", [("1986", "FY1986"), ("88", "FY1988")]),
        (
            "Sales in the second quarter of fiscal 1987 rose.",
            [("the second quarter of fiscal 1987", "FY1987-Q2")],
        ),
        ("Net income for FY86 fell.", [("FY86", "FY1986")]),
        ("The FY1987 budget was cut.", [("FY1987", "FY1987")]),
        ("The bank will sell less next fiscal year.", [("next fiscal year", "FY1987")]),
        ("The 1987/88 budget was cut.", [("1987/88", "1987")]),
        ("Output rose in the current year.", [("the current year", "1987")]),
    ],
)
def test_fiscal_values(sentence: str, expected: list[tuple[str, str]]) -> None:
    """ "fiscal" or "FY" in the text makes a period fiscal; a relative one starts in April."""
    assert [(d.text, d.value) for d in dates(sentence).dates] == expected


def test_fiscal_year_has_no_calendar_interval() -> None:
    """A fiscal year's months are not known: no interval, unlike the calendar year."""
    (fiscal, calendar) = dates("Sales in fiscal 1986 beat those of 1985.").dates
    assert (fiscal.value, fiscal.interval) == ("FY1986", None)
    assert calendar.interval is not None


def test_next_fiscal_year_after_april_is_next_calendar_year() -> None:
    """After April the fiscal year in progress started this year: the next one starts next year."""
    (d,) = dates("The bank will sell less next fiscal year.", published="1987-06-02").dates
    assert d.value == "FY1988"


@given(st.integers(1900, 2099), st.sampled_from(["fiscal ", "fiscal year ", "FY"]))
def test_any_named_fiscal_year(year: int, word: str) -> None:
    """Every year written after "fiscal", "fiscal year" or "FY" keeps its number as an FY value."""
    found = dates(f"Profit for {word}{year} rose.").dates
    assert [d.value for d in found] == [f"FY{year}"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sales in the first nine months of 1986 rose.",
            [("the first nine months of 1986", "1986", "START")],
        ),
        ("The early months of 2005 were dry.", [("The early months of 2005", "2005", "START")]),
        (
            "Output fell in the last three months of last year.",
            [("the last three months of last year", "1986", "END")],
        ),
        (
            "Output fell in the first 50 days of 1986.",
            [("the first 50 days", "P50D", None), ("1986", "1986", None)],
        ),
        ("Over the first three months, sales rose.", [("the first three months", "P3M", None)]),
    ],
)
def test_part_of_a_period_named_with_its_whole(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """ "the first two months of 1986" is one DATE of the whole with mod START (months and quarters only)."""
    assert [(d.text, d.value, d.mod) for d in dates(sentence).dates] == expected


def test_decades_of_unknown_count() -> None:
    """ "for decades" is ``PXDE`` (the guidelines' value); a counted number of decades is in years."""
    assert [(d.text, d.value) for d in dates("It lasted for decades, or two decades at least.").dates] == [
        ("decades", "PXDE"),
        ("two decades", "P20Y"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They would serve for between 12 and 14 years.", [("12 and 14 years", "PXY")]),
        ("Rates for between two and three months rose.", [("two and three months", "PXM")]),
        ("It took 12 to 18 months.", [("12 to 18 months", "PXM")]),
        ("Sales between 1986 and 1987 rose.", [("1986", "1986"), ("1987", "1987")]),
    ],
)
def test_a_length_between_two_counts_is_of_unknown_count(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """ "between 12 and 14 years" is one PXY, like "12 to 18 months"; two years stay two dates."""
    assert [(d.text, d.value) for d in dates(sentence).dates] == expected
