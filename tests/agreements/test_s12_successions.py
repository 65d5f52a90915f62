"""Session 12, round 3: a mention naming an earlier agreement ("the previous pact", "the last aid
deal"), "a new deal" after one already running, or a possessive's "current" agreement against "the
new deal", is another agreement than the one the text is about; a described indefinite business
deal told past its prospect ("a rumoured takeover bid ... came to nothing") is a deal of its own."""

from __future__ import annotations

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "ec": ("ORG", "European Community", ("European Community",), {}),
    "turkey": ("GPE", "Turkey", ("Turkey",), {}),
    "imf": ("ORG", "IMF", ("IMF",), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def groups(text: str) -> list[list[str]]:
    """The mention texts of every record of ``text``."""
    return [[m.text for m in rec.mentions] for rec in found(text)]


def test_the_previous_pact_is_another_agreement() -> None:
    text = (
        "The European Community signed a five-year accord on aid. The accord raises aid by 60 pct "
        "from the previous pact, officials said."
    )
    assert len(found(text)) == 2


def test_an_unmarked_restatement_stays_one() -> None:
    text = "The European Community signed a five-year accord on aid. The accord raises aid by 60 pct."
    assert len(found(text)) == 1


def test_a_new_deal_after_a_running_contract_is_another() -> None:
    text = (
        "Davies is only on a year contract at the club. He is likely to get a new deal next season, "
        "his coach said."
    )
    assert len(found(text)) == 2


def test_the_current_loan_agreement_is_not_the_new_deal() -> None:
    text = (
        "Turkey's current $18.6bn loan agreement with the IMF expires in February and the new deal "
        "would see it receive added support."
    )
    assert len(found(text)) == 2


def test_a_rumoured_bid_that_came_to_nothing_is_its_own() -> None:
    text = (
        "Shares in the firm rose on hopes of a takeover. "
        + "Its sales of condoms and foot care products grew strongly over the year. " * 6
        + "Eighteen months ago the group was at the centre of a rumoured takeover bid for the firm "
        "- but that came to nothing."
    )
    assert len(found(text)) == 2


def test_a_sought_acquisition_restated_is_one() -> None:
    text = (
        "Ashland Oil is actively seeking a chemical acquisition, its chairman said. Ashland is "
        "seeking a chemical company acquisition which would complement its businesses."
    )
    assert len(found(text)) == 1


def test_likely_to_get_a_new_deal_is_proposed() -> None:
    text = (
        "Davies is only on a year contract at the club. He is likely to get a new deal next season, "
        "his coach said."
    )
    assert [rec.status for rec in found(text)][-1] == "proposed"


def test_a_deal_he_got_is_not_proposed() -> None:
    text = "Davies got a new deal at the club last week, his coach said."
    assert "proposed" not in [rec.status for rec in found(text)]
