"""Issue 16, session 21: the perpetrator read from the clause's structure: a name outside the subject
the tree gives is nobody's agent, and the "by" phrase of an attack noun that is the subject is."""

from __future__ import annotations

from .helpers import perpetrators


def test_the_victims_of_the_first_conjunct_are_no_agent_of_the_second() -> None:
    """The air strikes are the subject of "injured": the Taliban named before the trigger were hit."""
    text = "On Sunday, the air strikes hit 8 Taliban militants, and injured 5 civilians in Helmand province."
    assert perpetrators(text) == [("injured", None)]


def test_a_name_inside_the_subject_stays_the_agent() -> None:
    """ "shells fired by Hezbollah fighters killed": the name lies inside the subject's own clause."""
    text = "On Sunday, shells fired by Hezbollah fighters killed three civilians in Marjayoun."
    # session 43 (evother): the actor's phrase, not the name that premodifies its noun
    assert perpetrators(text) == [("killed", "Hezbollah fighters")]


def test_the_by_phrase_of_an_operation_subject_is_the_agent() -> None:
    """ "operations by X killed": X made the operations, and the conjoined toll shares it."""
    text = "Operations by government troops killed 12 Taliban fighters, and wounded 4, in Kandahar on Monday."
    assert perpetrators(text) == [("killed", "government troops"), ("wounded", "government troops")]
    text = "On Sunday, operations by Afghan special forces killed at least 10 militants in Helmand province."
    assert perpetrators(text) == [("killed", "Afghan special forces")]


def test_the_by_phrase_of_a_verb_of_finding_or_saying_names_no_agent() -> None:
    """Who found the body or announced the return did not kill nor drive anyone out."""
    text = "On Sunday, the body of a man was found by police officers in a forest."
    assert perpetrators(text) == [("body", None)]
    text = "Repatriation of 1.1 million Hutu refugees announced by Zaire on Thursday could start soon."
    assert perpetrators(text) == [("refugees", None)]


def test_the_by_phrase_of_the_killing_stays_the_agent() -> None:
    """ "killed in a drive-by shooting by two armed men": the "by" phrase tells who shot."""
    text = "A man was killed in a drive-by shooting by two armed men on Sunday."
    assert perpetrators(text) == [("killed", "two armed men")]


def test_a_count_read_as_the_agents_head_leaves_the_phrase_to_the_words() -> None:
    """ "by three armed men" parsed with "three" as the head ("armed" a verb): the doers, not "three"."""
    text = "On 6 May 2020, in Balneario Gaivota, a man was shot and injured by three armed men."
    assert perpetrators(text) == [("injured", "three armed men")]
