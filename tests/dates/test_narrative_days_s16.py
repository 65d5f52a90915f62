"""Narrative anchors of session 16 (issue 19): a month before "the same year" ("that year") is of
the year the story named last, and a day without a year after a written date of its month (an
earlier or the same day) is of that date's year; each says which expression it used."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)
ENDINGS = ("\n", "\r\n", "\r")


def found(text: str, published: str | None) -> list[tuple[str, str, str | None]]:
    """(text, value, reference) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value, d.reference) for d in doc.dates]


SAME_YEAR = [
    (
        "In 1993, she fell in Rome and broke three ribs.{nl}{nl}In August the same year, while in New Delhi, "
        "she developed malaria.",
        "1996-08-22",
        [("1993", "1993", None), ("August", "1993-08", "narrative"), ("the same year", "1993", "narrative")],
    ),
    (
        "The company was founded in 1987.{nl}{nl}In March of that year it opened a plant.",
        None,
        [("1987", "1987", None), ("March", "1987-03", "narrative"), ("that year", "1987", "narrative")],
    ),
    (
        "Ukraine declared independence in 1991, backed by a referendum in December of that year.",
        "1996-08-23",
        [("1991", "1991", None), ("December", "1991-12", "narrative"), ("that year", "1991", "narrative")],
    ),
]


@pytest.mark.parametrize("nl", ENDINGS)
@pytest.mark.parametrize(("text", "published", "expected"), SAME_YEAR)
def test_a_month_before_the_same_year_takes_the_year_named_last(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]], nl: str
) -> None:
    """The month and its "the same year" take the year named before them, not the publication's."""
    assert found(text.format(nl=nl), published) == expected


def test_a_month_without_the_same_year_keeps_its_reading() -> None:
    """Without "the same year" a month of another paragraph stays on the publication date."""
    text = "In 1993, she fell in Rome.\n\nIn August, she developed malaria."
    assert found(text, "1996-08-22")[-1] == ("August", "1996-08", "published")


SAME_MONTH = [
    (
        "He warned in a document on 7 March 2003 that force could be illegal.{nl}{nl}The government "
        "had prepared a team. On 10 March, military chiefs asked for a statement. The book says on "
        "13 March he met Lord Falconer.",
        None,
        [
            ("7 March 2003", "2003-03-07", None),
            ("10 March", "2003-03-10", "narrative"),
            ("13 March", "2003-03-13", "narrative"),
        ],
    ),
    (
        "The votes were cast in June 2004. The men deny it.{nl}They misused postal votes during the "
        "10 June election.",
        None,
        [("June 2004", "2004-06", None), ("the 10 June", "2004-06-10", "narrative")],
    ),
    (
        "The technical awards dinner was on 12 February 2005. The main ceremony will be held on 27 February.",
        None,
        [("12 February 2005", "2005-02-12", None), ("27 February", "2005-02-27", "narrative")],
    ),
]


@pytest.mark.parametrize("nl", ENDINGS)
@pytest.mark.parametrize(("text", "published", "expected"), SAME_MONTH)
def test_a_day_after_a_written_date_of_its_month_takes_its_year(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]], nl: str
) -> None:
    """A later day of the month a written date named shortly before is of that date's year."""
    assert found(text.format(nl=nl), published) == expected


def test_the_day_points_at_the_date_it_used() -> None:
    """A chained day points at the day before it; its interval is its own day."""
    text = "It was signed on 7 March 2003. On 10 March they met. On 13 March they left."
    doc = PIPE.parse(text, published=None)
    _first, second, third = doc.dates
    assert third.reference_span is not None
    assert (third.reference_span.start, third.reference_span.end) == (second.start, second.end)
    assert third.interval is not None
    assert (third.interval.first, third.interval.last) == ("2003-03-13", "2003-03-13")


