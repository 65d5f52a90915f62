"""A name after "the" that a verb of saying or reporting follows is an organisation: a person's name
takes no article ("the Orlando Sentinel reported", "the Nationwide said"), session 29."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_a_first_name_inside_a_paper_after_the_and_before_reported_is_no_person() -> None:
    doc = parse("Violence erupted near the club, the Orlando Sentinel reported on Monday.")
    assert entity_at(doc, "Orlando Sentinel").type == "ORG"


def test_a_common_word_after_the_and_before_said_is_an_organisation() -> None:
    doc = parse("House prices rose again in March. The Nationwide said the average price rose 2%.")
    assert entity_at(doc, "Nationwide").type == "ORG"


def test_a_name_without_the_before_said_keeps_its_person_reading() -> None:
    doc = parse("Prices fell in March. Orlando Bloom said the film would open soon.")
    assert entity_at(doc, "Orlando Bloom").type == "PERSON"


def test_a_title_after_the_keeps_the_person() -> None:
    doc = parse("The visit was short, the Rev. Federico Lombardi told reporters.")
    assert entity_at(doc, "Federico Lombardi").type == "PERSON"


def test_an_organisation_head_alone_after_the_stays_no_mention() -> None:
    doc = parse("Rates were held. In a report published on Wednesday, the Bank said inflation would rise.")
    assert not [m for e in doc.entities for m in e.mentions if m.text == "Bank"]


def test_a_place_head_after_the_keeps_the_place() -> None:
    doc = parse("Fort Nelson, in the Peace River Valley reported 7.0 Celsius on Monday.")
    assert entity_at(doc, "Peace River Valley").type != "ORG"


def test_a_newspaper_head_alone_after_the_and_before_reported_is_an_organisation() -> None:
    doc = parse("Mr Klein met the candidate. The Post reported that Klein said he was gathering material.")
    assert entity_at(doc, "Post").type == "ORG"
