"""Works (films, shows, songs, books) told by the noun, verb or year around their title are PRODUCT,
their whole title one mention; verbs that look like those nouns and possessive names are left alone;
a demonym before "Embassy" is the country, not a person."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document
from tests.entities.helpers import entity_at, parse


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The drama Rosa Milne won three awards on Sunday.", "Rosa Milne"),
        ("Critics praised the musical Harry Dunmore at its opening.", "Harry Dunmore"),
        ("She starred in Blue Harbour before moving to television.", "Blue Harbour"),
        ("Critics liked Kestrel Bay, which stars Anna Polk, on Friday.", "Kestrel Bay"),
        ("He is best known for Grey Orchard (1987) and other films.", "Grey Orchard"),
        ("Their hit Paper Lanterns topped the chart for a month.", "Paper Lanterns"),
        ("The comedy Walk of the Dunes topped the box office.", "Walk of the Dunes"),
        ("She starred in Blue Harbour in London last year.", "Blue Harbour"),
    ],
)
def test_a_title_after_a_work_cue_is_one_product_mention(text: str, title: str) -> None:
    found = entity_at(parse(text), title)
    assert found.type == "PRODUCT"
    assert found.confidence is None  # typed by evidence, not guessed


def test_a_work_named_like_a_person_is_a_work_in_every_mention() -> None:
    doc = parse("The drama Rosa Milne won three awards. Rosa Milne also won in Venice.")
    assert entity_at(doc, "Rosa Milne", 1).type == "PRODUCT"


def test_a_star_of_the_work_stays_a_person() -> None:
    doc = parse("Critics liked Kestrel Bay, which stars Anna Polk, on Friday.")
    assert entity_at(doc, "Anna Polk").type == "PERSON"


def test_a_title_stops_before_a_place() -> None:
    doc = parse("She starred in Blue Harbour in London last year.")
    assert entity_at(doc, "London").type == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Polls show Labour ahead in the north.", "Labour"),
        ("Storms hit Florida on Monday.", "Florida"),
        ("She starred in Hal Brenner's new film last year.", "Hal Brenner"),
        ("He won the best film Oscar on Sunday.", "Oscar"),
    ],
)
def test_verbs_possessives_and_awards_are_no_work_cue(text: str, name: str) -> None:
    doc = parse(text)
    assert all(e.type != "PRODUCT" for e in doc.entities for m in e.mentions if m.text == name)


def test_a_demonym_before_an_embassy_is_the_country_and_no_person() -> None:
    doc = parse("A spokesman for the German Embassy in Rome said the rules would change.")
    assert entity_at(doc, "German").type == "GPE"
    assert all(e.type != "PERSON" for e in doc.entities)


_WORDS = st.sampled_from("Harbour Lantern Orchard Dunes Kestrel Winter Glass River Copper Silent".split())
_JOINERS = st.sampled_from(["of the", "and", "in the", "on"])


@settings(max_examples=40, deadline=None)
@given(
    _WORDS,
    st.lists(st.tuples(_JOINERS, _WORDS), max_size=2),
    st.sampled_from(["comedy", "thriller", "novel"]),
)
def test_a_generated_title_is_one_mention_with_valid_offsets(
    first: str, rest: list[tuple[str, str]], noun: str
) -> None:
    title = " ".join([first, *(f"{j} {w}" for j, w in rest)])
    text = f"Critics loved the {noun} {title} when it opened."
    doc = parse(text)
    assert Document.from_json(doc.to_json()) == doc
    found = entity_at(doc, title)
    assert found.type == "PRODUCT"
    for e in doc.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


def test_a_joined_title_is_joined_in_its_later_mentions_too() -> None:
    doc = parse("Critics loved the thriller Walk and Hide last year. In Walk and Hide, a man hides.")
    assert entity_at(doc, "Walk and Hide", 1).type == "PRODUCT"


def test_a_kind_of_computer_game_announces_its_title_and_a_match_does_not() -> None:
    assert (
        entity_at(parse("Fans queued for the video game Stone Harbour on Monday."), "Stone Harbour").type
        == "PRODUCT"
    )
    doc = parse("After the game Ferguson said little.")
    assert entity_at(doc, "Ferguson").type != "PRODUCT"


def test_a_name_with_a_bare_apostrophe_is_the_maker() -> None:
    doc = parse("Jane Rusk, who starred in Hughes' 1943 film, spoke.")
    assert all(e.type != "PRODUCT" for e in doc.entities for m in e.mentions if m.text == "Hughes")
