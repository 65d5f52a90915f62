"""A futures contract month (session 15 part 2, issue 19): "CBOT January soybeans" in August 1996 is
January 1997, the next such month on or after the publication's, never the January gone; a month in
an ordinary clause keeps its reading by tense."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)
ENDINGS = ("\n", "\r\n", "\r")


def values(text: str, published: str = "1996-08-29") -> list[tuple[str, str]]:
    """(text, value) of every time expression of ``text``."""
    return [(d.text, d.value) for d in PIPE.parse(text, published=published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It paid $0.8584 per bushel over CBOT January soybeans.", ("January", "1997-01")),
        ("It paid $0.8787 over CBOT January.", ("January", "1997-01")),
        ("Volatility stood at 19.50 for the March contract.", ("March", "1997-03")),
        ("Traders bought December wheat futures.", ("December", "1996-12")),
        ("Traders sold February wheat futures.", ("February", "1997-02")),
        ("The August contract expired at 0.85 cent down.", ("August", "1996-08")),
        ("Nymex October crude settled at $22.", ("October", "1996-10")),
    ],
)
def test_contract_month_is_ahead(text: str, expected: tuple[str, str]) -> None:
    """The contract month is the next one on or after the publication month."""
    assert expected in values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels agreed a ceasefire in March.", ("March", "1996-03")),
        ("In March wheat prices fell sharply.", ("March", "1996-03")),
        ("Output rose 3 percent in June.", ("June", "1996-06")),
    ],
)
def test_calendar_month_unchanged(text: str, expected: tuple[str, str]) -> None:
    """A month after a preposition of time, or with no contract word, is the calendar month."""
    assert expected in values(text)


@pytest.mark.parametrize("ending", ENDINGS)
def test_contract_month_across_line_endings(ending: str) -> None:
    """The exchange before the month may end a line, whatever the line endings."""
    text = f"Prices were firm.{ending}It paid 85 cents over CBOT{ending}January soybeans."
    assert ("January", "1997-01") in values(text)
