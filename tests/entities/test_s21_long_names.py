"""An organisation's "of" or "for" phrase goes on past "and" with more common words (session 21, issue 14)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_department_of_two_common_words_is_one_name() -> None:
    doc = parse("The project was partly funded by the Department of Trade and Industry.")
    assert entity_at(doc, "Department of Trade and Industry").type == "ORG"


def test_a_for_phrase_goes_on_past_and_too() -> None:
    doc = parse("The Department for Education and Skills would not comment on the concerns.")
    assert entity_at(doc, "Department for Education and Skills").type == "ORG"


def test_a_name_after_and_stays_apart() -> None:
    doc = parse("The Ministry of Defence and Microsoft signed a deal.")
    assert entity_at(doc, "Ministry of Defence").type == "ORG"
    assert entity_at(doc, "Microsoft").type == "ORG"


def test_a_common_word_no_candidate_holds_joins_the_name_after_and() -> None:
    doc = parse('"It will stay weak," the Finance and Economy Ministry said in a statement.')
    assert entity_at(doc, "Finance and Economy Ministry").type == "ORG"


def test_a_sentence_opener_before_and_stays_apart() -> None:
    doc = parse("Intel and Advanced Micro Devices plan new chips.")
    assert entity_at(doc, "Advanced Micro Devices").type == "ORG"


def test_a_role_word_before_and_stays_apart() -> None:
    doc = parse("The President and Foreign Ministry disagreed on Monday.")
    assert not [m for e in doc.entities for m in e.mentions if m.text.startswith("President")]
