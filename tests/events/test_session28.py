"""Issue 16, session 28: a place that ends or starts a journey the sentence tells (an attempted
movement, "trying to reach X"; a route, "from X to Y") is not where the travellers died or were
held, and no earlier sentence's place stands in for it (``journeys``)."""

from __future__ import annotations

import newsparse
from newsparse_events.model import Event


def places(text: str) -> list[tuple[str, str | None]]:
    """(trigger, place phrase) of each event of ``text`` parsed by the whole pipeline."""
    events = newsparse.parse(text, published="2020-05-04").layer("events")
    return [
        (e.trigger.text, e.place_text.text if e.place_text else None) for e in events if isinstance(e, Event)
    ]


def test_the_goal_of_an_attempted_crossing_is_no_place() -> None:
    """ "died at sea while trying to reach Italy": Italy is where they were heading."""
    assert places("Twelve migrants died at sea while trying to reach Italy.") == [("died", None)]


def test_the_start_of_an_attempted_entry_is_no_place() -> None:
    """ "detained attempting to enter Texas from Mexico": neither end is where they were held."""
    found = places("Eight migrants were detained on Monday attempting to enter Texas from Mexico.")
    assert found == [("detained", None)]


def test_the_ends_of_a_route_are_no_place() -> None:
    """ "sank on the way from Cuba to the United States": the route's ends."""
    text = "Eleven people died when their boat sank on the way from Cuba to the United States."
    assert places(text) == [("died", None)]


def test_no_earlier_place_stands_in_for_a_journey() -> None:
    """The sentence names the journey's end, so the earlier attack's place is not taken either."""
    text = (
        "Gunmen attacked a village in Libya on Monday. "
        "Twelve migrants died at sea while trying to reach Italy."
    )
    assert ("died", None) in places(text)


def test_a_place_of_the_act_itself_stays() -> None:
    """ "died in Libya while trying to reach Italy": Libya is where they died."""
    assert places("Five migrants died in Libya while trying to reach Italy.") == [("died", "Libya")]


def test_a_place_of_the_killing_verb_stays() -> None:
    """With no journey in the sentence the place is read as before."""
    text = "Two soldiers were killed in Kabul on Monday."
    assert places(text) == [("killed", "Kabul")]
