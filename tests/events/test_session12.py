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


def test_a_killing_participle_before_a_name_is_one_death() -> None:
    """ "founded by assassinated former prime minister Rafik Hariri": one killed, Hariri."""
    (event,) = events(
        "Shares in the company founded by assassinated former prime minister Rafik Hariri fell 15%."
    )
    assert event.role == "killed" and event.count is not None and event.count.value == 1
    assert event.victims is not None and event.victims.text == "former prime minister Rafik Hariri"


def test_an_adjectival_killing_takes_no_place_date_or_actor_of_its_sentence() -> None:
    """ "the collection of murdered designer X will be auctioned in New York": no death in New York."""
    (event,) = events(
        "The art collection of murdered fashion designer Gianni Versace will be auctioned by Sotheby's "
        "in New York on Monday."
    )
    assert event.victims is not None and event.victims.text == "fashion designer Gianni Versace"
    assert event.place_text is None and event.date is None and event.perpetrator_text is None


def test_slain_before_a_name_is_one_death() -> None:
    """ "the last film of the slain Dutch director Theo van Gogh": one death."""
    (event,) = events("It was the last film made by the slain Dutch director Theo van Gogh.")
    assert event.victims is not None and event.victims.text.endswith("Theo van Gogh")


def test_an_injured_player_before_a_name_is_still_no_event() -> None:
    """ "replaced by injured Phil Vickery" tells no injury done here."""
    assert not events("He was replaced by injured Phil Vickery in the second half.")


def test_a_hyphenated_title_is_a_person() -> None:
    """ "four cadres and a police sub-inspector were killed": five, the sub-inspector one of them."""
    found = events("Four cadres and a Police Sub-Inspector were killed near the village.", "2020-05-10")
    assert sorted(e.count.value for e in found if e.count is not None) == [1, 4]
    assert any(e.victims is not None and e.victims.text == "Police Sub-Inspector" for e in found)


def test_a_joined_count_after_an_including_aside_joins_the_whole_group() -> None:
    """ "21 militants including 2 commanders and 4 soldiers were killed": 21 and 4, not 2 and 4."""
    found = events(
        "On 6 May 2020, at least 21 militants including 2 commanders and 4 Afghan soldiers were killed.",
        "2020-05-10",
    )
    assert sorted(e.count.low for e in found if e.count is not None and e.count.low is not None) == [4, 21]


def test_an_aside_that_sums_to_its_group_is_a_breakdown() -> None:
    """ "five personnel including one policeman and four soldiers": the five are not joined to the four."""
    found = events(
        "On 2 May 2020, two militants and five security personnel including one policeman and four army "
        "personnel were killed.",
        "2020-05-10",
    )
    assert 21 not in [e.count.value for e in found if e.count is not None]
    assert sum(e.count.value or 0 for e in found if e.count is not None) <= 7


def test_a_count_in_an_including_aside_without_commas_is_a_part() -> None:
    """ "21 militants including 2 commanders were killed": the toll is 21, not 2."""
    (event,) = events("On 6 May 2020, 21 militants including 2 commanders were killed.", "2020-05-10")
    assert event.count is not None and event.count.value == 21
