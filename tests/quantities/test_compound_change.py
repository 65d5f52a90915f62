"""Session 42: a change noun after the amount with a compound noun between ("his 25lb weight gain",
"the £4bn tax cuts") gives the amount its direction; the tree decides that the change word is a noun
the amount modifies. Passages written for the tests, not evidence."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import Quantity

Quantities = Callable[[str], list[Quantity]]
_PIPELINE = newsparse.default_pipeline(only=["quantities"])  # the syntax layer consulted as in use


def _quantities(text: str) -> list[Quantity]:
    return [q for q in _PIPELINE.parse(text, published="2018-02-06").layer("quantities") if isinstance(q, Quantity)]


def _changes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.change) for q in _quantities(text)]


def test_a_weight_gain_after_a_measure_is_a_rise() -> None:
    assert _changes("The film followed his 25lb weight gain and its effects.") == [("25lb", "up")]


def test_tax_cuts_after_money_are_a_fall() -> None:
    assert _changes("The £4bn tax cuts were announced on Monday.") == [("£4bn", "down")]


def test_a_verb_after_the_noun_gives_no_direction() -> None:
    # "cut" is the verb of "Tories": the amount's noun is its subject, no change noun of the amount
    assert _changes("The 20% Tories cut the plan on Monday.")[0][1] is None


def test_a_change_noun_of_another_phrase_gives_no_direction() -> None:
    assert _changes("It paid £5m to staff after the fall.") == [("£5m", None)]


def test_a_bare_count_is_not_a_change() -> None:
    # a count (no unit) stays out: "500 job cuts" is the context pass's business, not this rule's
    found = _changes("The plan means three factory closures and one pay cut.")
    assert all(change is None for _, change in found)


_NOUNS = ("price", "pay", "weight", "tax", "profit", "sales")
_CHANGES = {"rise": "up", "increase": "up", "gain": "up", "drop": "down", "cut": "down", "fall": "down"}


@given(
    amount=st.sampled_from(("5%", "£4bn", "$20m", "25lb", "12.5%")),
    noun=st.sampled_from(_NOUNS),
    change=st.sampled_from(sorted(_CHANGES)),
)
def test_a_compound_change_gives_its_own_direction_or_none(
    amount: str, noun: str, change: str
) -> None:
    found = _quantities(f"The board agreed a {amount} {noun} {change} last year.")
    # the tree may read the change word as a verb ("a 5% price cut"): then no direction, never the other
    assert [q.change for q in found if q.text == amount] in ([_CHANGES[change]], [None])
