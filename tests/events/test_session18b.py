"""Issue 16, session 18 round 2: an object pronoun names the object of the verb it is joined to."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def victims(text: str) -> list[tuple[str, str, int | float | None, str | None]]:
    """(trigger, role, count, victims) of each event of ``text``."""
    layer = newsparse.parse(text, published="1996-08-25").layer("events")
    found = [e for e in layer if isinstance(e, Event)]
    return [
        (e.trigger.text, e.role, e.count.value if e.count else None, e.victims.text if e.victims else None)
        for e in found
    ]


def test_them_after_a_counted_object_is_that_group() -> None:
    """ "dragged 10 men out of their homes and shot them to death": ten men killed (was: no event)."""
    text = "Unidentified gunmen dragged 10 men out of their homes and shot them to death, police said."
    assert victims(text) == [("shot", "killed", 10, "men")]


def test_them_after_an_uncounted_group_is_that_group() -> None:
    """ "seized the villagers and killed them": the villagers (was: no event)."""
    found = victims("Rebels seized the villagers and killed them.")
    assert found == [("killed", "killed", None, "villagers")]


def test_them_after_a_thing_stays_unresolved() -> None:
    """ "seized the trucks and burned them": no person, no casualty."""
    assert victims("Rebels seized the trucks and burned them.") == []


def test_her_before_a_noun_is_a_possessor() -> None:
    """ "killing a woman and injuring her husband": the husband is wounded, not the woman."""
    found = victims("Gunmen fired at the house, killing a woman and injuring her husband.")
    assert ("injuring", "wounded", 1, "woman") not in found


def test_a_hyphenated_participle_keeps_the_subject_as_the_actor() -> None:
    """ "A knife-wielding neighbour invaded a party, killing one girl": the neighbour did it (was: nobody)."""
    text = "A knife-wielding neighbour invaded a party on Friday, killing one girl."
    found = [e for e in newsparse.parse(text).layer("events") if isinstance(e, Event)]
    actors = [e.perpetrator_text.text if e.perpetrator_text else None for e in found]
    assert actors == ["A knife-wielding neighbour"]


def test_a_single_victim_joined_before_a_count_is_its_own_group() -> None:
    """ "A policeman and two civilians were killed": two groups, 1 and 2 (was: the civilians only)."""
    found = victims("A policeman and two civilians were killed in the attack.")
    assert found == [("killed", "killed", 1, "policeman"), ("killed", "killed", 2, "civilians")]


def test_several_opening_a_passive_subject_is_its_count() -> None:
    """ "Several people were also wounded": 3 to 9 people (was: no count)."""
    layer = newsparse.parse("Several people were also wounded, police said.").layer("events")
    found = [(e.count.low, e.count.high, e.victims.text if e.victims else None) for e in layer if e.count]
    assert found == [(3, 9, "people")]
