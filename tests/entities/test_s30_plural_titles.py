"""A plural abbreviated title ("Sens.", "Govs.", "Reps.") before a list of names is a title like its
singular, no mention of its own (not the French town of Sens, no "Govs" organisation; session 30)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_sens_before_two_names_is_no_place() -> None:
    doc = parse("He met Sens. Ted Cruz and Marco Rubio on Monday.")
    assert entity_at(doc, "Ted Cruz").type == "PERSON"
    assert entity_at(doc, "Marco Rubio").type == "PERSON"
    assert all(m.text != "Sens" for e in doc.entities for m in e.mentions)


def test_govs_before_two_names_is_no_organisation() -> None:
    doc = parse("The race now belongs to Govs. Chris Christie and John Kasich, the paper said.")
    assert entity_at(doc, "Chris Christie").type == "PERSON"
    assert all(m.text != "Govs" for e in doc.entities for m in e.mentions)


def test_the_town_of_sens_is_still_a_place() -> None:
    doc = parse("The cathedral in Sens drew visitors from Paris.")
    assert entity_at(doc, "Sens").type == "GPE"


def test_the_town_at_a_sentence_end_after_in_is_still_a_place() -> None:
    """ "in Sens." ends a sentence: a preposition of place makes it the town, not a title."""
    doc = parse("The bishop lived in Sens. He wrote to the king every week.")
    assert entity_at(doc, "Sens").type == "GPE"


def test_the_state_before_a_plural_title_stays_a_place() -> None:
    """ "Florida Sens. Marco Rubio": one sentence, Florida a place, no person "Florida Sens" (session 31)."""
    doc = parse("Florida Sens. Marco Rubio (R) and Bill Nelson (D) have both pushed for funding.")
    assert entity_at(doc, "Florida").type == "GPE"
    assert entity_at(doc, "Marco Rubio").type == "PERSON"
    assert all(m.text != "Florida Sens" for e in doc.entities for m in e.mentions)
