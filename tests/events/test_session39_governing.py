"""Issue 16, session 39 (evperp): the actor of the attack clause that governs a casualty clause.

"X lobbed a grenade at Y ... in which three were injured"; "12 fighters were killed when Afghan forces
repulsed their attack": the casualty clause names no actor, the attack clause's active subject is who
did it (``governing``). Two-sided acts and a means as the subject name nobody. Passages written for
the test: unit tests, not evidence.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse_events.context import mentions_of
from newsparse_events.governing import with_governing_actors
from newsparse_events.model import Event

from .helpers import perpetrators


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
        "On 1 May 2020, army troops and rebels exchanged fire near Kiwanja in which two soldiers died.",
        "On 1 May 2020, five passengers were killed when their bus hit a landmine near Gao.",
        "On 1 May 2020, police encountered armed robbers in Lagos in which two robbers were killed.",
    ],
)
def test_a_two_sided_or_actorless_clause_names_nobody(text: str) -> None:
    """A two-sided act or a means as the subject: no perpetrator."""
    found = perpetrators(text, published="2020-05-10")
    assert found and all(p is None for _, p in found)


@given(st.text(alphabet="abc in which when after were killed injured militants attacked.", max_size=80))
def test_any_text_keeps_every_event(text: str) -> None:
    """The step only fills an actor: the events, their roles and triggers are those it was given."""
    doc = newsparse.parse(text, only=("syntax", "dates", "quantities", "entities", "claims", "events"))
    events = [e for e in doc.layer("events") if isinstance(e, Event)]
    filled = with_governing_actors(doc, events, mentions_of(doc))
    assert [(e.role, e.trigger) for e in filled] == [(e.role, e.trigger) for e in events]
    pairs = zip(filled, events, strict=True)
    assert all(a.perpetrator_text is not None for a, b in pairs if b.perpetrator_text is not None)
