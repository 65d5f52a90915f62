"""Error classes the session-11 dates check set showed (issue 19): joined weekdays, "period of"."""

from __future__ import annotations

import pytest

import newsparse


def _values(text: str, published: str) -> dict[str, str]:
    """The dates layer's expressions of a passage as {surface: value}."""
    return {d.text: d.value for d in newsparse.parse(text, published=published).dates}


@pytest.mark.parametrize(
    ("text", "published", "surface", "value"),
    [
        # joined to "tonight", a weekday is the coming one, though the clause is in the past tense
        ("Watches were issued for late tonight and Wednesday.", "1987-03-24", "Wednesday", "1987-03-25"),
        ("Talks were adjourned until tomorrow or Friday.", "1987-03-24", "Friday", "1987-03-27"),
        # joined to "yesterday", a weekday is the one just past, though the clause looks ahead
        ("The rains that fell yesterday and Monday will raise prices.", "1987-03-26", "Monday", "1987-03-23"),
    ],
)
def test_weekday_joined_to_a_deictic_day(text: str, published: str, surface: str, value: str) -> None:
    """A weekday coordinated with a deictic day takes that day's direction from publication."""
    assert _values(text, published)[surface] == value


def test_a_period_of_something_is_no_reporting_period() -> None:
    """ "The latest period of weakness" names an episode, not the period being reported."""
    assert _values("The latest period of weakness for the dollar has come.", "1987-03-30") == {}
    assert _values("Profits in the latest period rose.", "1987-03-30") == {"the latest period": "1987"}


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("It would bring the scheme into effect now rather than later.", True),
        ("Sooner or later we will do away with them.", True),
        ("He left the band two years later.", False),  # counted from an event: the length is tagged
        ("Later, he said no.", False),  # a connective
        ("It came later than expected.", False),
    ],
)
def test_later_as_a_time_to_come(text: str, tagged: bool) -> None:
    """ "now rather than later", "sooner or later": a FUTURE_REF; other "later"s are not tagged."""
    assert (_values(text, "1987-03-01").get("later") == "FUTURE_REF") is tagged
