"""An event name that goes on past "of" to a name ("the Tour of the Netherlands", "the World Series
of Golf") is one EVENT, not an event or an organisation cut at "of" and a place after it; a head noun
that names no competition, or "of" before a common word, changes nothing (session 40)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.entities.helpers import types_of


def test_a_tour_of_a_country_is_one_event() -> None:
    got = types_of(
        "The rider won the third stage of the Tour of the Netherlands on Thursday .\n\n"
        "He leads the Tour by ten seconds , his team said ."
    )
    assert got.get("Tour of the Netherlands") == "EVENT"
    assert "Netherlands" not in got


def test_a_series_of_a_sport_is_one_event() -> None:
    got = types_of("Rain forced the suspension of the World Series of Golf after five players finished .")
    assert got.get("World Series of Golf") == "EVENT"
    assert "World Series" not in got


def test_a_headline_in_capitals_takes_one_word_after_of() -> None:
    got = types_of(
        "CYCLING - DUTCHMAN WINS SECOND STAGE OF TOUR OF NETHERLANDS .\n\n"
        "HAARLEM , Netherlands 1996-08-28\n\n"
        "A Dutchman won the second stage of the Tour on Wednesday .\n\nThe Tour ends on Sunday ."
    )
    assert got.get("TOUR OF NETHERLANDS") == "EVENT"


def test_a_head_before_of_and_a_common_word_is_left_alone() -> None:
    got = types_of("The Tour of duty lasted a year , the Ministry of Defence said in London .")
    assert "Tour of duty" not in got
    assert got.get("Ministry of Defence") != "EVENT"


@given(st.sampled_from(["Bank", "Ministry", "University", "Council", "Board"]))
def test_a_head_that_names_no_competition_is_never_joined(head: str) -> None:
    got = types_of(f"Officials of the {head} of Ireland met in Dublin on Monday to discuss the budget .")
    assert all(t != "EVENT" for t in got.values())
