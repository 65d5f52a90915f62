"""A capitalised word of adherents or a doctrine named after a proper name ("Islamists", "the Maoist
faction", "Stalinist rule") is a people or faith (NORP), not an organisation; common words of the
lexicon ("Economist", "Socialists") and surnames ("Lindquist") are left to the other rules (session 40)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse_entities.adherents import is_adherent_word
from newsparse_entities.gazetteer import load
from tests.entities.helpers import entity_at, parse


def test_adherents_who_act_are_a_people_or_faith() -> None:
    doc = parse("The army cancelled the vote after Islamists took a commanding lead in the first round.")
    entity = entity_at(doc, "Islamists")
    assert (entity.type, entity.id) == ("NORP", "norp:islamists")


def test_an_adherent_adjective_before_a_noun_is_a_people_or_faith() -> None:
    doc = parse("Officials said the Maoist faction would attend the talks in the capital next week.")
    assert entity_at(doc, "Maoist").type == "NORP"


def test_a_doctrine_named_after_a_person_is_a_people_or_faith() -> None:
    doc = parse("The court heard that the accused had been obsessed by Stalinism for most of his life.")
    assert entity_at(doc, "Stalinism").type == "NORP"


def test_common_words_and_surnames_are_no_adherents() -> None:
    gaz = load()
    for word in ("Economist", "Journalists", "Socialists", "Communist", "Nationalists", "Lindquist", "Feist"):
        assert not is_adherent_word(word, gaz), word
    for word in ("Maoist", "Islamists", "Stalinism", "pan-Turkism", "Peronists", "Zionist"):
        assert is_adherent_word(word, gaz), word


def test_an_organisation_named_whole_keeps_its_type() -> None:
    doc = parse("The Democratic Unionist Party said on Friday that it would back the budget.")
    assert entity_at(doc, "Democratic Unionist Party").type == "ORG"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-", min_size=1, max_size=14))
def test_only_capitalised_words_with_an_adherent_ending_are_taken(word: str) -> None:
    if is_adherent_word(word, load()):
        assert word.endswith(("ist", "ists", "ism", "isms"))
        assert word.rpartition("-")[2][:1].isupper()
