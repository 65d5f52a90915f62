"""Two name particles between two name chunks make one name (session 20, issue 14)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_two_particles_join_the_first_name_and_the_surname() -> None:
    doc = parse("The ball went beyond goalkeeper Edwin van der Sar into the Ajax net.")
    assert entity_at(doc, "Edwin van der Sar").type == "PERSON"
    assert not [m for e in doc.entities for m in e.mentions if m.text == "Sar"]


def test_de_la_names_are_one_person() -> None:
    doc = parse("President Fernando de la Rua met the boxer Oscar de la Hoya on Monday.")
    assert entity_at(doc, "Fernando de la Rua").type == "PERSON"
    assert entity_at(doc, "Oscar de la Hoya").type == "PERSON"


def test_particles_across_a_line_break_leave_the_names_apart() -> None:
    doc = parse("The fans cheered Edwin van der\nSar and the team.")
    assert not [m for e in doc.entities for m in e.mentions if "\n" in m.text]


def test_van_der_is_a_persons_evidence_when_the_first_name_is_unknown() -> None:
    doc = parse("Springbok scrum-half Joost van der Westhuizen was his side's inspiration.")
    assert entity_at(doc, "Joost van der Westhuizen").type == "PERSON"
