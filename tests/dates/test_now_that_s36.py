"""Session 36: "now" opening the conjunction "now that" after a conjunction or a dash is no time."""

from __future__ import annotations

import pytest

import newsparse


def _nows(text: str) -> list[str]:
    """The values of the expressions the dates layer finds on "now"."""
    return [t.value for t in newsparse.parse(text, published="2005-02-01").dates if t.text == "now"]


@pytest.mark.parametrize(
    "text",
    [
        "But now that I have this opportunity I intend to take it.",
        "And now that the war is over, the city rebuilds.",
        "Sanders — now that he has drawn even — has to show more.",
    ],
)
def test_now_that_opening_a_clause_is_not_a_time(text: str) -> None:
    """The conjunction after "but", "and" or a dash: not tagged, as the guidelines say."""
    assert _nows(text) == []


@pytest.mark.parametrize(
    "text", ["Prices are high now.", "There is nothing you could say to me now that I believe."]
)
def test_now_as_a_time_stays(text: str) -> None:
    """ "now" as a time, also before a relative "that", stays PRESENT_REF."""
    assert _nows(text) == ["PRESENT_REF"]
