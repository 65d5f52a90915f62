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
