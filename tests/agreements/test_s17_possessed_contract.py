"""Session 17, round 2: "Day's Rangers contract" after "Queens Park Rangers keeper Chris Day": the
possessor's surname names the player and the contract's capitalised name the club, in any line-ending
convention; an unknown surname or an ambiguous club gives nothing."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Agreement

ENDINGS = ("\n", "\r\n", "\r")

DAY = (
    "Queens Park Rangers keeper Chris Day is set to join Preston on a month's loan.\n\n"
    "Day's Rangers contract expires in the summer."
)
STRANGER = (
    "Queens Park Rangers keeper Chris Day is set to join Preston on a month's loan.\n\n"
    "Smith's Rangers contract expires in the summer."
)
TWO_CLUBS = (
    "Queens Park Rangers keeper Chris Day played Glasgow Rangers on Saturday.\n\n"
    "Day's Rangers contract expires in the summer."
)


def contracts(text: str) -> list[Agreement]:
    """The contracts of ``text`` read by the whole pipeline."""
    return [a for a in newsparse.parse(text).agreements if a.kind == "contract"]


def club_id(text: str) -> str:
    """The id the entities layer gives the club named "... Rangers" in ``text``."""
    (found,) = [e.id for e in newsparse.parse(text).entities if e.type == "ORG" and "Rangers" in e.canonical]
    return found


@pytest.mark.parametrize("eol", ENDINGS)
def test_the_possessor_is_the_player_and_the_name_the_club(eol: str) -> None:
    text = DAY.replace("\n", eol)
    (contract,) = contracts(text)
    assert contract.player == ("person:chris-day",)
    assert contract.club == (club_id(text),)
    assert set(contract.parties) == {"person:chris-day", club_id(text)}


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_surname_no_person_bears_gives_no_player(eol: str) -> None:
    (contract,) = contracts(STRANGER.replace("\n", eol))
    assert contract.player == ()
    assert "person:chris-day" not in contract.parties


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_name_two_clubs_share_gives_no_club(eol: str) -> None:
    (contract,) = contracts(TWO_CLUBS.replace("\n", eol))
    assert contract.player == ("person:chris-day",)
    assert contract.club == ()
