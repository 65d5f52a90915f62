"""What is no deal (a bid for a prize, shares traded on a market, a body's name) and what a state
verb acts on; the stem look-up that picks where mentions are sought loses no mention."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Agreement
from newsparse_agreements import triggers
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "chelsea": ("ORG", "Chelsea", ("Chelsea",), {}),
    "glazer": ("PERSON", "Malcolm Glazer", ("Malcolm Glazer", "Glazer"), {}),
    "united": ("ORG", "Manchester United", ("Manchester United",), {}),
    "acme": ("ORG", "Acme", ("Acme",), {}),
    "globex": ("ORG", "Globex", ("Globex",), {}),
    "xstrata": ("ORG", "Xstrata", ("Xstrata",), {}),
    "wmc": ("ORG", "WMC", ("WMC",), {}),
    "london": ("GPE", "London", ("London",), {}),
    "zurich": ("GPE", "Zurich", ("Zurich",), {}),
    "quinn": ("PERSON", "Kimberly Quinn", ("Kimberly Quinn", "Quinn"), {}),
    "argentina": ("GPE", "Argentina", ("Argentina",), {"iso3166": "AR"}),
    "venezuela": ("GPE", "Venezuela", ("Venezuela",), {"iso3166": "VE"}),
    "enron": ("ORG", "Enron", ("Enron",), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities above."""
    return agreements_of(parse(text, SPEC))


@pytest.mark.parametrize(
    "text",
    [
        "The schedule will not damage the English elite's bid for Champions League glory.",
        "Labour's bid for a third term in power rests on the economy.",
        "The committee began a tour to assess London's bid for the 2012 Games.",
        "Officials helped fast-track a bid by Quinn's nanny, Leoncia Casalme, to stay in the UK.",
    ],
)
def test_a_bid_for_a_prize_or_an_attempt_is_no_deal(text: str) -> None:
    assert found(text) == []


def test_a_bid_for_a_club_stays_a_takeover_bid() -> None:
    (rec,) = found("Glazer made a bid for Manchester United on Monday.")
    assert rec.kind == "acquisition"
    assert rec.status == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        "Acme said it had purchased no additional Globex shares.",
        "Acme had sold 6,700 shares on the New York Stock Exchange.",
        "Acme first sold shares in private placements during 2000 and 2001.",
    ],
)
def test_shares_traded_or_issued_are_no_deal(text: str) -> None:
    assert found(text) == []


def test_a_stake_sold_to_a_firm_stays_a_deal() -> None:
    (rec,) = found("Acme sold its 20% stake in WMC to Globex.")
    assert rec.kind == "acquisition"
    assert "acme" in rec.parties


def test_a_head_inside_a_body_name_is_no_loan() -> None:
    assert found("The Office of Finance of the Federal Home Loan Banks announced a debt offering.") == []


def test_memorandums_of_understanding_are_one_mention() -> None:
    (rec,) = found("Acme and Globex signed memorandums of understanding on Monday.")
    assert rec.kind == "memorandum"
    assert rec.text == "memorandums of understanding"


def test_the_collapse_of_something_else_is_no_collapse_of_the_deal() -> None:
    (rec,) = found("Enron directors agreed a settlement deal in a lawsuit over the collapse of the firm.")
    assert rec.status == "signed"


def test_withdrawing_from_the_deal_is_its_collapse() -> None:
    (rec,) = found("Acme and Globex withdrew from the deal.")
    assert rec.status == "collapsed"


def test_a_state_verb_right_before_a_compound_keeps_its_state() -> None:
    (rec,) = found("Argentina and Venezuela have extended a food-for-oil deal, which helped the former.")
    assert rec.status == "extended"
    assert rec.parties == ("argentina", "venezuela")


def test_a_place_before_based_is_the_home_of_the_firm() -> None:
    recs = found("The watchdog would not oppose the purchase of WMC by Zurich and London-based Xstrata.")
    assert recs
    assert not {"london", "zurich"} & {p for r in recs for p in r.parties}


# ---- the stem look-up loses no mention ---------------------------------------------------------

WORDS = (
    "free trade agreement power-sharing deal amount impact wholesale sales sale of Acme ideal deals "
    "ceasefire cease-fire memorandums MoU famous de-escalation zones treaty treaties bid for Acme "
    "bids offered offer of $5bn loan on loan contract contracts peace plan takeover bid joint statement "
    "the a an its Paris agreement trade talks Trade Pact prisoner swap truce , . - ( ) \n"
).split(" ")


def _everywhere(text: str) -> list[triggers.Trigger]:
    """The mentions found when every word start of the text is tried (no stem look-up)."""
    original = triggers._windows
    try:
        triggers._windows = lambda t: [(0, max(0, len(t) - 1), len(t))] if t else []  # type: ignore[assignment]
        return triggers.find_triggers(text)
    finally:
        triggers._windows = original  # type: ignore[assignment]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_the_stem_look_up_finds_every_mention(text: str) -> None:
    assert triggers.find_triggers(text) == _everywhere(text)


@pytest.mark.parametrize(
    "text",
    [
        "What I announced will be sufficient to secure the agreement of the House of Lords.",
        "The orders would be used only with the agreement of the local licensing authority.",
    ],
)
def test_the_agreement_of_someone_is_consent_not_an_arrangement(text: str) -> None:
    assert found(text) == []


def test_the_agreement_of_a_year_stays_an_agreement() -> None:
    (rec,) = found("Acme signed the agreement of 1987 with Globex.")
    assert rec.status == "signed"


@pytest.mark.parametrize(
    "text", ["Acme made a bid for an office building in London.", "Globex made an offer for a term loan."]
)
def test_a_prize_word_inside_a_longer_noun_phrase_keeps_the_bid(text: str) -> None:
    assert [r.kind for r in found(text)][:1] == ["acquisition"]


def test_an_offer_by_a_firm_to_its_shareholders_stays_an_offer() -> None:
    assert [r.kind for r in found("Globex made a cash offer by Acme to its shareholders.")] == ["acquisition"]
