"""Session 12 rules: a town after a clause opener with a plural verb is the club, a surname of a person
in the document yields only to strong evidence, and the heads of named competitions and ceremonies."""

from __future__ import annotations

import pytest

from tests.entities.helpers import entity_at, parse


def test_a_town_after_a_clause_opener_with_a_plural_verb_is_the_club() -> None:
    doc = parse("Wenger cannot explain why Newcastle are languishing in the bottom half of the table.")
    assert entity_at(doc, "Newcastle").type == "ORG"


def test_a_coordinated_town_with_a_plural_verb_stays_the_town() -> None:
    doc = parse("Prices rose in Leeds. Paris and London are the most expensive cities.")
    assert entity_at(doc, "London").type == "GPE"


def test_a_surname_before_a_noun_after_an_article_stays_the_person() -> None:
    doc = parse("Elvis Presley scooped a number one. Kombou plays the Presley role on stage.")
    presley = entity_at(doc, "Presley")
    assert presley.type == "PERSON"
    assert presley.canonical == "Elvis Presley"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fiji won the Dubai Sevens on Saturday.", "Dubai Sevens"),
        ("She will race at the European Indoors in Madrid.", "European Indoors"),
        ("The band won two prizes at the Brit Awards last night.", "Brit Awards"),
        ("Wales are chasing a first Grand Slam since 1978.", "Grand Slam"),
    ],
)
def test_a_competition_or_ceremony_head_makes_an_event(text: str, name: str) -> None:
    assert entity_at(parse(text), name).type == "EVENT"


@pytest.mark.parametrize(
    "text",
    [
        "Research by handset maker Nokia shows that people call from home. Nokia said so.",
        "Nokia's shares rose. Nokia said sales were up.",
    ],
)
def test_a_town_name_with_a_company_cue_is_the_company_everywhere(text: str) -> None:
    doc = parse(text)
    assert entity_at(doc, "Nokia").type == "ORG"
    assert entity_at(doc, "Nokia", 1).type == "ORG"


def test_a_town_name_after_an_adjective_stays_the_town() -> None:
    doc = parse("De Telegraaf, a daily Amsterdam newspaper, published the picture.")
    assert entity_at(doc, "Amsterdam").type == "GPE"


def test_a_first_name_before_an_award_noun_is_the_award() -> None:
    doc = parse("The film scored Oscar nominations for Don Cheadle. Cheadle hopes to win an Oscar.")
    assert entity_at(doc, "Oscar").type == "EVENT"
    assert entity_at(doc, "Oscar", 1).type == "EVENT"
    assert entity_at(doc, "Don Cheadle").type == "PERSON"


def test_a_first_name_with_a_title_is_still_a_person() -> None:
    doc = parse("Mr Oscar said he was pleased. Oscar nominations are due today.")
    assert entity_at(doc, "Oscar").type == "PERSON"


def test_a_name_after_a_companys_possessive_is_its_product() -> None:
    doc = parse("Microsoft's Xbox had been winning the race. Sales of Xbox climbed again.")
    assert entity_at(doc, "Microsoft").type == "ORG"
    assert entity_at(doc, "Xbox").type == "PRODUCT"
    assert entity_at(doc, "Xbox", 1).type == "PRODUCT"


def test_a_name_after_a_companys_possessive_with_a_part_noun_stays_an_organisation() -> None:
    doc = parse("Microsoft's Xbox had been winning. He works at Microsoft's MSN internet division.")
    assert entity_at(doc, "MSN").type == "ORG"


def test_a_products_acronym_in_brackets_is_the_product() -> None:
    doc = parse("Sony's PlayStation Portable (PSP) goes on sale. Games for the PSP are ready.")
    psp = entity_at(doc, "PSP", 1)
    assert psp.type == "PRODUCT"
    assert psp.canonical == "PlayStation Portable"


def test_a_town_name_with_an_article_and_a_verb_of_saying_is_the_company() -> None:
    doc = parse("House prices rose 1.1%, the Halifax has said. Prices were up, Halifax said.")
    assert entity_at(doc, "Halifax").type == "ORG"
    assert entity_at(doc, "Halifax", 1).type == "ORG"


def test_a_town_name_saying_without_an_article_stays_the_town() -> None:
    assert entity_at(parse("Halifax said no to the plan."), "Halifax").type == "GPE"


def test_a_name_opened_by_team_is_an_organisation() -> None:
    assert entity_at(parse("He took top honours for Team GB in Athens."), "Team GB").type == "ORG"


@pytest.mark.parametrize(
    "adjective, region",
    [
        ("North American", "North America"),
        ("South American", "South America"),
        ("Latin American", "Latin America"),
        ("Middle Eastern", "Middle East"),
        ("Scandinavian", "Scandinavia"),
    ],
)
def test_a_regions_adjective_is_a_demonym_of_the_region(adjective: str, region: str) -> None:
    doc = parse(f"The film topped the {adjective} box office last weekend.")
    entity = entity_at(doc, adjective)
    assert (entity.type, entity.canonical) == ("LOC", region)
    assert not any(m.text == "American" for e in doc.entities for m in e.mentions)


@pytest.mark.parametrize(
    "text, seat, state",
    [
        ("But Downing Street said Mr Blair should be judged by results.", "Downing Street", "United Kingdom"),
        ("The technique is now being applied by the Kremlin to other firms.", "Kremlin", "Russia"),
        ("Analysts fear the Kremlin will continue to use these moves.", "Kremlin", "Russia"),
    ],
)
def test_a_seat_of_government_acting_is_its_state(text: str, seat: str, state: str) -> None:
    entity = entity_at(parse(text), seat)
    assert (entity.type, entity.canonical) == ("GPE", state)


def test_a_seat_of_government_as_an_address_stays_the_place() -> None:
    doc = parse("He walked through the door of 10 Downing Street today.")
    assert entity_at(doc, "Downing Street").canonical == "Downing Street"
