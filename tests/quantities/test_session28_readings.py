"""Unit tests: session 28's reading (issue 18): "one" modifying the active subject of a verb of the
narrative ("one lawmaker took a private moment") is the determiner "a certain", not a count.

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse_quantities
import newsparse_syntax
from newsparse import Quantity
from newsparse.pipeline import Pipeline
from newsparse.testing import pipeline_for

Q = Callable[[str], list[Quantity]]


@pytest.fixture(scope="module")
def structured() -> Q:
    """Parse a text with the syntax layer the quantities layer consults installed."""
    pipe: Pipeline = pipeline_for(newsparse_quantities, newsparse_syntax, only=["quantities"], strict=True)

    def run(text: str) -> list[Quantity]:
        doc = pipe.parse(text, published="2018-02-06")
        return [q for q in doc.layer("quantities") if isinstance(q, Quantity)]

    return run


@pytest.mark.parametrize(
    "text",
    [
        "One lawmaker took a private moment to reassure the president.",
        "But that changed when one voter brought up immigration.",
        "One user has already created a dock for his car.",
        "Last Saturday, one newspaper proclaimed that the team was the best.",
        "He said one punter had placed a bet on the actor.",
    ],
)
def test_one_as_the_subject_of_what_it_did_is_a_certain(structured: Q, text: str) -> None:
    """The story tells what a certain person or thing did: no amount."""
    assert [q.text for q in structured(text)] == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Only one man recognises that robots are a threat.", "man"),  # marked a count
        ("Not one singer could fill his boots.", "singer"),
        ("One person was killed in the blast.", "person"),  # a passive
        ("One soldier died in the attack.", "soldier"),  # a verb of dying
        ("If one console can make music, what could six do?", "console"),  # a modal
        ("There is only one place in the world to get tickets.", "place"),
        ("He scored one goal in the match.", "goal"),  # an object, not a subject
        ("One person in the town is joining the queue every 10 seconds.", "person"),  # a rate
        ("One protester received a minor arm injury during the clash.", "protester"),  # a casualty
    ],
)
def test_one_that_counts_stays(structured: Q, text: str, noun: str) -> None:
    """A "one" the sentence marks as a count, or whose noun is no active subject, is still 1."""
    ones = [q for q in structured(text) if q.text.lower() == "one"]
    assert [(q.value, q.counted.text if q.counted is not None else None) for q in ones] == [(1, noun)]


def test_without_the_syntax_layer_nothing_changes(quantities: Q) -> None:
    """With no tree to read, the "one" stays as the words around it read it."""
    assert [q.text for q in quantities("One user has already created a dock for his car.")] == ["One"]
