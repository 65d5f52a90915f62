"""Issue 16, session 16: pronoun perpetrators and victims from the structure, and "1 killed 3 injured"."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event

EOLS = ["\n", "\r\n", "\r"]


def events(text: str, published: str | None = "1996-08-26") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def by_trigger(found: list[Event], trigger: str) -> Event:
    """The one event whose trigger reads ``trigger``."""
    (event,) = [e for e in found if e.trigger.text == trigger]
    return event


def perpetrator(event: Event) -> str | None:
    """The event's perpetrator phrase as written."""
    return event.perpetrator_text.text if event.perpetrator_text is not None else None


@pytest.mark.parametrize("eol", EOLS)
def test_a_pronoun_in_a_clause_of_time_is_the_subject_it_modifies(eol: str) -> None:
    """ "The two men were arrested after they opened fire and killed a pedestrian": the two men."""
    text = (
        "Two executed in Iran.\n\nTEHRAN 1996-08-26\n\nThe two Iranian men were arrested in July after "
        "they opened fire on police and killed a pedestrian, the newspaper said.\n"
    ).replace("\n", eol)
    event = by_trigger(events(text), "killed")
    assert perpetrator(event) is not None and "Iranian men" in perpetrator(event)


def test_a_clause_with_two_fitting_candidates_names_nobody() -> None:
    """ "The officer arrested the man after he killed his wife": he may be either, so nobody is named."""
    event = by_trigger(
        events("The officer arrested the man on Monday after he killed his wife in their home."), "killed"
    )
    assert perpetrator(event) is None


@pytest.mark.parametrize("eol", EOLS)
def test_a_pronoun_opening_a_sentence_is_the_actor_of_the_sentence_before(eol: str) -> None:
    """ "The police forces intervened ... They severely injured a woman": the police forces."""
    text = (
        "On 1 May 2020, youths demonstrated in Conakry. The police forces intervened and used teargas. "
        "They severely injured a woman who was not taking part in the demonstration."
    ).replace("\n", eol)
    event = by_trigger(events(text, "2020-05-01"), "injured")
    assert perpetrator(event) == "The police forces"


def test_a_pronoun_after_a_report_names_nobody() -> None:
    """ "Police said gunmen stormed the village. They killed five farmers": the sentence before is a
    report whose subject (police) is not the actor; nothing is named from it."""
    event = by_trigger(
        events("Police said the village was quiet on Monday. They killed five farmers near the river."),
        "killed",
    )
    assert perpetrator(event) is None


def test_a_pronoun_of_another_paragraph_names_nobody() -> None:
    """A pronoun opening a new paragraph is not linked to the sentence before it."""
    found = events("The rebels stormed the town on Monday.\n\nThey killed five farmers.")
    event = by_trigger(found, "killed")
    assert perpetrator(event) is None


def test_a_pronoun_that_died_is_no_perpetrator() -> None:
    """ "The director made 30 films. He died in 2002": he is who died, not who killed."""
    found = events("The director John Smith made 30 films. He died on Monday at his home in Paris.")
    assert all(perpetrator(e) is None for e in found)


def test_the_reporter_of_his_own_wound_is_the_victim() -> None:
    """ "The Palestinian man says he was lightly wounded": the victim is the Palestinian man."""
    event = by_trigger(
        events("The Palestinian man, Ashraf Abu Rahman, says he was lightly wounded at his toe."), "wounded"
    )
    assert event.victims is not None and event.victims.text == "Palestinian man"


def test_a_relative_reporting_a_death_is_not_the_victim() -> None:
    """ "A relative claimed that he was tortured to death": he is someone else."""
    found = events(
        "On 30 April 2020, a prisoner was pronounced dead in Battambang. A relative claimed that he was "
        "tortured to death by prison guards.",
        "2020-04-30",
    )
    assert all(e.victims is None or "relative" not in e.victims.text.lower() for e in found)


def test_a_count_before_the_next_trigger_is_that_trigger_s() -> None:
    """ "1 killed 3 injured": one killed and three injured, not three killed."""
    found = events(
        "On 30 April 2020, a mob attacked a youth and 3 others in Jathol village. 1 killed 3 injured."
    )
    killed = by_trigger(found, "killed")
    wounded = by_trigger(found, "injured")
    assert killed.count is not None and killed.count.value == 1
    assert wounded.count is not None and wounded.count.value == 3


