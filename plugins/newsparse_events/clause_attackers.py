"""The attacker of the attack clause a casualty participle or conjunct follows in its own sentence: "GNA
air force targeted LNA positions, reportedly killing ...", "gunmen attacked Kagara, killed 1 resident"
(session 41, issue 16).

A harm trigger that is an active verb with no subject of its own ("killing", "killed 1 resident"), hung
on the attack verb before it as a participle or conjunct, or left unattached by the parse, tells that
attack's harm: its perpetrator is the attack verb's active subject when that names an actor (a proper
name, an actor noun, or a noun of an armed or state body: "air force", "brigade"; a closed class
written here). The attack verb is the nearest verb before the trigger with a subject of its own; a
clause boundary between them ("which", "when", "said", ";") or a non-attack verb there names nobody,
and an instrument as the subject ("airstrikes targeted ...") is never the perpetrator.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import Phrase, SyntaxTree
from newsparse_events.actorless import actorless_harms, with_actor
from newsparse_events.context import Mention
from newsparse_events.lexicon import ACTOR_NOUNS, INSTRUMENTS
from newsparse_events.model import Event

__all__ = ["BODY_NOUNS", "with_clause_attackers"]

HARM_ROLES: Final = frozenset({"killed", "wounded", "casualties", "abducted"})
# verbs of one side's attack on another; never a two-sided fight ("clashed", "battled", "exchanged")
ATTACK_VERBS: Final = frozenset(
    """attacked fired opened shot shelled bombed raided stormed ambushed lobbed hurled threw targeted
    detonated stabbed hacked assaulted pelted torched struck hit invaded looted""".split()
)
# verbs that carry out an attack named by their object: "conducted an airstrike on ..., killing"
DOING_VERBS: Final = frozenset("carried conducted launched staged".split())
_ATTACK_NOUNS: Final = frozenset(w for phrase in INSTRUMENTS for w in phrase.split()) | frozenset(
    "attack attacks assault raid raids offensive strike strikes bombardment bombardments".split()
)
# nouns of an armed or state body the events lexicon's actor nouns lack ("GNA air force", "the brigade")
BODY_NOUNS: Final = frozenset(
    """force forces army navy police militia militias unit units brigade brigades battalion battalions
    regiment regiments squad squads commandos guards gendarmes gendarmerie paramilitaries personnel
    elements faction factions coalition guerrillas separatists extremists vigilantes operatives
    marines""".split()
)
_INSTRUMENT_WORDS: Final = frozenset(w for phrase in INSTRUMENTS for w in phrase.split())
# words that open another clause between the attack and the trigger: the trigger is not its participle
_BOUNDARIES: Final = frozenset(
    """; : said says but while because when after before which who whom whose where although though
    whereas""".split()
)
# heads that name a part of a body whose "of" phrase names it: "elements of the 22nd Brigade"
_PARTS: Final = frozenset("elements element members member units unit group groups faction factions".split())
_BE: Final = frozenset("is are was were be been being".split())
_LINKS: Final = frozenset({"conj", "advcl", "xcomp", "dep", "parataxis"})


def _lower(tree: SyntaxTree, k: int) -> str:
    return str.lower(tree.words[k].text)


def _passive(tree: SyntaxTree, k: int) -> bool:
    """Whether verb ``k`` is passive: a passive relation, or a form of "be" before a participle."""
    if tree.dependents(k, "aux:pass", "nsubj:pass"):
        return True
    return any(_lower(tree, a) in _BE for a in tree.dependents(k, "aux")) and not _lower(tree, k).endswith(
        "ing"
    )


def _attack_verb(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` is an active verb of attack, or of carrying out an attack its object names."""
    if tree.words[k].upos != "VERB" or _passive(tree, k):
        return False
    word = _lower(tree, k)
    if word in ATTACK_VERBS:
        return True
    return word in DOING_VERBS and any(
        _lower(tree, o) in _ATTACK_NOUNS for o in tree.dependents(k, "obj", "obl")
    )


def _actor(tree: SyntaxTree, phrase: Phrase) -> bool:
    """Whether a subject names an actor: a proper name, an actor noun or a body's noun at its head; never
    an instrument ("airstrikes targeted")."""
    head = tree.words[phrase.head]
    word = str.lower(head.text)
    if word in _INSTRUMENT_WORDS:
        return False
    return head.upos == "PROPN" or word in ACTOR_NOUNS or word in BODY_NOUNS


def _bare_verb(tree: SyntaxTree, t: int) -> bool:
    """Whether trigger word ``t`` is an active verb with no subject of its own ("killing", "killed 1")."""
    return (
        tree.words[t].upos == "VERB"
        and not _passive(tree, t)
        and not tree.dependents(t, "nsubj", "nsubj:pass", "csubj")
    )


