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


def abductions(text: str) -> list[tuple[int | None, str | None]]:
    """(count, victims) of each abducted event of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published="1996-08-27").layer("events")
    return [
        (e.count.value if e.count is not None else None, e.victims.text if e.victims is not None else None)
        for e in layer
        if isinstance(e, Event) and e.role == "abducted"
    ]


@pytest.mark.parametrize("eol", EOLS)
def test_a_couple_in_a_reduced_relative_is_two_victims(eol: str) -> None:
    """ "ransom for a Dutch couple kidnapped from their farm": one event, two victims."""
    text = (
        "No ransom.\n\nThe government has ruled out paying ransom money for a Dutch couple kidnapped "
        "from their farm, officials said on Tuesday.\n"
    ).replace("\n", eol)
    assert abductions(text) == [(2, "Dutch couple")]


@pytest.mark.parametrize("eol", EOLS)
def test_a_couple_as_subject_or_object_is_two_victims(eol: str) -> None:
    """ "A Dutch couple ... have been kidnapped", "Gunmen kidnapped a couple": a couple counts two."""
    text = "Kidnap.\n\nA Dutch couple was kidnapped from their farm.\n".replace("\n", eol)
    assert abductions(text) == [(2, "Dutch couple")]
    assert abductions("Gunmen kidnapped an elderly couple on Monday.") == [(2, "elderly couple")]


def test_a_single_tourist_is_still_one_victim() -> None:
    """The pair count is the noun's: "a Dutch tourist kidnapped from his farm" stays one."""
    assert abductions("Rebels are holding a Dutch tourist kidnapped from his farm.") == [(1, "Dutch tourist")]


def test_people_suspected_of_a_crime_arrested_are_no_event() -> None:
    """ "arrested 30 people suspected of selling alcohol": a criminal inquiry, no violence told."""
    assert arrests("Police in southwest China have arrested 30 people suspected of selling alcohol.") == []


@pytest.mark.parametrize("eol", EOLS)
def test_an_arrest_after_a_shooting_told_the_sentence_before_stays_an_event(eol: str) -> None:
    """ "A suspect was shot and died. The Police arrested a suspect and seized drugs": an operation."""
    text = (
        "Operation.\n\nMilitary Police carried out an operation against drug trafficking. A suspect was "
        "shot and died. The Police arrested a suspect and seized drugs.\n"
    ).replace("\n", eol)
    assert len(arrests(text)) == 1


@pytest.mark.parametrize("eol", EOLS)
def test_two_joined_single_victims_with_a_guide_are_two_events(eol: str) -> None:
    """ "a German tourist and a Swiss tour guide were kidnapped": one event per victim group."""
    text = (
        "Kidnap.\n\nThe farm is in the region where a German tourist and a Swiss tour guide were "
        "kidnapped last year.\n"
    ).replace("\n", eol)
    assert abductions(text) == [(1, "German tourist"), (1, "Swiss tour guide")]
