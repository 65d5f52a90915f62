"""The forms of issue 3, each in a short sentence, resolved against a Tuesday (2018-02-06)."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document, TimeExpression
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)
PUB = "2018-02-06"


def dates(text: str, published: str | None = PUB) -> Document:
    """Parse ``text`` with only the dates plugin."""
    return PIPE.parse(text, published=published)


def only(text: str, published: str | None = PUB) -> TimeExpression:
    """The single time expression of ``text``."""
    found = dates(text, published).dates
    assert len(found) == 1, [(d.text, d.value) for d in found]
    return found[0]


# (sentence, expected span, type, value)
FORMS = [
    ("The jet was shot down on Saturday.", "Saturday", "DATE", "2018-02-03"),
    ("The summit will be held on Saturday.", "Saturday", "DATE", "2018-02-10"),
    ("Talks resumed last Tuesday.", "last Tuesday", "DATE", "2018-01-30"),
    ("Talks resume next Monday.", "next Monday", "DATE", "2018-02-12"),
    ("In January alone, 211 civilians were killed.", "January", "DATE", "2018-01"),
    ("The war began in March 2011.", "March 2011", "DATE", "2011-03"),
    ("Forces took the town in October of last year.", "October of last year", "DATE", "2017-10"),
    ("It was signed on 3 February 2018.", "3 February 2018", "DATE", "2018-02-03"),
    ("It was signed on Feb. 3, 2018.", "Feb. 3, 2018", "DATE", "2018-02-03"),
    ("It was signed on February 3rd.", "February 3rd", "DATE", "2018-02-03"),
    ("It was signed on 2018-02-03.", "2018-02-03", "DATE", "2018-02-03"),
    ("The report was released in 2010.", "2010", "DATE", "2010"),
    ("Prices rose last year.", "last year", "DATE", "2017"),
    ("Prices rose last week.", "last week", "DATE", "2018-W05"),
    ("Prices rose last month.", "last month", "DATE", "2018-01"),
    ("Elections are due next year.", "next year", "DATE", "2019"),
    ("The fighting began two weeks ago.", "two weeks ago", "DATE", "2018-W04"),
    ("The fighting began three days ago.", "three days ago", "DATE", "2018-02-03"),
    ("The council met earlier this month.", "earlier this month", "DATE", "2018-02"),
    ("Aid will arrive in the coming days.", "the coming days", "DURATION", "PXD"),
    ("The offensive began last summer.", "last summer", "DATE", "2017-SU"),
    ("Profit fell in the third quarter of 2017.", "the third quarter of 2017", "DATE", "2017-Q3"),
    ("Profit fell in the first quarter.", "the first quarter", "DATE", "2018-Q1"),
    ("Revenue for fiscal 2017 was flat.", "fiscal 2017", "DATE", "FY2017"),
    ("Output peaked in the 1990s.", "the 1990s", "DATE", "199"),
    ("Output peaked in the mid-1980s.", "the mid-1980s", "DATE", "198"),
    ("It was built in the 19th century.", "the 19th century", "DATE", "18"),
    ("The shelling stopped at 10:30 a.m.", "10:30 a.m.", "TIME", "2018-02-06T10:30"),
    ("Protesters gathered at noon.", "noon", "TIME", "2018-02-06T12:00"),
    ("The ceasefire held for three months.", "three months", "DURATION", "P3M"),
    ("The siege lasted 24 hours.", "24 hours", "DURATION", "PT24H"),
    ("He signed a five-year deal.", "five-year", "DURATION", "P5Y"),
    ("Strikes went on for more than two years.", "more than two years", "DURATION", "P2Y"),
    ("Markets open every Friday.", "every Friday", "SET", "XXXX-WXX-5"),
    ("The report is published annually.", "annually", "SET", "P1Y"),
    ("Observers meet twice a week.", "twice a week", "SET", "P1W"),
    ("The minister is currently in Geneva.", "currently", "DATE", "PRESENT_REF"),
    ("Convoys left yesterday.", "yesterday", "DATE", "2018-02-05"),
    ("Convoys leave tomorrow.", "tomorrow", "DATE", "2018-02-07"),
    ("Shelling resumed last night.", "last night", "TIME", "2018-02-05TNI"),
    ("Troops returned at Christmas.", "Christmas", "DATE", "2017-12-25"),
    ("Sales slowed in the first half of 2017.", "the first half of 2017", "DATE", "2017-H1"),
    ("Talks are planned for late March.", "late March", "DATE", "2018-03"),
    ("It is the worst fighting since the end of 2016.", "the end of 2016", "DATE", "2016"),
]


@pytest.mark.parametrize(("sentence", "span", "type_", "value"), FORMS)
def test_form(sentence: str, span: str, type_: str, value: str) -> None:
    """Each form gives exactly its TimeML extent, type and value."""
    d = only(sentence)
    assert (d.text, d.type, d.value) == (span, type_, value)
    assert sentence[d.start : d.end] == span


def test_mods() -> None:
    """Prefixes and quantity modifiers become TIMEX3 mods."""
    assert only("Talks are planned for late March.").mod == "END"
    assert only("Strikes went on for more than two years.").mod == "MORE_THAN"
    assert only("It lasted nearly two decades.").mod == "APPROX"
    assert only("Trade picked up in early 2011.").mod == "START"


def test_sets_carry_quant_and_freq() -> None:
    """ "every Friday" has quant EVERY; "twice a week" has freq 2X."""
    assert only("Markets open every Friday.").quant == "EVERY"
    assert only("Observers meet twice a week.").freq == "2X"


def test_ranges_are_two_dates_in_order() -> None:
    """A range gives its two ends (TimeML), and the second end is never before the first."""
    found = dates("Fighting raged from November to February.").dates
    assert [(d.text, d.value) for d in found] == [("November", "2017-11"), ("February", "2018-02")]
    found = dates("Between 2011 and 2014 the city changed hands.").dates
    assert [d.value for d in found] == ["2011", "2014"]


def test_intervals() -> None:
    """Every resolved DATE has its calendar interval; anchored durations their window."""
    d = only("The ceasefire collapsed in the third quarter of 2017.")
    assert d.interval is not None and (d.interval.first, d.interval.last) == ("2017-07-01", "2017-09-30")
    d = only("Prices rose last week.")
    assert d.interval is not None and (d.interval.first, d.interval.last) == ("2018-01-29", "2018-02-04")
    d = only("Aid will flow over the next two weeks.")
    assert d.anchored and d.interval is not None
    assert (d.interval.first, d.interval.last) == ("2018-02-06", "2018-02-19")


def test_since_gives_an_interval_to_publication() -> None:
    """ "since March 2011": the TIMEX is "March 2011", its interval runs to the publication date."""
    d = only("The war has raged since March 2011.")
    assert (d.text, d.value, d.mod, d.anchored) == ("March 2011", "2011-03", None, True)
    assert d.interval is not None and (d.interval.first, d.interval.last) == ("2011-03-01", "2018-02-06")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The jet was shot down on Saturday.", "XXXX-WXX-6"),
        ("Prices rose last year.", "XXXX"),
        ("Convoys left yesterday.", "XXXX-XX-XX"),
        ("In January alone, 211 civilians were killed.", "XXXX-01"),
        ("The fighting began three days ago.", "XXXX-XX-XX"),
        ("The minister is currently in Geneva.", "PRESENT_REF"),
    ],
)
def test_without_publication_date_nothing_is_anchored(sentence: str, value: str) -> None:
    """Without a publication date, relative expressions stay unresolved, never anchored on today."""
    d = only(sentence, published=None)
    assert (d.value, d.anchored, d.interval) == (value, False, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "We will go.",
        "It may rain.",
        "The cat sat on the mat.",
        "Thousands march through the capital.",
        "They paid $27 for it.",
        "Turnout was 50%.",
        "Of the 1,447 wounded, 3,035 were treated.",
        "A Su-25 and an F-16 flew over.",
        "COVID-19 spread quickly.",
        "Under Resolution 2254, talks resumed.",
        "The 45-year-old man and his 12-year-old son were freed.",
        "The boy, 12 years old, was unhurt.",
        "Some 10,000 people and 211 civilians were counted.",
        "About three-quarters of the city was destroyed.",
        "The rally drew 2000 people.",
        "Only one-quarter of those affected were insured.",
    ],
)
def test_not_fooled(sentence: str) -> None:
    """Pronouns, verbs, amounts, designations and ages are not dates."""
    assert dates(sentence).dates == ()


def test_possessive_weekday() -> None:
    """ "Friday's vote": the TIMEX is "Friday"."""
    d = only("Friday's vote was delayed.")
    assert (d.text, d.value) == ("Friday", "2018-02-02")


def test_spelled_years_and_quarter_context() -> None:
    """Broadcast years in words; "a year earlier" after a quarter is that quarter a year before."""
    d = only("The plant opened in nineteen ninety-six.")
    assert (d.text, d.value) == ("nineteen ninety-six", "1996")
    found = dates("Profit rose in the third quarter of 2017, against a loss a year earlier.").dates
    assert [(d.text, d.value) for d in found] == [
        ("the third quarter of 2017", "2017-Q3"),
        ("a year earlier", "2016-Q3"),
    ]


@pytest.mark.parametrize(
    ("sentence", "span", "type_", "value"),
    [
        ("Exports for the full year fell by a tenth.", "the full year", "DATE", "2018"),
        ("The talks went nowhere for years.", "years", "DURATION", "PXY"),
        ("The flight took 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
        ("The program ran for 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("Sales for the current fiscal year are flat.", "the current fiscal year", "DATE", "FY2017"),
        ("The deal should close by year-end.", "year-end", "DATE", "2018-12-31"),
    ],
)
def test_more_forms(sentence: str, span: str, type_: str, value: str) -> None:
    """Financial-news and vague forms."""
    d = only(sentence)
    assert (d.text, d.type, d.value) == (span, type_, value)


def test_year_ended() -> None:
    """ "the year ended June 30": a year's length, then its last day (two TIMEX3, as in TimeBank)."""
    found = dates("Grain output in the year ended June 30 doubled.").dates
    assert [(d.text, d.type, d.value) for d in found] == [
        ("the year", "DURATION", "P1Y"),
        ("June 30", "DATE", "2017-06-30"),
    ]


