"""Names that open with a joining word after a cut-off title or common word (session 11)."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


def _surfaces(text: str) -> set[str]:
    """The mention surfaces of a parsed text."""
    return {m.text for e in parse(text).entities for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Crowds cheered the Prince of Wales on Monday.", "Wales"),
        ("The Archbishop of Canterbury wrote to all three parties.", "Canterbury"),
        ("She said the Mayor of London would apologise.", "London"),
    ],
)
def test_the_place_after_a_title_and_of_is_the_place(text: str, place: str) -> None:
    assert entity_at(parse(text), place).type == "GPE"
    assert not any(s.startswith("of ") for s in _surfaces(text))


@pytest.mark.parametrize("name", ["Bank of England", "University of Leeds"])
def test_an_organisation_head_opening_the_sentence_keeps_its_name(name: str) -> None:
    doc = parse(f"{name} researchers said rates would rise.")
    assert entity_at(doc, name).type == "ORG"


def test_a_joining_word_alone_is_no_name() -> None:
    assert not any(
        s.split()[0] in ("of", "&") for s in _surfaces("Smith & Associates and the Minister of State met.")
    )
