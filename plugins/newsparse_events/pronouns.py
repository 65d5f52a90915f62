"""Who a pronoun names when it is a casualty's perpetrator or victim: "after they opened fire and killed".

The syntax layer links a pronoun to its antecedent only where the link is clear:

- a pronoun subject of an active trigger in a clause of time or cause ("The two men were arrested
  after they opened fire and killed a pedestrian") is the subject of the clause it modifies, when
  that subject fits (an actor, of the pronoun's number) and no object of that clause fits too
  ("Police arrested the man after he killed his wife" names two candidates: the link is unclear);
- a pronoun opening a sentence ("They killed five farmers") is the subject of the sentence before it
  in the paragraph, when that sentence tells an act (no saying verb) and its subject fits;
- a pronoun victim of a report ("The Palestinian man says he was wounded") is the reporter, a person.

Otherwise the pronoun stays as written (a victim) or names nobody (a perpetrator).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsparse import Document, Span
from newsparse.syntax import Phrase, SyntaxTree, sentence_tree
from newsparse_events.actors import ACTOR_KINDS
from newsparse_events.lexicon import ACTOR_NOUNS, LINE_BREAKS
from newsparse_events.model import Event
from newsparse_events.singles import is_person_noun

__all__ = ["with_pronoun_roles"]

CASUALTY_ROLES = frozenset({"killed", "wounded", "casualties", "abducted"})
_PLURAL = frozenset({"they"})
_SINGULAR = frozenset({"he", "she"})
_SUBJECTS = ("nsubj", "nsubj:pass")
# a clause of time or cause: its pronoun subject is the subject of the clause it modifies
_SUBORDINATORS = frozenset("after when as before while because since until once".split())
_SAYING = frozenset(
    "said says say told tells added adds reported reports stated states claimed claims quoted "
    "announced announces confirmed confirms according".split()
)
_PLURAL_GROUPS = frozenset({"police", "military", "army", "militia", "crowd", "mob", "people", "gang"})
_PRONOUN_NEAR = re.compile(r"\b(?:they|he|she)\b", re.IGNORECASE)
# who reports another's harm: "police say he was wounded", "a relative claimed that he was tortured"
_NOT_REPORTERS = (ACTOR_NOUNS - {"man"}) | frozenset(
    """
    relative relatives witness witnesses lawyer spokesman spokeswoman official officials family friend
    neighbour neighbor doctor source sources mother father brother sister wife husband son daughter
    """.split()
)
_INTRANSITIVE = frozenset("died die dies dying perished drowned".split())
MAX_PRONOUN_BEFORE = 120  # characters before the trigger where its pronoun subject may stand
Mention = tuple[int, int, str, str, str | None]


def _first_conjunct(tree: SyntaxTree, k: int) -> int:
    """The first verb of the chain of conjoined verbs ``k`` sits in ("opened fire and killed")."""
    for _ in range(len(tree.words)):
        head = tree.head_of(k)
        if tree.words[k].deprel != "conj" or head is None or head >= k:
            return k
        k = head
    return k


def _own_subject(tree: SyntaxTree, k: int) -> int | None:
    """The subject word of verb ``k``, else of the first conjunct of its chain."""
    for verb in (k, _first_conjunct(tree, k)):
        found = tree.dependents(verb, *_SUBJECTS)
        if found:
            return found[0]
    return None


def _fits(tree: SyntaxTree, phrase: Phrase, pronoun: str, mentions: Sequence[Mention]) -> bool:
    """Whether a noun phrase may be what the pronoun names: an actor or a person of its number."""
    head = str.lower(tree.words[phrase.head].text)
    if tree.words[phrase.head].upos == "PRON":
        return False
    kinds = {m[3] for m in mentions if phrase.start <= m[0] and m[1] <= phrase.end and m[4] != "demonym"}
    plural = head.endswith(("s", "men")) or head in _PLURAL_GROUPS
    if pronoun in _PLURAL:
        return plural and (head in ACTOR_NOUNS or bool(kinds & (ACTOR_KINDS - {"PERSON"})))
    person = "PERSON" in kinds or is_person_noun(head) or head in ACTOR_NOUNS
    return person and not plural


def _phrase_mention(text: str, phrase: Phrase, mentions: Sequence[Mention]) -> tuple[int, int, str | None]:
    """The antecedent as an actor: its entity when a mention covers its head, else the phrase itself."""
    for m in mentions:
        if phrase.start <= m[0] and m[1] <= phrase.end and m[3] in ACTOR_KINDS and m[4] != "demonym":
            if str.lower(text[max(phrase.start, m[0] - 5) : m[0]]) == "anti-":
                continue  # "anti-Houthi forces": whom they oppose, not who they are
            return (phrase.start, phrase.end, m[2] or None)
    return (phrase.start, phrase.end, None)


def _governing_subject(
    tree: SyntaxTree, verb: int, pronoun: str, mentions: Sequence[Mention]
) -> Phrase | None:
    """The subject or object of the clause that the pronoun's clause of time modifies: the one that fits."""
    first = _first_conjunct(tree, verb)
    marks = {str.lower(tree.words[m].text) for m in tree.dependents(first, "mark")}
    if not marks & _SUBORDINATORS:
        return None
    deprel = tree.words[first].deprel
    if deprel == "advcl":
        governor = tree.head_of(first)
    elif deprel is None:  # an unattached clause: the root before it ("were arrested after they ...")
        governor = next((k for k in range(first) if tree.words[k].deprel == "root"), None)
    else:
        return None
    if governor is None:
        return None
    subject = _own_subject(tree, governor)
    acts = (governor, *tree.dependents(governor, "xcomp"))  # "continued to hunt a gunman after he killed"
    objects = [o for act in acts for o in tree.dependents(act, "obj")]
    phrases = [tree.noun_phrase(k) for k in (*(() if subject is None else (subject,)), *objects)]
    fitting = [p for p in phrases if _fits(tree, p, pronoun, mentions)]
    # one candidate only: "Police arrested the man after he killed" (he: the man; they: the police);
    # "The officer arrested the man after he killed" has two, and names nobody
    return fitting[0] if len(fitting) == 1 else None


