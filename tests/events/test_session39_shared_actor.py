"""Issue 16, session 39 (evperp): the actor two coordinated harm clauses share (``shared_actor``).

"Rebels killed two soldiers and injured five others"; "a guard was shot dead and two workers were
shot and injured ... by armed men": one clause names who did it, the other, coordinated with it in
the same voice, shares it. A change of voice shares nothing. Passages written for the test: unit
tests, not evidence.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse_events.model import Event
from newsparse_events.shared_actor import with_shared_actors

from .helpers import perpetrators


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 4 May 2020, near Kismayo, Al Shabaab militants claimed to have killed three soldiers "
            "and injured four others.",
            "Al",
        ),
        (
            "On 2 May 2020, in Recife, a guard was shot to death and two workers were shot and injured "
            "in the market by three armed men.",
            "armed men",
        ),
        (
            "On 1 May 2020, a village chief was shot dead while a teacher was wounded in an attack by "
            "suspected clan militiamen in Barangay Lanao.",
            "militiamen",
        ),
    ],
)
def test_coordinated_harm_clauses_share_the_actor(text: str, actor: str) -> None:
    """Both the killed and the wounded take the actor one clause names (the other has none on base)."""
    found = perpetrators(text, published="2020-05-10")
    assert len(found) == 2 and all(p is not None and actor in p for _, p in found)


def test_a_change_of_voice_shares_nothing() -> None:
    """ "Forces killed a commander, while two soldiers were injured": maybe by the other side."""
    found = dict(
        perpetrators(
            "On 3 May 2020, army troops in a gunfight with rebels killed a rebel commander, while two "
            "soldiers were injured in the gunfight.",
            published="2020-05-10",
        )
    )
    assert found.get("injured") is None


def test_another_clause_boundary_shares_nothing() -> None:
    """ "Gunmen killed two villagers; later three were injured": no coordination ties the clauses."""
    found = dict(
        perpetrators(
            "On 3 May 2020, gunmen killed two villagers in Kaduna; three people were injured in a "
            "stampede.",
            published="2020-05-10",
        )
    )
    assert found.get("injured") is None


@given(st.text(alphabet="abc and while were killed injured by men.", max_size=80))
def test_any_text_keeps_every_event(text: str) -> None:
    """The step only fills an actor: the events, their roles and triggers are those it was given."""
    doc = newsparse.parse(text, only=("syntax", "dates", "quantities", "entities", "claims", "events"))
    events = [e for e in doc.layer("events") if isinstance(e, Event)]
    shared = with_shared_actors(doc, events)
    assert [(e.role, e.trigger) for e in shared] == [(e.role, e.trigger) for e in events]
    assert all(a.perpetrator_text is not None for a, b in zip(shared, events, strict=True) if b.perpetrator_text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 6 May 2020, unknown militants lobbed a grenade at a police post in Sopore town in which "
            "three policemen were injured.",
            "militants",
        ),
        (
            "On 7 May 2020, 12 Taliban fighters were killed when Afghan army forces repulsed their attack "
            "in Nawa district.",
            "Afghan army forces",
        ),
        (
            "On 7 May 2020, two policemen were injured after unknown assailants hurled a petrol bomb at a "
            "checkpoint in Jos.",
            "assailants",
        ),
    ],
)
def test_the_governing_attack_clause_names_the_actor(text: str, actor: str) -> None:
    """ "in which" / "when" / "after" under an attack clause: its active subject (none on base)."""
    found = perpetrators(text, published="2020-05-10")
    assert found and all(p is not None and actor in p for _, p in found)


@pytest.mark.parametrize(
    "text",
    [
        "On 1 May 2020, army troops and rebels exchanged fire near Kiwanja in which two soldiers were killed.",
        "On 1 May 2020, five passengers were killed when their bus hit a landmine near Gao.",
        "On 1 May 2020, police encountered armed robbers in Lagos in which two robbers were killed.",
    ],
)
def test_a_two_sided_or_actorless_clause_names_nobody(text: str) -> None:
    """A two-sided act or a means as the subject: no perpetrator."""
    found = perpetrators(text, published="2020-05-10")
    assert found and all(p is None for _, p in found)
