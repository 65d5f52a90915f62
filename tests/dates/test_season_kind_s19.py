"""Session 19 (issue 19): "the <season>" before a noun it modifies ("the winter snow line", "the
winter fuel allowance") names a kind of thing, not a time, as a bare "winter storm" already was not
one; "the winter", "the winter months", "the summer of 1994" and "in the summer instead" stay dates."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None = "2006-01-04") -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    "text",
    [
        "We have seen the general retreat of the winter snow line.",
        "Payments are part of the winter fuel allowance.",
        "The government plans to increase the sowing of the winter wheat.",
        "There is still the summer malaise hanging over the market.",
    ],
)
def test_a_season_before_its_noun_is_no_time(text: str) -> None:
    """A season between "the" and the noun it modifies is not tagged."""
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose in the winter.", [("the winter", "2004-WI")]),
        ("In the winter months it rains.", [("the winter", "2005-WI")]),
        ("The announcement may come in the summer instead.", [("the summer", "2006-SU")]),
        ("Prices fell in the summer of 1994.", [("the summer of 1994", "1994-SU")]),
        ("The summer saw big gains.", [("The summer", "2005-SU")]),
    ],
)
def test_a_season_as_a_time_stays(text: str, expected: list[tuple[str, str]]) -> None:
    """Before no noun, a unit word, "of", an adverb or a verb, the season is still a date."""
    assert found(text) == expected
