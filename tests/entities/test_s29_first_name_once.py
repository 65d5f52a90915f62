"""A first name inside a name votes once per name, not once per mention: a team or a body named
several times is not outvoted by the first name its name holds ("the Denver Broncos", "the Florida
Marlins"), while a person's full name and a thing the text counts or owns keep their votes, session 29."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_team_named_twice_after_the_is_no_person() -> None:
    doc = parse(
        "Who will win the final, the Carolina Panthers or the Denver Broncos? "
        "Mr Bush said he would support the Denver Broncos."
    )
    assert entity_at(doc, "Denver Broncos").type == "ORG"


def test_a_club_named_twice_is_no_person() -> None:
    doc = parse(
        "Mark Hutton pitched six innings to lead the Florida Marlins past the Cardinals. "
        "The Florida Marlins have won four games in a row."
    )
    assert entity_at(doc, "Florida Marlins").type == "ORG"
    assert entity_at(doc, "Mark Hutton").type == "PERSON"


def test_a_full_name_with_a_surname_keeps_every_mention_s_first_name() -> None:
    doc = parse(
        "Critics attacked the Fidel Castro regime. Fidel Castro spoke for hours on Monday. "
        "Fidel Castro said the island would resist."
    )
    assert entity_at(doc, "Fidel Castro").type == "PERSON"


def test_a_person_named_three_times_stays_a_person() -> None:
    doc = parse(
        "Orlando Bloom arrived on Monday. Orlando Bloom said the film would open soon. "
        "The studio praised Orlando Bloom."
    )
    assert entity_at(doc, "Orlando Bloom").type == "PERSON"


def test_a_thing_the_text_owns_or_counts_is_not_made_an_organisation() -> None:
    doc = parse("The Mac Mini is small. He bought a Mac Mini last week. The Mac Mini runs the new software.")
    assert entity_at(doc, "Mac Mini").type != "ORG"
