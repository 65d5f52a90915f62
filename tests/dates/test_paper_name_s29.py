"""A newspaper's name written in capitals ("USA TODAY") is no date; a capitalised day still is (issue 19)."""

from __future__ import annotations

import pytest

import newsparse


@pytest.mark.parametrize(
    "text",
    [
        "The campaign did not respond to USA TODAY's questions about the donations.",
        "A USA TODAY/Suffolk University poll found the race tight.",
        "He denied it, telling USA TODAY he had nothing to do with it.",
    ],
)
def test_paper_in_capitals_is_not_a_day(text: str) -> None:
    assert [d.text for d in newsparse.parse(text, published="2016-08-24").dates] == []


@pytest.mark.parametrize(
    "text",
    ["TODAY the president speaks in Ohio.", "FORECAST-  TODAY ...  Showers and rain.", "He speaks today."],
)
def test_the_day_in_capitals_or_not_stays_a_day(text: str) -> None:
    (found,) = [d for d in newsparse.parse(text, published="2016-08-24").dates if d.text.lower() == "today"]
    assert found.value == "2016-08-24"
