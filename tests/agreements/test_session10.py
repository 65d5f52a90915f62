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
