"""Company names widened to an opening "First" and to their suffix's period (session 11)."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


def test_first_opens_a_company_name_and_its_short_form() -> None:
    doc = parse("Shares of First Boston Inc rose. Investors said First Boston would gain.")
    assert entity_at(doc, "First Boston Inc").type == "ORG"
    short = entity_at(doc, "First Boston")
    assert (short.type, short.canonical) == ("ORG", entity_at(doc, "First Boston Inc").canonical)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lynn Reaser of Barnett Banks Inc. in Jacksonville said so.", "Barnett Banks Inc."),
        ("The sale of Fairchild Semiconductor Corp. to Fujitsu stalled.", "Fairchild Semiconductor Corp."),
        ("A consortium, North Aegean Petroleum Co., gave up its plans.", "North Aegean Petroleum Co."),
    ],
)
def test_the_period_of_a_suffix_inside_a_sentence_is_part_of_the_name(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "ORG"


def test_the_period_ending_a_sentence_stays_out() -> None:
    doc = parse("The deal was done by Acme Corp. Analysts liked it.")
    assert entity_at(doc, "Acme Corp").type == "ORG"


def test_first_before_a_name_without_a_suffix_stays_out() -> None:
    doc = parse("Shares of Chicago Corp rose. He came First in Boston.")
    assert all(not m.text.startswith("First") for e in doc.entities for m in e.mentions)
