"""A common word that opens a sentence as the subject of a verb of saying ("Apple said") is a name
when the document also writes it alone inside a sentence ("Motorola and Apple"), session 28."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def _texts(text: str) -> set[str]:
    """The mention texts of the entities layer's output for ``text``."""
    return {m.text for e in parse(text).entities for m in e.mentions}


def test_a_word_written_inside_a_sentence_and_opening_one_before_said_is_an_organisation() -> None:
    doc = parse("Last year, Motorola and Apple announced a phone. Apple said the phone would ship soon.")
    assert entity_at(doc, "Apple").type == "ORG"
    assert len([m for e in doc.entities for m in e.mentions if m.text == "Apple"]) == 2


def test_a_word_opening_a_sentence_before_said_alone_stays_no_name() -> None:
    assert "Apple" not in _texts("The market fell. Apple said the phone would ship soon.")


def test_a_plural_common_noun_before_said_stays_no_name() -> None:
    assert not _texts("Prices fell. Analysts said the market was weak. Analysts expect more.")


def test_a_word_only_inside_a_longer_name_is_no_evidence() -> None:
    assert "Orange" not in _texts("Sales of Orange Smartphones rose. Orange said the phone would ship soon.")


def test_a_plural_written_inside_a_sentence_too_stays_no_name() -> None:
    assert not _texts("Traders sold. Analysts said the market was weak, according to Analysts at the bank.")


def test_a_word_after_a_preposition_and_before_reported_is_an_organisation_not_a_place() -> None:
    doc = parse("Trump will win, according to Politico. As Politico reported, voters agreed.")
    assert entity_at(doc, "Politico").type == "ORG"


def test_a_word_only_after_a_verb_inside_a_sentence_is_no_evidence() -> None:
    text = 'The members of Korn said they hoped Welch "finds the happiness". Welch added that he would sing.'
    assert "Welch" not in _texts(text)
