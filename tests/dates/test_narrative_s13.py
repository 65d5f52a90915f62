"""Narrative forms of session 13 (issue 19): "two days later", "12 months later" after a date of the
story are one DATE counted forward from it (a length where no date is named just before); "that
week", "that night", "later that afternoon" and "the day before" read the day the story named last."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None) -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, reference) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.type, d.value, d.reference) for d in doc.dates]


# (sentence, publication date, the expected last expression (span, type, value, reference))
FORMS = [
    # counted forward from the date named just before, at the granularity they share
    (
        "The plant closed on June 1, 1986. Two days later the workers left.",
        "1987-03-20",
        ("Two days later", "DATE", "1986-06-03", "narrative"),
    ),
    (
        "He won in 1982 and defended the title 12 months later.",
        "1987-03-20",
        ("12 months later", "DATE", "1983", "narrative"),
    ),
    (
        "The strike began in 1984. Two years later, the mine closed.",
        "1987-03-20",
        ("Two years later", "DATE", "1986", "narrative"),
    ),
    (
        "Profits rose in March 1986 and fell two months later.",
        "1987-03-20",
        ("two months later", "DATE", "1986-05", "narrative"),
    ),
    (
        "The game is out in the US on 9 November, with a UK release two days later.",
        None,
        ("two days later", "DATE", "XXXX-11-11", "narrative"),
    ),
    # no date named in the sentence or the one before: the length, as TimeML writes "Three days" later
    ("Talks will resume two weeks later.", "1987-03-20", ("two weeks", "DURATION", "P2W", None)),
    (
        "Prices rose in 1984. Costs fell. Wages were cut. Unions struck three years later.",
        "1987-03-20",
        ("three years", "DURATION", "P3Y", None),
    ),
    # a week after a month is not known to the week: the month they share (the guidelines' granularity)
    (
        "In July 1986 the bank agreed. A week later it said it had not.",
        "1987-03-20",
        ("A week later", "DATE", "1986-07", "narrative"),
    ),
    # anaphors of the week and of the part of the day
    (
        "The plant closed on June 1, 1986. Earlier that week, the union had met.",
        "1987-03-20",
        ("Earlier that week", "DATE", "1986-W22", "narrative"),
    ),
    (
        "The plant closed on June 1, 1986. That evening, police came.",
        "1987-03-20",
        ("That evening", "TIME", "1986-06-01TEV", "narrative"),
    ),
    (
        "Police came on Tuesday. Later that night they left.",
        "1987-03-20",
        ("Later that night", "TIME", "1987-03-17TNI", "narrative"),
    ),
    (
        "They play on 26 February. That night they left.",
        None,
        ("That night", "TIME", "XXXX-02-26TNI", "narrative"),
    ),
    (
        "Last Saturday, one paper said so. Events later that afternoon proved it wrong.",
        None,
        ("later that afternoon", "TIME", "XXXX-WXX-6TAF", "narrative"),
    ),
    (
        "The plant closed on June 1, 1986. The day before, police came.",
        "1987-03-20",
        ("The day before", "DATE", "1986-05-31", "narrative"),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), FORMS)
def test_narrative_forms(
    text: str, published: str | None, expected: tuple[str, str, str, str | None]
) -> None:
    """The last expression of each passage has the expected span, type, value and reference time."""
    assert found(text, published)[-1] == expected


def test_a_year_earlier_than_an_undated_month_is_that_month() -> None:
    """ "in February from 225,000 a year earlier" in an undated story: the February before, XXXX-02."""
    last = found("Exports eased in February from 225,000 a year earlier.", None)[-1]
    assert last == ("a year earlier", "DATE", "XXXX-02", "narrative")


def test_a_year_ago_after_an_undated_month_counts_from_publication() -> None:
    """ "a year ago" is deictic (the guidelines): it stays ``XXXX`` beside an undated "February"."""
    assert found("Sales sank in February compared to a year ago.", None)[-1][2] == "XXXX"


def test_that_night_far_from_the_day_named_is_not_moved() -> None:
    """ "that night" reads only a day named shortly before (400 characters), not one paragraphs back."""
    filler = "The band has played many shows in small clubs across the north of England. " * 6
    text = "The single is out on 21 February. " + filler + "Everyone in the room that night cheered."
    last = found(text, None)
    assert last[-1] == ("that night", "TIME", "XXXX-XX-XXTNI", "published")


def test_at_that_time_that_after_a_reporting_verb_is_the_time_of_the_report() -> None:
    """ "told the BBC at that time that ..." names a past time; "At the time that X" opens a clause."""
    text = "In July 2004, Bat won approval. Bat told the BBC at that time that it had not negotiated."
    assert found(text, None)[-1] == ("that time", "DATE", "PAST_REF", "narrative")
    assert found("At the time that the deal was signed, prices were high.", "1987-03-20") == []


MONTHS_AFTER_A_YEAR = [
    # a past sentence after the one that named the story's only year takes that year
    (
        "Towards the end of 2004 the club staged contests. The best players met in late December.",
        "2004-12",
    ),
    # two years in the sentence before: which one the story is in is not known
    ("Growth was 1.6% in 2004, after a contraction in 2003. Output fell in July.", "XXXX-07"),
    # a bound ("since") is no time of the story
    (
        "It sold five million consoles since its launch in March 2002. Halo 2 was released in November.",
        "XXXX-11",
    ),
    # the month's own sentence in the future or the present: the publication date stays the anchor
    ("He was elected in 1997. The election will be held in May.", "XXXX-05"),
]


@pytest.mark.parametrize(("text", "value"), MONTHS_AFTER_A_YEAR)
def test_a_month_after_the_sentence_naming_the_year(text: str, value: str) -> None:
    """An undated story's past-tense month reads the sole year of the sentence just before it."""
    assert found(text, None)[-1][2] == value


