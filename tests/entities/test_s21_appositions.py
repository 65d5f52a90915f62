"""A name before an apposition headed by a role noun, or an age, is a person (session 21, issue 14)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_role_after_modifiers_in_the_apposition_makes_a_person() -> None:
    doc = parse("Yasushi Akashi, the DHA undersecretary-general, told the Security Council on Monday.")
    assert entity_at(doc, "Yasushi Akashi").type == "PERSON"


def test_an_age_and_a_demonym_before_the_role_still_make_a_person() -> None:
    doc = parse("The magazines named the woman as Fili Houteman, a 26-year-old French singer and dancer.")
    assert entity_at(doc, "Fili Houteman").type == "PERSON"


def test_an_age_between_commas_makes_a_person() -> None:
    doc = parse("Doctors say Kamuzu Banda, 98, suffers from a bone disease.")
    assert entity_at(doc, "Kamuzu Banda").type == "PERSON"


def test_a_role_that_modifies_a_noun_after_it_makes_no_person() -> None:
    doc = parse("Officials said Kuraz, the new president's favourite company, would expand.")
    assert all(e.type != "PERSON" for e in doc.entities for m in e.mentions if m.text == "Kuraz")


def test_a_capitalised_role_inside_a_name_makes_no_person() -> None:
    doc = parse("Fans loved Sands of Time, the dashing Prince of Persia, last year.")
    assert all(e.type != "PERSON" for e in doc.entities for m in e.mentions if m.text == "Time")


def test_a_role_noun_before_another_noun_makes_no_person() -> None:
    doc = parse("Fans loved Zaroka, a likely general election favourite, last year.")
    assert all(e.type != "PERSON" for e in doc.entities for m in e.mentions if m.text == "Zaroka")


def test_an_apposition_after_an_of_phrase_names_its_last_person_not_the_name() -> None:
    doc = parse("On Friday, Union of Supporters of Robert Kocharyan, the arrested president, held a rally.")
    assert entity_at(doc, "Union of Supporters of Robert Kocharyan").type != "PERSON"
