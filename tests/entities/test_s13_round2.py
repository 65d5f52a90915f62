"""Session 13, round 2: a long name whose first words no candidate holds, spelled by the acronym in
brackets after it; a station or a title written as one common word and a number."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


def test_an_acronym_joins_the_opening_words_of_its_name() -> None:
    doc = parse(
        "Bank results.\n\nIndustrial and Commercial Bank (ICBC), China's biggest lender, grew. "
        "ICBC's profits rose."
    )
    bank = entity_at(doc, "Industrial and Commercial Bank")
    assert bank.type == "ORG"
    assert entity_at(doc, "ICBC").id == bank.id


def test_an_acronym_that_spells_no_opening_words_leaves_the_name() -> None:
    doc = parse("Bank results.\n\nYesterday the Commercial Bank (CB) said profits rose.")
    assert entity_at(doc, "Commercial Bank").type == "ORG"
    assert all(m.text != "Yesterday the Commercial Bank" for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Mr Kennedy told Radio 4's Today programme there was no chance.", "Radio 4", "ORG"),
        ("The show was a hit on Channel 4 last year.", "Channel 4", "ORG"),
        ("It is part of Channel Four's winter season.", "Channel Four", "ORG"),
        ("Microsoft is celebrating sales of its shooter, Halo 2.", "Halo 2", "PRODUCT"),
    ],
)
def test_a_common_word_and_a_number_name_a_station_or_a_title(text: str, name: str, kind: str) -> None:
    assert entity_at(parse(text), name).type == kind


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The firm filed for Chapter 11 protection in Houston.", "Chapter 11"),
        ("The film Assault on Precinct 13 opened well.", "Precinct 13"),
        ("They hope to seal a final agreement by Spring 2005.", "Spring 2005"),
        ("The poll gave the centrist Alliance 21 pct of the vote.", "Alliance 21"),
    ],
)
def test_a_section_a_title_fragment_a_year_or_a_share_is_no_numbered_name(text: str, surface: str) -> None:
    assert all(m.text != surface for e in parse(text).entities for m in e.mentions)


def test_a_sentence_opening_common_word_acting_is_the_short_name_of_a_longer_one() -> None:
    doc = parse("Citigroup sold its Travelers Life & Annuity arm to Metlife. Travelers had sales of $5bn.")
    travelers = entity_at(doc, "Travelers")
    assert travelers.id == entity_at(doc, "Travelers Life & Annuity").id


def test_a_sentence_opening_common_word_written_in_lower_case_stays_a_word() -> None:
    doc = parse("The firm's Sales Director left. Sales were down. Its sales team shrank.")
    assert all(m.text != "Sales" for e in doc.entities for m in e.mentions)


def test_a_short_name_beside_its_news_service_is_the_company() -> None:
    doc = parse("The watchdog criticised Google News in China. Google said it was aware of the report.")
    google = entity_at(doc, "Google")
    assert google.type == "ORG"
    assert google.canonical == "Google"


def test_a_press_secretary_after_an_office_is_a_title_not_part_of_its_name() -> None:
    doc = parse('News.\n\n"It is bad," White House Press Secretary Dana Perino said.')
    assert entity_at(doc, "White House").type == "ORG"
    assert entity_at(doc, "Dana Perino").type == "PERSON"


def test_a_brand_written_with_a_small_first_letter_is_a_name() -> None:
    doc = parse("News.\n\nApple sold a new Apple iPod last week. Users of eBay and iTunes rose.")
    assert entity_at(doc, "iPod").type == "PRODUCT"
    assert entity_at(doc, "iTunes").type == "PRODUCT"
    assert entity_at(doc, "eBay").type == "ORG"
    assert all(m.text != "Apple iPod" for e in doc.entities for m in e.mentions)  # the brand stands alone


def test_a_particle_before_a_capital_still_joins_a_name() -> None:
    doc = parse("News.\n\nSaudi minister Ghazi al-Gosaibi spoke on Monday.")
    assert entity_at(doc, "Ghazi al-Gosaibi").type == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("News.\n\nEngineering details of the PowerMac G4 computer were posted online.", "PowerMac G4"),
        ("News.\n\nOther products included the Vaio W1 desktop computer.", "Vaio W1"),
    ],
)
def test_a_model_code_after_a_name_is_part_of_the_product(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "PRODUCT"


def test_a_brand_named_alone_elsewhere_stands_apart_from_its_numbered_product() -> None:
    doc = parse("News.\n\nAnalysts said the Sony PlayStation 2 sold well, and that Sony would gain.")
    assert entity_at(doc, "PlayStation 2").type == "PRODUCT"
    assert entity_at(doc, "Sony").type == "ORG"


def test_a_broadcaster_keeps_its_station_in_one_name() -> None:
    doc = parse("News.\n\nHe told BBC Radio 4 on Monday that the BBC had erred.")
    assert entity_at(doc, "BBC Radio 4").type == "ORG"
