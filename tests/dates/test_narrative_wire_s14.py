"""Narrative forms of session 14, third round (issue 19, dated wire stories): a month with "a year
earlier" beside it, "the year-earlier period" after a month, "a year ago" from now unless a figure
is compared, "the previous month" after a bare month, a range's first end taking its second end's
year, and a year told as an aside (a dash parenthesis, a present-perfect sentence) not moving a
month that follows."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None) -> dict[str, str]:
    """{text: value} of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return {d.text: d.value for d in doc.dates}


# (passage, publication date, an expression's text, its expected value)
FORMS = [
    # a month and "a year earlier" next to it: one date, that month a year before
    ("Seat posted 3,420 registrations against 5,522 in July a year earlier.", "1996-08-22",
     "July a year earlier", "1995-07"),
    ("Exports fell to 2.1 billion from 2.4 billion in March a year ago.", "1987-04-10",
     "March a year ago", "1986-03"),
    # "the year-earlier period" after a month of its sentence: that month a year before
    ("Registrations jumped 14.2 percent in July this year from the year-earlier period.", "1996-08-22",
     "the year-earlier period", "1995-07"),
    # "a year ago" counts from publication unless a figure is compared with it
    ("Police found two girls kidnapped in June 1995. He admitted kidnapping two others a year ago.",
     "1996-08-25", "a year ago", "1995"),
    ("In December 2004, the surplus grew 1.8% on a year ago to 1.14 trillion yen.", "2005-01-25",
     "a year ago", "2003-12"),
    # "the previous month" after a month named without its year
    ("Shipments in July fell three percent from the previous month.", "1996-08-28",
     "the previous month", "1996-06"),
    # the first end of a range takes the year written at its second end
    ("Three bodies were found between July and December 1995.", "1996-08-24", "July", "1995-07"),
    ("The ceasefire was violated between the end of March and May 31 this year, after the 1980-88 war.",
     "1996-08-24", "the end of March", "1996-03"),
    ("They met from November to February 1996.", "1996-08-24", "November", "1995-11"),
    # a year in an aside does not move the month that follows
    ("Inflation -- 10,300 percent a year in 1993 -- was 0.1 percent a month in June.", "1996-08-23",
     "June", "1996-06"),
    ("The war, launched by Taylor in 1989, has killed 150,000 people.\n"
     "Looting in the capital in April killed hundreds.", "1996-08-28", "April", "1996-04"),
    ("The government fell in April 1992.\nHe rejoined the government as prime minister in June.",
     "1996-08-27", "June", "1992-06"),
]


@pytest.mark.parametrize(("text", "published", "span", "value"), FORMS)
def test_wire_narrative(text: str, published: str, span: str, value: str) -> None:
    """Each form gets its value."""
    assert found(text, published).get(span) == value


def test_month_and_year_earlier_apart_stay_two() -> None:
    """A month and "a year earlier" not written together stay two expressions."""
    values = found("Sales rose in July. A year earlier they fell.", "1996-08-22")
    assert values.get("July") == "1996-07"
    assert "July a year earlier" not in values


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Best emerged from bankruptcy after 3-1/2 years.", "3-1/2 years", "P3Y6M"),
        ("Talks lasted more than 3-1/2 hours.", "more than 3-1/2 hours", "PT3H30M"),
        ("Seat had fewer registrations in July 1996 than in last year's July.", "July", "1995-07"),
    ],
)
def test_wire_fractions_and_possessive_year(text: str, span: str, value: str) -> None:
    """A wire-copy fraction ("3-1/2") counts the half; a month after "last year's" is of that year."""
    assert found(text, "1996-08-22").get(span) == value


def test_three_quarters_is_no_length() -> None:
    """ "three-quarters" stays a fraction, not a length of quarters."""
    assert found("Three-quarters of voters agreed.", "1996-08-22") == {}


def test_morning_clock_after_a_named_evening_is_the_next_day() -> None:
    """A morning clock time told after a named evening is on the morning after it."""
    text = "The plane, which was hijacked on Monday evening, landed at 4.30 a.m. after a long flight."
    assert found(text, "1996-08-28").get("4.30 a.m.") == "1996-08-27T04:30"


def test_previous_year_repeated_is_the_same_year() -> None:
    """A second "the previous year" of a comparison is the year the first one named, not one before."""
    text = (
        "Profit fell for the year to June 30, 1996 from A$ 42.4 million the previous year.\n"
        "Earnings were lower than the previous year."
    )
    doc = PIPE.parse(text, published="1996-08-28")
    assert [d.value for d in doc.dates if d.text == "the previous year"] == ["1995", "1995"]


def test_clock_after_a_report_day_stays_on_publication() -> None:
    """A clock time told after "said on Thursday" in an earlier sentence is not moved to the day of
    the report; a day of the event itself still moves it."""
    report = "Niugini said on Thursday that talks had begun.\nBy 11.25 a.m., Niugini shares were at A$3.65."
    assert found(report, "1996-08-23").get("11.25 a.m.") == "1996-08-23T11:25"
    event = "The man was arrested on Thursday.\nHe was charged at 11.25 a.m."
    assert found(event, "1996-08-23").get("11.25 a.m.") == "1996-08-22T11:25"
