"""A number word inside a hyphenated word ("top-five", "all-in-one", "one-on-one") is no amount."""

from __future__ import annotations

import pytest

import newsparse


def _amounts(text: str) -> list[tuple[str, object]]:
    doc = newsparse.parse(text, only=["quantities"])
    return [(q.text, q.value) for q in doc.quantities]


@pytest.mark.parametrize(
    "text",
    [
        "He lost to a top-five player in the semi-final.",
        "She won the best-of-three final in Paris.",
        "The company sells an all-in-one media player.",
        "They chose a one-on-one game for the tournament.",
        "The shop ran a two-for-one offer last week.",
    ],
)
def test_a_number_word_glued_into_a_hyphenated_word_is_no_amount(text: str) -> None:
    assert _amounts(text) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Twenty-five players were picked.", ("Twenty-five", 25)),
        ("A top-10 player and 12 others came.", ("12", 12)),
        ("He signed three all-in-one deals.", ("three", 3)),
        ("The three-year-old won the race.", ("three-year-old", 3)),
        ("They were playing three-nought-four.", ("four", 4)),
    ],
)
def test_numbers_beside_or_made_of_hyphenated_words_stay(text: str, amount: tuple[str, int]) -> None:
    assert amount in _amounts(text)
