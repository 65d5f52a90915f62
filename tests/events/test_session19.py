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


def _days(found: list[Event]) -> list[tuple[str, str | None]]:
    """(role, date value) of each event."""
    return [(e.role, e.date.value if e.date else None) for e in found]


_STORY = (
    "HAVANA, August 7 (Xinhua) --\n\n"
    "Two bombs exploded outside the embassies Friday, killing at least 81 people.\n\n"
    "At least 74 were killed in Nairobi, and more than 1,640 were wounded. "
    "At least seven were reported dead in Dar es Salaam, and 72 others were hurt.\n"
)


def test_a_toll_right_after_a_dated_one_goes_on_with_its_day() -> None:
    """ "At least seven were reported dead ..., and 72 others were hurt": the next sentence of the same
    paragraph as the dated toll, and the rest of that sentence, are the story's day (Friday)."""
    assert _days(events(_STORY, published="1998-08-07")) == [("killed", "1998-08-07")] * 2 + [
        ("wounded", "1998-08-07"),
        ("killed", "1998-08-07"),
        ("wounded", "1998-08-07"),
    ]


def test_another_incident_takes_no_day_from_the_sentence_before() -> None:
    """ "Two people died in another crash": a sentence telling another incident is not the story's day."""
    text = _STORY.replace("At least seven were reported dead", "Seven died in another blast")
    assert _days(events(text, published="1998-08-07"))[-2:] == [("killed", None), ("wounded", None)]


def test_the_means_of_the_attack_told_before() -> None:
    """ "hurled hand grenades ... were wounded in the attack": the toll's means is the attack's."""
    found = events(
        "Suspected rebels on Tuesday hurled hand grenades at a police vehicle in the town of Vavuniya, "
        "killing two policemen. More than a dozen people were wounded in the attack.",
        published="1996-08-28",
    )
    assert [(e.role, e.instrument.text if e.instrument else None) for e in found] == [
        ("killed", "grenades"),
        ("wounded", "grenades"),
    ]


def test_the_incident_named_again_takes_the_means_not_the_actor() -> None:
    """ "detonated a bomb ... killed in the incident": the bomb; "the incident" names no actor's act."""
    (event,) = events(
        "On 30 April 2020, an unidentified group detonated a bomb in Duwagaun village. "
        "Four persons were killed in the incident.",
        published="2020-05-01",
    )
    assert event.instrument is not None and event.instrument.text == "bomb"
    assert event.perpetrator_text is None