def _root(tree: SyntaxTree) -> int | None:
    """The sentence's root word."""
    return next((k for k, w in enumerate(tree.words) if w.deprel == "root"), None)


def _previous_subject(doc: Document, here: int, pronoun: str, mentions: Sequence[Mention]) -> Phrase | None:
    """The subject of the sentence before ``here`` in its paragraph, when it tells an act and fits."""
    if here == 0:
        return None
    before, own = doc.sentences[here - 1], doc.sentences[here]
    if not LINE_BREAKS.isdisjoint(doc.text[before.end : own.start]):
        return None  # another paragraph
    tree = sentence_tree(doc, before)
    root = _root(tree) if tree is not None else None
    if tree is None or root is None:
        return None
    if str.lower(tree.words[root].text) in _SAYING:
        return _reported_subject(tree, root, pronoun, mentions)
    if any(str.lower(tree.words[k].text) in _SAYING for k in tree.dependents(root, "parataxis", "ccomp")):
        return None  # "..., police said": a report, whose subject may be anyone
    subjects = tree.dependents(root, *_SUBJECTS)
    if not subjects:
        return None
    found = tree.noun_phrase(subjects[0])
    return found if _fits(tree, found, pronoun, mentions) else None


def _controller(tree: SyntaxTree, verb: int) -> int:
    """The verb whose subject does ``verb``'s act: its governor when ``verb`` is its infinitive complement
    ("tried to kill", or "claimed to have killed" that the parse leaves unattached), else ``verb``."""
    word = tree.words[verb]
    if word.deprel == "xcomp":
        return tree.head_of(verb) or verb
    k = verb - 1
    while k >= 0 and str.lower(tree.words[k].text) in _PERFECT:
        k -= 1
    if word.deprel is not None or k < 1 or str.lower(tree.words[k].text) != "to":
        return verb
    governor = tree.words[k - 1]
    return k - 1 if governor.upos == "VERB" and governor.deprel == "root" else verb


_PERFECT = frozenset({"have", "be", "been", "having"})


def _reported_subject(
    tree: SyntaxTree, said: int, pronoun: str, mentions: Sequence[Mention]
) -> Phrase | None:
    """The active subject of the one act a report tells ("Police said gunmen stormed the village."), when
    it fits: the next sentence's pronoun ("They killed 12") continues the act, never the reporter."""
    clauses = [
        k
        for k in tree.dependents(said, "ccomp")
        if tree.words[k].upos == "VERB"
        and str.lower(tree.words[k].text) not in _SAYING
        and not tree.dependents(k, "aux:pass", "nsubj:pass")
    ]
    near = range(said + 2, min(said + 4, len(tree.words)))
    if not clauses and any(tree.words[k].upos == "VERB" and _controller(tree, k) == said for k in near):
        clauses = [said]  # "forces claimed to have shelled": the claimant acted
    if len(clauses) != 1:
        return None
    subjects = tree.dependents(clauses[0], "nsubj")
    if not subjects or tree.words[subjects[0]].upos == "PRON":
        return None
    found = tree.noun_phrase(subjects[0])
    return found if _fits(tree, found, pronoun, mentions) else None


