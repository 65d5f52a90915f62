"""Long organisation names joined again across "and", "for", "in" and commas (session 11)."""

from __future__ import annotations

import pytest

from newsparse_entities.long_names import _spells
from tests.entities.helpers import entity_at, parse


def _surfaces(text: str) -> set[str]:
    """The mention surfaces of a parsed text."""
    return {m.text for e in parse(text).entities for m in e.mentions}


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Organisation for Security and Cooperation in Europe", "OSCE"),
        ("Economic Commission for Latin America and the Caribbean", "ECLAC"),
        ("Internet Corporation for Assigned Names and Numbers", "Icann"),
    ],
)
def test_a_name_spelled_by_the_acronym_after_it_is_one_organisation(name: str, acronym: str) -> None:
    doc = parse(f"Officials of the {name} ({acronym}) met on Monday in Geneva.")
    entity = entity_at(doc, name)
    assert entity.type == "ORG"
    assert entity_at(doc, acronym).type == "ORG"


def test_the_acronym_after_a_spelled_name_is_the_same_organisation() -> None:
    doc = parse("The Internet Corporation for Assigned Names and Numbers (Icann) approved two names.")
    assert entity_at(doc, "Icann") is entity_at(doc, "Internet Corporation for Assigned Names and Numbers")


def test_the_spelled_name_is_joined_where_it_stands_without_its_acronym_too() -> None:
    text = (
        "The Confederation of British Industry said growth slowed. Later the Confederation of "
        "British Industry (CBI) called for a pause."
    )
    doc = parse(text)
    assert entity_at(doc, "Confederation of British Industry", 0).type == "ORG"
    assert entity_at(doc, "Confederation of British Industry", 1).type == "ORG"
    assert "British" not in _surfaces(text)


def test_a_list_before_brackets_that_spell_nothing_stays_apart() -> None:
    surfaces = _surfaces("Ministers from France and Germany (EU members) met in Paris.")
    assert {"France", "Germany"} <= surfaces


@pytest.mark.parametrize(
    ("acronym", "initials", "spells"),
    [
        ("osce", "osce", True),
        ("rdr", "rrrdr", True),
        ("liffe", "liffoe", True),
        ("abc", "axyc", False),
        ("abc", "xbc", False),
        ("gsm", "gsmx", False),
    ],
)
def test_spelling_needs_the_first_and_last_letters(acronym: str, initials: str, spells: bool) -> None:
    assert _spells(acronym, initials) is spells


@pytest.mark.parametrize("name", ["Mabon, Nugent and Co", "Sears Roebuck and Co", "Dow Jones and Co"])
def test_names_before_and_co_are_one_company(name: str) -> None:
    doc = parse(f"Shares of {name} rose on Friday, traders said.")
    assert entity_at(doc, name).type == "ORG"


@pytest.mark.parametrize(
    "name",
    [
        "Securities and Exchange Commission",
        "Public and Commercial Services Union",
        "Food and Agriculture Organisation",
    ],
)
def test_common_words_and_an_organisation_head_are_one_name(name: str) -> None:
    doc = parse(f"A spokesman for the {name} declined to comment on Tuesday.")
    assert entity_at(doc, name).type == "ORG"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Investors backed Apple Computer and Cisco Systems early on.", "Cisco Systems"),
        ("The Foreign Office and Lawrence Livermore National Laboratories banned cameras.", "Foreign Office"),
        ("Studios Paramount, Universal and Warner Brothers chose the format.", "Warner Brothers"),
    ],
)
def test_two_names_joined_by_and_stay_two(text: str, kept: str) -> None:
    assert kept in _surfaces(text)


def test_a_common_word_owning_a_named_person_is_an_organisation() -> None:
    doc = parse("The FA was asked to punish Arsenal's Thierry Henry for the tackle on Gabriel Heinze.")
    assert entity_at(doc, "Arsenal").type == "ORG"


def test_a_common_word_twice_after_a_preposition_is_a_name() -> None:
    text = "The story of Factory began in 1978. Bands such as Joy Division were signed by Factory."
    assert entity_at(parse(text), "Factory", 1).type == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "The bill grew with bad Bills and more bad Bills, he said.",
        "It has 512MB of Ram and a card with 128 Ram on board.",
        "The head of Surrey's Lionhead Studios was honoured.",
    ],
)
def test_a_common_word_without_a_name_s_context_stays_no_name(text: str) -> None:
    assert not {"Bills", "Ram", "Surrey"} & {
        m.text for e in parse(text).entities for m in e.mentions if e.type == "ORG"
    }
