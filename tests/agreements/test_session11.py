"""Rules of session 11, read off unused news articles (the sentences here are unit tests only)."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "sony": ("ORG", "Sony", ("Sony",), {}),
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
    "greece": ("GPE", "Greece", ("Greece",), {"iso3166": "GR"}),
    "turkey": ("GPE", "Turkey", ("Turkey",), {"iso3166": "TR"}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def test_products_counted_as_sold_are_no_deal() -> None:
    assert found("Sony has sold more than 800,000 units in Japan.") == []
    assert found("Since its launch, Sony has sold 19.9 million units worldwide.") == []


def test_a_business_unit_sold_is_still_a_deal() -> None:
    (rec,) = found("Acme sold two business units to Globex.")
    assert rec.kind == "acquisition"
    assert "globex" in rec.parties


def test_an_accord_declared_inoperative_has_collapsed() -> None:
    text = "Turkey and Greece signed an accord in 1976. Greece now considers the accord inoperative."
    (rec,) = found(text)
    assert rec.status == "collapsed"


def test_an_accord_in_force_stays_in_force() -> None:
    (rec,) = found("Turkey and Greece signed an accord in 1976. The accord is still in force.")
    assert rec.status == "in_force"


def test_a_deal_as_the_manner_of_a_supply_has_its_two_sides() -> None:
    (rec,) = found("Acme is to supply Globex with up to 50 planes in a deal worth $6bn.")
    assert rec.parties == ("acme", "globex")
    assert rec.status == "signed"


def test_an_order_in_a_deal_binds_the_buyer_and_the_maker() -> None:
    (rec,) = found("Globex has placed an order for 70 Acme planes, in a deal valued at $4bn.")
    assert rec.parties == ("globex", "acme")


def test_a_modal_supply_deal_is_proposed() -> None:
    (rec,) = found("Acme could supply Globex with 50 planes in a deal worth $6bn.")
    assert rec.status == "proposed"


def test_no_trade_verb_no_sides_from_in_a_deal() -> None:
    (rec,) = found("Acme met Globex on Monday in a deal worth $6bn.")
    assert rec.parties == ()


def test_a_country_opening_a_firms_name_is_the_firm() -> None:
    spec: Spec = {
        "airline": ("ORG", "Delta", ("Delta",), {}),
        "us": ("GPE", "United States", ("American",), {"iso3166": "US"}),
    }
    (rec,) = agreements_of(
        parse("Delta said it had agreed the terms of a $600m loan from American Express.", spec)
    )
    assert "us" not in rec.parties
    assert "text:American Express" in rec.parties


def test_a_country_before_a_title_stays_the_country() -> None:
    spec: Spec = {
        "us": ("GPE", "United States", ("American",), {"iso3166": "US"}),
        "japan": ("GPE", "Japan", ("Japan",), {"iso3166": "JP"}),
    }
    (rec,) = agreements_of(parse("Japan signed a trade pact with the American Government.", spec))
    assert "us" in rec.parties


def test_a_refusal_to_sign_rejects_and_binds_no_one() -> None:
    spec: Spec = {"us": ("GPE", "United States", ("US",), {"iso3166": "US"})}
    text = "Blair is pressing the US to cut emissions despite its unwillingness to sign the Kyoto Protocol."
    (rec,) = agreements_of(parse(text, spec))
    assert rec.status == "rejected"
    assert rec.parties == ()


def test_an_agreement_dated_in_a_past_year_was_made_then() -> None:
    text = "The seizure was contrary to the 1994 Energy Charter Treaty, which regulates disputes."
    (rec,) = agreements_of(parse(text, SPEC, {"1994": "1994"}))
    assert rec.status == "signed"


def test_an_undated_named_agreement_is_one_made() -> None:
    (rec,) = found("The seizure was contrary to the Energy Charter Treaty, which regulates disputes.")
    assert rec.status == "signed"  # named with a determiner: one made (session 12; no date needed)
