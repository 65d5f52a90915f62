"""Session 20 (issue 17): a deal told by a gerund after a preposition ("from selling property business
Lensworth", check set s20's half A; "after buying Jay-Z's Roc-A-Fella label" outside): a business object
makes it a deal, whose doer is the subject of the clause the gerund hangs on."""

from __future__ import annotations

import pytest

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "universal": ("ORG", "Universal", ("Universal",), {}),
    "rocafella": ("ORG", "Roc-A-Fella", ("Roc-A-Fella",), {}),
    "russia": ("GPE", "Russia", ("Russia",), {"iso3166": "RU"}),
    "baikal": ("ORG", "Baikal", ("Baikal",), {}),
    "morientes": ("PERSON", "Fernando Morientes", ("Morientes",), {}),
}


def told_by(text: str, verb: str) -> list[Agreement]:
    """The records of ``text`` (hand-made entities above) whose mention is ``verb``."""
    return [a for a in agreements_of(parse(text, SPEC)) if a.text == verb]


@pytest.mark.usefixtures("with_tree")
def test_by_selling_a_unit_to_a_firm_is_a_sale_by_the_main_subject() -> None:
    text = "By selling the Yukos unit to Baikal, Russia is able to avoid the court order."
    (sale,) = told_by(text, "selling")
    assert sale.kind == "acquisition" and sale.status == "in_force"
    assert sorted(sale.parties) == ["baikal", "russia"]
    assert (sale.seller, sale.acquirer) == (("russia",), ("baikal",))


@pytest.mark.usefixtures("with_tree")
def test_after_buying_a_label_is_a_purchase_by_the_main_subject() -> None:
    text = "Universal made the appointment after buying the Roc-A-Fella label."
    (purchase,) = told_by(text, "buying")
    assert purchase.acquirer == ("universal",)
    assert purchase.target == ("rocafella",)


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    "text",
    [
        "Music fans are moving away from buying the traditional bundled package of songs.",
        "Nintendo raised its targets after selling a million consoles in Japan.",
        "The method could be by selling shares to the public.",
        "Shoppers get round the shortages by buying them on the auction site.",
    ],
)
def test_a_gerund_whose_object_is_no_business_makes_nothing(text: str) -> None:
    assert told_by(text, "selling") + told_by(text, "buying") == []


@pytest.mark.usefixtures("with_tree")
def test_before_selling_is_still_to_come() -> None:
    text = "Russia wants a higher price before selling the Yukos unit to Baikal."
    (sale,) = told_by(text, "selling")
    assert sale.status == "proposed"


def test_without_a_syntax_producer_nothing_is_read() -> None:
    text = "By selling the Yukos unit to Baikal, Russia is able to avoid the court order."
    assert told_by(text, "selling") == []
