"""Expressions written as one with the week or year that places them (issue 19): "Wednesday last week",
"September 3rd last year", and "the new fiscal year"."""

from __future__ import annotations

import pytest

import newsparse


def _dates(text: str, published: str | None) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in newsparse.parse(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 18 March 1987 is a Wednesday: "Wednesday last week" is the Wednesday of the ISO week before
        ("The strike began on Wednesday last week.", "1987-03-18", [("Wednesday last week", "1987-03-11")]),
        ("Talks resume on Friday next week.", "1987-03-18", [("Friday next week", "1987-03-27")]),
        ("The strike began on Wednesday last week.", None, [("Wednesday last week", "XXXX-WXX-3")]),
    ],
)
def test_weekday_of_a_named_week(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("He left on September 3rd last year.", "2005-03-14", [("September 3rd last year", "2004-09-03")]),
        ("He left on 3 September last year.", "2005-03-14", [("3 September last year", "2004-09-03")]),
        ("It is open until December 31 this year.", "1987-03-20", [("December 31 this year", "1987-12-31")]),
        ("The prize is awarded on 14 March next year.", None, [("14 March next year", "XXXX-03-14")]),
    ],
)
def test_day_with_its_year_is_one_expression(
    text: str, published: str | None, expected: list[tuple[str, str]]
) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize(
    ("published", "value"),
    [("1987-03-18", "FY1987"), ("1987-06-18", "FY1987")],  # about to start (April), or just started
)
def test_the_new_fiscal_year(published: str, value: str) -> None:
    assert _dates("Shares will rise in the new fiscal year.", published) == [("the new fiscal year", value)]
    assert _dates("The new year brings hope.", published) == []


def test_the_start_of_the_new_fiscal_year() -> None:
    found = _dates("Prices may rise at the start of the new fiscal year.", "1987-03-17")
    assert [value for _, value in found] == ["FY1987"]
