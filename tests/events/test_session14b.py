"""Issue 16, session 14 round 2: a field only where the clause links it to the event (wire text)."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "1996-08-29") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_the_paper_that_reports_a_toll_is_no_perpetrator() -> None:
    """ "The Daily Star said the blast killed seven": the paper reports, it did not kill."""
    (event,) = events("The Daily Star newspaper said the blast killed seven people in the town of Jessore.")
    assert event.count is not None and event.count.value == 7
    assert event.perpetrator_text is None
    assert event.source is not None


def test_the_army_that_says_it_killed_is_still_the_perpetrator() -> None:
    """ "The army said it killed 12 rebels": the pronoun's antecedent did it."""
    (event,) = events("The army said it killed 12 rebels in the hills near Jaffna on Tuesday.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text.endswith("army")


def test_a_saying_date_does_not_date_the_next_sentence() -> None:
    """ "killed four on Tuesday ..., a paper said on Thursday": a retelling is Tuesday's, not Thursday's."""
    found = events(
        "Security forces killed four guerrillas on Tuesday in a village south of the capital, a newspaper "
        "said on Thursday. Two more militants were shot dead in a raid near the border, the paper said."
    )
    later = [e for e in found if e.trigger.text == "shot dead"]
    assert later and later[0].date is not None and later[0].date.value == "1996-08-27"


def test_a_date_right_after_the_cue_times_the_saying() -> None:
    """ "The party said Thursday night it had repelled an attack, killing 40": Thursday is when it said so."""
    (event,) = events(
        "The party said Thursday night it had repelled an attack by its rivals, killing 40 fighters.",
        published="1996-08-23",
    )
    assert event.date is None


def test_a_perfect_tense_in_a_war_is_a_running_total() -> None:
    """ "50,000 people have died in the ethnic war" is a total: no earlier incident's day or place."""
    found = events(
        "Rebels on Tuesday hurled grenades at a police vehicle in the town of Vavuniya, killing two "
        "policemen. "
        "The government says more than 50,000 people have died in the ethnic war, now in its 14th year."
    )
    (total,) = [e for e in found if e.trigger.text == "died"]
    assert total.scope == "cumulative"
    assert total.date is None and total.place_text is None


def test_a_perfect_tense_without_a_war_stays_an_incident() -> None:
    """ "Two people have been killed in a crash on the M1" is one incident."""
    (event,) = events("Two people have been killed in a crash on the M1 motorway near Leicester on Tuesday.")
    assert event.scope == "incident"


def test_a_disease_is_no_perpetrator() -> None:
    """ "An outbreak of cholera has killed 21 people": the disease is no actor."""
    (event,) = events(
        "An outbreak of cholera has killed 21 people in a week at a village in southern Nigeria."
    )
    assert event.count is not None and event.count.value == 21
    assert event.perpetrator_text is None


def test_a_reporting_word_is_no_perpetrator() -> None:
    """ "quoted the minister as saying agents arrested 137 people": "saying" did not arrest anyone."""
    found = events(
        "The daily on Thursday quoted the Intelligence Minister as saying agents arrested 137 people "
        "for spying."
    )
    assert all(e.perpetrator_text is None or e.perpetrator_text.text != "saying" for e in found)
    assert any(e.role == "arrested" for e in found)


def test_a_continent_of_another_clause_is_no_place() -> None:
    """ "arrested two men, but did not believe the case was linked to others in Europe": not in Europe."""
    (event,) = events(
        "Finnish police said on Thursday they had arrested two men after a riot, but did not "
        "believe the case was linked to others in Europe."
    )
    assert event.place_text is None


def test_a_continent_of_the_clause_is_the_place() -> None:
    """ "meningitis has killed some 15,000 people in central Africa this year" happened in Africa."""
    (event,) = events("Bacterial meningitis has killed some 15,000 people in central Africa this year.")
    assert event.place_text is not None and event.place_text.text.endswith("Africa")
