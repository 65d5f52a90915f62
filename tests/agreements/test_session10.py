"""Rules of session 10, read off unused news articles (the sentences here are unit tests only)."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "blackburn": ("ORG", "Blackburn Rovers", ("Blackburn",), {}),
    "savage": ("PERSON", "Robbie Savage", ("Robbie Savage",), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def test_a_transfers_club_and_player_are_its_parties() -> None:
    (rec,) = found("Birmingham confirmed Blackburn made a bid for Robbie Savage.")
    assert (rec.club, rec.player) == (("blackburn",), ("savage",))
    assert rec.parties == ("blackburn", "savage")


def test_formalised_signs_a_deal_between_firms_named_after_their_country() -> None:
    spec: Spec = {
        "pdvsa": ("ORG", "PDVSA", ("PDVSA",), {}),
        "enarsa": ("ORG", "Enarsa", ("Enarsa",), {}),
        "argentina": ("GPE", "Argentina", ("Argentina",), {"iso3166": "AR"}),
    }
    text = "Last week they formalised a co-operation deal between PDVSA and Argentina's Enarsa."
    (rec,) = agreements_of(parse(text, spec))
    assert rec.status == "signed"
    assert rec.parties == ("pdvsa", "enarsa")


def test_a_newcomer_who_could_join_leaves_the_deal_as_it_is() -> None:
    spec: Spec = {
        "acme": ("ORG", "Acme", ("Acme",), {}),
        "globex": ("ORG", "Globex", ("Globex",), {}),
        "initech": ("ORG", "Initech", ("Initech",), {}),
    }
    text = "Acme and Globex signed a co-operation deal. Initech could join the deal soon."
    (rec,) = agreements_of(parse(text, spec))
    assert (rec.status, rec.parties) == ("signed", ("acme", "globex"))


def test_merger_and_acquisition_activity_is_no_deal() -> None:
    assert found("The rise is due to increased merger and acquisition activity.") == []


def test_a_contract_that_extends_through_a_year_is_not_extended() -> None:
    spec: Spec = {"acme": ("ORG", "Acme Power", ("Acme Power",), {})}
    text = (
        "Acme Power reached final agreement on a contract. "
        "Acme Power said the contract extends through 2002 its operation."
    )
    (rec,) = agreements_of(parse(text, spec))
    assert rec.status != "extended"


def test_the_firm_behind_an_apposition_receives_the_offer() -> None:
    spec: Spec = {
        "acme": ("ORG", "Acme Stores", ("Acme Stores",), {}),
        "us": ("GPE", "United States", ("US",), {"iso3166": "US"}),
    }
    text = "Acme Stores, the second-largest electronics retailer in the US, has received a takeover offer."
    (rec,) = agreements_of(parse(text, spec))
    assert (rec.kind, rec.target, rec.parties) == ("acquisition", ("acme",), ())


def test_a_months_bid_names_its_bidder() -> None:
    spec: Spec = {
        "liverpool": ("ORG", "Liverpool", ("Liverpool",), {}),
        "morientes": ("PERSON", "Fernando Morientes", ("Fernando Morientes",), {}),
    }
    text = "Liverpool may launch an £8m January bid for long-time target Fernando Morientes."
    (rec,) = agreements_of(parse(text, spec))
    assert (rec.kind, rec.club, rec.player) == ("transfer", ("liverpool",), ("morientes",))
    assert rec.parties == ("liverpool", "morientes")


def test_a_failure_to_come_to_an_agreement_is_still_negotiating() -> None:
    text = "The failure of farm ministers this week to come to an agreement resulted in no bids."
    (rec,) = found(text)
    assert rec.status == "negotiating"


def test_a_country_describing_a_region_or_side_is_no_party() -> None:
    spec: Spec = {
        "wales": ("GPE", "Wales", ("Welsh",), {"iso3166": "GB-WLS"}),
        "williams": ("PERSON", "Andy Williams", ("Andy Williams",), {}),
    }
    text = "Andy Williams, whose contract with the Welsh region was due to expire, has agreed a contract."
    assert all("wales" not in rec.parties for rec in agreements_of(parse(text, spec)))


def test_north_american_is_a_region_not_the_united_states() -> None:
    spec: Spec = {"us": ("GPE", "United States", ("American",), {"iso3166": "US"})}
    text = "Farmers oppose the North American Free Trade Agreement."
    (rec,) = agreements_of(parse(text, spec))
    assert rec.kind == "trade_agreement" and rec.parties == ()


def test_a_new_pact_and_the_1979_agreement_are_two_records() -> None:
    text = (
        "A new rubber agreement was formally adopted today. "
        "Delegates said the 1979 agreement had served its purpose. "
        "The conclusion of the new pact was welcomed."
    )
    new, old = found(text)
    assert (new.status, len(new.mentions)) == ("signed", 2)
    assert old.text == "agreement" and len(old.mentions) == 1


def test_a_passive_state_of_another_noun_is_not_the_agreements() -> None:
    text = (
        "A new rubber agreement was adopted. "
        "Between the two agreements buffer stock operations will be suspended."
    )
    assert all(rec.status != "suspended" for rec in found(text))