def test_a_count_after_a_trigger_is_still_its_object() -> None:
    """ "killing 9 militants and injuring 7, in X": each count stays with its trigger."""
    found = events("Afghan forces repelled an attack, killing 9 militants and injuring 7, in Yaftali.")
    assert by_trigger(found, "killing").count.value == 9  # type: ignore[union-attr]
    assert by_trigger(found, "injuring").count.value == 7  # type: ignore[union-attr]


def test_the_one_fitting_object_is_the_pronoun_s_antecedent() -> None:
    """ "Police arrested the man after he killed his wife": "he" fits the man, not the police."""
    event = by_trigger(
        events("Police arrested the man on Monday after he killed his wife in their home."), "killed"
    )
    assert perpetrator(event) == "the man"


def test_an_object_of_the_act_the_clause_governs_is_a_candidate() -> None:
    """ "police continued to hunt a gunman after he killed his wife": the gunman."""
    found = events(
        "Australian police on Wednesday continued to hunt a gunman in dense bushland after he killed his "
        "wife and wounded three other people."
    )
    assert perpetrator(by_trigger(found, "killed")) == "a gunman"
    assert perpetrator(by_trigger(found, "wounded")) == "a gunman"


@pytest.mark.parametrize("eol", EOLS)
def test_it_happened_in_places_the_sentence_before(eol: str) -> None:
    """ "Gunmen killed five villagers on Monday. It happened in the village of Kauru": Kauru."""
    text = "Gunmen killed five villagers on Monday.\nIt happened in the village of Kauru.".replace("\n", eol)
    event = by_trigger(events(text), "killed")
    assert event.place_text is not None and event.place_text.text == "Kauru"


def test_it_happened_two_sentences_later_places_nothing() -> None:
    """ "It happened in X" places only the sentence right before it."""
    event = by_trigger(
        events("Gunmen killed five villagers on Monday. Police arrived later. It happened in Kauru."),
        "killed",
    )
    assert event.place_text is None


@pytest.mark.parametrize(
    "text",
    [
        "Two witnesses said the man was killed by police.",
        "One version indicated that the man was killed during the looting.",
        "Three sources confirmed that a soldier was killed on Monday.",
    ],
)
def test_who_reports_a_death_is_not_counted_as_its_victims(text: str) -> None:
    """ "Two witnesses said the man was killed": one death (the man), not two witnesses killed."""
    (event,) = events(text)
    assert event.count is not None and event.count.value == 1
    assert event.victims is not None and event.victims.text in {"man", "soldier"}


@pytest.mark.parametrize(
    "text", ["Five people were said to have been killed.", "Twelve people, the police said, were killed."]
)
def test_a_count_said_of_itself_is_still_the_subject(text: str) -> None:
    """ "Five people were said to have been killed": five killed."""
    (event,) = events(text)
    assert event.count is not None and event.count.value in {5, 12}


@pytest.mark.parametrize("eol", EOLS)
def test_a_retelling_placed_inside_the_told_place_gives_the_more_specific_place(eol: str) -> None:
    """ "killed four guerrillas in a village south of Algiers. The armed militants were shot dead in
    Nahar village 90 km south of Algiers": one killing, placed in Nahar."""
    text = (
        "Algerian security forces killed four Moslem guerrillas on Tuesday in a village south of the "
        "capital Algiers, a newspaper said.\nThe armed militants were shot dead in Nahar village 90 km "
        "south of Algiers, Liberte newspaper said."
    ).replace("\n", eol)
    (event,) = events(text)
    assert event.count is not None and event.count.value == 4
    assert event.place_text is not None and event.place_text.text == "Nahar"


def test_a_killing_elsewhere_stays_its_own_event() -> None:
    """A later killing whose sentence does not write the first place after its own is another one."""
    found = events(
        "Security forces killed four guerrillas on Tuesday in a village south of Algiers. The armed "
        "militants were shot dead in Nahar village near Blida, the newspaper said."
    )
    assert len(found) == 2
