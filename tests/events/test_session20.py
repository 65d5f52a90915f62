"""Issue 16, session 20: a toll whose act has a war as its subject is a running total."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "1996-08-22") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_a_war_as_the_relative_subject_makes_a_total_in_any_tense() -> None:
    """ "The conflict, which killed more than 500 ... in the late 1980s": a war's toll, its time a period."""
    (killed, *_) = events(
        "The conflict, which killed more than 500 and caused thousands to flee to neighbouring French Guiana "
        "in the late 1980s, eventually paved the way to democratic elections in 1991."
    )
    assert killed.role == "killed" and killed.scope == "cumulative" and killed.date is None
    assert killed.period is not None and killed.period.text == "the late 1980s"


def test_a_war_noun_subject_in_the_simple_past_is_a_total() -> None:
    """ "The war killed 250,000 people": no perfect tense, still a running total."""
    (event,) = events("The war killed 250,000 people.")
    assert event.scope == "cumulative"


def test_an_attack_as_the_relative_subject_stays_an_incident() -> None:
    """ "the attack, which killed 12 people on Friday": one incident, with its day."""
    (event,) = events("The attack, which killed 12 people on Friday, was condemned.")
    assert event.scope == "incident" and event.date is not None


def test_the_start_of_a_route_is_no_place() -> None:
    """ "died ... during the attempted crossing from Cuba to the United States": not in Cuba."""
    (event,) = events(
        "His mother was among 11 people who died after their boat sank during the attempted crossing "
        "from Cuba to the United States.",
        published="2000-04-03",
    )
    assert event.role == "killed" and event.place_text is None


def test_a_place_after_from_without_a_destination_is_kept() -> None:
    """ "abducted two civilians from Kipulu village": where they were taken, no route."""
    (event,) = events("Gunmen abducted two civilians from Kipulu village on Monday.", published="2020-05-05")
    assert event.place_text is not None and event.place_text.text.startswith("Kipulu")


def test_a_place_ending_a_chain_of_places_is_no_perpetrator() -> None:
    """ "The attacks ... in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed 257": where, not who."""
    found = events(
        "The almost simultaneous attacks Aug. 7 at the U.S. embassies in Nairobi, Kenya, and Dar es Salaam, "
        "Tanzania, killed 257 people and injured more than 5,500.",
        published="1998-08-13",
    )
    assert [e.role for e in found] == ["killed", "wounded"]
    assert all(e.perpetrator_text is None for e in found)


def test_a_relative_clause_on_joined_places_names_no_perpetrator() -> None:
    """ "the bombings at U.S. embassies in Kenya and Tanzania, which have killed": not Tanzania."""
    (killed,) = events(
        "Clinton met his aides to assess the situation following the twin bombings at U.S. embassies "
        "in Kenya and Tanzania, which have killed more than 250 people.",
        published="1998-08-14",
    )
    assert killed.perpetrator_text is None


def test_one_place_before_a_state_leaves_the_state_the_actor() -> None:
    """ "In Gaza, Israel killed 12 Palestinians": one name is no chain of places."""
    (killed,) = events("In Gaza, Israel killed 12 Palestinians.", published="2009-01-05")
    assert killed.perpetrator_text is not None and killed.perpetrator_text.text == "Israel"


def test_the_owner_of_the_means_is_the_perpetrator() -> None:
    """ "killed in his kitchen by a sniper's bullet last fall": the sniper did it, the bullet is the means."""
    (event,) = events(
        "Dr. Barnett Slepian was killed in his kitchen by a sniper's bullet last fall.", "1999-04-10"
    )
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "a sniper"
    assert event.instrument is not None and event.instrument.text == "bullet"
