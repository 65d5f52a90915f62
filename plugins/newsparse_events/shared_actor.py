"""The actor two coordinated casualty clauses of one sentence share: "X killed 2 and injured 5".

"Al Shabaab militants claimed to have killed two soldiers and injured five others"; "an adolescent
was shot to death and two children were shot and injured ... by four armed men": one clause of the
pair names who did it (the subject of the first active verb, the "by" agent of a passive), the
other, coordinated with it by "and" or "while" in the same voice, leaves it to be shared. The
guideline's perpetrator is the actor who did it: the clause that names none takes the one its
coordinated clause names. A change of voice ("forces killed a commander, while two soldiers were
injured in the encounter") shares nothing: the other side may have done it. Session 39 (issue 16).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from newsparse import Document, Span
from newsparse_events.context import mentions_of
from newsparse_events.governing import with_governing_actors
from newsparse_events.model import Event
from newsparse_events.recognise import extract as extract_found

__all__ = ["extract", "with_shared_actors"]

HARM_ROLES: Final = frozenset({"killed", "wounded", "casualties"})
MAX_GAP: Final = 150  # characters between the two triggers: one sentence's coordinated clauses
# the two clauses joined by a coordinator, no clause boundary of another kind between them
_COORDINATOR: Final = re.compile(r"\b(?:and|while)\b", re.IGNORECASE)
_BOUNDARY: Final = re.compile(r"[;:]|\b(?:but|after|before|when|whereas|said|says)\b", re.IGNORECASE)
# a passive clause: a form of "be" up to two words before the trigger ("were shot and injured")
_PASSIVE: Final = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# an active conjunct taking the first verb's subject: "and injured", "and also wounded"
_BARE_CONJUNCT: Final = re.compile(r"\b(?:and|while)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$", re.IGNORECASE)
_BEFORE: Final = 40  # characters before a trigger read for its voice


def extract(doc: Document) -> Iterator[Event]:
    """The ``events`` layer: the casualty events of :mod:`.recognise`, each sharing a coordinated actor,
    then each still without one taking its governing attack clause's (:mod:`.governing`)."""
    events = with_shared_actors(doc, list(extract_found(doc)))
    if any(e.perpetrator_text is None for e in events):
        events = with_governing_actors(doc, events, mentions_of(doc))
    yield from events


def with_shared_actors(doc: Document, events: Sequence[Event]) -> list[Event]:
    """The events, each harm event with no actor given the one its coordinated clause names."""
    out = list(events)
    for i, event in enumerate(events):
        if event.perpetrator_text is not None or event.role not in HARM_ROLES or event.scope != "incident":
            continue
        donor = next((d for d in events if _shares(doc, d, event)), None)
        if donor is not None:
            out[i] = attrs.evolve(event, perpetrator=donor.perpetrator, perpetrator_text=donor.perpetrator_text)
    return out


def _passive(doc: Document, trigger: Span) -> bool:
    """Whether the trigger's clause is passive: a form of "be" just before it ("were shot and injured")."""
    return _PASSIVE.search(doc.text, max(0, trigger.start - _BEFORE), trigger.start) is not None


def _shares(doc: Document, donor: Event, event: Event) -> bool:
    """Whether ``donor``'s actor is ``event``'s too: two harm clauses of one sentence, coordinated, one voice."""
    actor = donor.perpetrator_text
    if actor is None or donor.role not in HARM_ROLES or donor.trigger.start == event.trigger.start:
        return False
    first, second = sorted((donor.trigger, event.trigger), key=lambda t: t.start)
    if second.start - first.end > MAX_GAP or doc.sentence_index(first.start) != doc.sentence_index(second.start):
        return False
    if doc.sentence_index(actor.start) != doc.sentence_index(donor.trigger.start):
        return False  # the donor's actor from another sentence: no clause of this one names it
    gap = doc.text[first.end : second.start]
    if not _COORDINATOR.search(gap) or _BOUNDARY.search(gap):
        return False
    passive = _passive(doc, donor.trigger)
    if passive != _passive(doc, event.trigger):
        return False  # "forces killed X, while two soldiers were injured": maybe by the other side
    if passive:
        return actor.start >= donor.trigger.end  # the donor's "by" agent
    # active: the subject of the first verb, shared by a bare conjunct ("killed 2 and injured 5")
    bare = _BARE_CONJUNCT.search(doc.text, max(0, event.trigger.start - _BEFORE), event.trigger.start)
    return donor.trigger is first and actor.end <= first.start and bare is not None
