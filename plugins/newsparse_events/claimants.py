"""The actor that claims an attack in another sentence: "Al Shabaab claimed responsibility for the attack".

A group that claims responsibility for an attack says it did it: coders take it as the
perpetrator. When a casualty's own clause names no actor, the subject of "claimed
responsibility" in its sentence or the next two (read from the ``syntax`` layer, never the nearest
name) is its perpetrator. A negated or unnamed claimant ("no group has claimed responsibility",
"it claimed responsibility") names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse import Document, Span
from newsparse.syntax import sentence_tree
from newsparse_events.model import Event

__all__ = ["Claimant", "find_claimants", "with_claimant"]

MAX_SENTENCES_AFTER = 2  # sentences from a casualty to the one that claims its attack
CASUALTY_ROLES = frozenset({"killed", "wounded", "casualties", "missing", "abducted"})
_CLAIMED = re.compile(r"\b(?:claimed|claims)\s+(?:the\s+)?(?:sole\s+)?responsibility\b", re.IGNORECASE)
_NOBODY = frozenset("no nobody none it they he she we this that which who".split())
Mention = tuple[int, int, str, str, str | None]


@attrs.frozen
class Claimant:
    """A sentence that names who claimed an attack: its index, the actor's span and entity id."""

    sentence: int
    actor: Span
    ident: str | None


def find_claimants(doc: Document, mentions: Sequence[Mention]) -> list[Claimant]:
    """The subjects of "claimed responsibility" in ``doc``, in text order (named actors only)."""
    out: list[Claimant] = []
    for found in _CLAIMED.finditer(doc.text):
        index = doc.sentence_index(found.start())
        tree = sentence_tree(doc, doc.sentences[index])
        verb = tree.word_at(found.start()) if tree is not None else None
        if tree is None or verb is None or tree.modality(verb).negated:
            continue
        subject = tree.subject(verb, shared=True)
        if subject is None or str.lower(subject.text.split()[0]) in _NOBODY:
            continue
        known = [m for m in mentions if m[0] < subject.end and subject.start < m[1] and m[4] != "demonym"]
        ident = next((m[2] for m in known), None)
        out.append(Claimant(index, Span.of(doc.text, subject.start, subject.end), ident))
    return out


def with_claimant(doc: Document, event: Event, claimants: Sequence[Claimant]) -> Event:
    """The casualty with no actor of its own given the claimant of its attack told just after it."""
    if not claimants or event.perpetrator_text is not None or event.role not in CASUALTY_ROLES:
        return event
    if event.scope != "incident" or event.background:
        return event
    here = doc.sentence_index(event.trigger.start)
    near = [c for c in claimants if 0 <= c.sentence - here <= MAX_SENTENCES_AFTER]
    if len({str.lower(c.actor.text) for c in near}) != 1:
        return event  # none, or rival claims: no one actor
    return attrs.evolve(event, perpetrator=near[0].ident, perpetrator_text=near[0].actor)
