"""Unit tests of session 20 (issue 18): bracketed conversions share the amount's modifier and
change; a bare count after "than" or before a subordinating word takes the elided noun."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def _read(quantities: Q, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(q.text, q.unit, q.modifier, q.change) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        ("Turkey would add almost 6bn euros ($8bn; £6bn) to the budget.", "approx"),
        ("Jet expects to raise at least 16.4bn rupees ($375m; £198m) from the sale.", "at_least"),
        ("Repayments of up to 30 trillion rupiah ($3.2bn; £1.7bn) will be frozen.", "at_most"),
    ],
)
def test_every_conversion_in_the_brackets_takes_the_modifier(quantities: Q, text: str, modifier: str) -> None:
    found = quantities(text)
    assert [q.modifier for q in found] == [modifier] * 3


def test_a_converted_measure_takes_the_modifier(quantities: Q) -> None:
    found = _read(quantities, "They must build at least 50,000 square meters (538,000 square feet) of it.")
    wanted = [("m**2", "at_least"), ("ft**2", "at_least")]
    assert [(unit, modifier) for _, unit, modifier, _ in found] == wanted


def test_the_last_conversion_takes_the_change(quantities: Q) -> None:
    found = _read(quantities, "He promised to cut taxes by 6.5bn euros ($8.6bn; £4.5bn) this year.")
    assert [change for *_, change in found] == ["down", "down", "down"]


def test_a_conversion_in_the_same_unit_is_left_alone(quantities: Q) -> None:
    found = _read(quantities, "The deal is worth more than 3,000 metres (3,280 metres) of track.")
    assert found[1][2] is None


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The case was heard by nine law lords rather than the usual five because of it.", "law lords"),
        ("The academy has 1,200 students but would take 3,500 if it had the room.", "students"),
    ],
)
def test_a_bare_count_after_than_or_before_a_subordinator_takes_the_noun(
    quantities: Q, text: str, second: str
) -> None:
    found = quantities(text)
    assert found[1].counted is not None and found[1].counted.text == second
