"""Session 19 (issue 19): "the future of X" names the fate of a thing, not a time (the guidelines'
session-14 clarification), while "the future" as a time ("in the future", "the future is
uncertain") stays `FUTURE_REF`."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None = "1996-08-30") -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    "text",
    [
        "Arafat was invited for talks on the future of the Israel-PLO peace process.",
        "Uncertainty remains over the future of Perrier.",
        "The future of the airline is still being considered.",
    ],
)
def test_the_future_of_a_thing_is_no_time(text: str) -> None:
    """"the future" followed by "of": the fate of what follows, not tagged."""
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices may rise in the future, he said.", [("the future", "FUTURE_REF")]),
        (
            "The future of the plan is unclear, but in the future we will know.",
            [("the future", "FUTURE_REF")],
        ),
        ("The future is uncertain.", [("The future", "FUTURE_REF")]),
    ],
)
def test_the_future_as_a_time_stays(text: str, expected: list[tuple[str, str]]) -> None:
    """Without "of" after it, "the future" is still the vague future time."""
    assert found(text) == expected
