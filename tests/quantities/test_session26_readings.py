"""Unit tests of session 26 (issue 18): a sentence's first word "One" whose noun the sentence goes on
to describe (an apposition, a relative or participle clause, "such", the subject of "is" naming it)
is the determiner "a certain", not a count; "One person was killed" still counts. Passages written
for the tests, not evidence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse_quantities
import newsparse_syntax
from newsparse import Quantity
from newsparse.pipeline import Pipeline
from newsparse.testing import pipeline_for

from .readings import Q, counted


@pytest.fixture(scope="module")
def structured() -> Callable[[str], list[Quantity]]:
    """Parse a text with the syntax layer the quantities layer consults installed."""
    pipe: Pipeline = pipeline_for(newsparse_quantities, newsparse_syntax, only=["quantities"], strict=True)

    def run(text: str) -> list[Quantity]:
        doc = pipe.parse(text, published="2018-02-06")
        return [q for q in doc.layer("quantities") if isinstance(q, Quantity)]

    return run


@pytest.mark.parametrize(
    "text",
    [
        "One candidate, Marco Rubio, won the vote.",
        "One manager who has got it right this week is Walter Smith.",
        "One area that the firm has neglected is training.",
        "One problem is that nobody knows the figures.",
        "One exception was a page on health care.",
        "One such document includes a clause.",
        "\u201cOne group, Occupy DNC, is circulating leaflets.",
    ],
)
def test_a_first_one_whose_noun_is_described_is_no_count(quantities: Q, text: str) -> None:
    assert counted(quantities, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "One property in conflict with the government is the El Charcote cattle ranch.",
        "One pastor supporting Mr. Cruz, Darran Whiting, said so.",
        "The talks ended. One possibility is Warren, the senator.",
    ],
)
def test_the_tree_finds_the_description_the_words_next_to_the_noun_miss(
    structured: Callable[[str], list[Quantity]], text: str
) -> None:
    assert [q.text for q in structured(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One person was killed and two were injured.", [("One", "person"), ("two", "person")]),
        ("One protester received a minor arm injury.", [("One", "protester")]),
        ("One person in the UK is joining the fast lane.", [("One", "person")]),
        ("He backed one candidate, Marco Rubio, in May.", [("one", "candidate")]),
        ("About one problem is that.", [("About one", "problem")]),
    ],
)
def test_a_count_by_one_stays(quantities: Q, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert counted(quantities, text) == expected


def test_one_whose_state_an_adjective_tells_stays_a_count(
    structured: Callable[[str], list[Quantity]],
) -> None:
    text = '"One locomotive was stationary and the train collided into the back of it," he said.'
    assert [q.text for q in structured(text)] == ["One"]
