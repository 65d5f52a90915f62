"""Issue 16, ninth pass: roles told through the source of a claim, and the place and date of new text."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "2020-05-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The army said it had killed 40 militants in Swat.", "The army"),
        ("Police said they arrested three protesters in Lagos.", "Police"),
        ('"We killed 12 soldiers," the Taliban said.', "the Taliban"),
    ],
)
def test_a_pronoun_opening_a_body_s_report_names_that_body_as_the_actor(text: str, actor: str) -> None:
    """The source reporting its own act did it: "the army said it had killed"."""
    (event,) = events(text)
    assert event.perpetrator_text is not None and event.perpetrator_text.text == actor


@pytest.mark.parametrize(
    "text",
    [
        "He said they killed his brother.",
        "Fighters raided houses looking for people accused of theft, and when they found none, "
        "they arrested five of their brothers.",
    ],
)
def test_a_pronoun_names_no_actor_through_a_person_or_a_claim_it_does_not_open(text: str) -> None:
    """A person's word names nobody; a pronoun deep in another claim's content is not its source."""
    found = events(text)
    assert found and all(
        e.perpetrator_text is None or e.perpetrator_text.text.lower() not in {"he", "people"} for e in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Actress Patsy Rowlands, known to millions for her roles in the Carry On films, has died at the "
        "age of 71.",
        "However Frankenheimer pulled out of the film in 2002, a month before he died.",
    ],
)
def test_a_life_s_end_is_no_casualty(text: str) -> None:
    """A death told as biography ("at the age of 71", "a month before he died") is no event."""
    assert events(text, None) == []


def test_a_count_in_an_aside_after_the_subject_counts_nothing() -> None:
    """ "known to millions" between the subject and its verb is no toll; a count opening an apposition is."""
    (event,) = events("The mayor's bodyguards, two police agents, were also killed in Teculutan.")
    assert event.count is not None and event.count.value == 2
    found = events("The singer, known to millions of fans, was shot dead in Kingston.")
    assert all(e.count is None or e.count.text != "millions" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The director called on the government to either free or charge 12 detainees at Belmarsh prison.",
        "Five British detainees released from Guantanamo in March were questioned by police.",
    ],
)
def test_a_counted_group_freed_or_charged_was_held_before(text: str) -> None:
    """People freed, charged or moved were arrested before: no new arrest."""
    assert all(e.role != "arrested" for e in events(text))


def test_a_counted_group_arrested_is_still_an_arrest() -> None:
    (event,) = events("Police detained 12 protesters in Lagos on Monday.")
    assert event.role == "arrested" and event.count is not None and event.count.value == 12


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fans chanted about the 1989 Hillsborough disaster in which 96 died.", "Hillsborough"),
        ("Relatives of the Omagh bombing victims said 29 people were killed.", "Omagh"),
        ("The Hamas attack killed 12 people.", None),
        ("The Israeli bombing killed 12 people.", None),
    ],
)
def test_a_place_named_as_the_incident_s_modifier(text: str, place: str | None) -> None:
    """ "The Hillsborough disaster" says where; "the Hamas attack" says who, "the Israeli bombing" whose."""
    (event,) = events(text, None)
    assert (event.place_text.text if event.place_text is not None else None) == place


def test_the_day_a_source_said_it_is_not_the_day_it_happened() -> None:
    """ "Straw said on Friday that 440 Britons were dead": Friday dates the saying, not the deaths."""
    (event,) = events("Jack Straw said on Friday that about 440 Britons were dead in the disaster.")
    assert event.date is None


def test_a_day_in_the_source_s_own_words_still_dates_the_event() -> None:
    """ "officials investigating a Sunday air strike now claim that the 47 killed" are Sunday's dead."""
    (event,) = events(
        "Afghan officials investigating a Sunday air strike on Nangarhar province now claim that the 47 "
        "killed by the air strike were civilians."
    )
    assert event.date is not None and event.date.value == "2020-05-03"


def test_who_said_it_did_not_do_it() -> None:
    """The subject of a verb of saying is never the actor of a participle the parse leaves loose."""
    found = events(
        'His lawyer Louise Christian said: "We hope to sue the officials who colluded with the Americans '
        'in effectively kidnapping him and taking him to Guantanamo."'
    )
    assert found and all(
        e.perpetrator_text is None or "Christian" not in e.perpetrator_text.text for e in found
    )


def test_a_body_that_claimed_its_own_act_did_it() -> None:
    """ "Forces claimed to have thwarted an attack ..., killing two fighters": the forces killed."""
    (event,) = events(
        "On 6 May 2020, National Resistance forces claimed to have clashed with Houthi forces near Al Jah, "
        "killing two fighters."
    )
    assert event.perpetrator_text is not None and "National Resistance" in event.perpetrator_text.text


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The gang which killed him included at least three members of the IRA.", "The gang"),
        ("On 28 April 2020, armed men who arrived in two vehicles kidnapped three farmers.", "men"),
    ],
)
def test_a_relative_subject_stands_for_its_antecedent(text: str, actor: str) -> None:
    """ "The gang which killed him": the gang did it; "an earthquake that killed" stays a means."""
    (event,) = events(text)
    assert event.perpetrator_text is not None and actor in event.perpetrator_text.text
    (quake,) = events("An earthquake that killed 1,000 people struck Japan.")
    assert quake.perpetrator_text is None and quake.instrument is not None


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("The police arrested some demonstrators for violating quarantine orders.", "demonstrators"),
        ("On 2 May 2020, unknown gunmen abducted the prefect of Gourma-Rharous.", "prefect"),
    ],
)
def test_the_subject_of_an_active_trigger_with_an_object_is_no_victim(text: str, victims: str) -> None:
    """ "The police arrested some demonstrators": the demonstrators were arrested, not the police."""
    (event,) = events(text)
    assert event.victims is not None and event.victims.text == victims


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen allegedly fled after clashes erupted with the private guards of the house.",
        "The soldier was wounded and the assailant fled with the motorcycle.",
        "A shoot-out broke out between the police and suspects. Three suspects managed to flee.",
    ],
)
def test_attackers_getting_away_are_not_displaced(text: str) -> None:
    """An attacker fleeing the scene is no displacement."""
    assert all(e.role != "displaced" for e in events(text))


def test_residents_fleeing_their_homes_are_displaced() -> None:
    (event,) = events("Residents fled their homes in Idlib.")
    assert event.role == "displaced" and event.victims is not None and event.victims.text == "Residents"
