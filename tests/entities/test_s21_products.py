"""A name right after "its", with no unit or stake after it, is the firm's product (session 21, issue 14)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_name_after_its_is_the_firms_product() -> None:
    doc = parse("Nintendo has dominated the market. It launched its DS handheld in Japan last year.")
    assert entity_at(doc, "DS").type == "PRODUCT"


def test_a_name_after_its_before_a_unit_stays_an_organisation() -> None:
    doc = parse("Walmart said it would sell its Asda unit to investors.")
    assert entity_at(doc, "Asda").type != "PRODUCT"


def test_a_name_after_its_before_a_stake_stays_an_organisation() -> None:
    doc = parse("Vodafone said it would sell its Verizon stake to investors.")
    assert entity_at(doc, "Verizon").type == "ORG"
