"""Session 11b: an institution's head word named again ("the Senate"), clubs after a transfer verb
("signed for Portsmouth"), and a club named by a region and a town ("Bayern Munich")."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("The U.S. Senate voted on Monday. The Senate then adjourned.", "U.S. Senate", "Senate"),
        (
            "The International Monetary Fund cut its forecast. The Fund expects a slowdown.",
            "International Monetary Fund",
            "Fund",
        ),
        (
            "The UN Security Council met in New York. Nine of the Council's members voted yes.",
            "UN Security Council",
            "Council",
        ),
    ],
)
def test_the_head_word_of_an_institution_named_before_is_that_institution(
    text: str, full: str, short: str
) -> None:
    doc = parse(text)
    assert entity_at(doc, short) is entity_at(doc, full)
    assert entity_at(doc, short).type == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "The Fund said on Monday that rates would rise.",  # no full name before ("the Senate": a chamber)
        "The U.S. Senate voted on Monday. The Senate Foreign Relations panel met.",  # another name
        "The Thai Government fell. The Government said nothing.",  # a common noun (guidelines)
        "The International Monetary Fund met. A fund manager said the Fund for Peace had closed.",
    ],
)
def test_no_short_form_without_a_full_name_or_when_a_name_goes_on(text: str) -> None:
    doc = parse(text)
    lone = [m for e in doc.entities for m in e.mentions if m.text in ("Senate", "Government", "Fund")]
    assert not lone


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("The midfielder signed for Portsmouth on Friday.", "Portsmouth"),
        ("The striker completed a move to Birmingham on Friday.", "Birmingham"),
        ("The defender will join Dortmund on loan.", "Dortmund"),
    ],
)
def test_a_town_after_a_transfer_verb_is_a_club(text: str, club: str) -> None:
    assert entity_at(parse(text), club).type == "ORG"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("She will move to London next year.", "London"),  # no word of football
        ("Britain will join France in the talks, the minister said.", "France"),  # a country
        ("The manager lives in Birmingham.", "Birmingham"),
    ],
)
def test_a_move_or_join_without_football_keeps_the_place(text: str, place: str) -> None:
    assert entity_at(parse(text), place).type in ("GPE", "LOC")


def test_a_region_and_a_town_with_no_comma_name_one_club() -> None:
    doc = parse("The striker left Bayern Munich for Real Madrid.")
    assert entity_at(doc, "Bayern Munich").type == "ORG"


def test_a_region_a_comma_and_a_town_stay_two_places() -> None:
    doc = parse("Police in Bayern, Munich said nothing.")
    assert entity_at(doc, "Munich").type == "GPE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Irish rock band U2 are to play live at the ceremony.", "U2"),
        ("Cat Deeley has resigned as host of ITV1's Saturday morning show.", "ITV1"),
        ("He spied for MI6 for two years.", "MI6"),
    ],
)
def test_a_code_name_of_capitals_and_a_digit_inside_a_sentence_is_a_name(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "ORG"


def test_a_code_name_after_a_brand_leaves_the_brand_alone() -> None:
    doc = parse("Buyers prefer vehicles such as the BMW X5 in the US.")
    assert entity_at(doc, "BMW").type == "ORG"
    assert all(m.text != "BMW X5" for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize(
    "text",
    ["Files in MP3 format spread.", "Shares rose 12 points in the FTSE 100 index.", "Its H1 profit rose."],
)
def test_no_code_name_for_formats_or_numbers(text: str) -> None:
    doc = parse(text)
    assert all(m.text not in ("MP3", "100") for e in doc.entities for m in e.mentions)


def test_a_code_name_spelling_a_numbered_product_is_that_product() -> None:
    doc = parse("Sony's new PlayStation 3 will use Cell, the firm said. The PS3 is due in May.")
    assert entity_at(doc, "PS3") is entity_at(doc, "PlayStation 3")
    assert entity_at(doc, "PS3").type == "PRODUCT"


def test_a_code_name_after_the_sentence_opening_article_is_a_name() -> None:
    assert entity_at(parse("Leaders met. The G8 agreed on aid."), "G8").type == "ORG"


def test_a_name_after_a_transfer_verb_is_a_club() -> None:
    assert (
        entity_at(parse("The striker could join Celtic next season, the manager said."), "Celtic").type
        == "ORG"
    )


def test_a_person_after_join_stays_a_person() -> None:
    doc = parse("The striker will join Steven Gerrard in the squad, the manager said.")
    assert entity_at(doc, "Steven Gerrard").type == "PERSON"
