"""The actor of the clause that governs a casualty clause: "X lobbed a grenade at Y, in which three
were injured", "three were killed when gunmen opened fire".

The casualty clause names no actor; the attack it belongs to is told by the clause it hangs on: a
relative clause on the act ("... in which", "... during which"), or a "when" / "after" clause after
it. The attack clause's active subject, when its verb is one of attack (a closed class: "attacked",
"fired", "lobbed", "shelled", "opened fire", "repulsed") and its subject names an actor, is who did
it (the guideline's perpetrator). Two-sided acts ("clashed with", "exchanged fire", "encountered")
are no attack: they name nobody. Session 39 (issue 16).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import Phrase, SyntaxTree
from newsparse_events.actor_heads import with_actor_heads
from newsparse_events.actorless import actorless_harms, with_actor
from newsparse_events.clause_attackers import with_clause_attackers
from newsparse_events.context import Mention
from newsparse_events.lexicon import ACTOR_NOUNS
from newsparse_events.model import Event
from newsparse_events.prior import with_prior_attackers
from newsparse_events.recognise import extract as extract_found
from newsparse_events.trailing_agents import with_trailing_agents

__all__ = ["extract", "with_governing_actors"]

HARM_ROLES: Final = frozenset({"killed", "wounded", "casualties"})
# verbs of one side's attack on another (never a two-sided fight: "clashed", "exchanged", "encountered")
ATTACK_VERBS: Final = frozenset(
    """attacked attack attacks fired opened shot shelled bombed raided stormed ambushed lobbed hurled threw
    targeted detonated launched repulsed repelled stabbed hacked torched assaulted rammed""".split()
)
_CASES: Final = frozenset({"in", "during"})  # "in which", "during which"
_LATER_MARKERS: Final = frozenset({"when", "after"})  # "were killed when gunmen opened fire"
_STOPS: Final = frozenset({";", ":", "said", "says", "but", "while", "because"})
MAX_AFTER: Final = 12  # words from a casualty trigger to its "when" / "after"
_ACTIVE_SUBJECT: Final = ("nsubj",)


def extract(doc: Document) -> Iterator[Event]:
    """The ``events`` layer: the casualty events of :mod:`.recognise`, each harm event still without an
    actor taking the one of the attack clause that governs it."""
    events, mentions = extract_found(doc)  # the mentions its events were found with (session 40: built once)
    if any(e.perpetrator_text is None for e in events):
        events = with_prior_attackers(doc, with_governing_actors(doc, events, mentions), mentions)
        events = with_clause_attackers(doc, events, mentions)  # session 41: "X targeted ..., killing"
        events = with_trailing_agents(doc, events, mentions)  # session 43: "... were injured ... by X"
    yield from with_actor_heads(doc, events)  # session 43: "LNA forces", not the name "LNA" alone


def with_governing_actors(doc: Document, events: Sequence[Event], mentions: Sequence[Mention]) -> list[Event]:
    """The events, each harm event with no actor given the active subject of its governing attack clause."""
    out = list(events)
    for i, event, tree, t in actorless_harms(doc, events, HARM_ROLES):
        subject = _relative_attacker(tree, t) or _later_attacker(tree, t)
        if subject is not None:
            out[i] = with_actor(doc, event, subject, mentions)
    return out


def _lower(tree: SyntaxTree, k: int) -> str:
    return str.lower(tree.words[k].text)


def _actor(tree: SyntaxTree, phrase: Phrase) -> bool:
    """Whether a subject names an actor: a proper name or an actor noun at its head ("militants")."""
    head = tree.words[phrase.head]
    return head.upos == "PROPN" or str.lower(head.text) in ACTOR_NOUNS


def _attacker(tree: SyntaxTree, k: int) -> Phrase | None:
    """The active subject of verb ``k`` if it is an attack verb and the subject an actor."""
    if _lower(tree, k) not in ATTACK_VERBS or tree.dependents(k, "aux:pass", "nsubj:pass"):
        return None
    subject = tree.subject(k, shared=True)
    if subject is None or not _actor(tree, subject) or subject.end > tree.words[k].start:
        return None
    return subject


def _own_actor(tree: SyntaxTree, lo: int, hi: int) -> bool:
    """Whether words ``[lo, hi)`` hold a verb with its own active subject, or a stop: another clause."""
    return any(
        _lower(tree, k) in _STOPS or (tree.words[k].upos == "VERB" and tree.dependents(k, *_ACTIVE_SUBJECT))
        for k in range(lo, hi)
    )


def _relative_attacker(tree: SyntaxTree, t: int) -> Phrase | None:
    """ "X lobbed a grenade at Y ... in which three were injured": X, the subject of the verb before it."""
    which = next(
        (k for k in range(t - 1, 0, -1) if _lower(tree, k) == "which" and _lower(tree, k - 1) in _CASES),
        None,
    )
    if which is None or _own_actor(tree, which + 1, t):
        return None
    for k in range(which - 2, -1, -1):
        if _lower(tree, k) in _STOPS:
            return None
        word = tree.words[k]
        if word.upos == "VERB" and word.deprel not in ("amod", "acl") and tree.subject(k, shared=True):
            return _attacker(tree, k)  # the nearest clause with a subject: an attack's, or nobody's
    return None


def _later_attacker(tree: SyntaxTree, t: int) -> Phrase | None:
    """ "Three were killed when gunmen opened fire": the subject of the "when" / "after" clause's attack."""
    end = min(len(tree.words), t + MAX_AFTER)
    marker = next((k for k in range(t + 1, end) if _lower(tree, k) in _LATER_MARKERS), None)
    if marker is None or _own_actor(tree, t + 1, marker):
        return None
    for k in range(marker + 1, len(tree.words)):
        if _lower(tree, k) in _STOPS:
            return None
        if tree.words[k].upos == "VERB":
            subject = _attacker(tree, k)
            return subject if subject is not None and subject.start > tree.words[marker].start else None
    return None
