"""Months and days without a year resolved by the tense of their clause, in both directions (issue 19)."""

from __future__ import annotations

import pytest

import newsparse


def _value(text: str, surface: str, published: str) -> str:
    (found,) = [d for d in newsparse.parse(text, published=published).dates if d.text == surface]
    return found.value


@pytest.mark.parametrize(
    ("text", "surface", "published", "value"),
    [
        # a past event in a month still ahead this year happened last year
        ("The operator changed to a calendar year in December.", "December", "1989-10-27", "1988-12"),
        # a past event in a month far behind stays in this year (not the coming one)
        ("Since KKR bought RJR in February, it has sold units.", "February", "1989-10-30", "1989-02"),
        ("In January, American Medical brought in a new chief.", "January", "1989-10-27", "1989-01"),
        ("In the January vote which approved the charter, 58% voted.", "January", "2005-10-17", "2005-01"),
        # a reporting verb dates the report, not the event: the coming month stays ahead
        ("The contract expires in January, the company said.", "January", "1989-10-27", "1990-01"),
        ("Nakasone hopes to prepare for the summit in June, they added.", "June", "1987-03-18", "1987-06"),
        # a future marker anywhere before in the clause wins over a nearer participle
        ("It would be paid on a still unspecified date in January.", "January", "1989-10-26", "1990-01"),
        # a deadline after a past verb ("payable", "by") is still ahead
        ("Directors authorized a split, payable Dec. 7.", "Dec. 7", "1989-10-27", "1989-12-07"),
        ("It agreed to pay down the loan by February.", "February", "1989-10-30", "1990-02"),
        # a month before a noun is a contract or a plan, not a past event; a modal looks ahead
        ("December loading rose to 19.65 dlrs.", "December", "1987-10-19", "1987-12"),
        ("Analysts said OPEC may need to hold a meeting in September.", "September", "1987-06-19", "1987-09"),
        # a participle after "be" is not a past tense
        ("It is to be announced by the end of December.", "the end of December", "1987-06-19", "1987-12"),
        ("The department reiterated advice it last made in January.", "January", "1987-10-20", "1987-01"),
        # a present-tense schedule, a deadline, a future in the past or a plan look ahead
        ("The accord expires in October.", "October", "1987-03-12", "1987-10"),
        ("It gives companies until late September to cut ties.", "late September", "1987-03-16", "1987-09"),
        ("Sweden promised to halt all trade by October.", "October", "1987-03-16", "1987-10"),
        ("They will agree before September 30, delegates said.", "September 30", "1987-03-01", "1987-09-30"),
        ("It announced an agreement to acquire the bank in January.", "January", "1989-11-02", "1990-01"),
        # ... but not when the past event governs the date
        ("CITIC in May agreed to invest about 80 mln dlrs.", "May", "1987-06-29", "1987-05"),
        ("OPEC will not undo what it agreed to in December.", "December", "1987-06-19", "1986-12"),
        ("Under terms announced Nov. 17, it will pay 15 dlrs.", "Nov. 17", "1987-03-30", "1986-11-17"),
        # a year named after the day
        (
            "The officials picked March 5 next year as the likely date.",
            "March 5 next year",
            "1987-04-01",
            "1988-03-05",
        ),
        (
            "Profit rose in the quarter ended November 30 last year",
            "November 30 last year",
            "1987-10-19",
            "1986-11-30",
        ),
        # a period that ended is over, whichever side of the anchor its day falls
        ("Sales rose 8% in the year ended Feb. 28.", "Feb. 28", "1991-11-20", "1991-02-28"),
        ("Net fell in the three months ended Dec. 31.", "Dec. 31", "1991-11-20", "1990-12-31"),
        ("The week ended March 25 saw M-1 fall.", "March 25", "1987-04-03", "1987-03-25"),
        # ... but a period still running is ahead
        ("Sales will be weak in the year ending Feb. 28.", "Feb. 28", "1991-11-20", "1992-02-28"),
        # a month far behind in a past sentence whose verb comes late stays in this year
        (
            "In February, three weeks after the start of the new session of the state assembly, "
            "a fire destroyed the archive.",
            "February",
            "1994-11-20",
            "1994-02",
        ),
        # ... and with no past verb in the sentence it is the coming one
        ("In February, a new session of the state assembly opens.", "February", "1994-11-20", "1995-02"),
    ],
)
def test_month_without_year_follows_the_tense(text: str, surface: str, published: str, value: str) -> None:
    assert _value(text, surface, published) == value


