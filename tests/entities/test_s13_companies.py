"""Session 13 rules: company evidence in context outweighs a first name, a speaker's "at X" and an
analyst's "with X" name the employer, well-known companies named like people, and company heads."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


@pytest.mark.parametrize(
    "text, name",
    [
        ('"Inflation has moved up," said David Berson, chief economist at Fannie Mae.', "Fannie Mae"),
        ('"Nothing has changed," said Jason Daw at Merrill Lynch. "It is a blip."', "Merrill Lynch"),
        ('"It is the way," said David Mercer, analysts with Strategy Analytics.', "Strategy Analytics"),
        ("Warren Grant, an economist with Carter Holt, said rates would rise.", "Carter Holt"),
    ],
)
def test_an_employer_in_context_is_a_company_despite_a_first_name(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "ORG"


def test_a_speaker_at_a_place_leaves_the_place_alone() -> None:
    doc = parse('"We played well," said John Smith at Wembley.')
    assert entity_at(doc, "John Smith").type == "PERSON"
    assert entity_at(doc, "Wembley").type == "GPE"


def test_from_after_a_comma_does_not_outweigh_a_first_name() -> None:
    doc = parse("Leaders copied him around the world, from Mao Tse-Tung in China to others.")
    assert entity_at(doc, "Mao Tse-Tung").type == "PERSON"


def test_a_first_name_with_a_title_stays_a_person() -> None:
    doc = parse("Chairman Alan Jones said the firm would grow. Shares of Alan Jones rose.")
    assert entity_at(doc, "Alan Jones").type == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Advisors Goldman Sachs are understood to have valued the business at £2bn.", "Goldman Sachs"),
        ("It is also working with Morgan Stanley on the deal.", "Morgan Stanley"),
        ("William Hill made the move after four people tried to bet.", "William Hill"),
        ("Boeing was sued by Lockheed Martin over the documents.", "Lockheed Martin"),
        ("Ladbrokes suspended betting on Friday.", "Ladbrokes"),
    ],
)
def test_well_known_companies_named_like_people_are_companies(text: str, name: str) -> None:
    entity = entity_at(parse(text), name)
    assert entity.type == "ORG"
    assert entity.canonical == name


@pytest.mark.parametrize(
    "text, name",
    [
        ("Figures gathered by Continental Research show a rise.", "Continental Research"),
        ("Yahoo recently bought Stata Labs to get its software.", "Stata Labs"),
        ("Intel and Advanced Micro Devices plan new chips.", "Advanced Micro Devices"),
        ("Dan Lee works for Sierra Wireless in Canada.", "Sierra Wireless"),
    ],
)
def test_a_company_head_makes_a_company(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "ORG"


def test_a_short_name_after_its_division_is_the_parent() -> None:
    doc = parse("BT Retail will cut prices from April. Analysts said BT would gain from the cuts.")
    bt = entity_at(doc, "BT")
    assert bt.canonical == "BT"
    assert bt.id != entity_at(doc, "BT Retail").id


def test_a_short_name_after_the_full_company_name_stays_its_alias() -> None:
    doc = parse("Shearson Lehman Brothers said it would cut jobs. Analysts said Shearson would gain.")
    assert entity_at(doc, "Shearson").canonical == "Shearson Lehman Brothers"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Bath and England centre Mike Tindall believes he can make the tour.", "England"),
        ("The group also includes Leicester hooker George Chuter.", "Leicester"),
        ("Wales scrum-half Dwayne Peel is fit.", "Wales"),
    ],
)
def test_a_place_before_a_rugby_position_is_the_team(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "ORG"


def test_a_position_after_a_possessive_is_the_players() -> None:
    doc = parse("Tom Shanklin was injured. Hal Luscombe takes Shanklin's wing berth.")
    assert entity_at(doc, "Shanklin").type == "PERSON"


def test_rugby_nicknames_are_the_national_teams() -> None:
    doc = parse("All Black centre Alama Ieremia scored as the All Blacks beat the Springboks.")
    assert entity_at(doc, "All Black").canonical == "All Blacks"
    assert entity_at(doc, "Alama Ieremia").type == "PERSON"
    assert entity_at(doc, "Springboks").type == "ORG"


def test_a_company_noun_before_a_name_with_a_first_name_makes_the_company() -> None:
    doc = parse("The director sold the rights to his company Scott Free to develop.")
    assert entity_at(doc, "Scott Free").type == "ORG"


def test_a_shared_noun_before_a_name_with_a_first_name_keeps_the_person() -> None:
    doc = parse("The show was hosted by former broadcaster Peter Kent last night.")
    assert entity_at(doc, "Peter Kent").type == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The firm sells the software Photoshop to designers.", "Photoshop"),
        ("Sales of its drugs, particularly the antidepressant Paxil, fell.", "Paxil"),
    ],
)
def test_a_product_noun_before_a_name_makes_the_product(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "PRODUCT"


def test_a_product_noun_leaves_a_name_that_goes_on_alone() -> None:
    doc = parse("The new software Halo 2, released on 11 November, sold well.")
    assert all(m.text != "Halo" or e.type != "PRODUCT" for e in doc.entities for m in e.mentions)


def test_a_lone_first_word_of_a_curated_company_is_its_alias() -> None:
    doc = parse("An executive of Merrill Lynch lost her case. Merrill said in a statement it was pleased.")
    merrill = entity_at(doc, "Merrill")
    assert merrill.canonical == "Merrill Lynch"
    assert merrill.id == entity_at(doc, "Merrill Lynch").id
