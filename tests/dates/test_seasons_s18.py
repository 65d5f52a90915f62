"""Session 18 (issue 19): "last season" and "next season" are told from now, as "this season" is
(`PAST_REF`, `FUTURE_REF`, `PRESENT_REF`), and so is the season of a calendar activity ("Last tax
season", "this tax season", the guidelines' session-12 clarification); a final season ("the last
season of the show", "his last season") is no time expression."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None = "1996-08-30") -> list[tuple[str, str, str | None]]:
    """(text, value, reference) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value, d.reference) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Schalke, who finished third last season, raced to a 3-1 lead.",
            [("last season", "PAST_REF", "published")],
        ),
        (
            "Last season's league and Cup winners Manchester United host Wimbledon.",
            [("Last season", "PAST_REF", "published")],
        ),
        (
            "The Pirates would be forced to trim salary from next season's payroll.",
            [("next season", "FUTURE_REF", "published")],
        ),
        (
            "Last tax season, the average cost fell. Block expects some expansion this tax season of its "
            "electronic filing.",
            [("Last tax season", "PAST_REF", "published"), ("this tax season", "PRESENT_REF", "published")],
        ),
        ("He scored twice this season.", [("this season", "PRESENT_REF", "published")]),
    ],
)
def test_a_season_told_from_now(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """A bare "last", "next" or "this" before the season: a vague reference told from now."""
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was the last season of the show.",
        "In his last season at Arsenal he won the league.",
        "The next season of the series starts soon after.",
        "Their last season together ended in 1999.",
        "Its next season was filmed in Rome.",
    ],
)
def test_a_final_season_is_no_time_expression(text: str) -> None:
    """A determiner or a possessive before "last" or "next": a final or following season of a thing."""
    assert [d for d in found(text) if "season" in d[0]] == []


def test_an_undated_story_keeps_the_reference() -> None:
    """Without a publication date the value is the same vague reference, counted from publication."""
    expected = [("last season", "PAST_REF", "published")]
    assert found("Chelsea kept 24 clean sheets last season.", None) == expected