def test_bare_clock_time_of_a_past_story_is_on_the_day_named_before() -> None:
    text = "Slepian was killed on Oct. 23. He was shot at 10 p.m. in his kitchen."
    doc = newsparse.parse(text, published="1999-04-19")
    clock = next(d for d in doc.dates if d.text == "10 p.m.")
    assert (clock.value, clock.reference) == ("1998-10-23T22:00", "narrative")
    assert clock.reference_span is not None and clock.reference_span.text == "Oct. 23"
    assert clock.interval is not None and clock.interval.first == "1998-10-23"


@pytest.mark.parametrize(
    "text",
    [
        "Slepian was killed on Oct. 23. The talks will resume at 10 a.m.",  # future: the day of the report
        "The vote was held at 10 a.m.",  # no day named before
    ],
)
def test_bare_clock_time_stays_on_publication_without_a_past_day_before(text: str) -> None:
    (clock,) = [d for d in newsparse.parse(text, published="1999-04-19").dates if d.text == "10 a.m."]
    assert (clock.value, clock.reference) == ("1999-04-19T10:00", "published")


def test_contracted_will_is_the_future() -> None:
    assert _value("We'll meet on Friday.", "Friday", "2018-02-06") == "2018-02-09"


def test_weekday_after_starting_is_the_coming_one() -> None:
    text = "He prepared for the third week of talks starting Monday."
    assert _value(text, "Monday", "1987-03-15") == "1987-03-16"


def test_after_starting_the_new_year_is_past() -> None:
    text = "This week the index passed 360 for the first time after starting the New Year on 264.82."
    assert _value(text, "the New Year", "1987-03-19") == "1987-01-01"


def test_named_quarter_ended_on_a_day_of_another_year_is_that_year() -> None:
    text = "It earned 31 cents a share in the previous third quarter ended November 30 last year."
    doc = newsparse.parse(text, published="1987-10-19")
    assert [(d.text, d.value) for d in doc.dates][:2] == [
        ("the previous third quarter", "1986-Q3"),
        ("November 30 last year", "1986-11-30"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "published", "value"),
    [
        # a fronted date takes the tense of the main verb, however long the subject before it
        (
            "On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a "
            "news conference.",
            "Tuesday",
            "1998-10-26",
            "1998-10-27",
        ),
        (
            "On Tuesday, the National Abortion and Reproductive Rights Action League held a news "
            "conference.",
            "Tuesday",
            "1998-10-26",
            "1998-10-20",
        ),
        # a reporting main verb dates the report, whatever the reported clause says
        (
            "In September, Trade and Industry Secretary Patricia Hewitt said she would like longer leave.",
            "September",
            "2005-03-16",
            "2004-09",
        ),
        # a promise is the dated event, told in the past
        ("In December, the EU pledged to work towards lifting the ban.", "December", "2005-09-14", "2004-12"),
        # a clause of its own after the comma is not the main verb
        (
            "On Friday, when Albright set aside plans for the hastily planned trip, the department lifted "
            "a warning.",
            "Friday",
            "1998-08-17",
            "1998-08-14",
        ),
    ],
)
def test_fronted_date_follows_its_main_verb(text: str, surface: str, published: str, value: str) -> None:
    assert _value(text, surface, published) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a modal right before a month months ahead keeps it ahead, a report verb aside
        ("The Fed may approve a rate hike in December, traders said.", "2016-12"),
        ("The Fed could raise rates in December.", "2016-12"),
        # ... but not a perfect modal (a past event), nor one in an earlier clause
        ("The firm may have lost money in December.", "2015-12"),
        ("Figures may hint at a cooling, but prices rose 13.8% in the year to December.", "2015-12"),
    ],
)
def test_modal_keeps_a_month_ahead(text: str, value: str) -> None:
    assert _value(text, "December", "2016-04-20") == value
