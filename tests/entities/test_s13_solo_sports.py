"""Session 13 round 4: no place teams in reports of individual sports or at venues."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse

_RESULTS = "Results on Saturday: Barcelona 3 Sevilla 1. Valencia 2 Getafe 0.\n"


def test_in_a_tennis_report_an_acting_town_after_results_stays_a_place() -> None:
    doc = parse(
        _RESULTS + "The 11th-seeded Washington lost to wildcard Alex Brown in the tennis at the Open. "
        "He served 17 aces, but Washington has gone home."
    )
    assert entity_at(doc, "Barcelona").type == "ORG"
    assert entity_at(doc, "Washington", 1).type != "ORG"


def test_in_a_football_report_an_acting_town_after_results_is_a_team() -> None:
    doc = parse(_RESULTS + "The league leaders won, but Washington has gone home after the goals.")
    assert entity_at(doc, "Washington").type == "ORG"


def test_a_tournament_venue_is_no_team() -> None:
    doc = parse(_RESULTS + "He was a Wimbledon finalist last year, and Wimbledon has changed since.")
    assert entity_at(doc, "Wimbledon").type != "ORG"


def test_a_venue_with_a_score_in_a_results_line_is_a_team() -> None:
    doc = parse("Results on Saturday: Wimbledon 2 Arsenal 1.")
    assert entity_at(doc, "Wimbledon").type == "ORG"


def test_in_a_tennis_report_a_country_after_against_stays_the_country() -> None:
    doc = parse(
        "The seeded Agassi won the match against India 's Leander Paes 6-3 6-4 in the tennis final. "
        "He served aces in the tournament and the championship match."
    )
    assert entity_at(doc, "India").type == "GPE"


def test_in_a_davis_cup_report_a_country_before_a_plural_verb_is_its_team() -> None:
    doc = parse(
        "Nadal won the second rubber of the Davis Cup final in the tennis match against Roddick. "
        "The seeded Nadal served aces in the tie, and Spain have the early initiative in the match."
    )
    assert entity_at(doc, "Spain").type == "ORG"
