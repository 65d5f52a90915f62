"""Issue 16, session 40 (evacled): a bare toll takes the attacker of the sentence right before it.

"Armed men shot at a man in a store. The owner was injured.": the toll's sentence names no actor, the
sentence before tells the attack (``prior``). Nothing is taken across a paragraph, from a sentence of
another date, when the victims are the attacker's own side, or when the toll's sentence has a subject
of its own. Passages written for the test: unit tests, not evidence.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse_events.context import mentions_of
from newsparse_events.model import Event
from newsparse_events.prior import with_prior_attackers

from .helpers import perpetrators


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "On 3 May 2020, in Celaya, armed men driving a car carried out a drive-by shooting against a "
            "grocer. The grocer died.",
            "armed men",
        ),
        (
            "On 2 May 2020, the separatist forces fired mortars at army positions near Vodiane. During the "
            "day, three soldiers were wounded.",
            "separatist forces",
        ),
        ("On 6 May 2020, a farmer was stabbed by three bandits in Zuru. The farmer was injured.", "bandits"),
    ],
)
def test_the_attacker_of_the_sentence_before(text: str, actor: str) -> None:
    """An attack verb's active subject or passive "by" actor in the sentence right before (none on base)."""
    found = perpetrators(text, published="2020-05-10")
    assert found and all(p is not None and actor in p for _, p in found)


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2020, militants attacked an army base in Gao. Five militants were killed.",
        "On 2 May 2020, gunmen attacked a village near Jos.\n\nOn 4 May 2020, two farmers died in Bauchi.",
        "On 2 May 2020, gunmen attacked a village near Jos. Police said that 5 people were killed.",
        "On 2 May 2020, the army and rebels clashed near Beni. Two civilians were wounded.",
        "On 2 May 2020, 40 gunmen stormed Gao. Reports that civilians had been killed prompted an inquiry.",
        "On 2 May 2020, rebels attacked a base in Gao. Four soldiers died of cholera in the capital.",
        "On 2 May 2020, militants attacked a checkpoint. He killed three policemen.",
    ],
)
def test_no_attacker_from_the_own_side_another_paragraph_or_a_two_sided_fight(text: str) -> None:
    """The victims are the attackers, another paragraph, a toll with its own subject, a clash: nobody."""
    found = perpetrators(text, published="2020-05-10")
    assert all(p is None for _, p in found)


@given(st.text(alphabet="abc. gunmen attacked shot by were killed died injured the victim.\n", max_size=80))
def test_any_text_keeps_every_event(text: str) -> None:
    """The step only fills an actor: the events, their roles and triggers are those it was given."""
    doc = newsparse.parse(text, only=("syntax", "dates", "quantities", "entities", "claims", "events"))
    events = [e for e in doc.layer("events") if isinstance(e, Event)]
    filled = with_prior_attackers(doc, events, mentions_of(doc))
    assert [(e.role, e.trigger) for e in filled] == [(e.role, e.trigger) for e in events]
    pairs = zip(filled, events, strict=True)
    assert all(a.perpetrator_text == b.perpetrator_text for a, b in pairs if b.perpetrator_text is not None)
