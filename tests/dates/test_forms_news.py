"""Forms met in real wire stories (issue 19, second round): each in a short sentence of its own."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None) -> list[tuple[str, str, str]]:
    """(text, type, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.type, d.value) for d in doc.dates]


# (sentence, publication date, every expected (span, type, value))
FORMS = [
    ("Gilts rose about two points on the day.", "1987-03-17", [("the day", "DATE", "1987-03-17")]),
    ("In the first half hour, prices soared.", "1987-03-17", [("the first half hour", "DURATION", "PT30M")]),
    ("He waited half an hour.", "1987-03-17", [("half an hour", "DURATION", "PT30M")]),
    ("Rainfall this season has been low.", "1987-06-29", [("this season", "DATE", "PRESENT_REF")]),
    ("The courts would soon reunite the family.", "2008-08-21", [("soon", "DATE", "FUTURE_REF")]),
    ("A trickle of cash soon became a flood.", "2000-02-24", []),
    ("Leave as soon as possible.", "2000-02-24", [("as soon as possible", "DATE", "FUTURE_REF")]),
    ("It said so in an annual review.", "1987-03-02", [("annual", "SET", "P1Y")]),
    ("Inflation slowed to a two pct annual rate.", "1987-03-02", [("annual", "SET", "P1Y")]),
    ("The plan was adopted at the annual meeting.", "1989-10-26", []),
    ("She was the future queen, but doubted it.", "2008-02-20", []),
    ("The future is uncertain.", "2008-02-20", [("The future", "DATE", "FUTURE_REF")]),
    ("The official Ivorian daily Fraternite Matin reported it.", "1987-06-29", []),
    ("Prices are set daily.", "1987-06-29", [("daily", "SET", "P1D")]),
    ("He spoke for a weekend.", "2005-04-16", [("a weekend", "DURATION", "P1WE")]),
    ("LaPierre told about 2000 listeners to stay.", "2005-04-16", []),
    ("It was in about 2000 that the firm grew.", "2005-04-16", [("2000", "DATE", "2000")]),
    (
        "The last convention was when 1892 Republican delegates met.",
        "2006-09-28",
        [("1892", "DATE", "1892")],
    ),
    (
        "He hosted Meet the Press, a Sunday morning talk show.",
        "2008-06-13",
        [("Sunday morning", "TIME", "XXXX-WXX-7TMO")],
    ),
    (
        "Fires start each year during the August-November dry season.",
        "2007-06-21",
        [("each year", "SET", "P1Y"), ("August", "DATE", "XXXX-08"), ("November", "DATE", "XXXX-11")],
    ),
    (
        "It was 1.09 degrees above the standard 1961-90 average.",
        "2006-01-04",
        [("1961", "DATE", "1961"), ("90", "DATE", "1990")],
    ),
    ("The 2004-05 season was poor.", "2006-01-04", [("2004-05", "DATE", "2004")]),
    ("Savings of 12bn by 2007-2008 are crucial.", "2005-02-01", [("2007-2008", "DATE", "2007")]),
    (
        "She represented the riding from 1979-1988.",
        "2008-09-27",
        [("1979", "DATE", "1979"), ("1988", "DATE", "1988")],
    ),
    (
        "The economy shrank 0.2% in the last quarter of 2004.",
        "2005-06-01",
        [("the last quarter of 2004", "DATE", "2004-Q4")],
    ),
    (
        "Sales fell in the last quarter of last year.",
        "2005-06-01",
        [("the last quarter of last year", "DATE", "2004-Q4")],
    ),
    (
        "Over the New Year bushfires have caused havoc.",
        "2006-01-04",
        [("the New Year", "DATE", "2006-01-01")],
    ),
    ("Crowds gathered on New Year's Eve.", "2006-01-04", [("New Year's Eve", "DATE", "2005-12-31")]),
    (
        "Joop den Uyl died on December 24; 1987.",
        "2008-02-20",
        [("December 24; 1987", "DATE", "1987-12-24")],
    ),
    (
        "Austerity would follow if the economy did not improve over the summer.",
        "1987-03-11",
        [("the summer", "DATE", "1987-SU")],
    ),
    ("Sales fell in the summer.", "1987-03-11", [("the summer", "DATE", "1986-SU")]),
    ("Traders expect a rate hike in December.", "2016-04-12", [("December", "DATE", "2016-12")]),
    ("The Fed raised rates in December.", "2016-04-12", [("December", "DATE", "2015-12")]),
    ("Stocks remain at January levels.", "2017-04-10", [("January", "DATE", "2017-01")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), FORMS)
def test_news_forms(sentence: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence, published) == expected


def test_new_year_in_lower_case_is_not_the_holiday() -> None:
    assert found("Talks resume in the new year.", "2006-12-04") == []


def test_unanchored_forms_keep_their_unknown_parts() -> None:
    assert found("Gilts rose two points on the day.", None) == [("the day", "DATE", "XXXX-XX-XX")]
    assert found("Fires start each year during August.", None)[-1] == ("August", "DATE", "XXXX-08")
