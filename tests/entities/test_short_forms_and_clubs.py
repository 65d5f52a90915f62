"""Session 11b: an institution's head word named again ("the Senate"), clubs after a transfer verb
("signed for Portsmouth"), and a club named by a region and a town ("Bayern Munich")."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("The U.S. Senate voted on Monday. The Senate then adjourned.", "U.S. Senate", "Senate"),
        ("The International Monetary Fund cut its forecast. The Fund expects a slowdown.",
         "International Monetary Fund", "Fund"),
        ("The UN Security Council met in New York. Nine of the Council's members voted yes.",
         "UN Security Council", "Council"),
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
        "The Senate voted on Monday.",  # no full name before
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