def test_titles_are_not_dates() -> None:
    """ "This Week" the programme is not this week."""
    assert dates('The envoy told the "This Week" programme that talks would resume.').dates == ()


@pytest.mark.parametrize(
    ("sentence", "span", "type_", "value"),
    [
        # tense around a weekday (publication: Tuesday 2018-02-06)
        ("A bomb exploded next to the embassy on Friday.", "Friday", "DATE", "2018-02-02"),
        ("Protesters planned a march on Saturday.", "Saturday", "DATE", "2018-02-10"),
        ("The vote was postponed until Thursday.", "Thursday", "DATE", "2018-02-08"),
        ("The envoy could arrive as early as Thursday.", "Thursday", "DATE", "2018-02-08"),
        ("Both leaders meet separately Monday with the mediator.", "Monday", "DATE", "2018-02-12"),
        ("Rebels were planning to attack on Saturday.", "Saturday", "DATE", "2018-02-10"),
        ("They would challenge Friday's ruling in court.", "Friday", "DATE", "2018-02-02"),
        # a part of the day is kept, as the TIMEX3 guidelines write it
        ("The convoy was hit on Friday night.", "Friday night", "TIME", "2018-02-02TNI"),
        ("Shares fell by mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "2018-02-05TAF"),
        # the past year names the previous calendar year (TimeBank); "or so" stays inside
        ("Attacks grew over the past year.", "the past year", "DATE", "2017"),
        ("The plant will close over the next year or so.", "the next year or so", "DATE", "2019"),
        ("Such crises have happened in the past that shook the region.", "the past", "DATE", "PAST_REF"),
        # ranges and vague spans
        ("Shipments resume within two to three weeks.", "two to three weeks", "DURATION", "PXW"),
        ("He probably died within weeks or months of his capture.", "weeks or months", "DURATION", "PXW"),
        ("Funds sold stock in recent weeks and months.", "recent weeks and months", "DATE", "PAST_REF"),
        ("The siege ended. Three days later, aid arrived.", "Three days", "DURATION", "P3D"),
        ("Profit for last year's quarter was $3 million.", "last year's quarter", "DATE", "2016-Q4"),
    ],
)
def test_tense_parts_of_day_and_vague_forms(sentence: str, span: str, type_: str, value: str) -> None:
    """Rules learnt from the TempEval-3 training errors (general forms, not documents)."""
    d = only(sentence)
    assert (d.text, d.type, d.value) == (span, type_, value)


def test_since_a_month_is_never_ahead() -> None:
    """ "since March" written in February is last March, whatever the tense of the clause."""
    d = only("The ship has been on patrol since March and was scheduled to return.")
    assert (d.text, d.value) == ("March", "2017-03")


def test_anaphoric_year_and_day() -> None:
    """ "later that year", "earlier that day" take the last date named at their granularity."""
    found = dates("He left in June 2016 and returned later that year.").dates
    assert [(d.text, d.value) for d in found] == [("June 2016", "2016-06"), ("later that year", "2016")]
    found = dates("He was shot on Oct. 23, 2015. Earlier that day, he had spoken.").dates
    assert [(d.text, d.value) for d in found] == [
        ("Oct. 23, 2015", "2015-10-23"),
        ("Earlier that day", "2015-10-23"),
    ]
    assert only("Results for that quarter were weak.", published=None).value == "XXXX-QX"


@pytest.mark.parametrize(
    "sentence",
    ["This is VOA Today.", 'He said so on CBS\'s "60 Minutes."', "Gains came from redemptions that day."],
)
def test_titles_and_unmarked_that_day(sentence: str) -> None:
    """Programme titles and a bare "that day" are not tagged."""
    assert dates(sentence).dates == ()


@pytest.mark.parametrize(
    ("sentence", "span", "type_", "value"),
    [
        ("Hearings are set for the week of March 6.", "the week of March 6", "DATE", "2018-W10"),
        ("The family has until 9 a.m. Thursday to sign.", "9 a.m. Thursday", "TIME", "2018-02-08T09:00"),
        ("Sales doubled for the first time in years.", "years", "DURATION", "PXY"),
        ("It doesn't bode well for coming quarters.", "coming quarters", "DATE", "FUTURE_REF"),
        ("The talks lasted two and a half hours.", "two and a half hours", "DURATION", "PT2H30M"),
        ("He served a year and a half in jail.", "a year and a half", "DURATION", "P1Y6M"),
    ],
)
def test_weeks_deadlines_and_halves(sentence: str, span: str, type_: str, value: str) -> None:
    """ "the week of", deadlines with "until", "in years", "coming quarters", "and a half"."""
    d = only(sentence)
    assert (d.text, d.type, d.value) == (span, type_, value)


def test_generic_today_is_not_a_day() -> None:
    """ "today's youth" is an age, not the publication day; "today's editions" is the day."""
    assert dates("The case is for today's youth what the revolution was for their parents.").dates == ()
    assert only("The offer was advertised in today's editions.").value == "2018-02-06"


@pytest.mark.parametrize(
    ("sentence", "span", "type_", "value"),
    [
        ("Flights leave on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        ("The market is closed Sundays.", "Sundays", "SET", "XXXX-WXX-7"),
        ("Islam will one day be the second religion.", "one day", "DATE", "FUTURE_REF"),
        ("The offer had been due to expire Friday.", "Friday", "DATE", "2018-02-02"),
        ("Sales slowed in the last half of 2017.", "the last half of 2017", "DATE", "2017-H2"),
        (
            "Output falls in the first two quarters of 2019.",
            "the first two quarters of 2019",
            "DATE",
            "2019-H1",
        ),
        ("In the quarter ended July 31, sales fell.", "the quarter", "DATE", "2017-Q2"),
    ],
)
def test_sets_halves_and_fiscal_quarters(sentence: str, span: str, type_: str, value: str) -> None:
    """Plural weekdays are sets; halves; a fiscal quarter is the calendar quarter of most of its months."""
    d = dates(sentence).dates[0]
    assert (d.text, d.type, d.value) == (span, type_, value)


def test_the_following_year_follows_the_last_date() -> None:
    """ "the following year" is one year after the last date named, not after publication."""
    found = dates("He was promoted on May 22, 1995, and the following year he moved to Washington.").dates
    assert [(d.text, d.value) for d in found] == [
        ("May 22, 1995", "1995-05-22"),
        ("the following year", "1996"),
    ]


def test_day_ranges_give_both_days() -> None:
    """ "Jan. 15-17", "April 24 and 25": two dates of the same month (and year, if one follows)."""
    found = dates("NATO meets on April 24 and 25 in Washington.").dates
    assert [(d.text, d.value) for d in found] == [("April 24", "2018-04-24"), ("25", "2018-04-25")]
    found = dates("Talks ran Jan. 15-17, 2017, in Geneva.").dates
    assert [(d.text, d.value, d.anchored) for d in found] == [
        ("Jan. 15", "2017-01-15", False),
        ("17, 2017", "2017-01-17", False),
    ]
    assert [d.text for d in dates("On Jan. 15 and 16 people died.").dates] == ["Jan. 15"]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The vote is Friday.", "Friday", "2018-02-09"),
        ("The law takes effect on July 1.", "July 1", "2018-07-01"),
        ("Shipments were delayed earlier in the year by rains.", "earlier in the year", "2018"),
    ],
)
def test_present_schedules_and_earlier_in_the_year(sentence: str, span: str, value: str) -> None:
    """A copula or a scheduling verb in the present points ahead; "earlier in the year" is this year."""
    d = only(sentence)
    assert (d.text, d.value) == (span, value)


def test_the_next_day_follows_the_last_date() -> None:
    """ "the next day", "the previous evening" count from the last full date named."""
    found = dates("He was arrested on Monday and released the next day.").dates
    assert [(d.text, d.value) for d in found] == [("Monday", "2018-02-05"), ("the next day", "2018-02-06")]
    found = dates("The clashes began on Jan. 3. The previous evening, police had gathered.").dates
    assert [(d.text, d.type, d.value) for d in found][1] == ("The previous evening", "TIME", "2018-01-02TEV")
    assert only("The next day was calm.").value == "XXXX-XX-XX"
