"""Places in conflict notes (nouns after a name, toponymic first words, brackets, attack verbs,
administrative words) and companies by what only companies do; passages written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_entities.rules import PLACE_AFTER, PLACE_OPENERS, PLACE_TYPE_SUFFIXES
from tests.entities.helpers import entity_at, parse

_PLACES = ("GPE", "LOC")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels clashed with troops on the Vostrava front in the north.", "Vostrava"),
        ("Two men were shot west of Dalimbu area on Tuesday.", "Dalimbu"),
        ("Farmers blocked the Qormela highway with burning tyres.", "Qormela"),
        ("Regime forces shelled Kansafra and its outskirts.", "Kansafra"),
        ("Militants attacked a post north of Tervandi on Sunday.", "Tervandi"),
        ("Crowds met at a square [coded to Belmora-Upper Belmora] on Friday.", "Belmora-Upper Belmora"),
    ],
)
def test_a_name_is_a_place_by_the_words_around_it(text: str, name: str) -> None:
    entity = entity_at(parse(text), name)
    assert entity.type in _PLACES, (name, entity)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid trucks entered via Kafr Dumira border crossing.", "Kafr Dumira"),
        ("Drones struck positions around Tal Hasrin overnight.", "Tal Hasrin"),
        ("Shelling hit Deir Sumbul on Monday.", "Deir Sumbul"),
    ],
)
def test_a_toponymic_first_word_makes_a_place_not_a_person(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type in _PLACES


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("A guard was stabbed in Korvali Upazila (Dhaka) on Monday.", "Korvali", "Korvali"),
        ("Police raided a house in Barangay Dulong, Bantay, Ilocos Sur.", "Dulong", "Dulong"),
        ("On 8 May, in Pelotwa Town, residents protested.", "Pelotwa", "Pelotwa"),
    ],
)
def test_an_administrative_word_is_no_part_of_the_place_name(text: str, name: str, canonical: str) -> None:
    entity = entity_at(parse(text), name)
    assert entity.type in _PLACES
    assert entity.canonical == canonical


def test_a_single_name_in_brackets_after_a_located_name_is_a_place() -> None:
    doc = parse("Fighters targeted positions in Sirwadi (Marbek). No casualties were reported.")
    assert entity_at(doc, "Sirwadi").type in _PLACES
    assert entity_at(doc, "Marbek").type in _PLACES


def test_an_acronym_in_brackets_stays_an_organisation() -> None:
    doc = parse("The vote went to the Democratic Rally (DRL) in Rovna. DRL won.")
    assert all(e.type not in _PLACES for e in doc.entities for m in e.mentions if m.text == "DRL")


def test_al_opens_a_place_after_a_locative_and_a_person_otherwise() -> None:
    doc = parse("Jets struck positions in Al Hishma (Misrata) on Friday. Al Gore said he would visit.")
    assert entity_at(doc, "Al Hishma").type in _PLACES
    assert entity_at(doc, "Al Gore").type == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "Zantrel said in a statement that orders rose. Zantrel said the outlook was good.",
        "Zantrel, the first foreign company to list there, said profits rose. Zantrel said so.",
        "Zantrel, based in Milan, said profits rose. Zantrel said more.",
        "Italian tyre giant Zantrel said profits rose.",
        "Zantrel's output doubled this year, Zantrel said.",
    ],
)
def test_a_company_is_known_by_what_only_companies_do(text: str) -> None:
    assert entity_at(parse(text), "Zantrel").type == "ORG"


def test_a_town_opening_a_company_name_is_that_company_in_the_document() -> None:
    doc = parse("Magna International Inc agreed to buy the maker. Magna shares rose 2 percent.")
    magna = entity_at(doc, "Magna")
    assert magna.type == "ORG"
    assert magna is entity_at(doc, "Magna International Inc")


def test_a_town_named_after_a_preposition_of_place_stays_the_town() -> None:
    doc = parse("Magna International Inc opened a plant. Workers in Magna protested.")
    assert entity_at(doc, "Magna").type in _PLACES


def test_a_dated_dateline_is_the_place_even_in_a_report_of_games() -> None:
    text = "NEW YORK 1996-08-30\n\nChicago 5 Boston 3\nDetroit 2 Seattle 1\nBoston beat Detroit."
    ny = entity_at(parse(text), "NEW YORK")
    assert ny.type == "GPE"
    assert ny.mentions[0].form == "dateline"


# invented names no word list knows ("Zubrat"): the rules, not the lexicon, must type them
_WORD = st.text(alphabet="abdeikmnoprstuvz", min_size=3, max_size=8).map(lambda s: "Zu" + s)


@settings(max_examples=40, deadline=None)
@given(
    name=_WORD,
    opener=st.sampled_from(sorted(PLACE_OPENERS)),
    after=st.sampled_from(sorted(PLACE_AFTER)),
    suffix=st.sampled_from(sorted(PLACE_TYPE_SUFFIXES)),
)
def test_place_rules_keep_offsets_and_never_fail(name: str, opener: str, after: str, suffix: str) -> None:
    text = (
        f"Shelling hit {opener} {name} and the {name} {after} on Monday. "
        f"Troops entered {name} {suffix} ({name}), north of {name}."
    )
    doc = parse(text)
    for entity in doc.entities:
        for m in entity.mentions:
            assert doc.text[m.start : m.end] == m.text
    assert any(e.type in _PLACES for e in doc.entities)


def test_a_country_before_common_words_in_capitals_is_the_country_alone() -> None:
    doc = parse("He spoke to U.S. Officials on Monday about the plan. U.S. Navy ships sailed.")
    assert entity_at(doc, "U.S.").id == "united-states"
    assert not any("Officials" in m.text for e in doc.entities for m in e.mentions)
    assert entity_at(doc, "U.S. Navy").type == "ORG"


@pytest.mark.parametrize("suffix", ["KK", "SpA", "AB", "B.V.", "Oyj"])
def test_foreign_legal_forms_make_a_company(suffix: str) -> None:
    doc = parse(f"Shares in Zantrel {suffix} rose after the merger was announced.")
    company = entity_at(doc, f"Zantrel {suffix}")
    assert company.type == "ORG"
    assert company.canonical == "Zantrel"