def _hangs_on(tree: SyntaxTree, t: int, verb: int) -> bool:
    """Whether ``t`` reaches ``verb`` up a chain of conjuncts and participles, or is left unattached (the
    parse gave it no head): the trigger tells the attack's outcome, not a clause under another word."""
    k = t
    for _ in range(len(tree.words)):
        head = tree.head_of(k)
        if head == verb:
            return True
        if head is None:
            return tree.words[k].deprel is None  # unattached, not the sentence's root
        if tree.words[k].deprel not in _LINKS or tree.words[head].upos != "VERB":
            return False
        k = head
    return False


def _outcome_verb(tree: SyntaxTree, t: int) -> int | None:
    """The bare verb trigger ``t`` is or completes: itself, or the participle whose object or complement
    it is ("resulting in 1 death", "leaving three dead")."""
    if _bare_verb(tree, t):
        return t
    head = tree.head_of(t)
    if (
        head is not None
        and tree.words[t].deprel in ("obj", "obl", "xcomp")
        and _lower(tree, head).endswith("ing")
        and _bare_verb(tree, head)
    ):
        return head
    return None


def _unattached_subject(tree: SyntaxTree, verb: int) -> Phrase | None:
    """The subject the parse left unattached before a subjectless verb: the nearest headless noun before
    it whose words, up to the verb, are its own dependents, punctuation or the verb's adverbs
    ("elements of the 22nd Brigade, affiliated with ..., reportedly opened fire")."""
    inside: set[int] = set()
    for k in range(verb - 1, -1, -1):
        word = tree.words[k]
        head = tree.head_of(k)
        if head is None and word.deprel is None and word.upos in ("NOUN", "PROPN"):
            if all(j in inside or _under(tree, j, k) for j in range(k + 1, verb)):
                return tree.noun_phrase(k)
            return None
        if word.upos == "PUNCT" or (head == verb and word.deprel == "advmod"):
            inside.add(k)
        elif word.upos == "VERB" and head is None:
            return None
    return None


def _under(tree: SyntaxTree, j: int, k: int) -> bool:
    """Whether word ``j`` hangs (through any chain of heads) on word ``k``."""
    a = tree.head_of(j)
    for _ in range(len(tree.words)):
        if a is None:
            return False
        if a == k:
            return True
        a = tree.head_of(a)
    return False


def _clause_attacker(tree: SyntaxTree, trigger: int) -> Phrase | None:
    """The actor subject of the attack verb the trigger follows as its participle or conjunct."""
    t = _outcome_verb(tree, trigger)
    if t is None:
        return None
    for k in range(t - 1, -1, -1):
        if _lower(tree, k) in _BOUNDARIES:
            return None
        if tree.words[k].upos != "VERB":
            continue
        own = tree.dependents(k, "nsubj", "nsubj:pass")
        if not own:
            if tree.head_of(k) is None and _attack_verb(tree, k) and _hangs_on(tree, t, k):
                subject = _unattached_subject(tree, k)
                return subject if subject is not None and _actor(tree, subject) else None
            continue
        if not _attack_verb(tree, k) or not _hangs_on(tree, t, k):
            return None
        subject = tree.subject(k)
        if subject is None or subject.end > tree.words[k].start or not _actor(tree, subject):
            return None
        return subject
    return None


def _whole(tree: SyntaxTree, phrase: Phrase) -> Phrase:
    """The subject with the "of" phrase its part-of head names ("elements of the 22nd Brigade")."""
    if str.lower(tree.words[phrase.head].text) not in _PARTS:
        return phrase
    for k in tree.dependents(phrase.head, "nmod"):
        if k > phrase.head and any(_lower(tree, c) == "of" for c in tree.dependents(k, "case")):
            end = max(phrase.end, tree.noun_phrase(k).end)
            return Phrase(phrase.start, end, tree.text[phrase.start : end], phrase.head)
    return phrase


def _same_side(doc: Document, event: Event, subject: Phrase) -> bool:
    """Whether the victims share a word with the attacker ("militants ..., killing five militants")."""
    if event.victims is None:
        return False
    words = set(str.lower(doc.text[subject.start : subject.end]).split())
    return not words.isdisjoint(str.lower(event.victims.text).split())


def with_clause_attackers(doc: Document, events: Sequence[Event], mentions: Sequence[Mention]) -> list[Event]:
    """The events, each harm event with no actor whose trigger follows an attack clause as its participle
    or conjunct given that clause's actor subject."""
    out = list(events)
    for i, event, tree, t in actorless_harms(doc, events, HARM_ROLES):
        subject = _clause_attacker(tree, t)
        if subject is None or _same_side(doc, event, subject):
            continue
        out[i] = with_actor(doc, event, _whole(tree, subject), mentions)
    return out
