"""Issue 16, session 16 round 3: an arrest made by a criminal inquiry is no casualty event."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event

EOLS = ["\n", "\r\n", "\r"]


def arrests(text: str, published: str | None = "1996-08-27") -> list[str | None]:
    """The victims of each arrested event of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    found = [e for e in layer if isinstance(e, Event) and e.role == "arrested"]
    return [e.victims.text if e.victims is not None else None for e in found]


@pytest.mark.parametrize("eol", EOLS)
def test_an_arrest_for_smuggling_drugs_is_no_event(eol: str) -> None:
    """ "arrested a bartender for allegedly attempting to board a flight with heroin": police work."""
    text = (
        "Briton held in Bangkok.\n\nBANGKOK 1996-08-27\n\nAirport police arrested a British bartender "
        "for allegedly attempting to board a flight with heroin in his luggage, police said.\n"
    ).replace("\n", eol)
    assert arrests(text) == []


@pytest.mark.parametrize("eol", EOLS)
def test_suspects_arrested_later_are_no_event(eol: str) -> None:
    """ "Two of the suspected abductors have since been arrested": an inquiry's arrest."""
    text = (
        "Ransom refused.\n\nThe two were held for 71 days until relatives paid a ransom.\n"
        "Two of the suspected abductors have since been arrested.\n"
    ).replace("\n", eol)
    assert arrests(text) == []


@pytest.mark.parametrize("eol", EOLS)
def test_suspected_militants_arrested_in_a_raid_stay_an_event(eol: str) -> None:
    """A suspicion with an operation in the sentence is an arrest the guideline counts."""
    text = "Raid.\n\nSoldiers arrested 20 suspected militants in a raid on Monday.\n".replace("\n", eol)
    assert arrests(text) == ["militants"]


@pytest.mark.parametrize("eol", EOLS)
def test_an_arrest_after_a_shooting_stays_an_event(eol: str) -> None:
    """A drug haul with violence in the sentence ("opened fire on police") stays an arrest."""
    text = (
        "Hanged.\n\nThe two men were arrested in July with 419 kilograms of opium after they "
        "opened fire on police.\n"
    ).replace("\n", eol)
    assert arrests(text) == ["men"]


def test_protesters_arrested_stay_an_event() -> None:
    """No crime named: "Police arrested 24 protesters" stays an event."""
    assert arrests("Police arrested 24 anti-war protesters on Wednesday.") == ["protesters"]
