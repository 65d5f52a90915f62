"""Two percentages written high first ("46%-35%", "45 percent to 18 percent") are two levels, not a
range; a range written low to high ("23% to 27%") stays one amount."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse


def _amounts(text: str) -> list[tuple[str, object, object, object]]:
    doc = newsparse.parse(text, only=["quantities"])
    return [(q.text, q.value, q.modifier, q.unit) for q in doc.quantities]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The senator leads Clinton, 46%-35%, among young Democrats.", ("46%", 46), ("35%", 35)),
        (
            "Cruz beat Trump, 45 percent to 18 percent, among those voters.",
            ("45 percent", 45),
            ("18 percent", 18),
        ),
        ("They call themselves conservative (37% to 28%).", ("37%", 37), ("28%", 28)),
        ("Trump leads Cruz, 42%-32.7%, in the average of recent polls.", ("42%", 42), ("32.7%", 32.7)),
    ],
)
def test_a_percentage_pair_written_high_first_is_two_levels(
    text: str, first: tuple[str, float], second: tuple[str, float]
) -> None:
    amounts = _amounts(text)
    assert [(a[0], a[1]) for a in amounts] == [first, second]
    assert all(a[2] is None and a[3] == "percent" for a in amounts)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Cruz garnered just 1% to 3% support at the start.", "1% to 3%"),
        ("Barter accounted for 25-30 percent of exports.", "25-30 percent"),
        ("Growth of between 3% and 3.5% is forecast.", "between 3% and 3.5%"),
    ],
)
def test_a_range_written_low_to_high_stays_one_amount(text: str, span: str) -> None:
    assert [(a[0], a[2]) for a in _amounts(text)] == [(span, "range")]


@given(
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(["%-", "% to "]),
)
def test_a_pair_of_percentages_is_a_range_low_to_high_and_two_levels_high_to_low(
    a: int, b: int, joint: str
) -> None:
    quantities = newsparse.parse(
        f"The poll put them at {a}{joint}{b}% last week.", only=["quantities"]
    ).quantities
    if a > b:
        assert [(q.value, q.modifier, q.unit) for q in quantities] == [
            (a, None, "percent"),
            (b, None, "percent"),
        ]
    elif a < b:
        assert [(q.low, q.high, q.modifier) for q in quantities] == [(a, b, "range")]
