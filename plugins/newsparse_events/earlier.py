"""The actor an earlier sentence names for the incident a casualty's sentence refers back to.

"Rebels attacked a convoy near Gao. Three soldiers were killed in the attack": the sentence of the
deaths refers to its incident by a definite noun ("the attack", "the blast", "the raid") or by
"it" ("It killed three"), and the nearest earlier sentence of the paragraph (up to two back) that
tells an attack names who made it, as the subject of an attack verb or the agent of a passive one.
The guideline's perpetrator is the actor who did it; a sentence about another incident (another
date) gives nothing. The means that sentence's attack verb takes ("detonated a bomb", "hurled hand
grenades at a police vehicle") is the toll's instrument when its own clause names none ("Four
persons were killed in the incident").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsparse import Document, Span
from newsparse.syntax import SyntaxTree, datelines, sentence_tree
from newsparse_events.actors import ACTOR_KINDS, PLACE_KINDS, placed_name
from newsparse_events.lexicon import ACTOR_NOUNS, LINE_BREAKS
from newsparse_events.model import Event
from newsparse_events.roles import instrument_in

__all__ = ["with_earlier_actor"]

MAX_BACK = 2  # sentences before the casualty's where its incident may be told
MAX_REFERENCE_BEFORE = 40  # characters before the trigger where its clause may name the incident
MAX_REFERENCE_AFTER = 50  # the same after it ("were killed on Monday in the attack")
CASUALTY_ROLES = frozenset({"killed", "wounded", "casualties"})
# the casualty's clause naming its incident as one told before: "in the attack", "the blast killed"
_REFERS = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|blast|raid|strike|airstrike|bombing|shooting|explosion|"
    r"ambush|assault|shelling)\b",
    re.IGNORECASE,
)
# the same for the means only: "killed in the incident" names the incident, not who made it
_REFERS_MEANS = re.compile(r"\b(?:the|this|that)\s+incident\b", re.IGNORECASE)
_TOLD_VICTIM = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_REPELLED = frozenset("repelled repulsed repulse repel thwarted foiled".split())
_IT_BEFORE = re.compile(r"\bit\s+(?:also\s+|had\s+|has\s+)?$", re.IGNORECASE)
ATTACK_VERBS = frozenset(
    "attack attacked attacks bombed shelled raided ambushed stormed struck fired launched shot opened "
    "detonated targeted hurled threw lobbed".split()
)
_BE = frozenset("is are was were be been being".split())
Mention = tuple[int, int, str, str, str | None]


def _refers_back(doc: Document, event: Event, start: int, end: int) -> bool:
    """Whether the casualty's clause names its incident as one told ("killed in the attack", "it killed").

    The reference stands near the trigger in its sentence ``[start, end)``; an attack "repulsed" by
    the victims' side was made by the other side.
    """
    trigger = event.trigger
    lo, hi = max(start, trigger.start - MAX_REFERENCE_BEFORE), min(end, trigger.end + MAX_REFERENCE_AFTER)
    for found in _REFERS.finditer(doc.text, lo, hi):
        if not _REPELLED & set(str.lower(doc.text[max(start, found.start() - 30) : found.start()]).split()):
            return True
    return _IT_BEFORE.search(doc.text, max(start, trigger.start - 16), trigger.start) is not None


def _actor_of(phrase_start: int, phrase_end: int, head: str, mentions: Sequence[Mention]) -> Mention | None:
    """The actor named in a subject or agent phrase: its entity mention, else an actor noun ("gunmen")."""
    for m in mentions:
        if phrase_start <= m[0] and m[1] <= phrase_end and m[3] in ACTOR_KINDS and m[4] != "demonym":
            return m
    if str.lower(head) in ACTOR_NOUNS:
        return (phrase_start, phrase_end, "", "GROUP", None)
    return None


def _means(doc: Document, tree: SyntaxTree) -> Span | None:
    """The means an attack verb of the sentence takes as its object or oblique ("detonated a bomb",
    "hurled hand grenades", "attacked the convoy with rockets"): the instrument phrase inside it."""
    for k, word in enumerate(tree.words):
        if word.upos != "VERB" or str.lower(word.text) not in ATTACK_VERBS or _passive(tree, k):
            continue
        for head in tree.dependents(k, "obj", "obl"):
            phrase = tree.noun_phrase(head)
            found = instrument_in(doc.text, phrase.start, phrase.end)
            if found is not None:
                return found
    return None


def _attacker(doc: Document, tree: SyntaxTree, mentions: Sequence[Mention]) -> tuple[bool, Mention | None]:
    """(whether the sentence tells an attack, its actor): the subject of an attack verb, a passive's agent."""
    told = False
    for k, word in enumerate(tree.words):
        if word.upos != "VERB" or str.lower(word.text) not in ATTACK_VERBS:
            continue
        told = True
        passive = _passive(tree, k)  # "6 people were shot": the subject was hit
        active = () if passive else tree.dependents(k, "nsubj")
        agents = [a for a in tree.dependents(k, "obl:agent", "obl") if _by(tree, a)]
        for head in active[:1] + tuple(agents[:1]):
            phrase = tree.noun_phrase(head)
            found = _actor_of(phrase.start, phrase.end, tree.words[head].text, mentions)
            if found is not None and not (found[3] in PLACE_KINDS and placed_name(doc.text, found[0])):
                return True, found
    return told, None


