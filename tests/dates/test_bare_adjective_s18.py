"""Session 18 (issue 19): a length written as an adjective without its hyphen keeps only the length
("the two day rally" -> `two day`, as "the 10-day strike" -> `10-day`: the determiner is the noun's),
and "the 1997 year" names a calendar year (`1997`), not a length of 1,997 years."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None = "1998-03-03") -> list[tuple[str, str, str]]:
    """(text, type, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.type, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds gathered for the two day rally.", [("two day", "DURATION", "P2D")]),
        ("The 93 minute film will be shown.", [("93 minute", "DURATION", "PT93M")]),
        (
            "The 15 year embargo was imposed in 1989.",
            [("15 year", "DURATION", "P15Y"), ("1989", "DATE", "1989")],
        ),
    ],
)
def test_the_determiner_of_an_unhyphenated_adjective_is_the_nouns(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """A count above one before a singular unit, then a noun: the length alone is tagged."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two days of talks ended.", [("The two days", "DURATION", "P2D")]),
        ("The one day he came was wet.", [("The one day", "DURATION", "P1D")]),
        ("Over the next two year period prices rose.", [("the next two year", "DURATION", "P2Y")]),
    ],
)
def test_a_length_of_its_own_keeps_its_determiner(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A plural unit, a count of one, or a relative word ("the next two years") keep the determiner."""
    assert found(text) == expected


def test_a_year_named_before_year_is_the_calendar_year() -> None:
    """"the 1997 year": the year 1997 is tagged (a `DATE`), no length is made of it."""
    text = "The analyst also set an earnings estimate for the 1997 year, but no figure for the 1996 year."
    assert found(text, "1996-08-22") == [("1997", "DATE", "1997"), ("1996", "DATE", "1996")]
