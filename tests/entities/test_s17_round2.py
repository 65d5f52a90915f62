"""Session 17, round 2: a name before a lower-case facility or landform noun is that facility or
landform ("the Batajnica airport", "the Pamir mountains"), not an organisation by default."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse

NEWLINES = ["\n", "\r\n", "\r"]


@pytest.mark.parametrize("newline", NEWLINES)
@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Flights will be re-routed to the nearby airport.{nl}The Batajnica airport will take over.",
            "Batajnica",
            "FACILITY",
        ),
        ("Gunfire echoed in the nearby Pamir mountains on Friday.{nl}The commander said so.", "Pamir", "LOC"),
        ("He dumped the body in the nearby Adige river.{nl}Police declined to comment.", "Adige", "LOC"),
        (
            "Two inmates escaped from Klongprem prison on Monday.{nl}They were caught.",
            "Klongprem",
            "FACILITY",
        ),
    ],
)
def test_a_name_before_a_facility_or_landform_noun_is_one(
    newline: str, text: str, name: str, kind: str
) -> None:
    doc = parse(text.format(nl=newline))
    assert entity_at(doc, name).type == kind


@pytest.mark.parametrize("newline", NEWLINES)
def test_a_name_that_does_not_name_the_noun_is_left_alone(newline: str) -> None:
    # "a Limerick jail" is a jail in Limerick; "the Caribbean port of Cartagena" has its own name
    doc = parse(
        f"Thieves robbed a Limerick jail on Thursday.{newline}Ships sail from the Xandu port of Cartagena."
    )
    types = {m.text: e.type for e in doc.entities for m in e.mentions}
    assert types.get("Limerick") != "FACILITY"
    assert types.get("Xandu") != "FACILITY"


def test_a_possessive_before_the_noun_is_no_facility() -> None:
    doc = parse("Ronaldo's stadium was full. Ronaldo scored twice.")
    assert all(e.type != "FACILITY" for e in doc.entities)


@pytest.mark.parametrize("newline", NEWLINES)
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The bottle washed up on President Nelson Mandela's old prison island.{nl}It was found.",
            "Nelson Mandela",
        ),
        ("She played a fiery Queen Elizabeth I on stage.{nl}Critics liked it.", "Elizabeth"),
        ("General Washington crossed the river.{nl}It was cold.", "Washington"),
    ],
)
def test_places_after_a_persons_title_are_the_persons_name(newline: str, text: str, name: str) -> None:
    doc = parse(text.format(nl=newline))
    assert entity_at(doc, name).type == "PERSON"


@pytest.mark.parametrize("newline", NEWLINES)
def test_a_title_before_a_country_or_a_non_personal_title_leaves_the_place(newline: str) -> None:
    doc = parse(f"Refugees fled the Former Yugoslavia.{newline}Crown Prince Abdullah of Jordan said so.")
    assert entity_at(doc, "Yugoslavia").type == "GPE"
    assert entity_at(doc, "Jordan").type == "GPE"


def test_a_hyphenated_military_title_stays_outside_the_name() -> None:
    doc = parse("NATO spokesman Lieutenant-Colonel Max Marriner said in Sarajevo.")
    marriner = entity_at(doc, "Max Marriner")
    assert marriner.type == "PERSON"
    assert all(m.text != "Lieutenant-Colonel Max Marriner" for m in marriner.mentions)


@pytest.mark.parametrize("newline", NEWLINES)
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The KDP charges that the rival Patriotic Union of Kurdistan took Arbil.{nl}It denied it.",
            "Patriotic Union of Kurdistan",
        ),
        (
            "He was awarded a fellowship of the Royal Society of Edinburgh.{nl}He was pleased.",
            "Royal Society of Edinburgh",
        ),
        (
            "Cash machines run by the Canadian Imperial Bank of Commerce failed.{nl}Customers waited.",
            "Canadian Imperial Bank of Commerce",
        ),
    ],
)
def test_a_head_before_of_makes_the_name_an_organisation(newline: str, text: str, name: str) -> None:
    doc = parse(text.format(nl=newline))
    assert entity_at(doc, name).type == "ORG"


def test_a_candidate_spelling_its_acronym_alone_joins_nothing_before_it() -> None:
    doc = parse(
        "The OCC is a joint venture between the BPI and the British Association of Record Dealers (BARD). "
        "BARD agreed."
    )
    bard = entity_at(doc, "British Association of Record Dealers")
    assert bard.type == "ORG"
    assert all(m.text != "BPI and the British Association of Record Dealers" for m in bard.mentions)
