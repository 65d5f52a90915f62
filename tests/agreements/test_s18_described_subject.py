"""Session 18: a subject that describes the firm named before ("The London-based firm signed", "the
troubled company bought") stands for it, as "the company" does; the place in the description is no side."""

from __future__ import annotations

import newsparse
from newsparse import Agreement

LEAD = "Vodafone reported strong sales on Monday. "


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` read by the whole pipeline."""
    return list(newsparse.parse(text).agreements)


def test_a_place_based_firm_that_signs_is_the_firm_named_before() -> None:
    (deal,) = deals(LEAD + "The London-based firm signed a deal.")
    assert deal.parties == ("org:vodafone",)


def test_a_place_based_firm_that_agrees_to_buy_is_the_acquirer() -> None:
    (deal,) = deals(LEAD + "The London-based firm agreed to buy Mannesmann AG for $180bn.")
    assert deal.acquirer == ("org:vodafone",)
    assert deal.target == ("org:mannesmann-ag",)


def test_a_troubled_company_that_buys_is_the_acquirer() -> None:
    (deal,) = deals(LEAD + "The troubled company bought Mannesmann AG for $180bn.")
    assert deal.acquirer == ("org:vodafone",)


def test_a_rival_firm_is_not_the_firm_named_before() -> None:
    (deal,) = deals(LEAD + "The rival firm signed a deal.")
    assert "org:vodafone" not in deal.parties
