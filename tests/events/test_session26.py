"""Issue 16, session 26: the perpetrator of a verb in an open complement's clause is the subject of
the verb that controls the complement (``roles._controller_subject``), and a claimant whose claim is
an infinitive ("claimed to have clashed") is no mere reporter (``actors.reporter``)."""

from __future__ import annotations

from .helpers import perpetrators


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


def test_a_claimant_of_its_own_act_is_its_perpetrator() -> None:
    """ "Rebels claimed to have clashed ..., killing two": the claim's content is an infinitive whose
    subject is the claimant, so the source is who acted, not a mere reporter."""
    text = "Rebels claimed to have clashed with troops near Goma on Monday, killing two soldiers."
    assert perpetrators(text) == [("killing", "Rebels")]


def test_a_reporter_of_another_act_stays_no_perpetrator() -> None:
    """ "Police claimed the rebels killed five": the content is a clause of its own; police report it."""
    found = perpetrators("Police claimed the rebels killed five villagers near Goma.")
    assert found and all(perp != "Police" for _, perp in found)


def test_a_clause_with_its_own_subject_stops_the_walk() -> None:
    """ "continued to hunt a gunman after he killed his wife and wounded three": "wounded" joins a
    clause with its own subject, so the walk never reaches "continued"'s subject."""
    text = "Police continued to hunt a gunman after he killed his wife and wounded three other people."
    assert all(perp != "Police" for _, perp in perpetrators(text))
