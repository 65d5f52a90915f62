"""A place's head and "of" before a name open the name ("the Republic of Ireland", "the Bay of
Biscay"); a title before "of" and a place stays apart, session 34."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def _mentions(text: str) -> set[str]:
    """Every mention's text in ``text``."""
    return {m.text for e in parse(text).entities for m in e.mentions}


def test_a_states_head_opens_a_known_state() -> None:
    doc = parse("He said the Republic of Ireland would qualify, and the Republic of Macedonia agreed.")
    assert entity_at(doc, "Republic of Ireland").type == "GPE"
    assert "Republic of Macedonia" in _mentions(
        "He said the Republic of Ireland would qualify, and the Republic of Macedonia agreed."
    )


def test_a_seas_and_a_straits_head_make_a_place() -> None:
    doc = parse("Tankers pass through the Strait of Hormuz and storms hit the Bay of Biscay.")
    assert entity_at(doc, "Strait of Hormuz").type == "LOC"
    assert entity_at(doc, "Bay of Biscay").type == "LOC"


def test_a_head_read_apart_joins_the_place() -> None:
    found = _mentions("Oil was found in the western Gulf of Venezuela last year.")
    assert "Gulf of Venezuela" in found
    assert "Gulf" not in found


def test_a_title_before_of_stays_apart() -> None:
    found = _mentions("The President of France met the Prime Minister of India in Paris.")
    assert {"France", "India"} <= found


def test_a_capitalised_word_before_the_head_leaves_it_alone() -> None:
    found = _mentions("The People's Republic of China was founded in 1949.")
    assert "Republic of China" in found or "People's Republic of China" in found
