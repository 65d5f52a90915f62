"""A batsman's runs in a cricket scorecard ("(D. Cox 95 not out, S. Campbell 69; ...)") are amounts,
though a surname stands before them; a name's number ("a Radio Shack 101") and a bowler's figures
("7-73") are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse


def _amounts(text: str) -> list[tuple[str, object, object, object]]:
    doc = newsparse.parse(text, only=["quantities"])
    return [(q.text, q.value, q.unit, q.counted) for q in doc.quantities]


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Close of play: Kent 128-1 (M. Walker 59, D. Fulton 53 not out) v Glamorgan.", ["59", "53"]),
        ("Score: Northants 361 (K. Curran 117, D. Lillee 66 not out) and 42-3.", ["117", "66"]),
        ("Worcs 205-9 (K. Spiring 52; R. Ames 4-54, S. Lamb 4-90).", ["52"]),
        ("Lahore 225-5 (Saeed Khan 169 not out) against Karachi.", ["169"]),
    ],
)
def test_a_batsmans_runs_in_a_scorecard_are_amounts(text: str, runs: list[str]) -> None:
    amounts = [a for a in _amounts(text) if a[0] in runs]
    assert [a[0] for a in amounts] == runs
    assert all(a[2] is None and a[3] is None for a in amounts)  # no noun says "runs"


@pytest.mark.parametrize(
    "text",
    [
        "The shop sold a Radio Shack 101, they said.",
        "He flew on a Boeing 747 to Denver.",
        "Worcs 205-9 (R. Ames 4-54, S. Lamb 4-90).",  # a bowler's figures are a pair
        "Scorers: Klinsmann 23rd, Scholl 60th.",
    ],
)
def test_a_names_number_and_a_bowlers_figures_stay_out(text: str) -> None:
    assert _amounts(text) == []


@given(st.integers(min_value=0, max_value=399), st.booleans())
def test_any_runs_after_an_initial_and_a_surname_are_one_amount(runs: int, not_out: bool) -> None:
    tail = " not out" if not_out else ""
    quantities = newsparse.parse(f"Surrey 128-4 (A. Brown {runs}{tail}).", only=["quantities"]).quantities
    assert [(q.text, q.value) for q in quantities] == [(str(runs), runs)]
