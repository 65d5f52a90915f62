"""Unit tests of session 29 (issue 18): "N fewer <noun>" is the size of a fall, as "N% lower" is
(the guideline's session-26 clarification); "fewer" before the amount stays a modifier. Passages
written for the tests, not evidence."""

from __future__ import annotations

import pytest

from .readings import Q


@pytest.mark.parametrize(
    ("text", "amount", "change"),
    [
        ("Clinton got roughly three million fewer votes than in 2008.", "roughly three million", "down"),
        ("There were 2,000 fewer jobs in the sector last year.", "2,000", "down"),
        ("The firm now employs 300 fewer people than it did.", "300", "down"),
        ("Japan faces 8% fewer consumers by 2050.", "8%", "down"),
    ],
)
def test_fewer_after_the_amount_makes_it_a_fall(quantities: Q, text: str, amount: str, change: str) -> None:
    found = {q.text: q.change for q in quantities(text)}
    assert found[amount] == change


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("No fewer than 40 people came.", "No fewer than 40"),
        ("The firm hired 300 more workers.", "300"),
        ("Fewer than 20 seats changed hands.", "Fewer than 20"),
    ],
)
def test_fewer_before_the_amount_is_no_change(quantities: Q, text: str, amount: str) -> None:
    found = {q.text: q.change for q in quantities(text)}
    assert found[amount] is None
