"""Types from a name's form and context in results tables and sentence openers (session 7 rules)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.entities.helpers import entity_at, parse


@pytest.mark.parametrize("side", ["Port Vale", "Oxford United", "Bury"])
def test_the_sides_of_a_fixture_are_teams(side: str) -> None:
    doc = parse("English division two - Port Vale v Oxford United , Bury v Stockport .")
    assert entity_at(doc, side).type == "ORG"


@pytest.mark.parametrize("scorer", ["Wouden", "Dahl Tomasson", "Smicer", "Valkucak"])
def test_a_name_before_a_goal_minute_is_a_scorer(scorer: str) -> None:
    doc = parse(
        "Heerenveen 2 ( Wouden 53rd , Dahl Tomasson 74th minute ) Lens 1 ( Smicer 90th ) .\n"
        "Scorers : Lubarskij ( 50th minute ) , Valkucak ( 54th )"
    )
    assert entity_at(doc, scorer).type == "PERSON"


def test_a_minute_needs_a_goal_list_around_it() -> None:
    doc = parse("Zorvex 21st century products sold well.")
    assert all(e.type != "PERSON" for e in doc.entities)


def test_the_opening_a_sentence_is_an_article_before_an_organisation() -> None:
    doc = parse("The Tories said the plan would fail. The Beastie Boys topped the poll.")
    assert entity_at(doc, "Tories").type == "ORG"
    assert entity_at(doc, "Beastie Boys").type == "ORG"


def test_the_inside_a_sentence_opens_a_title_not_an_article() -> None:
    doc = parse("He starred in The Aviator last year.")
    assert not any(m.text == "Aviator" and e.type == "ORG" for e in doc.entities for m in e.mentions)


_PIECES = st.sampled_from(["The", "the", "v", "Hull", "Zorvex", "Kerry", "53rd", "(", ")", ",", ".", "said"])


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=14).map(" ".join))
def test_fixture_and_scorer_rules_keep_mentions_in_the_text(text: str) -> None:
    doc = parse(text)
    for entity in doc.entities:
        for m in entity.mentions:
            assert doc.text[m.start : m.end] == m.text
            assert m.text not in ("v", "The", "the", "53rd")


def test_a_surname_with_a_particle_is_the_full_name() -> None:
    doc = parse("Robert De Niro starred in the film. De Niro said he was happy.")
    niro = entity_at(doc, "De Niro")
    assert niro.canonical == "Robert De Niro"
    assert niro is entity_at(doc, "Robert De Niro")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("He said so. Professor Angela MacFarlane agreed.", "Angela MacFarlane", "Professor"),
        ("The front-runner is Councilwoman Donna Frye, 53.", "Donna Frye", "Councilwoman"),
        ("Detective Inspector Paul Miller said so.", "Paul Miller", "Detective Inspector"),
    ],
)
def test_academic_civic_and_police_titles_are_kept_apart(text: str, name: str, title: str) -> None:
    person = entity_at(parse(text), name)
    assert person.canonical == name
    got = person.mentions[0].title
    assert got is not None and got.text == title


@pytest.mark.parametrize(
    ("name", "kind"), [("Werder Bremen", "ORG"), ("Ajax Amsterdam", "ORG"), ("Tyler Houston", "PERSON")]
)
def test_two_towns_in_a_row_name_one_thing(name: str, kind: str) -> None:
    doc = parse("Ajax Amsterdam beat Werder Bremen 2-1 on Sunday after Tyler Houston left.")
    assert entity_at(doc, name).type == kind


def test_two_towns_apart_stay_two_places() -> None:
    doc = parse("He flew from Paris to London, Ontario on Monday.")
    assert entity_at(doc, "Paris").type == "GPE"
    assert entity_at(doc, "London").type == "GPE"


def test_a_league_table_row_is_a_team_even_with_a_first_name() -> None:
    doc = parse("Group 1\nPuebla 3 3 0 0 7 2 9\nCruz Azul 3 2 1 0 7 3 7\nAtlante 3 2 1 0 6 2 7")
    assert entity_at(doc, "Cruz Azul").type == "ORG"


def test_a_golfer_with_four_rounds_stays_a_person() -> None:
    doc = parse("Leading scores :\nFred Couples 73 68 72 72\nCraig Stadler 73 72 67 73")
    assert entity_at(doc, "Fred Couples").type == "PERSON"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("The U.K. Government said so.", "United Kingdom Government"),
        ("The U.S. Treasury said so.", "United States Treasury"),
        ("He joined the UK Independence Party.", "UK Independence Party"),
    ],
)
def test_a_state_institution_spells_its_country_out(text: str, canonical: str) -> None:
    doc = parse(text)
    assert any(e.canonical == canonical for e in doc.entities), [e.canonical for e in doc.entities]


@pytest.mark.parametrize("name", ["Kathimerini", "Zorvex"])
def test_a_name_before_a_media_noun_is_an_organisation(name: str) -> None:
    doc = parse(f"Thanou told {name} newspaper in her first interview. Zorvex magazine agreed.")
    medium = entity_at(doc, name)
    assert medium.type == "ORG"
    assert medium.confidence is None  # typed by evidence, not a guess
