"""Both sides of a two-sided result row are teams, even a name opening with a first name
("Wigan 42 Bradford Bulls 36", "Montrose 2 Ross County 1"); a golfer's line of scores stays a
person's, session 33."""

from __future__ import annotations

from tests.entities.helpers import entity_at, parse


def test_the_away_side_with_a_first_name_is_a_team() -> None:
    doc = parse("RUGBY LEAGUE - RESULTS.\nWigan 42 Bradford Bulls 36\nHalifax 20 Leeds 18\n")
    assert entity_at(doc, "Bradford Bulls").type == "ORG"


def test_the_home_side_with_a_first_name_is_a_team() -> None:
    doc = parse("SOCCER - SCOTTISH RESULTS.\nRoss County 3 Dundee 1 ( halftime 2-0 )\nClyde 0 Ayr 2\n")
    assert entity_at(doc, "Ross County").type == "ORG"


def test_a_golfers_line_of_scores_stays_a_person() -> None:
    doc = parse("GOLF - LEADING SCORES.\nGreg Norman 69 70\nNick Price 68 71\n")
    assert entity_at(doc, "Greg Norman").type == "PERSON"
    assert entity_at(doc, "Nick Price").type == "PERSON"


def test_a_row_with_more_after_the_score_is_no_result_row() -> None:
    doc = parse("Nick Price 68 Greg Norman 70 and the rest of the field")
    assert entity_at(doc, "Greg Norman").type == "PERSON"


def test_a_home_side_in_capitals_before_a_bracketed_note_is_found() -> None:
    doc = parse("BASEBALL - RESULTS.\nAmerican League\nAtlanta 6 CHICAGO 5 ( 2nd game )\nBoston 3 Texas 1\n")
    assert entity_at(doc, "CHICAGO").type == "ORG"
