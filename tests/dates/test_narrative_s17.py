"""Session 17 (issue 19): "N days/weeks earlier" after a day the story named counts back from it, and
a quarter described in passing ("After a flat second quarter") is not the quarter an earnings story
reports, so "the year-earlier period" and "a year ago" keep comparing with the reported one."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)
ENDINGS = ("\n", "\r\n", "\r")


def found(text: str, published: str | None) -> list[tuple[str, str, str, str | None]]:
    """(text, type, value, reference) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.type, d.value, d.reference) for d in doc.dates]


EARLIER = [
    (
        "Perry returned to Monrovia on August 22 after leaders nominated her under a peace deal signed in "
        "Abuja five days earlier.",
        "1996-08-28",
        [
            ("August 22", "DATE", "1996-08-22", "published"),
            ("five days earlier", "DATE", "1996-08-17", "narrative"),
        ],
    ),
    (
        "The wall fell on 9 November 1989.{nl}{nl}Two days earlier, crowds gathered at the gates.",
        "2019-11-09",
        [
            ("9 November 1989", "DATE", "1989-11-09", None),
            ("Two days earlier", "DATE", "1989-11-07", "narrative"),
        ],
    ),
    (
        "The vote was held on 3 March 2004. A week earlier, the polls had closed.",
        None,
        [("3 March 2004", "DATE", "2004-03-03", None), ("A week earlier", "DATE", "2004-02-25", "narrative")],
    ),
]


@pytest.mark.parametrize("nl", ENDINGS)
@pytest.mark.parametrize(("text", "published", "expected"), EARLIER)
def test_days_earlier_count_back_from_the_day_named_before(
    text: str, published: str | None, expected: list[tuple[str, str, str, str | None]], nl: str
) -> None:
    """One DATE, "earlier" inside, counted back from the day of the same or the previous sentence."""
    assert found(text.format(nl=nl), published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A day earlier, scores of trucks crossed the border.",  # no day named before: a length
        "The deal closed on March 3, 1987, two days earlier than planned.",  # a length compared
        "The deal closed on March 3, 1987, two days later than planned.",
        "In July 2004 the firm won the case. A week earlier it had lost another.",  # a month, not a day
    ],
)
def test_a_length_earlier_without_a_day_to_count_from_stays_a_duration(text: str) -> None:
    """Without a day named just before (or compared with "than") the length keeps its DURATION."""
    lengths = [d for d in found(text, "1990-08-16") if d[1] == "DURATION"]
    assert len(lengths) == 1 and lengths[0][0] in ("A day", "two days", "A week")


QUARTER = (
    "Kimberly-Clark Corp. posted a 20% gain in third-quarter net income.{nl}{nl}After a flat second quarter "
    "tied to lower newsprint prices, results improved.{nl}{nl}The comparison was enhanced by charges taken "
    "in the year-earlier period, and interest expense was lower than a year ago."
)


@pytest.mark.parametrize("nl", ENDINGS)
def test_a_quarter_described_in_passing_is_not_the_one_reported(nl: str) -> None:
    """ "the year-earlier period" and "a year ago" compare with the third quarter, not the flat second."""
    values = {text: value for text, _, value, _ in found(QUARTER.format(nl=nl), "1989-11-01")}
    assert values["second quarter"] == "1989-Q2"
    assert values["the year-earlier period"] == "1988-Q3"
    assert values["a year ago"] == "1988-Q3"


def test_a_quarter_with_an_indefinite_hyphenated_adjective_is_still_reported() -> None:
    """ "posted a third-quarter loss": the quarter reported, so "a year earlier" compares with it."""
    text = "The company posted a third-quarter loss of $5 million, against a profit a year earlier."
    values = {t: v for t, _, v, _ in found(text, "1989-11-01")}
    assert values["a year earlier"] == "1988-Q3"


@pytest.mark.parametrize("nl", ENDINGS)
def test_a_paragraph_break_stops_the_year_of_the_sentence_before_whatever_the_line_endings(nl: str) -> None:
    """ "In 1986, ... In March, ..." continues within a paragraph only; "\\r\\n\\r\\n" and "\\r\\r" are
    paragraph breaks as "\\n\\n" is (they used to let the year through)."""
    across = found(f"In 1986, exports fell sharply.{nl}{nl}In March, they rose again.", "1987-06-01")
    within = found(f"In 1986, exports fell sharply.{nl}In March, they rose again.", "1987-06-01")
    assert across[-1] == ("March", "DATE", "1987-03", "published")
    assert within[-1] == ("March", "DATE", "1986-03", "narrative")


WEEKDAYS = [
    (
        "The accord was signed on August 2, 1990.{nl}{nl}The following Monday, troops moved in.",
        ("The following Monday", "DATE", "1990-08-06", "narrative"),
    ),
    (
        "He was arrested on 3 March 1995.{nl}{nl}The previous Friday, he had fled.",
        ("The previous Friday", "DATE", "1995-02-24", "narrative"),
    ),
    (
        "He was arrested on 3 March 1995.{nl}The next Monday, he fled.",
        ("The next Monday", "DATE", "1995-03-06", "narrative"),
    ),
    (
        "He was arrested on 3 March 1995. That Friday night, he fled.",
        ("That Friday night", "TIME", "1995-03-03TNI", "narrative"),
    ),
]


@pytest.mark.parametrize("nl", ENDINGS)
@pytest.mark.parametrize(("text", "expected"), WEEKDAYS)
def test_a_weekday_the_text_ties_to_the_day_named_before(
    text: str, expected: tuple[str, str, str, str | None], nl: str
) -> None:
    """ "the following/previous/next Monday" counts from the day named just before; "that Friday" is
    that day when it is a Friday."""
    assert found(text.format(nl=nl), "1996-08-28")[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed on August 2, 1990. That Monday, troops moved in.",  # not a Monday
        "The accord was signed on August 2, 1990. Troops moved in on Monday.",  # no tie in the text
        "The accord was signed on August 2, 1990. He will fly out next Monday.",  # deictic "next"
    ],
)
def test_a_weekday_the_text_does_not_tie_stays_on_the_publication_date(text: str) -> None:
    """Without "the following"/"the previous" (or "that" on the same weekday) publication anchors it."""
    assert found(text, "1996-08-28")[-1][3] == "published"


def test_the_first_quarter_named_is_reported_even_with_an_indefinite() -> None:
    """ "posted a strong fourth quarter" as the story's first quarter is the one it reports."""
    text = "The company posted a strong fourth quarter, with sales up 5% from a year earlier."
    values = {t: v for t, _, v, _ in found(text, "1990-02-01")}
    assert values["a year earlier"] == "1988-Q4"
