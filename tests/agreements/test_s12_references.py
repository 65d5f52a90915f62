"""Session 12 rules (read off unused news articles): "the bid" / "the offer" refers back to the
company deal or transfer bid for before; "whose contract" names one contract; a player signed "on
a short-term deal" has a transfer and a contract."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "united": ("ORG", "Manchester United", ("Manchester United", "Man United"), {}),
    "glazer": ("PERSON", "Malcolm Glazer", ("Glazer",), {}),
    "chelsea": ("ORG", "Chelsea", ("Chelsea",), {}),
    "smith": ("PERSON", "John Smith", ("John Smith", "Smith"), {}),
    "ospreys": ("ORG", "Ospreys", ("Ospreys",), {}),
    "aceh": ("GPE", "Aceh", ("Aceh",), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def test_the_bid_refers_back_to_the_takeover_bid() -> None:
    (rec,) = found(
        "Glazer made a takeover bid for Manchester United last year. "
        "Man United turned down the bid because it was based on borrowing."
    )
    assert [m.text for m in rec.mentions] == ["takeover bid", "bid"]
    assert rec.status == "rejected"


def test_the_offer_with_nothing_before_makes_nothing() -> None:
    assert found("The government said the offer was aimed at the Aceh province.") == []


def test_the_offer_of_something_is_no_reference() -> None:
    (rec,) = found("Glazer made a takeover bid for Manchester United. The offer of help was welcome.")
    assert [m.text for m in rec.mentions] == ["takeover bid"]


def test_whose_contract_names_one_contract() -> None:
    (rec,) = found("Smith, whose contract with the Ospreys was due to expire in June, is leaving.")
    assert rec.kind == "contract"
    assert rec.text == "contract"


def test_a_player_signed_on_a_deal_has_a_transfer_and_a_contract() -> None:
    transfer, contract = found("Chelsea have signed striker John Smith on a three-year deal.")
    assert (transfer.kind, transfer.club, transfer.player) == ("transfer", ("chelsea",), ("smith",))
    assert (contract.kind, contract.text) == ("contract", "deal")
    assert "chelsea" in contract.parties


def test_a_deal_signed_by_firms_stays_a_deal() -> None:
    (rec,) = found("Chelsea signed a deal with Manchester United on Monday.")
    assert rec.kind == "agreement"


def test_under_contract_to_a_club_is_a_running_contract() -> None:
    (rec,) = found("Smith said: \"I'm under contract to Chelsea and they will decide.\"")
    assert (rec.kind, rec.status) == ("contract", "in_force")
    assert rec.club == ("chelsea",)


def test_under_contract_to_do_something_is_no_record() -> None:
    assert found("The firm is under contract to supply the army.") == []


def test_a_ceasefire_line_is_a_boundary_not_a_ceasefire() -> None:
    assert found("A bus link will cross the ceasefire line dividing Kashmir.") == []


def test_a_player_who_joins_a_club_is_transferred() -> None:
    (rec,) = found("John Smith joined the Ospreys from Chelsea for £2m.")
    assert (rec.kind, rec.text, rec.status) == ("transfer", "joined", "in_force")
    assert rec.club == ("ospreys", "chelsea")
    assert rec.player == ("smith",)


def test_joining_a_person_in_doing_something_is_no_transfer() -> None:
    assert found("John Smith joined Glazer in backing the plan.") == []


def test_loan_sharking_is_no_loan() -> None:
    assert found("The bill would target extreme problems such as loan sharking.") == []
