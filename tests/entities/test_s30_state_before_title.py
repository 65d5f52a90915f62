"""A state or country before an abbreviated title ("Florida Sen. Marco Rubio") is a place of its own;
the title opens the person's name and is no part of either (session 30)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_state_before_sen_is_a_place_and_the_name_a_person() -> None:
    doc = parse("Florida Sen. Marco Rubio says he did well in the debate.")
    assert entity_at(doc, "Florida").type == "GPE"
    assert entity_at(doc, "Marco Rubio").type == "PERSON"
    assert all("Sen" not in e.canonical for e in doc.entities)


def test_a_state_of_two_words_before_gov() -> None:
    doc = parse("A woman at a town hall for New Jersey Gov. Chris Christie asked about taxes.")
    assert entity_at(doc, "New Jersey").type == "GPE"
    assert entity_at(doc, "Chris Christie").canonical == "Chris Christie"



def test_a_party_before_the_title_and_a_title_alone() -> None:
    doc = parse("Republican Sen. John McCain says the talk is loose. He spoke with Sen. Ted Cruz on Monday.")
    assert entity_at(doc, "John McCain").type == "PERSON"
    assert entity_at(doc, "Ted Cruz").type == "PERSON"
    assert all(not e.canonical.endswith("Sen") for e in doc.entities)
