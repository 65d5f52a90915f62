"""Issue 16, session 12: an event's date comes from its own clause, not a clause on another noun."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str = "1987-03-26") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_a_date_in_a_clause_on_another_noun_is_not_the_events() -> None:
    """ "injured ... against measures imposed on March 5": March 5 dates the measures, not the injuries."""
    found = events(
        "At least 14 people were injured in clashes during a strike called by workers to protest "
        "against austerity measures imposed on March 5."
    )
    wounded = [e for e in found if e.role == "wounded"]
    assert wounded and all(e.date is None or e.date.value != "1987-03-05" for e in wounded)


def test_a_date_of_the_events_own_clause_stays() -> None:
    """ "Five people were killed on Monday in clashes that erupted": Monday dates the deaths."""
    (event,) = events("Five people were killed on Monday in Kabul in clashes that erupted after a rally.")
    assert event.date is not None and event.date.value == "1987-03-23"


def test_a_clause_on_an_incident_noun_still_dates_the_event() -> None:
    """ "killed in clashes that erupted on Monday": the clashes are the incident, Monday its date."""
    (event,) = events("Five people were killed in clashes that erupted on Monday in Kabul.")
    assert event.date is not None and event.date.value == "1987-03-23"
