"""A bid for a player is a transfer offered (the guideline's kind), its bidder the club and the named
person the player; a bid for a firm stays a takeover (read off unused news articles)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Agreement
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "blackburn": ("ORG", "Blackburn Rovers", ("Blackburn",), {}),
    "savage": ("PERSON", "Robbie Savage", ("Robbie Savage",), {}),
    "real": ("ORG", "Real Madrid", ("Real Madrid",), {}),
    "morientes": ("PERSON", "Fernando Morientes", ("Fernando Morientes",), {}),
    "united": ("ORG", "Manchester United", ("Manchester United",), {}),
    "glazer": ("PERSON", "Malcolm Glazer", ("Glazer",), {}),
}


def found(text: str) -> list[Agreement]:
    """The agreements of ``text`` with the hand-made entities."""
    return agreements_of(parse(text, SPEC))


def test_a_bid_for_a_player_is_a_transfer_with_club_and_player() -> None:
    (rec,) = found("Birmingham confirmed Blackburn made a bid for Robbie Savage.")
    assert rec.kind == "transfer"
    assert rec.status == "proposed"
    assert rec.club == ("blackburn",)
    assert rec.player == ("savage",)


def test_the_club_and_position_may_stand_before_the_player() -> None:
    (rec,) = found("Blackburn may launch a bid for Real Madrid striker Fernando Morientes.")
    assert rec.kind == "transfer"
    assert rec.player == ("morientes",)


def test_an_offer_for_a_firm_from_a_person_stays_a_takeover() -> None:
    (rec,) = found(
        "The board received a proposal that may form the basis of an offer for Manchester United from Glazer."
    )
    assert rec.kind == "acquisition"
    assert rec.player == ()


@settings(max_examples=20, deadline=None)
@given(verb=st.sampled_from(["sign", "snap up", "lure"]))
def test_a_bid_to_sign_someone_is_a_transfer(verb: str) -> None:
    (rec,) = found(f"Newcastle hope to scupper Blackburn's bid to {verb} the player.")
    assert rec.kind == "transfer"
