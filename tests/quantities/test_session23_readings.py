"""Unit tests of session 23 (issue 18): a proportion after a modifier ("about 4 in 10 voters") is no
amount, as one without a modifier already was (the guideline's "one in five"); a passive cut after a
count of jobs ("30,000 jobs are to go", "560 will be lost") makes it a fall; an owner after "of the"
("66 of the state's delegates") is passed over to the counted noun. Passages written for the
tests, not evidence."""

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


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("He says 31,000 to 160,000 of them could be lost under the agreement.", "31,000 to 160,000"),
        ("At the department 30,000 jobs are to go, officials said.", "30,000"),
        ("A further 560 will be lost by the end of the month.", "560"),
        ("The first 12,500 civil service jobs had been cut, on target.", "12,500"),
        ("Some 12,500 civil servant posts have been axed.", "Some 12,500"),
    ],
)
def test_a_passive_cut_after_the_amount_makes_it_a_fall(quantities: Q, text: str, amount: str) -> None:
    found = {q.text: q.change for q in quantities(text)}
    assert found[amount] == "down"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("About 10,000 phones are lost or stolen every month.", "About 10,000"),
        ("The bottom two personal income tax rates were also cut.", "two"),
        ("Six government units would also be scrapped.", "Six"),
        ("Some 2,000 troops are to go home.", "Some 2,000"),
        ("About 500 jobs will be created.", "About 500"),
    ],
)
def test_a_count_of_what_went_stays_no_change(quantities: Q, text: str, amount: str) -> None:
    found = {q.text: q.change for q in quantities(text)}
    assert found[amount] is None


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Cruz earned the backing of two of the state's congressional Republicans.", "Republicans"),
        ("Cruz earned the backing of two of the state’s Republicans.", "Republicans"),
        ("Kasich picked up all 66 of the state’s delegates.", "delegates"),
        ("Two of the company's 12 plants closed.", "plants"),
    ],
)
def test_a_lower_case_owner_after_of_the_is_no_part_of_the_counted_noun(
    quantities: Q, text: str, noun: str
) -> None:
    assert counted(quantities, text)[0][1] == noun
