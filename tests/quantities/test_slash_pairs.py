"""Slash pairs and listed days that are no amounts: odds, tie-breaks, days, financial years."""

from __future__ import annotations

import pytest

from newsparse import Document
from newsparse_quantities import extract


def _texts(text: str) -> list[str]:
    """The surface of every quantity of ``text``."""
    return [q.text for q in extract(Document(text))]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bookmakers Ladbrokes offered odds of 1/5 on her departure.", []),
        ("Bez is the 7/4 favourite to win the show.", []),
        ("He beat Nadal 6-2 6-7 (3/7) 6-3 in two hours.", []),
        ("The ties are played on the weekend of 8/9 January.", []),
        ("Previews will be held on 14, 20 and 27 April.", []),
        ("Borrowing figures for 2003/4 are higher.", []),
        ("Add 3/4 cup of sugar and 1/2 teaspoon of salt.", ["3/4 cup", "1/2 teaspoon"]),
        ("The scores were 14, 20 and 27 points.", ["14", "20", "27"]),
        ("Take 3/2 of the dose.", ["3/2"]),
    ],
)
def test_pairs_and_days(text: str, kept: list[str], newline: str) -> None:
    assert _texts(f"A story.{newline}{text}{newline}") == kept


def test_odds_words_are_read_in_the_sentence_only() -> None:
    text = "The favourite won easily.\n\nAdd 3/4 cup of sugar."
    assert _texts(text) == ["3/4 cup"]