def test_the_day_before_a_noun_is_no_expression() -> None:
    """ "the day after the vote" names an event, not a day of the calendar: nothing is tagged."""
    assert found("Police came the day after the vote.", "1987-03-20") == []


def test_an_undated_storys_deictic_values_are_relative_to_its_publication() -> None:
    """Without a publication date, "last year", "Tuesday", "now" or a month without a year keep their
    unknown parts but still say what they are relative to (the guidelines' anchor "published");
    a year, a length and a set need no reference time."""
    text = (
        "Sales rose last year and fell on Tuesday in 2004. "
        "Now, for three years, it opens on Mondays in June."
    )
    assert found(text, None) == [
        ("last year", "DATE", "XXXX", "published"),
        ("Tuesday", "DATE", "XXXX-WXX-2", "published"),
        ("2004", "DATE", "2004", None),
        ("Now", "DATE", "PRESENT_REF", "published"),
        ("three years", "DURATION", "P3Y", None),
        ("Mondays", "SET", "XXXX-WXX-1", None),
        ("June", "DATE", "XXXX-06", "published"),
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a length of unknown count told from now: relative to publication, no interval
        ("Rates may rise in the coming months.", "2005-02-01", ("the coming months", "PXM", "published")),
        ("Sales fell in recent weeks.", "2005-02-01", ("recent weeks", "PXW", "published")),
        ("It grew over the past few years.", None, ("the past few years", "PXY", "published")),
        # undated: a counted length back or ahead from now is relative to publication too
        ("It grew over the last three years.", None, ("the last three years", "P3Y", "published")),
        # a bare length, or the minutes of a match, are not
        ("It took months.", "2005-02-01", ("months", "PXM", None)),
        ("They lost it in the last five minutes.", None, ("the last five minutes", "PT5M", None)),
    ],
)
def test_lengths_told_from_now_are_relative_to_publication(
    text: str, published: str | None, expected: tuple[str, str, str | None]
) -> None:
    doc = PIPE.parse(text, published=published)
    assert [(d.text, d.value, d.reference) for d in doc.dates] == [expected]
    assert all(d.interval is None for d in doc.dates if d.value.startswith("PX"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A memorial service will be held at a later date.",
            [("a later date", "DATE", "FUTURE_REF", "published")],
        ),
        ("It was postponed to a later date.", []),  # only "at a later date", as "at an early date"
    ],
)
def test_at_a_later_date_is_a_future_reference(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text, "2005-02-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a week or less after a month: the month they share
        ("In July 2004, Bat won approval. It was denied a week later.", ("a week later", "2004-07")),
        ("The June gig is a warm-up for the show four days later.", ("four days later", "XXXX-06")),
        # longer than a week after a month: a length, as before
        ("In July 2004, Bat won approval. It was denied two weeks later.", ("two weeks", "P2W")),
    ],
)
def test_days_later_after_a_month_stay_in_that_month(text: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, _, v, _ in found(text, None)][-1] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "during the month" just after a month: that month
        (
            "Prices rose in December. In the North West they rose 3% during the month.",
            None,
            [("December", "DATE", "XXXX-12", "published"), ("the month", "DATE", "XXXX-12", "narrative")],
        ),
        (
            "Its December sales were strong. It expects growth of 2% for the month.",
            "2005-01-04",
            [("December", "DATE", "2004-12", "published"), ("the month", "DATE", "2004-12", "narrative")],
        ),
        # no month named just before: not tagged; "the month of May" is the month named
        ("Capacity in use during the month rose to 77.6%.", None, []),
        ("He was paid in the month of May.", None, [("May", "DATE", "XXXX-05", "published")]),
    ],
)
def test_during_the_month_is_the_month_just_named(
    text: str, published: str | None, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the moment, the biggest factor is money.", ["the moment"]),
        ("I can hardly walk at the moment and I won't play.", ["the moment"]),
        ("Independents are in a wonderful position at this moment in time.", ["this moment in time"]),
        ("For the moment Asimo's biggest role is as an ambassador.", ["the moment"]),
        # a moment of an event, not now
        ("At the moment of the blast, he ran.", []),
        ("He arrived at the moment when the doors closed.", []),
        ("The moment has come.", []),
    ],
)
def test_at_the_moment_is_now(text: str, expected: list[str]) -> None:
    dates = found(text, "2005-01-04")
    assert [t for t, _, _, _ in dates] == expected
    assert all(v == "PRESENT_REF" for _, _, v, _ in dates)
