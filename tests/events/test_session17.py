"""Issue 16, session 17: joined objects are victims of their own; the participle's doer."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.annotations import Event

EOLS = ["\n", "\r\n", "\r"]


def victims(text: str) -> list[tuple[str, int | None, str | None]]:
    """(role, count, victims) of each event of ``text``."""
    layer = newsparse.parse(text, published="2020-01-01").layer("events")
    found = [e for e in layer if isinstance(e, Event)]
    return [
        (e.role, e.count.value if e.count is not None else None, e.victims.text if e.victims else None)
        for e in found
    ]


@pytest.mark.parametrize("eol", EOLS)
def test_two_single_objects_joined_by_and_are_two_events(eol: str) -> None:
    """ "Gunmen killed a policeman and a teacher": one event per victim group (was: the policeman only)."""
    text = "News.\n\nGunmen killed a policeman and a teacher on Monday.\n".replace("\n", eol)
    assert victims(text) == [("killed", 1, "policeman"), ("killed", 1, "teacher")]


def test_a_joined_possessed_single_is_its_own_victim() -> None:
    """ "killed a policeman and his wife": two victims."""
    assert victims("News.\n\nGunmen killed a policeman and his wife.\n") == [
        ("killed", 1, "policeman"),
        ("killed", 1, "wife"),
    ]


def test_a_joined_verb_is_no_joined_victim() -> None:
    """ "killed a policeman and wounded two others": the second is another event, not a second victim."""
    assert victims("News.\n\nGunmen killed a policeman and wounded two others.\n") == [
        ("killed", 1, "policeman"),
        ("wounded", 2, "others"),
    ]


def test_a_joined_thing_is_no_victim() -> None:
    """ "killed a man and a dog": the dog is no person."""
    assert victims("News.\n\nHe killed a man and a dog.\n") == [("killed", 1, "man")]


def perpetrators(text: str) -> list[tuple[str, str | None]]:
    """(role, perpetrator as written) of each event of ``text``."""
    layer = newsparse.parse(text, published="2020-01-01").layer("events")
    return [
        (e.role, e.perpetrator_text.text if e.perpetrator_text is not None else None)
        for e in layer
        if isinstance(e, Event)
    ]


@pytest.mark.parametrize("eol", EOLS)
def test_a_person_subject_of_the_main_clause_did_the_participle(eol: str) -> None:
    """ "A farmer opened fire on a crowd, killing three people": the farmer (was: nobody)."""
    text = "News.\n\nA farmer opened fire on a crowd on Friday, killing three people.\n".replace("\n", eol)
    assert perpetrators(text) == [("killed", "A farmer")]


def test_a_plural_person_subject_did_it_too() -> None:
    """ "Two officers opened fire on the crowd, killing three": the officers."""
    assert perpetrators("News.\n\nTwo officers opened fire on the crowd, killing three people.\n") == [
        ("killed", "Two officers")
    ]


def test_a_noun_guessed_by_its_suffix_is_no_actor() -> None:
    """ "Disaster struck ..., killing all 141": "-er" makes no person here."""
    text = "News.\n\nDisaster struck on Thursday when an airliner crashed, killing all 141 people on board.\n"
    assert perpetrators(text) == [("killed", None)]
