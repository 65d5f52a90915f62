"""The attacker of the sentence before, for a bare toll that follows it: "Armed men shot at a man in a
store. The owner was injured." (session 40, issue 16).

A casualty sentence with no actor of its own (a passive or intransitive toll: "The victim died", "Four
soldiers were wounded", "2 fatalities") that
directly follows, in its paragraph, a sentence whose attack verb has an active subject naming an actor
("gunmen attacked", "the rebels fired mortars at", "armed men carried out a drive-by shooting"), or a
passive one a "by" phrase naming one ("a man was shot by two armed individuals"), tells that attack's
harm: its perpetrator is that actor (the guideline's "who did it"). Nothing is taken when the toll's own
sentence has a verb with another subject (the trigger's own too: "He killed three policemen"), the toll
is a clause under another verb ("Reports that civilians had been killed prompted an inquiry"), the toll
names a cause of its own ("died of cholera") or names "the incident" (whose actor ``earlier`` leaves
unsaid), when the victims are the attacker's own side ("Militants attacked the base. Five militants were
killed": the defenders killed them), or when the sentence before is dated otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import attrs

from newsparse import Document, Span
from newsparse.syntax import Phrase, SyntaxTree, sentence_tree
from newsparse_events.actors import ACTOR_KINDS
from newsparse_events.context import Mention
from newsparse_events.lexicon import ACTOR_NOUNS, INSTRUMENTS, LINE_BREAKS
from newsparse_events.model import Event
from newsparse_events.places import as_mention
from newsparse_events.prior_means import attack_means

__all__ = ["with_prior_attackers"]

HARM_ROLES: Final = frozenset({"killed", "wounded", "casualties"})
# verbs of one side's attack on another; never a two-sided fight ("clashed", "exchanged fire")
ATTACK_VERBS: Final = frozenset(
    """attacked fired shot shelled bombed raided stormed ambushed lobbed hurled threw targeted detonated
    stabbed hacked assaulted pelted""".split()
)
# verbs that carry out an attack named by their object: "carried out a drive-by shooting"
DOING_VERBS: Final = frozenset("carried conducted launched staged".split())
_ATTACK_NOUNS: Final = frozenset(w for phrase in INSTRUMENTS for w in phrase.split()) | frozenset(
    "attack attacks assault offensive strike strikes bombardment bombardments".split()
)
_INTRANSITIVE: Final = frozenset("died dies die".split())
_VERB_WORDS: Final = ATTACK_VERBS | DOING_VERBS
_WORD: Final = re.compile(r"[a-z]+")
_WOUNDS: Final = frozenset("wounds wound injuries injury gunshot gunshots bullet bullets burns".split())
_INCIDENT: Final = re.compile(r"\b(?:the|this|that) incident\b", re.IGNORECASE)
_BE: Final = frozenset("is are was were be been being".split())


def _lower(tree: SyntaxTree, k: int) -> str:
    return str.lower(tree.words[k].text)


def _passive(tree: SyntaxTree, k: int) -> bool:
    """Whether verb ``k`` is passive: a passive relation, or a form of "be" before a participle."""
    if tree.dependents(k, "aux:pass", "nsubj:pass"):
        return True
    be = any(_lower(tree, a) in _BE for a in tree.dependents(k, "aux"))
    return be and not _lower(tree, k).endswith("ing")


def _attack_verb(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` is a verb of attack, or of carrying out an attack its object names."""
    if tree.words[k].upos != "VERB":
        return False
    if _lower(tree, k) in ATTACK_VERBS:
        return True
    return _lower(tree, k) in DOING_VERBS and any(
        _lower(tree, o) in _ATTACK_NOUNS for o in tree.dependents(k, "obj", "obl")
    )


def _doer(tree: SyntaxTree, k: int) -> Phrase | None:
    """Who does attack verb ``k``: its active subject, or a passive's "by" phrase ("shot by armed men")."""
    if not _passive(tree, k):
        subject = tree.subject(k, shared=True)
        return subject if subject is not None and subject.end <= tree.words[k].start else None
    for a in tree.dependents(k, "obl:agent", "obl"):
        if any(_lower(tree, c) == "by" for c in tree.dependents(a, "case")):
            return tree.noun_phrase(a)
    return None


def _attacker(tree: SyntaxTree) -> Phrase | None:
    """Who made the sentence's first attack, when it names an actor: a proper name or an actor noun."""
    for k in range(len(tree.words)):
        if not _attack_verb(tree, k):
            continue
        doer = _doer(tree, k)
        if doer is None:
            return None
        head = tree.words[doer.head]
        return doer if head.upos == "PROPN" or str.lower(head.text) in ACTOR_NOUNS else None
    return None


