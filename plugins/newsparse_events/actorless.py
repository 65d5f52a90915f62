"""The harm events that still lack an actor, each with its sentence's tree and trigger word, and the
step that gives one an actor phrase: shared by the readers that look for an attacker in the clause
structure (``governing``'s relative and later clauses, ``clause_attackers``' participles)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

import attrs

from newsparse import Document, Span
from newsparse.syntax import Phrase, SyntaxTree, sentence_tree
from newsparse_events.actors import ACTOR_KINDS
from newsparse_events.context import Mention
from newsparse_events.model import Event
from newsparse_events.places import as_mention

__all__ = ["actorless_harms", "with_actor"]


def actorless_harms(
    doc: Document, events: Sequence[Event], roles: Collection[str]
) -> Iterator[tuple[int, Event, SyntaxTree, int]]:
    """Each incident event of one of ``roles`` with no perpetrator, as (its index in ``events``, the
    event, its sentence's tree, its trigger's word there); each sentence is analysed once."""
    trees: dict[int, SyntaxTree | None] = {}
    for i, event in enumerate(events):
        if event.perpetrator_text is not None or event.role not in roles or event.scope != "incident":
            continue
        here = doc.sentence_index(event.trigger.start)
        if here >= len(doc.sentences):
            continue
        if here not in trees:
            trees[here] = sentence_tree(doc, doc.sentences[here])
        tree = trees[here]
        t = None if tree is None else tree.word_at(event.trigger.start)
        if tree is not None and t is not None:
            yield i, event, tree, t


def with_actor(doc: Document, event: Event, subject: Phrase, mentions: Sequence[Mention]) -> Event:
    """``event`` with ``subject`` as its perpetrator text, and the actor entity the phrase names."""
    span = Span.of(doc.text, subject.start, subject.end)
    actor = as_mention(span, mentions, ACTOR_KINDS)
    return attrs.evolve(event, perpetrator=actor[2] if actor is not None else None, perpetrator_text=span)
