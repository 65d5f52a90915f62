"""Unit tests of session 23 (issue 18): a proportion after a modifier ("about 4 in 10 voters") is no
amount, as one without a modifier already was (the guideline's "one in five"). Passages written for the tests, not evidence."""

from __future__ import annotations

import pytest

from .readings import Q, counted


@pytest.mark.parametrize(
    "text",
    [
        "Only about 4 in 10 Republican voters want the wall.",
        "Nearly three in four say they would buy goods made at home.",
        "At least 8 in 10 GOP primary voters feel down on the economy.",
        "A little more than four in 10 have a positive reaction.",
        "Nearly nine out of 10 say they will need new skills.",
        "About one in five say they would not vote.",
    ],
)
def test_a_proportion_after_a_modifier_is_no_amount(quantities: Q, text: str) -> None:
    assert counted(quantities, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 40 in Texas voted early.", [("About 40", None)]),
        ("Turnout rose to more than 5 in 2011.", [("more than 5", None)]),
        ("About 3 in 10 years is the usual wait.", [("About 3", None)]),
    ],
)
def test_a_modifier_before_a_count_that_is_no_proportion_stays(
    quantities: Q, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert counted(quantities, text)[: len(expected)] == expected
