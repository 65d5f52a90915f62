"""Issue 16, session 19: a place joined under one preposition is the joined phrase."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event
from newsparse_events.places import joined_places


def events(text: str, published: str | None = "1998-08-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_two_joined_places_are_the_place() -> None:
    """ "killed in the blasts in Kenya and Tanzania": it happened in both, the joined phrase is the place."""
    (event,) = events("More than 100 people were killed in the blasts in Kenya and Tanzania on Friday.")
    assert event.place_text is not None and event.place_text.text == "Kenya and Tanzania"
    assert event.place is None and event.areas == ()


def test_the_joined_phrase_ends_at_the_second_place() -> None:
    """ "in Kenya and Tanzania Friday": the capitalised weekday after the second name is no part of it."""
    found = events(
        "Two bombs exploded outside the embassies in Kenya and Tanzania Friday, killing at least 81 people."
    )
    assert [e.place_text.text if e.place_text else None for e in found] == ["Kenya and Tanzania"]


def test_joined_places_reads_only_place_mentions() -> None:
    """The stretch runs from the first place's start to the second place mention's end."""
    text = "Clashes in Dhaka and Bogra Sunday killed 3 people."
    mentions = [(11, 16, "dhaka", "GPE", None), (21, 26, "bogra", "GPE", None)]
    assert joined_places(text, 0, len(text), mentions) == [(11, 26)]
    assert joined_places(text, 0, len(text), [(11, 16, "dhaka", "GPE", None)]) == []


def test_one_place_keeps_its_name() -> None:
    """A single place is still its entity, not a phrase: "killed in Dhaka on Monday"."""
    (event,) = events("Two people were killed in Dhaka on Monday.")
    assert event.place_text is not None and event.place_text.text == "Dhaka" and event.place is not None
