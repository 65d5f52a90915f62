"""Issue 16, session 9 second round: victims that are a plural person noun the lexicon does not list."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.annotations import Event
from newsparse_events.victims import plural_person


def events(text: str) -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published="2020-05-08").layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Several vendors were injured in the clashes.", "vendors"),
        ("Many supporters were also hurt when police charged.", "supporters"),
        ("Police arrested tailors who had no working ID.", "tailors"),
        ("Two tribesmen were killed in the raid.", "tribesmen"),
        ("Fans were injured when the stand collapsed.", "Fans"),
    ],
)
def test_an_unlisted_plural_person_noun_is_the_victim_group(text: str, victims: str) -> None:
    """The subject of a passive trigger, or the object of an active one, names who was hit."""
    (event,) = events(text)
    assert event.victims is not None and event.victims.text == victims


def test_a_fan_is_a_single_victim() -> None:
    """ "fan" is a person noun: "a fan was injured" is one victim."""
    (event,) = events("A fan was injured when the stand collapsed.")
    assert event.count is not None and event.count.value == 1
    assert event.victims is not None and event.victims.text == "fan"


@pytest.mark.parametrize(
    "text",
    [
        "The film hurt religious sentiments across the country.",
        "The buildings were damaged in the storm.",
    ],
)
def test_a_plural_thing_is_no_victim_group(text: str) -> None:
    """A plural that names no person ("sentiments", "buildings") makes no event of its own."""
    assert events(text) == []


def test_plural_person_nouns_are_guessed_from_their_singular() -> None:
    """Listed or suffixed singulars count; things and words ending in "-ment" do not."""
    assert plural_person("supporters") and plural_person("pilgrims") and plural_person("fishermen")
    assert not plural_person("sentiments") and not plural_person("numbers") and not plural_person("glass")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=14))
def test_plural_person_decides_any_word(word: str) -> None:
    """Any lower-case word gets an answer, and a word without a plural ending is never a plural person."""
    answer = plural_person(word)
    assert isinstance(answer, bool)
    assert not answer or word.endswith(("s", "men"))
