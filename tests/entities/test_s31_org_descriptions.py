"""Session 31: organisation descriptions ("the company", "the bank", "the club") recorded on the
organisation named earlier, form ``description``, when the link is clear; never a name."""

from __future__ import annotations

import pytest

from newsparse_entities.org_descriptions import DESCRIPTION_FORM
from tests.entities.helpers import entity_at, parse


def _described(text: str, name: str) -> list[tuple[str, str | None, int]]:
    """(text, form, start) of the organisation descriptions of the entity named ``name``."""
    entity = entity_at(parse(text), name)
    return [(d.text, d.form, d.start) for d in entity.descriptions if d.form == DESCRIPTION_FORM]


def test_the_company_after_the_one_company_named_is_its_description() -> None:
    text = "Acme Corp reported higher profits on Monday. The company said sales rose 5%."
    assert _described(text, "Acme Corp") == [("company", DESCRIPTION_FORM, text.index("company"))]


def test_a_description_is_no_mention() -> None:
    text = "Acme Corp reported higher profits on Monday. The company said sales rose 5%."
    entity = entity_at(parse(text), "Acme Corp")
    assert all(m.text != "company" for m in entity.mentions)


@pytest.mark.parametrize(
    ("text", "name", "noun"),
    [
        ("Barclays Bank cut its rates. The bank said mortgages would be cheaper.", "Barclays Bank", "bank"),
        ("Widget Inc cut prices. Sales rose. The firm said more was to come.", "Widget Inc", "firm"),
    ],
)
def test_each_organisation_noun_finds_its_one_candidate(text: str, name: str, noun: str) -> None:
    """The one organisation named in the description's sentence or the two before it."""
    assert [d[0] for d in _described(text, name)] == [noun]


def test_two_near_organisations_give_no_description() -> None:
    text = "Acme Corp agreed to buy Widget Inc on Monday. The company said the price was fair."
    doc = parse(text)
    assert all(d.form != DESCRIPTION_FORM for e in doc.entities for d in e.descriptions)


def test_no_description_when_no_organisation_is_near() -> None:
    """The document's most-named company is no referent when none is named near (withdrawn guess)."""
    text = (
        "Acme Corp reported higher profits. Acme Corp also hired staff. Shares rose on the news. "
        "Analysts were pleased. Traders bought more. The company plans to expand."
    )
    assert _described(text, "Acme Corp") == []


def test_a_near_organisation_named_less_often_than_another_is_no_referent() -> None:
    text = (
        "Acme Corp grew. Acme Corp hired. Shares rose on the news. Analysts were pleased. "
        "Widget Inc fell. The company said sales dropped."
    )
    doc = parse(text)
    assert all(d.form != "description" for e in doc.entities for d in e.descriptions)


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp spoke. The company of actors arrived later.",  # "of": another phrase
        "Acme Corp spoke. The company Widget Inc agreed.",  # a name in apposition
        "Acme Corp spoke. The club captain said nothing.",  # a compound noun
        "The company said sales rose. Acme Corp spoke later.",  # nothing named before it
        "Acme Corp spoke. The group said sales rose.",  # "group": left out (a band, rebels, investors)
    ],
)
def test_no_description_where_the_phrase_is_another_or_nothing_is_named_before(text: str) -> None:
    doc = parse(text)
    assert all(d.form != DESCRIPTION_FORM for e in doc.entities for d in e.descriptions)


def test_a_public_body_is_no_company() -> None:
    text = "Members of the US Senate were among those affected. The bank said the tapes were lost."
    doc = parse(text)
    assert all(d.form != DESCRIPTION_FORM for e in doc.entities for d in e.descriptions)


def test_role_descriptions_are_kept_beside_organisation_ones() -> None:
    text = "Chancellor Gerhard Schroeder spoke on Tuesday. The chancellor added that talks would go on."
    person = entity_at(parse(text), "Gerhard Schroeder")
    assert [m.form for m in person.descriptions] == ["role"]


def test_a_lone_organisation_three_sentences_back_and_named_once_is_no_referent() -> None:
    """Not near (three sentences before): no guess."""
    text = "Widget Inc cut prices. Sales rose. Analysts approved. The firm said more was to come."
    doc = parse(text)
    assert all(d.form != DESCRIPTION_FORM for e in doc.entities for d in e.descriptions)
