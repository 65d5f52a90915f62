"""Issue 16, session 10: breakdowns of a told total, report nouns as sources, a phrase's own determiner."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str = "2020-05-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_a_breakdown_of_a_told_total_is_no_new_event() -> None:
    """ "70 were injured. ... Ten were seriously wounded and 60 slightly" splits the 70: no new events."""
    found = events(
        "A policeman was killed and 70 were injured when a bomb exploded in a town. "
        "The device was thrown from a car. "
        "Ten officers were seriously wounded and 60 suffered slight injuries."
    )
    assert [(e.role, e.count.value if e.count else None) for e in found] == [("killed", 1), ("wounded", 70)]


def test_figures_that_do_not_add_up_to_the_total_stay_events() -> None:
    """Two figures summing to something else are new facts, not a breakdown."""
    found = events(
        "Seventy people were injured when a bomb exploded in a town. "
        "Ten officers were wounded and 20 were injured in a second blast."
    )
    assert len([e for e in found if e.role == "wounded"]) == 3


def test_reports_that_are_the_source() -> None:
    """ "Reports that civilians had been killed prompted an inquiry": told by reports."""
    (event,) = events("Reports that civilians had been killed prompted the president to launch an inquiry.")
    assert event.source is not None and event.source.source_text == "Reports"


def test_who_put_the_figure_at_is_the_source() -> None:
    """ "Reuters put the figure at 23": Reuters reported the toll."""
    found = events("At least 33 people have died in protests in the capital. Reuters put the figure at 23.")
    figure = found[-1]
    assert figure.count is not None and figure.count.value == 23
    assert figure.source is not None and figure.source.source_text == "Reuters"
    assert figure.perpetrator is None and figure.perpetrator_text is None


def test_a_single_victim_after_a_name_keeps_its_own_determiner() -> None:
    """ "father of Thomas a soldier killed in Iraq": the soldier is the one victim."""
    (event,) = events("Reg Keys, father of Thomas a soldier killed in Iraq, said the war was wrong.")
    assert event.count is not None and event.count.value == 1
    assert event.victims is not None and event.victims.text == "soldier"


def test_the_object_of_of_stays_part_of_the_phrase() -> None:
    """ "The wife of a policeman was killed": the wife."""
    (event,) = events("The wife of a policeman was killed in the city.")
    assert event.victims is not None and event.victims.text == "wife"


def test_the_main_subject_of_after_being_wounded_is_the_victim() -> None:
    """ "X and Y are in stable condition after also being wounded": one wounded event each."""
    found = events(
        "Another Canadian soldier and an Afghan interpreter are in stable condition "
        "after also being wounded in the explosion."
    )
    assert [(e.role, e.count.value if e.count else None) for e in found] == [("wounded", 1)] * 2
    assert [e.victims.text for e in found if e.victims] == ["Canadian soldier", "Afghan interpreter"]


def test_after_being_cleared_of_missing_is_no_casualty() -> None:
    """Only adverbs may stand between "being" and the trigger."""
    text = "The sprinter says she is eager to compete again after being cleared of missing tests."
    assert events(text) == []


def test_a_killing_a_protest_denounces_is_background() -> None:
    """ "held a vigil protesting HTS policies having executed a commander": the vigil's occasion."""
    found = events("Residents held a vigil protesting HTS policies having executed a former commander.")
    killed = [e for e in found if e.role == "killed"]
    assert killed and all(e.background for e in killed)


def test_protesters_killed_by_police_are_no_background() -> None:
    """ "people protesting the election and killed 3": the killing is the act reported."""
    (event,) = events("Police fired on people protesting the election and killed 3 of them.")
    assert not event.background


def test_a_generic_blast_is_the_weapon_told_before() -> None:
    """ "wounded in the explosion" after "a large roadside bomb exploded": the bomb is the means."""
    found = events(
        "A soldier was killed in Kandahar when a large roadside bomb exploded. "
        "Another soldier is in stable condition after being wounded in the explosion."
    )
    assert [e.instrument.text for e in found if e.instrument] == ["roadside bomb"] * 2


def test_an_attack_after_which_is_no_means() -> None:
    """ "killed during clashes after the bombing": the earlier bombing is not this killing's means."""
    found = events(
        "Two policemen were killed when their vehicle was hit by a roadside bomb in Nad Ali. "
        "A policeman was killed during clashes with the militants after the bombing."
    )
    assert found[-1].instrument is None or found[-1].instrument.text != "roadside bomb"


def test_a_toll_brought_up_by_an_attack_keeps_no_weapon() -> None:
    """ "killed by a bomb blast ..., bringing the death toll to 1,971": the total has no instrument."""
    found = events(
        "Five soldiers were killed by a bomb blast on Saturday, "
        "bringing the U.S. death toll in Iraq to 1,971."
    )
    total = [e for e in found if e.scope == "cumulative"]
    assert total and total[0].instrument is None
    assert found[0].scope == "incident"
    assert found[0].instrument is not None and found[0].instrument.text == "bomb blast"


def test_a_toll_over_many_places_takes_no_narrative_place() -> None:
    """ "Over 80 people in eight cities were detained" is not placed in the city of the sentence before."""
    (event,) = events(
        "The worst violence was in Quito, where demonstrators threw rocks at a hotel. "
        "Over 80 people in eight cities were detained for stoning police, he said."
    )
    assert event.place_text is None


def test_figures_given_respectively_split_the_toll_before() -> None:
    """ "five soldiers were killed in three bombings, killing four and one respectively": one event."""
    found = events(
        "Yesterday five soldiers were killed in three separate bombings, killing four and one respectively."
    )
    assert [e.count.value for e in found if e.count] == [5]
