"""A name opening its clause before its own verb and "his" is a person (session 21, issue 14)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_subject_before_its_verb_and_his_is_a_person() -> None:
    doc = parse("Earlier, Tendulkar completed his ninth century in one-day cricket.")
    assert entity_at(doc, "Tendulkar").type == "PERSON"


def test_a_two_word_name_before_its_verb_and_his_is_a_person() -> None:
    doc = parse("In Detroit, Orel Hershiser recorded his fourth straight win.")
    assert entity_at(doc, "Orel Hershiser").type == "PERSON"


def test_a_preposition_between_the_name_and_his_makes_no_person() -> None:
    doc = parse("They lost against Leicester in his first game.")
    assert entity_at(doc, "Leicester").type != "PERSON"


def test_her_after_a_verb_may_be_its_object_and_makes_no_person() -> None:
    doc = parse("Zandrix gave her a loan on Monday.")
    assert all(e.type != "PERSON" for e in doc.entities)
