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
