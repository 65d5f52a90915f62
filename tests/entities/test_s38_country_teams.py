"""A country that plays once in a report of a team sport plays in its other free mentions ("England
were sloppy ... England's chances"); located, listed after a place's preposition, after a town and a
comma, or a person's country, it stays the country (session 38)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse

_REPORT = (
    "England were sloppy in the defeats against Wales in the championship, and the coach must deliver. "
    "The squad trained on Friday. Despite England's dip in form, the rugby match will be close. "
    "Johnson won 84 England caps before the tournament."
)


def test_a_country_that_plays_once_plays_in_its_other_mentions() -> None:
    doc = parse(_REPORT)
    assert entity_at(doc, "England", 0).type == "ORG"  # "England were": its side, as before
    assert entity_at(doc, "England", 1).type == "ORG"  # "England's dip in form"
    assert entity_at(doc, "England", 2).type == "ORG"  # "84 England caps"
    assert entity_at(doc, "England", 1).id == entity_at(doc, "England", 0).id


def test_a_located_country_stays_the_country() -> None:
    doc = parse(_REPORT + " The players now return to clubs in England for the league.")
    assert entity_at(doc, "England", 3).type == "GPE"


def test_a_country_in_a_list_after_a_place_preposition_stays_the_country() -> None:
    text = _REPORT + " The squad toured France and England in the summer before the season."
    doc = parse(text)
    assert entity_at(doc, "England", 3).type == "GPE"


def test_a_country_after_a_town_and_a_comma_stays_the_country() -> None:
    doc = parse(_REPORT + " The coach was born in Cardiff and lived at Bath, England before the league.")
    assert entity_at(doc, "England", 3).type == "GPE"


def test_a_persons_country_stays_the_country() -> None:
    doc = parse(_REPORT + " England's Jonny Wilkinson missed the match with an injury.")
    assert entity_at(doc, "England", 3).type == "GPE"


def test_outside_a_sports_report_nothing_spreads() -> None:
    doc = parse("England coach Sven Eriksson spoke on Monday. England's economy grew by 2% last year.")
    assert entity_at(doc, "England", 1).type == "GPE"
