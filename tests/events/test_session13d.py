"""Issue 16, session 13 round 4: a sentence dated in another year gives an event no narrative place."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event
from newsparse_events.places import dated_otherwise


def events(text: str, published: str = "2008-07-12") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_a_sentence_of_another_year_gives_no_place() -> None:
    """A 2003 death is not placed in the country of a 2008 announcement before it."""
    (event,) = events(
        "The ministry announced on Thursday that it will pay victims of abuse in Iraq. "
        "A hotel receptionist died in September 2003 after a beating."
    )
    assert event.date is not None and event.date.value == "2003-09"
    assert event.place_text is None


def test_a_sentence_of_the_same_year_still_gives_its_place() -> None:
    """One victim's story over several days keeps its place: "abducted on 1 May ... found dead"."""
    found = events(
        "On 8 May 2020, in Manaus, the body of a woman was found with signs of torture. "
        "She was abducted on 1 May 2020.",
        published="2020-05-08",
    )
    assert [e.place_text.text if e.place_text else None for e in found] == ["Manaus", "Manaus"]


def test_only_the_year_of_a_resolved_date_is_compared() -> None:
    """Days of one year agree; another year refuses unless a period of the sentence covers the event's."""
    dates = [(10, "2020-05-01", "2020-05-01"), (50, "2019", "2019"), (60, "2015-01-01", "2020-05-08")]
    dates.append((90, "PRESENT_REF", "PRESENT_REF"))
    assert not dated_otherwise("2020-05-08", dates, 0, 40)
    assert dated_otherwise("2020-05-08", dates, 40, 55)
    assert not dated_otherwise("2020-05-08", dates, 40, 80)
    assert not dated_otherwise("2020-05-08", dates, 80, 120)
    assert not dated_otherwise(None, dates, 0, 120)
    assert not dated_otherwise("XXXX-05", dates, 0, 120)


def test_a_period_covering_the_event_keeps_the_place() -> None:
    """ "slayings over the last five years in the Newark area": a killing last year is in Newark."""
    found = events(
        "A task force began delving Thursday into the slayings of 14 women over the last five years "
        "in the Newark area. Of nine women who had been killed last year, suspects were found in four.",
        published="1998-04-02",
    )
    killed = [e for e in found if e.role == "killed" and e.date is not None and e.date.value == "1997"]
    assert killed and all(e.place_text is not None for e in killed)
