"""Issue 16, session 13 round 3: the actor of an incident told in an earlier sentence that the
casualty's sentence refers back to ("the attack", "the blast", "it")."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str | None = "2020-05-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def actors(text: str) -> list[str | None]:
    """The perpetrator phrase of each killed or wounded event."""
    found = [e for e in events(text) if e.role in {"killed", "wounded"}]
    return [e.perpetrator_text.text if e.perpetrator_text is not None else None for e in found]


def test_actor_of_the_attack_told_before() -> None:
    """The attack the deaths refer to was the militants'."""
    text = (
        "Al-Shabaab militants attacked a military base in Somalia. "
        "Four soldiers were killed in the attack."
    )
    # session 43 (evother): the actor's phrase, not the name that premodifies its noun
    assert actors(text) == ["Al-Shabaab militants"]


def test_agent_of_a_passive_attack_told_before() -> None:
    """ "was attacked by gunmen" gives the gunmen to "the attack"."""
    text = "A police convoy was attacked by gunmen near Kano. Two officers were killed in the attack."
    assert actors(text) == ["gunmen"]


def test_no_actor_without_a_reference_back() -> None:
    """Deaths that do not refer to the attack told before take no actor from it."""
    text = "Rebels attacked a military base in the north. Four soldiers died of cholera in the capital."
    assert actors(text) == [None]


def test_no_actor_from_another_paragraph() -> None:
    """A paragraph break ends the incident told before."""
    text = "Rebels attacked a military base in the north.\n\nFour soldiers were killed in the attack."
    assert actors(text) == [None]


def test_no_actor_from_another_days_attack() -> None:
    """An attack told with another date is another incident."""
    text = (
        "Rebels attacked a military base on 3 January 2019. "
        "Four soldiers were killed in the attack on 5 May 2020."
    )
    assert actors(text) == [None]


def test_no_actor_for_a_repulsed_attack() -> None:
    """Casualties inflicted while repulsing the attack are not the attackers' doing."""
    text = (
        "Government troops attacked rebel positions at Buaji. "
        "The rebels said they repulsed the attack and inflicted casualties upon the troops."
    )
    assert actors(text) in ([], [None])


def test_no_actor_from_a_passive_subject() -> None:
    """The subject of "were shot" was shot: no actor of the shooting."""
    text = "Six people were shot in Zapopan. Two of them were killed in the shooting."
    assert None in actors(text) or not actors(text)
