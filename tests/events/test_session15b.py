"""Issue 16, session 15 round 2: a wire headline told again in the body is one event, the body's."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "1996-08-26") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


PLACE_SHORTHAND = (
    "20 die as ferry sinks off Bangladesh.\n\nDHAKA 1996-08-26\n\nAt least 20 people were killed on "
    "Monday when a ferry capsized on the Meghna river near Chandpur, police said.\n"
)
NO_FIGURE = (
    "Greek fisherman shot dead in Crete.\n\nATHENS 1996-08-26\n\nA fisherman has been shot dead in "
    "the Greek island of Crete, police said on Monday.\n"
)
WIRE_TAG = (
    "RTRS - Sydney bus hits tram, 12 injured.\n\nSYDNEY 1996-08-26\n\nTwelve people were injured when "
    "a bus and a tram collided in the Sydney suburb of Glebe on Monday, officials said.\n"
)


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize(
    ("text", "trigger"),
    [(PLACE_SHORTHAND, "killed"), (NO_FIGURE, "shot dead"), (WIRE_TAG, "injured")],
)
def test_the_body_telling_stands_for_the_headline(text: str, trigger: str, eol: str) -> None:
    """The headline's own place ("Bangladesh" for "near Chandpur"), a headline with no figure and a
    wire tag before the headline still leave one event, anchored in the body."""
    text = text.replace("\n", eol)
    (event,) = events(text)
    assert event.trigger.text == trigger
    assert event.trigger.start > text.index("1996-08-26")


def test_two_body_events_of_one_role_keep_the_headline_apart_from_the_second() -> None:
    """The body's first telling replaces the headline; a second body killing stays its own event."""
    found = events(
        "Two killed in Kashmir.\n\nSRINAGAR 1996-08-26\n\nTwo soldiers were killed by militants in "
        "Srinagar on Monday, police said. In a separate attack, three villagers were killed in Doda.\n"
    )
    assert [e.count.value for e in found if e.count is not None] == [2, 3]
    assert all(e.trigger.start > 30 for e in found)


def test_a_dateline_before_the_first_event_leaves_no_headline() -> None:
    """A story whose first event is under the dateline has no headline to replace."""
    found = events(
        "Floods in the north.\n\nDHAKA 1996-08-26\n\nFive people died in floods on Monday. Later three "
        "more people died in a landslide in Sylhet.\n"
    )
    assert len(found) == 2


def test_the_slain_victim_named_later_is_the_same_death() -> None:
    """ "A guard was shot dead ... The slain guard Ivo Horvat": one death, told again with its name."""
    found = events(
        "A guard has been shot dead in the north of the province, police said on Monday. It was the third "
        "attack this month. The slain guard Ivo Horvat, 40, had been a member of the police for 20 years.\n"
    )
    assert [e.trigger.text for e in found] == ["shot dead"]


def test_a_slain_victim_of_another_noun_stays_its_own() -> None:
    """ "A guard was shot dead ... The slain driver": another noun, another death."""
    found = events(
        "A guard has been shot dead in the north, police said on Monday. It was the third attack this "
        "month. The slain driver Ivo Horvat, 40, had been a member of the police for 20 years.\n"
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police said 14 out of 45 passengers on the bus died instantly in the crash.", 14),
        ("Two of the 12 hostages were killed by the kidnappers.", 2),
        ("Four of 30 passengers were injured in the crash.", 4),
        ("The 45 passengers were killed in the crash.", 45),
    ],
)
def test_a_part_of_a_counted_group_is_the_count(text: str, count: int) -> None:
    """ "14 out of 45 passengers died": 14 died, not the 45 on board; a plain count stays."""
    (event,) = events(text)
    assert event.count is not None and event.count.value == count


def test_each_headline_event_gives_way_to_its_body_telling() -> None:
    """ "Bomb kills 3, wounds 5": both the killed and the wounded of the body replace the headline's."""
    text = (
        "Bomb kills 3, wounds 5 in Karachi.\n\nKARACHI 1996-08-26\n\nA bomb killed three people and "
        "wounded five others in a market in Karachi on Monday, police said.\n"
    )
    found = events(text)
    assert [e.role for e in found] == ["killed", "wounded"]
    assert all(e.trigger.start > text.index("KARACHI") for e in found)
