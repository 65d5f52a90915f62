"""Towns that stand for their clubs: in brackets after players' names, or possessing a player, a team
role or a result in a sports report (session 20, issue 14, round 2)."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_towns_in_brackets_after_players_are_their_clubs() -> None:
    doc = parse(
        "Leading goalscorers after Saturday's matches:\n\n"
        "3 - Anto Drobnjak (Bastia), Xavier Gravelaine (Marseille).\n"
        "2 - Miladin Becanovic (Lille)."
    )
    for club in ("Bastia", "Marseille", "Lille"):
        assert entity_at(doc, club).type == "ORG", club
    assert entity_at(doc, "Anto Drobnjak").type == "PERSON"


def test_one_bracketed_town_is_no_line_up_outside_sport() -> None:
    doc = parse("The company manages facilities at Haneda (Tokyo) and Itami (Osaka) airports.")
    assert entity_at(doc, "Osaka").type == "GPE"


def test_a_country_in_brackets_stays_the_country() -> None:
    doc = parse("The squad: Marco Pascolo (Italy), Pascal Zuberbuehler (Switzerland) and others.")
    assert entity_at(doc, "Italy").type == "GPE"


def test_a_town_possessing_a_player_in_a_match_report_is_the_club() -> None:
    doc = parse(
        "The striker scored twice in the league match. Parma's Alessandro Melli pulled back a late "
        "goal. The coach was pleased with the season."
    )
    assert entity_at(doc, "Parma").type == "ORG"


def test_a_town_possessing_a_result_written_apart_is_the_club() -> None:
    # CoNLL-2003 writes the possessive as a token of its own ("Lecce 's")
    doc = parse(
        "The goal came late in the league match . Lecce 's 3-0 weekend defeat of Genoa was overturned "
        "by a judge on Thursday . The coach said the season was long ."
    )
    assert entity_at(doc, "Lecce").type == "ORG"
    doc = parse("The striker scored a goal in the league match . Parma 's Alessandro Melli pulled one back .")
    assert entity_at(doc, "Parma").type == "ORG"


def test_a_town_possessing_its_hospital_or_written_as_a_place_stays_the_town() -> None:
    doc = parse(
        "The former coach was admitted to Leeds's General Infirmary Hospital after the league match. "
        "The striker scored a goal this season."
    )
    assert entity_at(doc, "Leeds").type == "GPE"
    doc = parse(
        "In Boston, the striker scored a goal in the league match. Boston's Mo Vaughn went 3-for-3 "
        "this season, the coach said."
    )
    assert entity_at(doc, "Boston").type == "GPE"


def test_a_town_possessing_a_player_outside_sport_stays_the_town() -> None:
    doc = parse("London's Ken Livingstone said the city would bid for the festival.")
    assert entity_at(doc, "London").type == "GPE"


def test_a_team_town_written_after_in_is_where_the_game_was_played() -> None:
    doc = parse(
        "Boston beat Toronto 5-3 in the league match . Boston has won 15 of its last 19 games .\n\n"
        "In Boston , Mike Stanley 's two-run single snapped the tie . The coach praised the striker ."
    )
    assert entity_at(doc, "Boston", 2).type == "GPE"
    assert entity_at(doc, "Boston", 0).type == "ORG"


def test_a_team_town_after_in_stays_the_club_before_a_role_or_possessive() -> None:
    doc = parse(
        "Leeds beat Chelsea 2-1 in the league match . The coach praised the goal . Arsenal have an "
        "interest in Leeds striker Alan Smith ."
    )
    assert entity_at(doc, "Leeds", 1).type == "ORG"
