"""Dotted initials before a name are part of one person's name (session 20, issue 14)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_dotted_initials_join_the_surname_as_one_person() -> None:
    doc = parse("Former president F.W. De Klerk said he had received no help.")
    person = entity_at(doc, "F.W. De Klerk")
    assert person.type == "PERSON"
    assert not [m for e in doc.entities for m in e.mentions if m.text == "F.W."]


def test_initials_after_a_sentence_like_full_stop_still_join() -> None:
    doc = parse("O.J. Simpson said on Thursday he was broke. Later, P.W. Botha denied it.")
    assert entity_at(doc, "O.J. Simpson").type == "PERSON"
    assert entity_at(doc, "P.W. Botha").type == "PERSON"


def test_initials_spelling_an_organisation_head_give_an_organisation() -> None:
    doc = parse("In the league, F.C. Farul Constanta beat Sportul Studentesc 3-1 on Saturday.")
    assert entity_at(doc, "F.C. Farul Constanta").type == "ORG"


def test_initials_across_a_line_break_stay_apart() -> None:
    doc = parse("The talks were held in the U.K.\nMoscow said it would respond.")
    assert not [m for e in doc.entities for m in e.mentions if "\n" in m.text]
