"""Session 38 (issue 19): a season's year is told from the season the publication date falls in, with
the seasons in the order their intervals give them (spring to winter, a winter from its December):
in December this year's summer is behind ("since the summer", "last spring", "next summer"), a
winter closes its year ("last winter" in April is the one that ended in February), and in a future
clause a season already gone this year is next year's ("will reopen in the spring" in November)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for
from newsparse_dates.seasons import season_year

PIPE = pipeline_for(newsparse_dates)

_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def found(text: str, published: str) -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The deal had been in the works since the summer.", "2015-12-07", [("the summer", "2015-SU")]),
        ("By late summer, the senator looked weak.", "2015-12-22", [("late summer", "2015-SU")]),
        ("The race is where it was at the start of last spring.", "2015-12-22", [("last spring", "2015-SP")]),
        ("Next summer, the band is going to tour Japan.", "2015-12-21", [("Next summer", "2016-SU")]),
        ("The couple expect their second child this summer.", "2015-12-21", [("this summer", "2016-SU")]),
        ("The plant will reopen in the spring.", "2015-11-02", [("the spring", "2016-SP")]),
        ("The show opens this summer.", "2015-12-01", [("this summer", "2016-SU")]),
        ("The minister flew to Boise last winter.", "2016-04-20", [("last winter", "2015-WI")]),
        ("Talks will resume next winter.", "2016-04-20", [("next winter", "2016-WI")]),
    ],
)
def test_the_season_meant(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    """Each passage's season is the one its tense and the publication date's season point to."""
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Prices fell in the summer.", "1987-03-11", [("the summer", "1986-SU")]),
        ("The offensive began last summer.", "2018-02-06", [("last summer", "2017-SU")]),
        ("Talks resumed last winter.", "2016-01-20", [("last winter", "2014-WI")]),
        ("The vote will be held this winter.", "2016-01-20", [("this winter", "2015-WI")]),
        ("The vote will be held in the summer.", "2016-03-02", [("the summer", "2016-SU")]),
        ("Sales rose this summer.", "2015-12-01", [("this summer", "2015-SU")]),
        ("Critics liked this summer's festival.", "2015-12-01", [("this summer", "2015-SU")]),
    ],
)
def test_seasons_left_as_they_were(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    """Where the old order gave the right season, the value stays (no tense: the calendar year's)."""
    assert found(text, published) == expected


def _interval(season: str, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of ``season`` of ``year`` (a winter from its December)."""
    lo, hi = _MONTHS[season]
    end_year = year + 1 if hi < lo else year
    last = dt.date(end_year, hi + 1, 1) - dt.timedelta(days=1)  # hi is at most November
    return dt.date(year, lo, 1), last


_SEASON = st.sampled_from(("SP", "SU", "FA", "WI"))
_DAY = st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2090, 12, 31))


@given(_SEASON, _DAY)
def test_last_and_next_seasons_lie_either_side_of_the_day(season: str, ref: dt.date) -> None:
    """"last <season>" ends before the day and within a year and a quarter of it; "next" starts after it."""
    first, last = _interval(season, season_year(season, ref, -1, 0, False, lambda: False))
    assert last < ref and (ref - last).days < 400
    first, last = _interval(season, season_year(season, ref, 1, 0, False, lambda: False))
    assert first > ref and (first - ref).days < 400


@given(_SEASON, _DAY)
def test_a_future_season_has_not_ended(season: str, ref: dt.date) -> None:
    """In a future clause the season has not ended by the day and starts within a year of it; in a past
    clause it has ended before the day's own season began."""
    first, last = _interval(season, season_year(season, ref, 0, 1, False, lambda: False))
    assert last >= ref and (first - ref).days < 366
    first, last = _interval(season, season_year(season, ref, 0, -1, False, lambda: False))
    assert last < ref and (ref - last).days < 400
