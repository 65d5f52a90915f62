"""Every digit group after a "+" dialling code that follows a word on its line is part of a phone
number, whatever the groups' lengths ("Oslo newsroom +47 22 42 50 41"); a "+" opening a table's line
or standing before a figure ("+2 70 72 71", "+17 +19") is a signed figure, not a code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse


def _values(text: str) -> list[object]:
    return [q.value for q in newsparse.parse(text, only=["quantities"]).quantities]


@pytest.mark.parametrize(
    "footer",
    [
        "-- Oslo newsroom +47 22 42 50 41",
        "-- Anna Smith, Moscow Newsroom, +7095 941 8520",
        "-- Paris newsroom +331 4221 5452",
        "-- Paris Newsroom +33 1 42 21 53 81",
        "-- Bonn newsroom, +49 228 2609760",
        "-- Abidjan newsroom +225 21 90 90",
    ],
)
def test_the_groups_after_a_plus_code_are_no_amounts(footer: str) -> None:
    assert _values(f"Shares rose 5 percent on Friday.\n\n{footer}") == [5]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Leaders:\n+2 70 72 71", [70, 72, 71]),  # a line opening with a signed figure
        ("- stocks of finished goods +17 +19 +17 +25", []),  # signed figures, each its own "+"
    ],
)
def test_a_plus_opening_a_line_or_before_a_figure_is_no_code(text: str, values: list[int]) -> None:
    assert _values(text) == values


@given(
    st.integers(min_value=1, max_value=999),
    st.lists(st.integers(min_value=10, max_value=99), min_size=1, max_size=5),
)
def test_any_two_digit_groups_after_a_newsrooms_plus_code_are_no_amounts(
    code: int, groups: list[int]
) -> None:
    """(Three-digit groups after a one-digit group read as one spaced number, "1 100": not covered.)"""
    number = " ".join(str(g) for g in [code, *groups])
    assert _values(f"-- Lagos newsroom +{number}") == []
