"""Unit tests: the readings of session 14 (issue 18), from the firings read on unused news and the
classes the brief names: a unit and a scale shared over a list ("3, 4 and 5 tonnes", "4 and 5 mln
tonnes"), "per mln BTU", a glued "m" before a compound or a people's plural noun ("133m text
messages", "1.6m Muslims"), the number of the S&P 500 index's name.

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def readings(quantities: Q, text: str) -> list[tuple[str, float | None, str | None]]:
    """The span text, value and unit of every quantity of ``text``."""
    return [(q.text, q.value, q.unit) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Output rose to 3, 4 and 5 tonnes a day.", "t/d"),
        ("Prices were put at 3, 4 or 5 dlrs a barrel.", "USD/bbl"),
        ("The drives hold 20, 40 and 80 gigabytes.", "GB"),
    ],
)
def test_a_unit_written_at_a_lists_end_applies_to_every_number(quantities: Q, text: str, unit: str) -> None:
    """ "3, 4 and 5 tonnes": the unit written once at the end of a list applies to each number."""
    assert [q.unit for q in quantities(text)] == [unit] * len(quantities(text))
    assert len(quantities(text)) >= 2


def test_a_comma_alone_shares_no_unit(quantities: Q) -> None:
    """ "In group 3, 5 tonnes were lost": a comma without a list's "and"/"or" joins nothing."""
    found = readings(quantities, "Of the 12, 5 tonnes were lost.")
    assert ("12", 12, None) in found


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Output was 4 and 5 mln tonnes.", [4e6, 5e6]),
        ("They sold 10, 20 and 30 million shares.", [10e6, 20e6, 30e6]),
        ("Costs were 2 and 3 billion dlrs.", [2e9, 3e9]),
    ],
)
def test_a_scale_written_at_a_lists_end_applies_to_every_number(
    quantities: Q, text: str, values: list[float]
) -> None:
    """ "4 and 5 mln tonnes": 4 million tonnes, as the guidelines apply every scale word."""
    assert [q.value for q in quantities(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "He had 3 tonnes and 5 mln tonnes.",
        "Sales of 1.8 mln and 2.1 mln tonnes.",
        "Between 4 and 5 million people came.",
        "It employs 1,500 and 2 million people depend on it.",
    ],
)
def test_a_number_with_its_own_unit_or_scale_keeps_its_value(quantities: Q, text: str) -> None:
    """A number with its own unit or scale, a range and a big number keep their own values."""
    values = [q.value if q.value is not None else (q.low, q.high) for q in quantities(text)]
    expected = {
        "He": [3, 5e6],
        "Sa": [1.8e6, 2.1e6],
        "Be": [(4e6, 5e6)],
        "It": [1500, 2e6],
    }[text[:2]]
    assert values == expected


def test_dollars_per_mln_btu_is_a_rate_of_mmbtu(quantities: Q) -> None:
    """ "2.50 dlrs per mln BTU": the newswire spelling of "per million BTU" (``USD/MMBtu``)."""
    assert readings(quantities, "Natural gas sold at 2.50 dlrs per mln BTU.") == [
        ("2.50 dlrs", 2.5, "USD/MMBtu")
    ]


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("Some 133m text messages were sent on the night.", 133e6, "text messages"),
        ("It powers many of the 1.4m cash machines in use.", 1.4e6, "cash machines"),
        ("Some of the UK's 1.6m Muslims are of voting age.", 1.6e6, "Muslims"),
        ("About 3m Americans use the service.", 3e6, "Americans"),
    ],
)
def test_a_glued_m_before_a_compound_or_a_peoples_plural_is_a_million(
    quantities: Q, text: str, value: float, counted: str
) -> None:
    """ "133m text messages", "1.6m Muslims": the "m" is a million, the noun what is counted."""
    (q,) = quantities(text)
    assert (q.value, q.unit, q.counted and q.counted.text) == (value, None, counted)


@pytest.mark.parametrize(
    "text",
    [
        "The statue stands on a 10m high plinth.",
        "He won the 400m Olympics final.",
        "She cleared 4.88m to set a record.",
    ],
)
def test_a_glued_m_of_a_measure_stays_a_metre(quantities: Q, text: str) -> None:
    """ "a 10m high plinth", "cleared 4.88m": a length in metres, not a million."""
    assert [q.unit for q in quantities(text)] == ["m"]


@pytest.mark.parametrize(
    "text",
    [
        "The Dow Jones, Standard and Poor's 500, and Nasdaq swung.",
        "The S&P 500 index rose 3 points.",
    ],
)
def test_the_number_of_the_s_and_p_index_is_no_amount(quantities: Q, text: str) -> None:
    """ "S&P 500", "Standard and Poor's 500": the number names the index, its moves stay amounts."""
    assert all(q.text != "500" for q in quantities(text))
    assert len(quantities(text)) == (1 if "points" in text else 0)
