"""An age is not a length of time; "the very near future" is the near future (issue 19)."""

from __future__ import annotations

import pytest

import newsparse


def _dates(text: str) -> list[tuple[str, str, str]]:
    return [(d.text, d.type, d.value) for d in newsparse.parse(text, published="2008-01-24").dates]


@pytest.mark.parametrize(
    "text",
    ["Parents of a child under the age of 13 months may apply.", "Aged 18 years, he won the title."],
)
def test_an_age_is_not_a_duration(text: str) -> None:
    assert _dates(text) == []


def test_a_length_stays_a_duration() -> None:
    assert _dates("He served 13 months in jail.") == [("13 months", "DURATION", "P13M")]


def test_the_very_near_future() -> None:
    assert _dates("Elections will come in the very near future.") == [
        ("the very near future", "DATE", "FUTURE_REF")
    ]
