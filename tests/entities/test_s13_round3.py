"""Session 13, round 3: an acronym whose full name the article spells out takes that name as its
canonical; in a sports report a place after "against" or before a plural verb is its team."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_an_acronym_takes_the_name_spelled_before_it_in_brackets() -> None:
    doc = parse(
        "House prices fell, the Office of the Deputy Prime Minister (ODPM) has said. "
        "The ODPM data showed a fall."
    )
    odpm = entity_at(doc, "ODPM", 1)
    assert odpm.canonical == "Office of the Deputy Prime Minister"
    assert entity_at(doc, "Office of the Deputy Prime Minister").id == odpm.id


def test_an_acronym_takes_the_one_name_that_spells_it_elsewhere() -> None:
    doc = parse(
        "The Widget Makers Guild said sales rose. Later the WMG said the figures were strong."
    )
    assert entity_at(doc, "WMG").canonical == "Widget Makers Guild"


def test_a_law_spells_no_acronym() -> None:
    doc = parse("The men left the GLA. The Greater London Act is clear on this, he said.")
    assert entity_at(doc, "GLA").canonical == "GLA"


def test_a_name_opening_a_title_is_no_mention_of_the_acronym() -> None:
    doc = parse("Rockstar makes the GTA titles. Grand Theft Auto: San Andreas sold well.")
    assert entity_at(doc, "GTA").canonical == "Grand Theft Auto"
    assert all(m.text != "Grand Theft Auto" for e in doc.entities for m in e.mentions)


_REPORT = (
    "The coach named his squad for the match. The striker scored a goal last season. "
)


def test_a_country_after_against_in_a_sports_report_is_its_team() -> None:
    doc = parse(_REPORT + "He played well against Italy on Saturday.")
    assert entity_at(doc, "Italy").type == "ORG"


def test_a_country_before_a_plural_verb_in_a_sports_report_is_its_team() -> None:
    doc = parse(_REPORT + "But he insisted England were sloppy.")
    assert entity_at(doc, "England").type == "ORG"


def test_a_town_after_against_in_a_sports_report_is_its_club() -> None:
    doc = parse(_REPORT + "He was sent off against Newcastle last week.")
    assert entity_at(doc, "Newcastle").type == "ORG"


def test_against_a_country_outside_sport_is_the_country() -> None:
    doc = parse("The protesters marched against Italy and its government on Saturday.")
    assert entity_at(doc, "Italy").type == "GPE"


def test_a_located_country_before_a_plural_verb_stays_a_place() -> None:
    doc = parse(_REPORT + "Prices in England were rising.")
    assert entity_at(doc, "England").type == "GPE"


def test_a_headline_in_capitals_spells_no_acronym() -> None:
    doc = parse("RANGERS BEAT INDIANS\n\nThe Rangers won. He drove in three RBI in the game.")
    assert all(e.canonical != "RANGERS BEAT INDIANS" for e in doc.entities)
