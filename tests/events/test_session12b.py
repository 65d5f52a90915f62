"""Issue 16, session 12 round 2: a perpetrator is an actor, never a place named after "in" or one
modifying the actor's noun; a second clause's place is not the incident's."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str = "1996-08-30") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def _text(span: object) -> str | None:
    """The text of a span, or None."""
    return getattr(span, "text", None)


def test_a_place_after_in_is_no_perpetrator_whatever_its_kind() -> None:
    """ "attacked a convoy in the western Mexican state of Michoacan, killing": Michoacan is where."""
    found = events(
        "A group of heavily-armed men attacked a military convoy in the western Mexican state of "
        "Michoacan on Friday, killing one soldier and wounding two, radio reports said."
    )
    assert found and all(_text(e.perpetrator_text) != "Michoacan" for e in found)
    assert all(_text(e.place_text) == "Michoacan" for e in found)


def test_a_town_the_entities_call_an_organisation_is_no_perpetrator() -> None:
    """ "in Barra de Sao Miguel, Alagoas, the body of a man was found": nobody named did it."""
    (event,) = events(
        "Around 30 April 2020, in Barra de Sao Miguel, Alagoas, the body of a man was found with 23 "
        "gunshot wounds.",
        published="2020-05-01",
    )
    assert event.perpetrator_text is None


def test_a_misparsed_place_subject_is_no_perpetrator() -> None:
    """ "Police in southwest China have arrested 30": China is where, not who."""
    (event,) = events("Police in southwest China have arrested 30 people at a protest.")
    assert _text(event.perpetrator_text) != "China"
    assert _text(event.place_text) == "China"


def test_a_city_modifying_the_actors_noun_is_where_the_actor_is_from() -> None:
    """ "A Moscow street vendor stabbed to death a judge": the vendor, not Moscow."""
    (event,) = events("A Moscow street vendor stabbed to death a woman judge in a city court on Friday.")
    assert _text(event.perpetrator_text) == "A Moscow street vendor"
    assert event.perpetrator is None


def test_a_state_modifying_the_actors_noun_keeps_the_states_id() -> None:
    """ "US troops killed 12 militants": the troops, and the state's id."""
    (event,) = events("US troops killed 12 militants in Kandahar on Friday.")
    assert _text(event.perpetrator_text) == "US troops"
    assert event.perpetrator is not None and ":" not in event.perpetrator


def test_a_named_actor_after_a_fronted_place_stays() -> None:
    """ "In Baghdad, the Taliban killed 5 soldiers": the Taliban did it."""
    (event,) = events("In Baghdad, the Taliban killed 5 soldiers.")
    assert _text(event.perpetrator_text) == "Taliban"
    assert _text(event.place_text) == "Baghdad"


def test_a_subject_pronoun_is_the_single_victim() -> None:
    """ "She was arrested": one victim, she (the guideline anchors the pronoun)."""
    (event,) = events("Ann Lee joined the protest. She was arrested for the same offense last month.")
    assert event.count is not None and event.count.value == 1
    assert _text(event.victims) == "She"


def test_a_possessive_pronoun_still_names_no_group() -> None:
    """ "his death": one death, no victim group."""
    found = [
        e
        for e in events("Tom Reed was shot in Leeds. His death shocked the town.")
        if e.trigger.text == "death"
    ]
    assert all(e.victims is None for e in found)


def test_a_place_between_the_victims_and_their_trigger_is_where() -> None:
    """ "shot at two civilians at Kralgund town and left them injured": Kralgund is the place."""
    (event,) = events("Gunmen shot at two civilians at Kralgund town and left them injured.")
    assert _text(event.place_text) == "Kralgund"


def test_where_the_victims_are_from_is_still_no_place() -> None:
    """ "Five soldiers from Texas were killed": Texas is where they are from."""
    (event,) = events("Five soldiers from Texas were killed.")
    assert event.place_text is None
