"""Which reference time a relative expression takes after an earlier absolute date (issue 19, session 13
round 3): a past-tense clock time continues the date named just before; a weekday of reported speech
("said on Tuesday") and a present- or future-tense clause stay on the publication date."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def last(text: str, published: str) -> tuple[str, str, str | None]:
    """(text, value, reference) of the last time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    d = doc.dates[-1]
    return d.text, d.value, d.reference


CASES = [
    # the narrative moved: a past-tense clock time right after an absolute date is on that date
    (
        "The plane crashed on Jan. 12, 1986, killing 40. At 10 p.m. rescuers arrived at the site.",
        "1987-03-18",
        ("10 p.m.", "1986-01-12T22:00", "narrative"),
    ),
    (
        "The war began on 3 March 2004. Later that day the army crossed the border.",
        "2006-09-28",
        ("Later that day", "2004-03-03", "narrative"),
    ),
    # the publication date stays: reported speech in the lead, a future-tense clause
    (
        "The war began on 3 March 2004. The minister said on Tuesday that talks will resume.",
        "2006-09-28",
        ("Tuesday", "2006-09-26", "published"),
    ),
    (
        "The company, founded on June 5, 1985, said on Tuesday it had agreed to a merger.",
        "1987-03-18",
        ("Tuesday", "1987-03-17", "published"),
    ),
    (
        "The treaty was signed on 3 March 2004. Parliament will debate it on Friday.",
        "2006-09-28",
        ("Friday", "2006-09-29", "published"),
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_reference_after_an_earlier_date(text: str, published: str, expected: tuple[str, str, str]) -> None:
    """The value and reference time of the last expression of each passage."""
    assert last(text, published) == expected


IRREGULAR_PAST = [
    # the guidelines' "In 1982, ... In March, ..." with an irregular past ("lost", "took")
    ("In 1982, the plant lost money. In March, it closed.", "1987-03-18", ("March", "1982-03", "narrative")),
    (
        "The rebels took the town in 2004. In June they were driven out.",
        "2006-09-28",
        ("June", "2004-06", "narrative"),
    ),
    # a future in the month's clause returns to the publication date
    (
        "In 1982, the plant lost money. In March, it will close.",
        "1987-03-18",
        ("March", "1987-03", "published"),
    ),
    # "cut" may be a present: the year's sentence is not known to be past, the month stays
    ("In 1982 the firms cut jobs. In March, prices rose.", "1987-03-18", ("March", "1987-03", "published")),
]


@pytest.mark.parametrize(("text", "published", "expected"), IRREGULAR_PAST)
def test_irregular_past_continues_the_year(text: str, published: str, expected: tuple[str, str, str]) -> None:
    """A sentence told with an irregular past verb names the year the next "In March," continues."""
    assert last(text, published) == expected
