"""Unit tests of session 22 (issue 18): a counted noun never opens across a new paragraph or a
table's next row; "bus" is a noun, never bushels; a temperature's unit written once serves the start
level of a range ("from 30 to 35 degrees Celsius")."""

from __future__ import annotations

import pytest

from .readings import Q, counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Other 3.9 mln vs 3.5 mln\n    Unallocated costs 8.7 mln vs 8.6 mln\n",
            [("3.9 mln", None), ("3.5 mln", None), ("8.7 mln", None), ("8.6 mln", None)],
        ),
        ("Cash flow / shr 0.39 0.41\n\nRevs 20,167 18,623.", [("0.39", None), ("0.41", None)]),
        ("Net profit 9.75 vs 5.79\n    Avg shrs 2,000 vs 1,800\n", [("9.75", None), ("5.79", None)]),
    ],
)
def test_no_counted_noun_across_a_new_row(
    quantities: Q, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert counted(quantities, text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Police said about 300\nPalestinians were arrested.", "Palestinians"),  # a wrapped line of prose
        ("Police said about 300\npeople were arrested.", "people"),
        ("Police said about 300 people were arrested.", "people"),
    ],
)
def test_a_wrapped_line_still_reads_on(quantities: Q, text: str, noun: str) -> None:
    assert counted(quantities, text)[0][1] == noun


@pytest.mark.parametrize(
    ("text", "unit", "noun"),
    [
        ("A crash on the motorway injured 23 bus passengers.", None, "bus passengers"),
        ("Police said 40 bus drivers went on strike.", None, "bus drivers"),
        ("They sold 5 mln bu of corn.", "bu", None),
    ],
)
def test_bus_is_no_unit(quantities: Q, text: str, unit: str | None, noun: str | None) -> None:
    found = quantities(text)
    assert [(q.unit, q.counted.text if q.counted else None) for q in found] == [(unit, noun)]



@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Temperatures ranged from 30 to 35 degrees Celsius.", ["°C", "°C"]),
        ("Lows should range from 8.0 to 12.0 Celsius on Sunday.", ["°C", "°C"]),
        ("The temperature fell 5 and then 10 degrees Celsius.", [None, "°C"]),
    ],
)
def test_a_temperature_written_once_for_a_start_and_an_end(
    quantities: Q, text: str, units: list[str | None]
) -> None:
    assert [q.unit for q in quantities(text)] == units
