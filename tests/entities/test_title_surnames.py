"""Surnames that are also titles, found again from the full name before them (session 11)."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


@pytest.mark.parametrize(
    "text",
    [
        "The governor Mervyn King warned on rates. King said inflation would rise.",
        "Presenter Jason King joins the show. The show suits King, who likes dance music.",
    ],
)
def test_a_title_word_after_a_full_name_ending_in_it_is_the_surname(text: str) -> None:
    doc = parse(text)
    assert entity_at(doc, "King").type == "PERSON"
    assert entity_at(doc, "King") is entity_at(doc, "King", 0)
    assert len(entity_at(doc, "King").mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Presenter Jason King joins the show. The King of Spain visited Madrid.",
        "Presenter Jason King joins the show. Then King Juan Carlos visited.",
        "Presenter Jason King joins the show. The King said nothing.",
    ],
)
def test_a_title_before_a_name_or_after_an_article_stays_a_title(text: str) -> None:
    doc = parse(text)
    assert len(entity_at(doc, "Jason King").mentions) == 1


def test_no_full_name_no_surname() -> None:
    doc = parse("Critics said King sang well.")
    assert all(m.text != "King" for e in doc.entities for m in e.mentions)