def _within(mentions: Sequence[Mention], start: int, end: int) -> Sequence[Mention]:
    """The mentions starting inside ``[start, end)`` (``mentions`` sorted by start)."""
    first = bisect.bisect_left(mentions, start, key=lambda m: m[0])
    return mentions[first : bisect.bisect_left(mentions, end, key=lambda m: m[0])]


def _perpetrator(
    doc: Document, event: Event, tree: SyntaxTree, here: int, mentions: Sequence[Mention]
) -> Event:
    """The event with the antecedent of its active trigger's pronoun subject as its perpetrator, if clear."""
    verb = tree.word_at(event.trigger.start)
    if verb is None or tree.words[verb].upos != "VERB" or tree.dependents(verb, "aux:pass"):
        return event
    if str.lower(tree.words[verb].text) in _INTRANSITIVE:
        return event  # "he died": the subject is who was hit
    verb = _controller(tree, verb)  # "They claimed to have killed": the subject of "claimed"
    subject = _own_subject(tree, verb)
    if subject is None or str.lower(tree.words[subject].text) not in _PLURAL | _SINGULAR:
        return event
    said = tree.words[subject]
    if event.victims is not None and event.victims.start <= said.start < event.victims.end:
        return event  # "he died": the pronoun is who was hit
    pronoun = str.lower(tree.words[subject].text)
    sentence = doc.sentences[here]
    found = _governing_subject(tree, verb, pronoun, _within(mentions, sentence.start, sentence.end))
    opening = tree.words[subject].start == sentence.start
    if found is None and tree.words[_first_conjunct(tree, verb)].deprel == "root" and opening:
        before = doc.sentences[here - 1] if here > 0 else sentence
        found = _previous_subject(doc, here, pronoun, _within(mentions, before.start, before.end))
    if found is None:
        return event
    actor = _phrase_mention(doc.text, found, _within(mentions, found.start, found.end))
    return attrs.evolve(event, perpetrator=actor[2], perpetrator_text=Span.of(doc.text, actor[0], actor[1]))


def _victims(doc: Document, event: Event, tree: SyntaxTree, mentions: Sequence[Mention]) -> Event:
    """The event with its pronoun victim ("says he was wounded") named by the person who reports it."""
    assert event.victims is not None
    at = tree.word_at(event.victims.start)
    verb = tree.head_of(at) if at is not None else None
    if verb is None or tree.words[verb].deprel != "ccomp":
        return event
    governor = tree.head_of(verb)
    if governor is None or str.lower(tree.words[governor].text) not in _SAYING:
        return event
    subjects = tree.dependents(governor, "nsubj")
    if not subjects:
        return event
    found = tree.noun_phrase(subjects[0])
    pronoun = str.lower(event.victims.text)
    if not _fits(tree, found, pronoun, mentions) or str.lower(tree.words[found.head].text) in _NOT_REPORTERS:
        return event
    start = found.start + 4 if str.lower(found.text).startswith("the ") else found.start
    return attrs.evolve(event, victims=Span.of(doc.text, start, found.end))


def with_pronoun_roles(
    doc: Document, event: Event, mentions: Sequence[Mention], tree: SyntaxTree | None
) -> Event:
    """The casualty event with its pronoun perpetrator or victim resolved where the structure links it.

    ``mentions`` are the document's entity mentions sorted by start; ``tree`` is the parse of the
    stretch holding the trigger (its sentence), built once by the caller.
    """
    if tree is None or event.role not in CASUALTY_ROLES or event.scope != "incident":
        return event
    pronoun_victim = event.victims is not None and str.lower(event.victims.text) in _SINGULAR
    lo = max(0, event.trigger.start - MAX_PRONOUN_BEFORE)
    pronoun_actor = event.perpetrator_text is None and _PRONOUN_NEAR.search(doc.text, lo, event.trigger.start)
    here = doc.sentence_index(event.trigger.start)
    if not (pronoun_victim or pronoun_actor) or here >= len(doc.sentences):
        return event
    sentence = doc.sentences[here]
    if pronoun_actor:
        event = _perpetrator(doc, event, tree, here, mentions)
    if pronoun_victim:
        event = _victims(doc, event, tree, _within(mentions, sentence.start, sentence.end))
    return event
