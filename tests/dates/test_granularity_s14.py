"""Granularity of session 14, round 2 (issue 19): an earnings story's "a year earlier" compares
with the quarter the story reports, however far into the story it comes, unless a longer period
("the nine months", "the full year") was named in between."""

from __future__ import annotations

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)

FILLER = (
    " The concern said it will record a reserve for its defense group, including a charge related"
    " to problems under a fixed-price development contract and overhead costs that will not be"
    " reimbursed. It will also write off costs related to exploration leases where exploration"
    " efforts have been unsuccessful. The company cited interest costs and amortization of goodwill"
    " as factors in the loss. Its shares fell in heavy trading."
)


def values(text: str, published: str) -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value) for d in doc.dates]


def test_year_earlier_far_after_the_quarter_is_that_quarter() -> None:
    """More than 400 characters after "third-quarter" (no other period named): 1988-Q3."""
    text = "Hadson Corp. expects to report a third-quarter net loss of $17 million." + FILLER
    text += " A year earlier, net income was $2.1 million."
    assert len(FILLER) > 400
    assert values(text, "1989-11-02")[-1] == ("A year earlier", "1988-Q3")


def test_year_earlier_after_the_nine_months_is_the_year() -> None:
    """ "For the nine months ... a year earlier": the nine months are compared, not the quarter."""
    text = "Du Pont reported that third-quarter profit grew 19%." + FILLER
    text += " For the nine months, Du Pont earned $2 billion, up 18% from $1.69 billion a year earlier."
    assert values(text, "1989-10-26")[-1] == ("a year earlier", "1988")


def test_year_earlier_beyond_reach_is_the_year() -> None:
    """Far beyond the quarter (three fillers and more), "a year earlier" is the year before."""
    text = "Profit rose in the third quarter." + FILLER * 3 + " Sales were flat from a year earlier."
    assert values(text, "1989-10-26")[-1] == ("a year earlier", "1988")


def test_right_now_is_one_expression() -> None:
    """ "right now" is one PRESENT_REF (its modifier inside the span, as TimeML writes it)."""
    assert values("The economy is doing a bit better right now.", "2005-01-20") == [
        ("right now", "PRESENT_REF")
    ]
    assert values("Right now, Mexico leads the way.", "2005-01-20") == [("Right now", "PRESENT_REF")]


def test_right_now_as_a_title_is_not_a_date() -> None:
    """ "All Right Now" (a song) is a title, not a time."""
    assert values("They had a global hit with All Right Now, before forming a new band.", "2005-01-20") == []


def test_over_the_years_is_a_vague_length() -> None:
    """ "over the years" ("Over the weeks, ...") tags "the years", a length of unknown count."""
    assert values("It has become more commercial over the years.", "2005-01-20") == [("the years", "PXY")]
    assert values("Over the weeks, there have been signs.", "2005-01-20") == [("the weeks", "PXW")]


def test_over_the_years_bounded_is_not_a_length() -> None:
    """ "over the years of the war" and "over the years 2006 to 2015" name the years: no length."""
    assert values("He aged over the years of the war.", "2005-01-20") == []
    assert values("Prices rose over the years 2006 to 2015.", "2005-01-20") == [
        ("2006", "2006"),
        ("2015", "2015"),
    ]


def test_unit_long_is_one_unit() -> None:
    """ "day-long", "decade-long" are adjectival durations of one unit, as "a two-day election" is."""
    assert values("They left their third day-long meeting.", "2000-04-03") == [("day-long", "P1D")]
    assert values("The peso's decade-long peg ended.", "2005-01-20") == [("decade-long", "P10Y")]


def test_counted_unit_long_keeps_its_count() -> None:
    """ "a two-day-long strike": the count belongs to the duration ("two-day"), not one day."""
    assert values("It was a two-day-long strike.", "2005-01-20") == [("two-day", "P2D")]


def test_plural_amount_a_day_is_a_rate() -> None:
    """ "hundreds of interviews a day": an amount per day, its unit a SET (as "60,000 barrels a day")."""
    doc = PIPE.parse("We are doing hundreds of interviews a day.", published="1998-11-21")
    assert [(d.text, d.type, d.value) for d in doc.dates] == [("a day", "SET", "P1D")]


def test_the_past_decade_is_ten_years_up_to_now() -> None:
    """ "over the past decade" is the ten years up to publication (a length, as "the past ten years"),
    not the previous calendar decade; "the past year" keeps its calendar reading."""
    doc = PIPE.parse("Threats became routine over the past decade.", published="1998-10-25")
    (decade,) = doc.dates
    assert (decade.text, decade.type, decade.value, decade.reference) == (
        "the past decade",
        "DURATION",
        "P10Y",
        "published",
    )
    assert values("Sales fell in the past year.", "1998-10-25") == [("the past year", "1997")]
