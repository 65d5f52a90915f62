"""States and mentions as wire and business reporting words them (failures, attempts, lost deals)."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import agreements_of, parse
from tests.agreements.test_patterns import SPEC


def found(text: str) -> list[Agreement]:
    """The agreements of ``text``."""
    return agreements_of(parse(text, SPEC))


def only(text: str) -> Agreement:
    """The only agreement of ``text``."""
    records = found(text)
    assert len(records) == 1, records
    return records[0]


def test_failure_to_honour_is_a_violation_by_its_possessor() -> None:
    rec = only("Sanctions followed Japan's failure to honour a 1986 agreement on chips.")
    assert rec.status == "violated" and rec.parties == ("japan",)
    assert [v.violator for v in rec.violations] == ["japan"]


def test_reached_agreement_without_a_determiner() -> None:
    rec = only("Sudan had reached agreement with Ethiopia to service half of its debts.")
    assert rec.text == "agreement" and rec.status == "signed"
    assert rec.parties == ("sudan", "ethiopia")


def test_a_bare_agreement_elsewhere_is_no_mention() -> None:
    assert found("The two were in agreement about the weather.") == []


def test_an_attempt_to_reach_agreement_is_a_negotiation_by_who_meets() -> None:
    rec = only("Acme will meet Globex on Tuesday in an attempt to reach agreement over the unit.")
    assert rec.status == "negotiating" and set(rec.parties) == {"acme", "globex"}


def test_a_deal_that_fell_through_or_came_to_nothing_collapsed() -> None:
    assert only("The pact with Egypt was signed in May but fell through in June.").status == "collapsed"
    assert only("Acme made a takeover bid for Globex, but that came to nothing.").status == "collapsed"


def test_lost_deals_collapsed_but_losing_out_on_a_contract_does_not() -> None:
    assert only("Acme recently lost sponsorship deals with Globex.").status == "collapsed"
    assert only("Acme lost out in competition for a supply contract.").status != "collapsed"


def test_given_a_contract_is_signed() -> None:
    rec = only("Glenn Hoddle has been given a six-month contract by Acme.")
    assert rec.kind == "contract" and rec.status == "signed"


def test_a_vote_on_a_treaty_proposes_it_and_binds_no_voter() -> None:
    rec = only("France will be the first to vote on the treaty next week.")
    assert rec.status == "proposed" and rec.parties == ()


def test_a_futures_month_contract_is_no_agreement() -> None:
    assert found("Crude traded at 20.55 dlrs in the July contract on Friday.") == []


def test_a_business_mention_after_a_generic_one_keeps_its_own_record() -> None:
    records = found(
        "Acme met Globex in an attempt to reach agreement over the unit. "
        "Globex says the contract, signed in 2000, is no longer valid."
    )
    assert [r.kind for r in records] == ["agreement", "contract"]
    assert records[0].status == "negotiating" and records[1].status == "signed"


def test_seeking_a_deal_proposes_it() -> None:
    rec = only("Japan will seek a memorandum of understanding with France on fraud.")
    assert rec.kind == "memorandum" and rec.status == "proposed"


def test_a_brokered_ceasefire_is_not_the_agreement_being_negotiated() -> None:
    records = found(
        "Russia and Egypt continue to work on an agreement to open bases. "
        "Troops stay in defiance of the United Nations-brokered ceasefire agreement."
    )
    assert [(r.kind, r.status) for r in records] == [("agreement", "negotiating"), ("ceasefire", "violated")]
    assert records[0].parties == ("russia", "egypt") and records[1].mediators == ("un",)


def test_an_offer_from_a_bidder_names_the_acquirer() -> None:
    rec = only("A £1.3bn offer from Acme for Globex has already been rejected.")
    assert rec.kind == "acquisition" and rec.acquirer == ("acme",) and rec.seller == ()


def test_bare_plural_takeovers_are_a_class_not_a_deal() -> None:
    assert found("Analysts said more mergers are likely as the industry consolidates.") == []
