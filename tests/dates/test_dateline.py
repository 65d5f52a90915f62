"""The day of a wire story's dateline anchors its deictic words when the timestamp is a day off (issue 19)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse_dates.dateline import local_day


def _values(text: str, published: str) -> dict[str, str]:
    return {d.text: d.value for d in newsparse.parse(text, published=published).dates}


def test_dateline_day_anchors_today_and_tomorrow() -> None:
    text = "WASHINGTON, April 5 - U.S. and Japanese officials meet tomorrow. Talks are held today."
    values = _values(text, "1987-04-03")  # a GMT timestamp two days before the dateline
    assert (values["tomorrow"], values["today"]) == ("1987-04-06", "1987-04-05")


def test_agency_dateline_is_read() -> None:
    values = _values("WASHINGTON, August 13 (Xinhua) -- Clinton said today he would go.", "1998-08-14")
    assert values["today"] == "1998-08-13"


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("TOKYO, May 18 - A quake struck today.", "1987-03-18", "1987-03-18"),  # a slip: months away
        ("A quake struck today in TOKYO, March 17 - said the agency.", "1987-03-18", "1987-03-18"),
        ("LONDON, Dec 31 - Prices rose today.", "1988-01-01", "1987-12-31"),  # across the new year
    ],
)
def test_dateline_day_only_near_the_timestamp(text: str, published: str, day: str) -> None:
    assert local_day(text, dt.date.fromisoformat(published)) == dt.date.fromisoformat(day)


def test_no_publication_date_stays_unknown() -> None:
    assert local_day("LONDON, March 5 - Prices rose.", None) is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=150), st.dates(min_value=dt.date(1900, 1, 3), max_value=dt.date(2100, 12, 28)))
def test_local_day_is_never_more_than_two_days_off(text: str, published: dt.date) -> None:
    day = local_day(text, published)
    assert day is not None and abs((day - published).days) <= 2
