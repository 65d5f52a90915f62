"""Organisation pronouns ("it", "its", "they", "their") as the organisation or state they stand for,
recorded on it as descriptions of form ``pronoun`` (never names: the scorers count only mentions).

The rule (session 31), from sentence structure (the ``syntax`` layer, consulted sentence by sentence
only where the text holds such a pronoun after an organisation's name): a pronoun that is a clause's
subject (or its possessor) stands for the entity that is the subject of the clause governing it
("Acme said it would ..."), or, when it heads its own sentence's clauses, the subject of the previous
sentence's main clause ("Acme rose. It said ..."), when that subject is a mention of exactly one ORG
(for "it"/"its" a GPE too, a state) or a pronoun already resolved, and no other named subject, nor
"he"/"she", stands between.  An expletive "it" ("it is expected that", "it emerged that") is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import attrgetter
from typing import Final

import attrs

from newsparse import Document, Entity, Mention
from newsparse.syntax import SyntaxTree, sentence_tree

__all__ = ["PRONOUN_FORM", "with_org_pronouns"]

PRONOUN_FORM: Final = "pronoun"
_SINGULAR: Final = frozenset({"it", "its"})
_PLURAL: Final = frozenset({"they", "their"})
_SUBJECT: Final = frozenset({"nsubj", "nsubj:pass"})
_PERSONAL: Final = frozenset({"he", "she", "him", "her", "his", "i", "we", "you"})
# verbs whose "it" subject is the expletive of a clause after them ("it emerged that ...")
_EXPLETIVE_VERBS: Final = frozenset(
    """seem seems seemed appear appears appeared happen happens happened emerge emerges emerged
    transpire transpired remain remains remained follow follows followed matter matters mattered
    rain rains rained take takes took mean means meant""".split()
)
_CUE: Final = re.compile(r"\b(?:[Ii]ts?|I[Tt][Ss]?|[Tt]hey|[Tt]heir)\b")
_SKIP: Final = -1  # a subject that blocks the link (a person, another name, "he")
_NONE: Final = -2  # a subject that names no one (a common noun): blocks too, as the nearest


def with_org_pronouns(entities: list[Entity], doc: Document) -> list[Entity]:
    """The entities, each organisation (or state) given the later pronouns standing for it (the
    pronoun's span) as descriptions of form ``pronoun``."""
    kinds = [e.type for e in entities]
    if "ORG" not in kinds and "GPE" not in kinds:
        return entities
    names = sorted((m.start, m.end, k) for k, e in enumerate(entities) for m in e.mentions)
    sentences = doc.sentences
    found: dict[int, list[Mention]] = {}
    resolved: dict[int, int] = {}  # a pronoun's start -> its entity
    previous: SyntaxTree | None = None
    for i, sentence in enumerate(sentences):
        has_cue = _CUE.search(doc.text, sentence.start, sentence.end) is not None
        before = sentences[i - 1].start if i else sentence.start
        if not has_cue or not _named_between(names, kinds, before, sentence.end, resolved):
            previous = None
            continue
        tree = sentence_tree(doc, sentence)
        if tree is None:
            previous = None
            continue
        if previous is None and i:
            previous = sentence_tree(doc, sentences[i - 1])
        for at, k in _sentence_links(tree, previous, names, kinds, resolved):
            word = tree.words[at]
            resolved[word.start] = k
            found.setdefault(k, []).append(Mention(word.start, word.end, word.text, form=PRONOUN_FORM))
        previous = tree
    if not found:
        return entities
    return [_described(e, found[k]) if k in found else e for k, e in enumerate(entities)]


def _named_between(
    names: Sequence[tuple[int, int, int]], kinds: Sequence[str], a: int, b: int, resolved: dict[int, int]
) -> bool:
    """Whether an ORG or GPE is named (or a pronoun resolved) in ``[a, b)``: cheap, no parsing."""
    if any(a <= s < b for s in resolved):
        return True
    return any(a <= s < b and kinds[k] in ("ORG", "GPE") for s, _, k in names)


def _sentence_links(
    tree: SyntaxTree,
    previous: SyntaxTree | None,
    names: Sequence[tuple[int, int, int]],
    kinds: Sequence[str],
    resolved: dict[int, int],
) -> list[tuple[int, int]]:
    """The (word index, entity index) pairs of the sentence's organisation pronouns, in text order."""
    links: list[tuple[int, int]] = []
    for at, word in enumerate(tree.words):
        low = word.text.lower()
        if low not in _SINGULAR and low not in _PLURAL:
            continue
        if not _subject_like(tree, at, low) or tree.in_quotation(word.start, word.end):
            continue
        k = _antecedent(tree, previous, at, names, resolved, (_SKIP, _NONE) if low in _PLURAL else (_SKIP,))
        if k is None or not _agrees(low, kinds[k]):
            continue
        links.append((at, k))
        resolved[word.start] = k
    return links


def _subject_like(tree: SyntaxTree, at: int, low: str) -> bool:
    """Whether pronoun ``at`` is a clause's referring subject ("it", "they") or a possessor ("its")."""
    word = tree.words[at]
    if low in ("its", "their"):
        return word.deprel == "nmod:poss"
    if word.deprel not in _SUBJECT:
        return False
    head = tree.head_of(at)
    if head is None:
        return False
    verb = tree.words[head]
    if low == "it":
        if verb.upos != "VERB" or verb.text.lower() in _EXPLETIVE_VERBS:
            return False  # "it is likely that", "it emerged that"
        if word.deprel == "nsubj:pass" and tree.dependents(head, "ccomp", "csubj", "xcomp"):
            return False  # "it is expected that", "it was decided to"
    return True


def _agrees(low: str, kind: str) -> bool:
    """Whether the pronoun can stand for an entity of ``kind``: "it" an ORG or a state, "they" an ORG."""
    return kind == "ORG" or (kind == "GPE" and low in _SINGULAR)


def _antecedent(
    tree: SyntaxTree,
    previous: SyntaxTree | None,
    at: int,
    names: Sequence[tuple[int, int, int]],
    resolved: dict[int, int],
    blocked: tuple[int, ...],
) -> int | None:
    """The entity pronoun ``at`` stands for: the subject of a clause governing it, else the previous
    sentence's main subject; None unless that is one organisation and no other name stands between."""
    pron_start = tree.words[at].start
    governing = _governing_subject(tree, at)
    if governing is not None:
        subj, cur = governing, tree
        lo = subj
    else:
        if previous is None:
            return None
        root = next((k for k, w in enumerate(previous.words) if w.deprel == "root"), None)
        subjects = previous.dependents(root, *_SUBJECT) if root is not None else ()
        if not subjects:
            return None
        subj, cur, lo = subjects[0], previous, subjects[0]
    plural = tree.words[at].text.lower() in _PLURAL
    k = _referent(cur, subj, names, resolved, plural)
    if k < 0:
        return None
    start = cur.words[lo].end
    between = _subjects_between(cur, start, pron_start) + (
        _subjects_between(tree, 0, pron_start) if cur is not tree else []
    )
    found = [_referent(t, s, names, resolved, plural) for t, s in between]
    if any(r != k and (r >= 0 or r in blocked) for r in found):
        return None  # another name, a person, or (for "they") a common noun between
    return k


def _governing_subject(tree: SyntaxTree, at: int) -> int | None:
    """The subject word before pronoun ``at`` of the nearest clause holding it (its own, for a
    possessor: "Acme raised its prices"; a governing one: "Acme said it would")."""
    head: int | None = tree.predicate(at)
    seen: set[int] = set()
    while head is not None and head not in seen:
        seen.add(head)
        subjects = [s for s in tree.dependents(head, *_SUBJECT) if s < at and s < head]  # not "says the BBC"
        if subjects:
            return subjects[0]
        head = tree.head_of(head)
    return None


def _subjects_between(tree: SyntaxTree, start: int, end: int) -> list[tuple[SyntaxTree, int]]:
    """The subject words of ``tree`` lying in the character stretch ``[start, end)``."""
    return [(tree, k) for k, w in enumerate(tree.words) if w.deprel in _SUBJECT and start <= w.start < end]


def _referent(
    tree: SyntaxTree, subj: int, names: Sequence[tuple[int, int, int]], resolved: dict[int, int], plural: bool
) -> int:
    """The entity subject word ``subj`` names: an index; ``_SKIP`` for a person's pronoun or a phrase
    naming two entities; ``_NONE`` for a phrase naming no one."""
    word = tree.words[subj]
    low = word.text.lower()
    if word.start in resolved:  # a pronoun already linked: only one of the same number follows it
        return resolved[word.start] if (low in _PLURAL) == plural else _SKIP
    if low in _PERSONAL or low in _SINGULAR or low in _PLURAL:
        return _SKIP
    if tree.dependents(subj, "conj"):
        return _SKIP  # "the Conservatives and Liberal Democrats say they": two sides
    phrase = tree.noun_phrase(subj)
    inside = {k for s, e, k in names if s < phrase.end and phrase.start < e}
    if not inside:
        return _NONE
    holding = {k for s, e, k in names if s <= word.start < e}
    if len(inside) != 1 or not holding:
        return _SKIP  # "Acme's chief", "Acme and Beta": no one organisation
    return inside.pop()


def _described(entity: Entity, more: list[Mention]) -> Entity:
    """The entity with ``more`` descriptions beside its own, in text order."""
    return attrs.evolve(entity, descriptions=tuple(sorted([*entity.descriptions, *more], key=_START)))


_START: Final = attrgetter("start")
