"""A capitalised compass point inside a sentence before a known place is part of the place's name
("the North Caucasus", "Russia and North Africa"); opening a sentence it stays out ("Northern Iraq
has been ..." keeps the country), session 34."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def _mentions(text: str) -> set[str]:
    """Every mention's text in ``text``."""
    return {m.text for e in parse(text).entities for m in e.mentions}


def test_a_compass_point_inside_a_sentence_opens_the_region() -> None:
    doc = parse("Moscow fears separatism in other regions, particularly in the strategic North Caucasus.")
    assert entity_at(doc, "North Caucasus").type == "LOC"
    assert "Caucasus" not in _mentions("Troops were sent to the North Caucasus on Monday.")


def test_a_region_of_a_continent_and_of_a_country() -> None:
    found = _mentions("The soldiers fought in Russia and North Africa, and later in South Wales.")
    assert {"North Africa", "South Wales"} <= found


def test_a_point_opening_a_sentence_stays_out() -> None:
    found = _mentions("Northern Iraq has been under Kurdish control since 1991.")
    assert "Iraq" in found
    assert "Northern Iraq" not in found


def test_a_bare_point_before_a_country_names_a_state() -> None:
    doc = parse("The alliance added Greece and Turkey in 1952, West Germany in 1955 and Spain in 1982.")
    assert entity_at(doc, "West Germany").type == "GPE"


def test_a_known_name_cut_by_a_hyphen_is_the_known_place() -> None:
    doc = parse("Alexandra Tower, a spokeswoman for the North Carolina-based bank, said the tapes were lost.")
    assert entity_at(doc, "North Carolina").type == "GPE"


def test_a_side_of_a_result_row_stays_a_team() -> None:
    doc = parse("RUGBY UNION - ENGLISH RESULTS.\nNorthampton 46 West Hartlepool 20\nOrrell 13 Bath 56\n")
    assert entity_at(doc, "West Hartlepool").type == "ORG"


def test_a_demonym_after_a_point_is_left_alone() -> None:
    found = _mentions("He met South Korean and North Korean officials in Seoul on Monday.")
    assert "Korean" not in found
