"""Session 10 rules: common words written as brands, and towns that play as teams."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_common_word_written_as_a_name_inside_sentences_is_a_brand() -> None:
    doc = parse("Last week, Google said profits rose. In the same quarter, Yahoo earned $187m.")
    assert entity_at(doc, "Google").type == "ORG"
    assert entity_at(doc, "Yahoo").type == "ORG"


def test_a_capitalised_common_noun_with_an_article_or_in_lower_case_stays_no_name() -> None:
    doc = parse("The Government said it would act. Ministers told Parliament that the orange crop failed.")
    assert not doc.entities
    doc = parse("Sales of Orange phones rose. He ate an orange.")
    assert not any(m.text == "Orange" for e in doc.entities for m in e.mentions)


def test_a_common_word_inside_a_longer_name_is_no_brand() -> None:
    doc = parse("She starred in Lost In Translation last year. Critics loved it.")
    assert not any(m.text in ("Lost", "Translation") for e in doc.entities for m in e.mentions)


def test_a_brand_that_says_things_is_no_person() -> None:
    doc = parse("The case pits reporters against Apple, and Apple said it would appeal.")
    assert entity_at(doc, "Apple").type == "ORG"


def test_a_town_after_a_result_noun_is_a_team() -> None:
    doc = parse("Everton were celebrating after their 3-1 win over Aston Villa on Saturday.")
    assert entity_at(doc, "Aston Villa").type == "ORG"
    doc = parse("Fans love the club. Nevertheless, Barcelona are used to big games.")
    assert entity_at(doc, "Barcelona").type == "ORG"


def test_a_demonym_after_a_result_noun_stays_the_country() -> None:
    doc = parse("Henman began with a 6-1 7-5 victory over Argentine David Nalbandian.")
    assert entity_at(doc, "Argentine").type == "GPE"


def test_the_chancellor_of_the_exchequer_is_a_title() -> None:
    doc = parse("It is a blow to Chancellor of the Exchequer Gordon Brown, who lives there.")
    assert entity_at(doc, "Gordon Brown").type == "PERSON"


def test_members_of_parliaments_are_no_names() -> None:
    doc = parse("Catherine Stihler, currently an MEP, lost to a former MSP.")
    assert not any(m.text in ("MEP", "MSP") for e in doc.entities for m in e.mentions)


def test_a_company_word_opening_the_sentence_is_cut_from_the_name() -> None:
    doc = parse("Distributor Sony Pictures said the film made $20m.")
    assert entity_at(doc, "Sony Pictures").type == "ORG"
