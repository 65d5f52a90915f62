"""Unit tests: session 27's reading (issue 18): "up to" after a verb whose particle "up" raises
something ("pushed rates up to 2.25%", "have gone up to $8,400") names the level reached, not a bound.

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def readings(quantities: Q, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, modifier, change) of every quantity of ``text``."""
    return [(q.text, q.modifier, q.change) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The meeting pushed rates up to 2.25% last month.", "2.25%"),
        ("Strong sales took the firm's stake up to 29.9% on Monday.", "29.9%"),
        ("That win takes him up to 314 votes in the count.", "314"),
        ("Annual dues have gone up to $8,400 this year.", "$8,400"),
        ("The tour helped push their earnings up to $43.1m last year.", "$43.1m"),
    ],
)
def test_up_to_after_a_raising_verb_is_the_level_reached(quantities: Q, text: str, amount: str) -> None:
    """The particle "up" belongs to the verb; "to" leads to the level: exact, and no change of its own."""
    assert readings(quantities, text) == [(amount, None, None)]


def test_a_conversion_after_the_level_is_exact_too(quantities: Q) -> None:
    """ "up to $43.1m (£23.1m)": the bracketed conversion takes the level's (absent) bound."""
    text = "The tour helped push their earnings up to $43.1m (£23.1m) last year."
    assert readings(quantities, text) == [("$43.1m", None, None), ("£23.1m", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Fines of up to $500,000 could be imposed.",
        "The investigation could take up to 18 months.",
        "The plan would send up to 30,000 soldiers to the region.",
        "He could face up to 21 years in prison.",
        "The council plans to bring in up to £680m a year.",
    ],
)
def test_up_to_as_a_bound_keeps_it(quantities: Q, text: str) -> None:
    """With no raising verb and its object before "up", "up to" still bounds the amount."""
    assert [q.modifier for q in quantities(text)] in ([], ["at_most"])
