"""Unit tests of session 34 (issue 18): "one" set against "and another", "or another" or "and the
other", and "at one stage", are no amounts; counts stay. Passages written for the tests, not
evidence."""

from __future__ import annotations

import pytest

import newsparse


def _amounts(text: str) -> list[tuple[str, str | None]]:
    doc = newsparse.parse(text, only=["quantities"])
    return [(q.text, q.counted.text if q.counted is not None else None) for q in doc.quantities]


@pytest.mark.parametrize(
    "text",
    [
        "The gap between one side and another is small.",
        "They give one prize for dramas and the other for musicals.",
        "I saw one referee in the first half and another in the second.",
        "He might meet one state official or another.",
        "At one stage the visitors were leading.",
    ],
)
def test_one_as_a_determiner_is_no_amount(text: str) -> None:
    assert _amounts(text) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("He scored one try and made another.", ("one", "try")),
        ("One soldier was killed and another wounded.", ("One", "soldier")),
        ("He has won one stage in the Alps.", ("one", "stage")),
    ],
)
def test_counts_stay(text: str, amount: tuple[str, str]) -> None:
    assert amount in _amounts(text)
