"""Issue 16 on the whole pipeline: single victims, attackers, attempts, joined counts, rivals, roles."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.annotations import Event
from newsparse_events import summarise
from newsparse_events.singles import is_person_noun, single_after, single_before


def events(text: str) -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published="2020-05-06").layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def shown(event: Event) -> tuple[str, int | float | None, str | None]:
    """(role, count value, victims) of an event."""
    return (
        event.role,
        event.count.value if event.count else None,
        event.victims.text if event.victims else None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a police officer in Kabul.", [("killed", 1, "police officer")]),
        ("The clash ended in a shoot-out, resulting in his death.", [("killed", 1, None)]),
        ("A man's body was found in the river near Mosul.", [("killed", 1, "man")]),
        ("Three gunmen shot and killed a farmer.", [("killed", 1, "farmer")]),
        ("A woman was shot dead outside her home.", [("killed", 1, "woman")]),
        ("A farmer and his brother were killed.", [("killed", 1, "farmer"), ("killed", 1, "brother")]),
    ],
)
def test_unnumbered_single_victims_count_one(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert [shown(e) for e in events(text)] == expected


def test_the_attackers_number_is_not_the_count_and_they_are_the_perpetrator() -> None:
    (event,) = events("Three gunmen shot and killed a farmer.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "Three gunmen"


@pytest.mark.parametrize(
    "text",
    [
        "A man attempted to kill the governor.",
        "The militants tried to kill 12 soldiers.",
        "Such a storm could kill thousands of people.",
    ],
)
def test_attempts_and_possibilities_are_no_deaths(text: str) -> None:
    assert [e for e in events(text) if e.role == "killed"] == []


def test_joined_counts_give_one_event_per_group() -> None:
    found = events("12 rebels and 4 soldiers were killed.")
    assert [shown(e) for e in found] == [("killed", 12, "rebels"), ("killed", 4, "soldiers")]


def test_rival_reports_stay_separate_linked_and_are_not_summed() -> None:
    text = (
        "Police said 20 people were killed in the attack. "
        "Hospital officials later said at least 30 people were killed."
    )
    doc = newsparse.parse(text, published="2020-05-06")
    first, second = doc.layer("events")
    assert isinstance(first, Event) and isinstance(second, Event)
    assert [a.start for a in first.alternatives] == [second.start]
    assert [a.start for a in second.alternatives] == [first.start]
    assert len(doc.layer("contested")) == 1
    (row,) = summarise([first, second])
    assert (row.role, row.group, row.scope, row.total, row.events) == ("killed", "people", "incident", 20, 1)


def test_a_restatement_is_one_event() -> None:
    assert [shown(e) for e in events("Three officers died. 3 fatalities.")] == [("killed", 3, "officers")]


def test_a_subset_is_no_rival_figure() -> None:
    doc = newsparse.parse("Ten people were wounded. Six of the wounded were Israeli.", published="2020-05-06")
    assert [shown(e) for e in doc.layer("events")] == [("wounded", 10, "people")]  # type: ignore[arg-type]
    assert doc.layer("contested") == ()


def test_a_running_total_is_cumulative_with_its_period_and_no_incident_date() -> None:
    (event,) = events("The war has killed at least 250,000 people since 2011.")
    assert event.scope == "cumulative" and event.period is not None and event.period.text == "since 2011"
    assert event.date is None and event.perpetrator_text is None
    (row,) = summarise([event])
    assert row.scope == "cumulative" and row.total == 250000


def test_instrument_is_not_the_perpetrator_and_place_comes_from_the_clause() -> None:
    (killed, wounded) = events(
        "A car bomb killed 12 soldiers and wounded 30 civilians in Kabul on Monday, police said."
    )
    for event in (killed, wounded):
        assert event.instrument is not None and event.instrument.text == "car bomb"
        assert event.perpetrator is None and event.perpetrator_text is None
        assert event.place_text is not None and event.place_text.text == "Kabul"


def test_a_place_inside_the_instrument_phrase_is_no_perpetrator_and_a_base_no_place() -> None:
    text = (
        "Bomb blasts in a southern district of Damascus killed 5 people, "
        "the Britain-based Syrian Observatory said."
    )
    (event,) = events(text)
    assert event.perpetrator_text is None
    assert event.place_text is None or event.place_text.text != "Britain"


def test_a_nationality_is_no_place() -> None:
    (event,) = events("Five US soldiers were killed in Iraq.")
    assert event.place_text is not None and event.place_text.text == "Iraq"


def test_the_narrative_gives_the_place_of_a_later_sentence() -> None:
    text = "On 9 May 2020, in Celaya, Guanajuato, armed men attacked a police patrol. Three officers died."
    (event,) = events(text)
    assert event.place_text is not None and event.place_text.text == "Celaya, Guanajuato"


def test_old_json_without_the_new_fields_still_loads() -> None:
    doc = newsparse.parse("Three officers died.", published="2020-05-06")
    data = json.loads(doc.to_json())
    for event in data["layers"]["events"]:
        for name in ("instrument", "scope", "period", "alternatives", "background", "areas"):
            event.pop(name, None)
    again = newsparse.Document.from_json(json.dumps(data))
    (event,) = again.layer("events")
    assert isinstance(event, Event) and event.scope == "incident" and event.alternatives == ()
    assert event.background is False and event.areas == ()


WORDS = st.sampled_from(
    "a an the his one man woman farmer brother police officer killed was were died and , . in by 3 gunmen "
    "her him he she body 's shot dead to death".split()
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=14))
def test_single_victim_readers_never_fail_and_stay_inside(words: list[str]) -> None:
    text = " ".join(words)
    doc = newsparse.Document(text=text)
    tokens = doc.token_columns
    n = len(tokens.texts)
    for k in range(n + 1):
        for found in (single_after(text, tokens, k, n), single_before(text, tokens, 0, k)):
            if found is not None:
                det, phrase = found
                assert (
                    text[det.start : det.end] == det.text and text[phrase.start : phrase.end] == phrase.text
                )


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz'", max_size=12))
def test_person_nouns_are_decided_for_any_word(word: str) -> None:
    assert isinstance(is_person_noun(word), bool)


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("The forces responded, killing several soldiers.", (3, 9)),
        ("Clashes in the town have left several injured.", (3, 9)),
        ("Jets struck the camp, killing an unspecified number of fighters.", (2, None)),
    ],
)
def test_vague_counts_keep_their_bounds(text: str, bounds: tuple[int, int | None]) -> None:
    (event,) = events(text)
    assert event.count is not None and (event.count.value, event.count.low, event.count.high) == (
        None,
        *bounds,
    )


def test_a_negated_toll_is_no_event() -> None:
    assert events("Clashes broke out in the town. No fatalities were reported.") == []
