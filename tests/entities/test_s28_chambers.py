"""A legislative chamber named by its head alone ("the Senate", "the House", "the House and Senate")
or as "House of Representatives" is an organisation; other names on the same words are not (session 28)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def _texts(text: str) -> set[str]:
    """The mention texts of the entities layer's output for ``text``."""
    return {m.text for e in parse(text).entities for m in e.mentions}


def test_the_senate_and_the_house_alone_are_organisations() -> None:
    doc = parse("The bill passed the Senate on Tuesday and now goes to the House.")
    assert entity_at(doc, "Senate").type == "ORG"
    assert entity_at(doc, "House").type == "ORG"


def test_a_chamber_after_and_after_the_other_chamber() -> None:
    doc = parse("Republicans kept their majorities in the House and Senate last year.")
    assert entity_at(doc, "House").type == "ORG"
    assert entity_at(doc, "Senate").type == "ORG"


def test_the_house_of_representatives_is_one_organisation() -> None:
    doc = parse("He was elected to the House of Representatives in 1978.")
    assert entity_at(doc, "House of Representatives").type == "ORG"


def test_the_house_after_the_house_of_commons_is_the_same_organisation() -> None:
    doc = parse("MPs in the House of Commons backed the plan. Mr Brown told the House it would pass.")
    assert entity_at(doc, "House").id == entity_at(doc, "House of Commons").id


def test_the_house_is_not_linked_where_both_houses_are_named() -> None:
    doc = parse("Peers in the House of Lords objected. The Commons voted, and the House cheered.")
    assert entity_at(doc, "House").id != entity_at(doc, "House of Lords").id
    assert entity_at(doc, "House").type == "ORG"


def test_the_senate_after_a_named_senate_keeps_its_canonical_name() -> None:
    doc = parse("The U.S. Senate voted on Monday. The Senate's leaders then met.")
    assert entity_at(doc, "Senate").id == entity_at(doc, "U.S. Senate").id


def test_other_names_and_bare_words_are_left_alone() -> None:
    texts = _texts("House prices rose. She shops at the House of Fraser near the White House.")
    assert "House" not in texts
    assert "House of Fraser" not in texts
    assert "White House" in texts
    assert "Senate" not in _texts("A new Senate seat was drawn.")


def test_a_committee_named_after_the_senate_is_not_cut() -> None:
    doc = parse("The Senate Finance Committee met on Monday.")
    assert entity_at(doc, "Senate Finance Committee").type == "ORG"
    assert "Senate" not in {m.text for e in doc.entities for m in e.mentions}


def test_the_house_beside_a_senate_is_the_house_of_representatives() -> None:
    doc = parse("The bill passed the Senate but never got a vote in the House.")
    assert entity_at(doc, "House").canonical == "House of Representatives"
    uk = parse("Mr Brown told the House that MPs would vote on the budget.")
    assert entity_at(uk, "House").canonical == "House"
