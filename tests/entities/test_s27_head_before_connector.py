"""An organisation's head before an inner "of", "for" or "on" makes a run of name words an
organisation's name, whatever first name opens it; a wire desk ("Sydney Newsroom") is one (session 27)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_council_on_after_a_first_name_opener_is_an_organisation() -> None:
    doc = parse("Sylke Tempel edits the magazine of the German Council on Foreign Relations.")
    assert entity_at(doc, "German Council on Foreign Relations").type == "ORG"
    assert entity_at(doc, "Sylke Tempel").type == "PERSON"


def test_a_council_of_with_a_relative_who_after_it_stays_an_organisation() -> None:
    doc = parse("They were met by Joan Brown Campbell of the National Council of Churches, who paid.")
    assert entity_at(doc, "National Council of Churches").type == "ORG"
    assert entity_at(doc, "Joan Brown Campbell").type == "PERSON"


def test_a_school_of_with_colleagues_after_it_is_an_organisation() -> None:
    doc = parse("Dr Jane Doe of the Royal Free Hospital School of Medicine and colleagues screened babies.")
    assert entity_at(doc, "Royal Free Hospital School of Medicine").type == "ORG"


def test_a_ministry_of_in_common_words_is_found() -> None:
    doc = parse("Exports rose 5 pct, according to Ministry of Finance data released on Wednesday.")
    assert entity_at(doc, "Ministry of Finance").type == "ORG"


def test_a_person_of_a_place_is_unchanged() -> None:
    doc = parse("The winner was Jane Wilson of Boston, who beat the champion.")
    assert entity_at(doc, "Jane Wilson").type == "PERSON"


def test_a_wire_desk_signing_off_is_an_organisation() -> None:
    doc = parse("The index rose 2 pct.\n\n-- Sydney Newsroom 61-2 9373-1800")
    assert entity_at(doc, "Sydney Newsroom").type == "ORG"