def _passive(tree: SyntaxTree, k: int) -> bool:
    """Whether verb ``k`` is passive: a passive auxiliary, or a form of "be" before a participle."""
    if tree.dependents(k, "aux:pass"):
        return True
    be = any(str.lower(tree.words[a].text) in _BE for a in tree.dependents(k, "aux"))
    return be and not str.lower(tree.words[k].text).endswith("ing")


def _by(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` is introduced by "by" (a passive's agent)."""
    return any(str.lower(tree.words[c].text) == "by" for c in tree.dependents(k, "case"))


def _wire(doc: Document) -> bool:
    """Whether the document is a wire story (a dateline near its start): a paragraph per sentence."""
    return bool(datelines(doc.text, doc.sentences[:4]))


def _other_date(doc: Document, event: Event, start: int, end: int) -> bool:
    """Whether the earlier sentence ``[start, end)`` is dated otherwise than the event: another incident."""
    value = event.date.value if event.date is not None else None
    if value is None:
        return False
    return any(
        t.value is not None
        and start <= t.start < end
        and not (t.value.startswith(value) or value.startswith(t.value))
        for t in doc.dates
    )


def with_earlier_actor(doc: Document, event: Event, mentions: Sequence[Mention]) -> Event:
    """The casualty event with the actor of the earlier sentence telling its incident, if its own has none.

    ``mentions`` are the document's entity mentions sorted by start.
    """
    needs_actor, needs_means = event.perpetrator_text is None, event.instrument is None
    if not (needs_actor or needs_means) or event.role not in CASUALTY_ROLES or event.scope != "incident":
        return event
    here = doc.sentence_index(event.trigger.start)
    own = doc.sentences[here]
    if not _refers_back(doc, event, own.start, own.end):
        if needs_actor and _victim_told(doc, event):
            needs_means = False  # "The victim died": the one an earlier sentence's attacker hit
        elif not needs_means or not _names_incident(doc, event, own.start, own.end):
            return event
        else:
            needs_actor = False
    for i in range(here - 1, max(-1, here - 1 - MAX_BACK), -1):
        sentence = doc.sentences[i]
        gap = doc.text[sentence.end : doc.sentences[i + 1].start]
        if not LINE_BREAKS.isdisjoint(gap) and (i < here - 1 or not _wire(doc)):
            return event  # another paragraph (a wire story gives a sentence one: the one before may tell it)
        tree = sentence_tree(doc, sentence)
        if tree is None:
            continue
        first = bisect.bisect_left(mentions, sentence.start, key=lambda m: m[0])
        last = bisect.bisect_left(mentions, sentence.end, key=lambda m: m[0])
        told, actor = _attacker(doc, tree, mentions[first:last])
        if not told:
            continue
        if _other_date(doc, event, sentence.start, sentence.end):
            return event
        if needs_actor and actor is not None:
            event = attrs.evolve(
                event, perpetrator=actor[2] or None, perpetrator_text=Span.of(doc.text, actor[0], actor[1])
            )
        means = _means(doc, tree) if needs_means else None
        return event if means is None else attrs.evolve(event, instrument=means)
    return event


def _victim_told(doc: Document, event: Event) -> bool:
    """Whether the event's victims are named as ones told before: "The victim died", "two of the victims"."""
    victims = event.victims
    if victims is None or str.lower(victims.text) not in {"victim", "victims"}:
        return False
    return _TOLD_VICTIM.search(doc.text, max(0, victims.start - 20), victims.start) is not None


def _names_incident(doc: Document, event: Event, start: int, end: int) -> bool:
    """Whether the casualty's clause names "the incident" near its trigger (the means' reference only)."""
    lo = max(start, event.trigger.start - MAX_REFERENCE_BEFORE)
    return _REFERS_MEANS.search(doc.text, lo, min(end, event.trigger.end + MAX_REFERENCE_AFTER)) is not None
