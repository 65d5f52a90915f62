"""Issue 16, session 14 round 3: actors of participle clauses, headline restatements, joined places."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "1996-08-29") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_the_clause_under_a_misread_root_names_who_killed() -> None:
    """ "Suspected Tamil Tigers ... hurled grenades ..., killing": the hurlers killed (the parse makes
    "Suspected" the root and hangs "hurled" under it)."""
    (event,) = events(
        "Suspected Tamil Tigers on Tuesday hurled hand grenades at a police vehicle in a crowded market in "
        "the army-controlled northern town of Vavuniya, killing at least two policemen."
    )
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "Tamil Tigers"


def test_the_clause_said_names_who_killed_not_who_said() -> None:
    """ "Police said rebels attacked the post, killing five": the rebels, not the police."""
    (event,) = events("Police said rebels attacked the post on Monday, killing five soldiers.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "rebels"


def test_a_number_of_an_actor_is_that_actor() -> None:
    """ "Hundreds of police raided ..., arresting": the police arrested."""
    found = events(
        "Hundreds of police raided the Dhaka university on Sunday, arresting nearly 30 outsiders who had "
        "been living in student dormitories, university officials said."
    )
    arrests = [e for e in found if e.role == "arrested"]
    assert arrests and arrests[0].perpetrator_text is not None
    assert arrests[0].perpetrator_text.text == "police"


def test_a_bomb_that_killed_is_no_perpetrator() -> None:
    """ "A car bomb exploded ..., killing 12": the bomb is the means; nobody is named."""
    (event,) = events("A car bomb exploded in a market in Baghdad on Monday, killing 12 people.")
    assert event.perpetrator_text is None
    assert event.instrument is not None and event.instrument.text == "car bomb"


def test_attacks_blamed_on_an_actor() -> None:
    """ "killed in an ambush blamed on Maoist rebels": the rebels."""
    (event,) = events("Ten people were killed in an ambush blamed on suspected Maoist rebels on Friday.")
    assert event.perpetrator_text is not None and "Maoist" in event.perpetrator_text.text


def test_a_fire_blamed_on_wiring_has_no_perpetrator() -> None:
    """ "a fire blamed on faulty wiring": no actor."""
    (event,) = events("Five people died in a fire blamed on faulty wiring.")
    assert event.perpetrator_text is None


HEADLINE = (
    "Rebels overrun police post, kill 24.\n\nCOLOMBO 1996-08-29\n\nTamil Tiger rebels overran an isolated "
    "police post in Sri Lanka's northeast early on Thursday killing 24 policemen, defence officials said.\n"
)


def test_the_body_event_stands_for_its_headline() -> None:
    """A wire headline that the body restates is one event, anchored in the body."""
    (event,) = events(HEADLINE)
    assert event.trigger.text == "killing"
    assert event.trigger.start > HEADLINE.index("COLOMBO")
    assert event.victims is not None and event.victims.text.endswith("policemen")


def test_a_headline_without_a_dateline_keeps_the_first_telling() -> None:
    """Without a dateline the first telling stays the event (restatements as before)."""
    found = events(
        "Rebels kill 24 policemen.\n\nRebels overran a police post on Thursday, killing 24 policemen."
    )
    assert len(found) == 1
    assert found[0].trigger.text == "kill"


def test_two_joined_places_are_neither_the_place() -> None:
    """ "injured in the clashes in Dhaka and Bogra": both places, so the joined phrase (session 19); a
    running total."""
    (event,) = events(
        "Nearly 100 students have been injured in the clashes in Dhaka and Bogra, police told reporters."
    )
    assert event.place_text is not None and event.place_text.text == "Dhaka and Bogra"
    assert event.place is None
    assert event.scope == "cumulative"


def test_one_place_stays() -> None:
    """ "killed in Dhaka on Monday": Dhaka."""
    (event,) = events("Two people were killed in Dhaka on Monday.")
    assert event.place_text is not None and event.place_text.text == "Dhaka"


def test_who_fired_the_weapon_that_killed() -> None:
    """ "Rebels fired mortar bombs that killed four": the rebels, with the bombs as the means."""
    (event,) = events("Rebels fired mortar bombs that killed four civilians in the capital.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "Rebels"
    assert event.instrument is not None and "bombs" in event.instrument.text


def test_who_found_the_bomb_did_not_kill() -> None:
    """ "Troops found the bomb that killed 12": the troops did not set it."""
    (event,) = events("Troops found the bomb that killed 12 people in the market.")
    assert event.perpetrator_text is None


def test_a_passive_complement_does_not_take_the_main_actor_away() -> None:
    """ "armed men opened fire on a conference being held in X, killing 1": the armed men, not "fire"."""
    found = events(
        "Unidentified armed men opened fire on a peace conference being held in Shewa Robit, killing 1 "
        "person "
        "and injuring 2 others."
    )
    assert found and all(e.perpetrator_text is not None for e in found)
    assert all(e.perpetrator_text.text.endswith("armed men") for e in found if e.perpetrator_text)


def test_hundreds_of_people_name_no_actor() -> None:
    """ "hundreds of people staged a protest ... the killing of a businessman by gunmen": the gunmen."""
    found = events(
        "On 8 May 2020, hundreds of people staged a protest at Harangajao town demanding an inquiry into the "
        "killing of a businessman by unidentified gunmen earlier in April.",
        published="2020-05-08",
    )
    killed = [e for e in found if e.role == "killed"]
    assert killed and killed[0].perpetrator_text is not None
    assert killed[0].perpetrator_text.text.endswith("gunmen")


def test_the_attack_of_the_wire_paragraph_before() -> None:
    """A wire story (a dateline) gives each sentence a paragraph: "wounded in the attack" is the attack
    told in the one right before."""
    found = events(
        "COLOMBO 1996-08-27\n\nSuspected rebels on Tuesday hurled hand grenades at a police vehicle in a "
        "crowded market in the "
        "town of Vavuniya, killing at least two policemen.\n\nMore than a dozen people were wounded in the "
        "attack."
    )
    wounded = [e for e in found if e.role == "wounded"]
    assert wounded and wounded[0].perpetrator_text is not None
    assert wounded[0].perpetrator_text.text.endswith("rebels")


def test_the_attack_two_paragraphs_before_is_not_read() -> None:
    """Only the paragraph right before: an attack two paragraphs back may be another incident."""
    found = events(
        "COLOMBO 1996-08-27\n\nRebels hurled grenades at a police post on Monday.\n\n"
        "The town was calm on Tuesday.\n\n"
        "Three people were wounded in the attack."
    )
    wounded = [e for e in found if e.role == "wounded"]
    assert wounded and wounded[0].perpetrator_text is None
