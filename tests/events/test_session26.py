"""Issue 16, session 26: the perpetrator of a verb in an open complement's clause is the subject of
the verb that controls the complement (``roles._controller_subject``)."""

from __future__ import annotations

import newsparse
from newsparse_events.model import Event


def perpetrators(text: str) -> list[tuple[str, str | None]]:
    """(trigger, perpetrator phrase) of each event of ``text`` parsed by the whole pipeline."""
    events = newsparse.parse(text, published="2020-05-04").layer("events")
    return [
        (e.trigger.text, e.perpetrator_text.text if e.perpetrator_text else None)
        for e in events
        if isinstance(e, Event)
    ]


def test_a_participle_under_an_open_complement_takes_the_controller() -> None:
    """ "tried to storm the building, killing three": "killing" hangs on "storm", the xcomp of "tried"."""
    assert perpetrators("The gunmen tried to storm the building, killing three guards.") == [
        ("killing", "The gunmen")
    ]


def test_a_conjunct_of_an_open_complement_takes_the_controller() -> None:
    """ "managed to enter the camp and killed four": the conjunct of "enter", under "managed"."""
    text = "Police said the militants managed to enter the camp and killed four soldiers."
    assert perpetrators(text) == [("killed", "the militants")]


def test_an_object_controller_gives_no_subject() -> None:
    """ "ordered troops to storm the camp": the object would act, so the subject is not taken."""
    text = "The commander ordered troops to storm the camp, killing two."
    assert perpetrators(text) == [("killing", None)]
