"""Round 4: a sentence-initial common word with company evidence after it is a company's name."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kingfisher said its profits rose by 5%. The airline flies to Delhi.", "Kingfisher"),
        ("Universal said on Wednesday it had bought the rest of the label.", "Universal"),
        ("Shell said in a statement that output fell.", "Shell"),
        ("Apple said it would cut 300 jobs.", "Apple"),
        ("Next's shares fell more than 3% on Monday.", "Next"),
    ],
)
def test_a_common_word_opening_a_sentence_before_company_evidence_is_a_company(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Critics said it was wrong to sell the plant.",
        "Apple said it would be hard to grow.",
        "Police said its officers had arrived.",
        "Analysts said its profits would rise.",
        "Next week's shares auction was delayed.",
        "Industry's output fell in March.",
    ],
)
def test_a_common_word_opening_a_sentence_without_company_evidence_is_no_name(text: str) -> None:
    names = {m.text for e in parse(text).entities for m in e.mentions}
    assert not names & {"Critics", "Apple", "Police", "Analysts", "Next", "Industry"}, names


@pytest.mark.parametrize(
    "text, name",
    [
        ("The budget carrier Air Deccan will buy 15 planes.", "Air Deccan"),
        ("Jet Airways and Air Sahara are the two companies that applied.", "Air Sahara"),
        ("The order went to Dassault Aviation on Monday.", "Dassault Aviation"),
        ("The contract went to British Aerospace in March.", "British Aerospace"),
    ],
)
def test_an_airline_or_aircraft_maker_named_by_its_words_is_a_company(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "ORG"


def test_an_air_force_rank_stays_a_title() -> None:
    doc = parse("Air Marshal Arup Raha said the jets would arrive.")
    assert entity_at(doc, "Arup Raha").type == "PERSON"


def test_air_opening_a_longer_phrase_is_no_airline() -> None:
    doc = parse('The boards read: " Air Bag Safety: Everyone Buckled, Kids in Back. "')
    assert all(e.type != "ORG" for e in doc.entities if any(m.text.startswith("Air") for m in e.mentions))
