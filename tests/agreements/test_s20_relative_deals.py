"""Session 20 (issue 17): a deal told by a verb in a relative clause, "the Oatley family, who founded the
label and sold it to Southcorp" (read off check set s20's half A): the antecedent of "who" / "which" and
the firm of the verb's "to" / "into" oblique are its sides, from the clause structure."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "oatley": ("ORG", "Oatley", ("Oatley",), {}),
    "southcorp": ("ORG", "Southcorp", ("Southcorp",), {}),
    "fosters": ("ORG", "Fosters", ("Fosters",), {}),
}


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


def verb_told(text: str, verb: str) -> list[Agreement]:
    """The records whose mention is ``verb``."""
    return [a for a in deals(text) if a.text == verb]


@pytest.mark.usefixtures("with_tree")
def test_who_sold_it_to_a_firm_is_a_sale_between_the_antecedent_and_the_firm() -> None:
    text = (
        "Fosters bought the stake from the Oatley family, who founded the Rosemount label and sold it "
        "to Southcorp in 2001."
    )
    (sale,) = verb_told(text, "sold")
    assert sale.kind == "acquisition"
    assert sorted(sale.parties) == ["oatley", "southcorp"]
    assert (sale.seller, sale.acquirer) == (("oatley",), ("southcorp",))
    assert sale.status == "in_force"


@pytest.mark.usefixtures("with_tree")
def test_which_merged_it_into_a_firm_is_a_merger_of_both() -> None:
    text = (
        "Fosters bought a stake in Southcorp from the Oatley family, which founded the Rosemount business "
        "and later merged it into Southcorp."
    )
    (merger,) = verb_told(text, "merged")
    assert merger.kind == "merger"
    assert sorted(merger.parties) == ["oatley", "southcorp"]


@pytest.mark.usefixtures("with_tree")
def test_sold_it_outside_a_relative_clause_is_left_to_the_token_rules() -> None:
    text = "Fosters bought the stake. The Oatley family founded the Rosemount label and sold it to Southcorp."
    assert verb_told(text, "sold") == []


@pytest.mark.usefixtures("with_tree")
def test_an_unnamed_antecedent_gives_no_deal() -> None:
    text = "Fosters bought the stake from the family, who founded the label and sold it to Southcorp."
    assert verb_told(text, "sold") == []


def test_without_a_syntax_producer_nothing_is_read() -> None:
    text = (
        "Fosters bought the stake from the Oatley family, who founded the Rosemount label and sold it "
        "to Southcorp in 2001."
    )
    assert verb_told(text, "sold") == []
