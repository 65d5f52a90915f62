"""An acronym an organisation's name defines in brackets right after it is that organisation, named by
the name, even when the acronym is not the name's initials ("Brazilian Democratic Movement Party
(PMDB)") or is written in small letters ("Apec"), session 30."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_translated_name_gives_its_foreign_acronym_the_name() -> None:
    doc = parse("Neves headed the Brazilian Democratic Movement Party (PMDB) for years. The PMDB backed him.")
    party = entity_at(doc, "PMDB", 1)
    assert party.canonical == "Brazilian Democratic Movement Party"
    assert party is entity_at(doc, "Brazilian Democratic Movement Party")


def test_an_acronym_in_small_letters_spelling_the_initials_joins_the_name() -> None:
    doc = parse("Mr Bush told the Asia Pacific Economic Co-operation (Apec) summit in Chile he would act.")
    assert entity_at(doc, "Apec").canonical == "Asia Pacific Economic Co-operation"


def test_a_name_cut_by_a_capitalised_word_before_it_gives_no_canonical_name() -> None:
    doc = parse("They flew in a jet chartered by the Brazilian Football Confederation (CBF). CBF said so.")
    assert entity_at(doc, "CBF", 1).canonical != "Football Confederation"


def test_a_bracketed_word_of_small_letters_not_the_initials_is_no_acronym() -> None:
    doc = parse("The deal was signed by Royal Dutch Shell (Nato) officials in London on Monday.")
    nato = [e for e in doc.entities if any(m.text == "Nato" for m in e.mentions)]
    assert all(e.canonical != "Royal Dutch Shell" for e in nato)
