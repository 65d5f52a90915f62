""""Representative" before a person's name is a title, no part of the name ("Representative Steve
Cohen, Democrat of Tennessee" is Steve Cohen), session 30."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_representative_before_a_full_name_is_the_title() -> None:
    doc = parse("The bill was backed by Representative Peter Welch, Democrat of Vermont, on Monday.")
    assert entity_at(doc, "Peter Welch").canonical == "Peter Welch"


def test_a_later_surname_takes_the_name_without_the_title() -> None:
    doc = parse("Former Representative Peter Hoekstra spoke first. Mr. Hoekstra said the deal was poor.")
    assert entity_at(doc, "Hoekstra").canonical == "Peter Hoekstra"


def test_the_house_of_representatives_stays_an_organisation() -> None:
    doc = parse("The House of Representatives voted on Tuesday to pass the measure.")
    assert entity_at(doc, "House of Representatives").type == "ORG"