def _own_actor(tree: SyntaxTree, triggers: frozenset[int], victims: Sequence[Span]) -> bool:
    """Whether the toll's sentence has a verb with an active subject of its own: any verb's but "died"'s,
    a trigger's only when it is not the victims or a number ("He killed three"; "4 injured": none)."""
    for k, word in enumerate(tree.words):
        if word.upos != "VERB" or _lower(tree, k) in _INTRANSITIVE:
            continue
        for d in tree.dependents(k, "nsubj"):
            at = tree.words[d].start
            if k not in triggers or not (
                tree.words[d].upos == "NUM" or any(v.start <= at < v.end for v in victims)
            ):
                return True
    return False


def _own_cause(tree: SyntaxTree, t: int) -> bool:
    """Whether the trigger names a cause of its own ("died of cholera", "from illness"), not a wound."""
    for d in tree.dependents(t, "obl", "nmod"):
        cases = {_lower(tree, c) for c in tree.dependents(d, "case")}
        if cases & {"of", "from"} and _lower(tree, d) not in _WOUNDS:
            return True
    return False


def _main_clause(tree: SyntaxTree, t: int) -> bool:
    """Whether trigger word ``t`` heads its sentence or a conjunct of its head: the toll is what the
    sentence tells, not a clause under another verb ("Reports that civilians had been killed prompted")."""
    head = tree.words[t].head
    return head is None or (tree.words[t].deprel == "conj" and tree.words[head].head is None)


def _same_side(doc: Document, event: Event, subject: Phrase) -> bool:
    """Whether the victims share a word with the attacker ("militants" killed after "militants attacked")."""
    if event.victims is None:
        return False
    words = set(str.lower(doc.text[subject.start : subject.end]).split())
    return not words.isdisjoint(str.lower(event.victims.text).split())


def _other_date(doc: Document, event: Event, start: int, end: int) -> bool:
    """Whether the sentence ``[start, end)`` is dated otherwise than the event: another incident."""
    value = event.date.value if event.date is not None else None
    return value is not None and any(
        t.value is not None
        and start <= t.start < end
        and not (t.value.startswith(value) or value.startswith(t.value))
        for t in doc.dates
    )


def with_prior_attackers(doc: Document, events: Sequence[Event], mentions: Sequence[Mention]) -> list[Event]:
    """The events, each bare toll with no actor given the attacker of the sentence right before it."""
    out = list(events)
    for i, event in enumerate(events):
        if event.perpetrator_text is not None or event.role not in HARM_ROLES or event.scope != "incident":
            continue
        here = doc.sentence_index(event.trigger.start)
        if here == 0 or here >= len(doc.sentences):
            continue
        before, own = doc.sentences[here - 1], doc.sentences[here]
        if not LINE_BREAKS.isdisjoint(doc.text[before.end : own.start]):
            continue  # another paragraph
        if _VERB_WORDS.isdisjoint(_WORD.findall(str.lower(doc.text[before.start : before.end]))):
            continue  # no attack verb: the sentence before is not analysed (its syntax costs)
        tree = sentence_tree(doc, own)  # analysed already: the governing clause was looked for there
        if tree is None:
            continue
        triggers = frozenset(
            k
            for e in events
            if own.start <= e.trigger.start < own.end
            for k in [tree.word_at(e.trigger.start)]
            if k is not None
        )
        t = tree.word_at(event.trigger.start)
        victims = [
            e.victims for e in events if e.victims is not None and own.start <= e.trigger.start < own.end
        ]
        if (
            t is None
            or not _main_clause(tree, t)
            or _own_actor(tree, triggers, victims)
            or _own_cause(tree, t)
        ):
            continue
        if _INCIDENT.search(doc.text, own.start, own.end):
            continue  # "killed in the incident": the earlier sentence's means only (``earlier``)
        prior = sentence_tree(doc, before)
        if prior is None:
            continue
        subject = _attacker(prior)
        if (
            subject is None
            or _same_side(doc, event, subject)
            or _other_date(doc, event, before.start, before.end)
        ):
            continue
        span = Span.of(doc.text, subject.start, subject.end)
        actor = as_mention(span, mentions, ACTOR_KINDS)
        verb = next(k for k in range(len(prior.words)) if _attack_verb(prior, k))
        out[i] = attrs.evolve(
            event,
            perpetrator=actor[2] if actor is not None else None,
            perpetrator_text=span,
            instrument=event.instrument or attack_means(doc, prior, verb),
        )
    return out