@pytest.mark.parametrize(
    ("text", "published", "last"),
    [
        # an earlier day of the month is another event ("the 11 September attacks")
        (
            "The deficit reached $412bn in the 12 months to 30 September 2004. Costs rose after the "
            "11 September attacks.",
            None,
            ("the 11 September", "XXXX-09-11", "published"),
        ),
        # another month
        (
            "The plant opened on 7 March 2003. On 10 April it closed.",
            None,
            ("10 April", "XXXX-04-10", "published"),
        ),
        # a date whose year is the publication's, not written, moves nothing
        (
            "The plant opened on March 7. On March 10 it closed.",
            "1996-08-22",
            ("March 10", "1996-03-10", "published"),
        ),
        # in a dated story a month with its year anchors no day ("August 1988 ... on Aug. 2")
        (
            "The truce of August 1988 held. Iran condemned the invasion of Kuwait on Aug. 2.",
            "1990-08-15",
            ("Aug. 2", "1990-08-02", "published"),
        ),
        # far from the written date
        (
            "The plant opened on 7 March 2003." + " It is large." * 80 + " On 10 March it closed.",
            None,
            ("10 March", "XXXX-03-10", "published"),
        ),
    ],
)
def test_a_day_stays_where_the_written_date_does_not_anchor_it(
    text: str, published: str | None, last: tuple[str, str, str | None]
) -> None:
    """An earlier day, another month, a resolved year or a long way back leave the day as it was."""
    assert found(text, published)[-1] == last


SAME_MONTH_BACK = [
    (
        "Shipments of aluminium products in July surged 8.9 percent over the same month last year.",
        "1996-08-27",
        [("July", "1996-07", "published"), ("the same month last year", "1995-07", "narrative")],
    ),
    (
        "Zinc imports in July totalled 3,684 tonnes, off 47.5 percent from 7,011 tonnes in the same "
        "month a year earlier.",
        "1996-08-28",
        [("July", "1996-07", "published"), ("the same month a year earlier", "1995-07", "narrative")],
    ),
    (
        "Output was 355,900 tonnes in July,{nl}{nl}up 1.9 percent from June.{nl}{nl}"
        "It was 4.2 percent higher than the same month last year.",
        "1996-08-22",
        [
            ("July", "1996-07", "published"),
            ("June", "1996-06", "published"),
            ("the same month last year", "1995-07", "narrative"),
        ],
    ),
    (
        "Sales in March were higher than in the same month of the previous year.",
        None,
        [("March", "XXXX-03", "published"), ("the same month of the previous year", "XXXX-03", "narrative")],
    ),
    (
        "Sales were 4.2 percent higher than the same month last year.",
        "1996-08-22",
        [("the same month last year", "1995-08", "published")],
    ),
]


@pytest.mark.parametrize("nl", ENDINGS)
@pytest.mark.parametrize(("text", "published", "expected"), SAME_MONTH_BACK)
def test_the_same_month_last_year_is_the_month_reported_a_year_back(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]], nl: str
) -> None:
    """One expression: the month reported before (not one compared with), a year back."""
    assert found(text.format(nl=nl), published) == expected


THAT_DAY = [
    (
        "The money had been transferred on 14 December.{nl}He said only $480,000 had been in the accounts "
        "that day.",
        None,
        [("14 December", "XXXX-12-14", "published"), ("that day", "XXXX-12-14", "narrative")],
    ),
    (
        "The first call was made on 1 January 1985 by Ernie Wise. In the 20 years since that day, mobiles "
        "spread.",
        None,
        [
            ("1 January 1985", "1985-01-01", None),
            ("the 20 years", "P20Y", None),
            ("that day", "1985-01-01", "narrative"),
        ],
    ),
    (
        "Prices fell on Tuesday. Traders sold heavily that day.",
        "1996-08-22",
        [("Tuesday", "1996-08-20", "published"), ("that day", "1996-08-20", "narrative")],
    ),
]


@pytest.mark.parametrize("nl", ENDINGS)
@pytest.mark.parametrize(("text", "published", "expected"), THAT_DAY)
def test_that_day_after_a_day_named_just_before_is_that_day(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]], nl: str
) -> None:
    """ "that day" is tagged with the day named in its sentence or the one before."""
    assert found(text.format(nl=nl), published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("You get a news item, it hits, you have strong redemptions that day.", "1989-10-26"),
        ("Prices fell in October. United won 2-0 that day.", "1996-08-22"),  # a month is no day
        ("Prices fell on Tuesday. The market is large. Traders are many. They sold that day.", "1996-08-22"),
    ],
)
def test_that_day_with_no_day_just_before_is_not_tagged(text: str, published: str | None) -> None:
    """Without a day named in its sentence or the one before, "that day" is no expression."""
    assert "that day" not in [t for t, _, _ in found(text, published)]
