"""An agreement the text says someone expects, wants or plans is not made yet: ``proposed`` (``syntax``).

"SWP expected the first deal to be in place in 1997", "a deal is expected", "both sides want an
accord", "hopes for a truce": the agreement is the object (or the passive subject, or a "for" oblique)
of a verb of wish or expectation, so the guideline's "expected to be signed" reading applies: the deal
is still ahead.  Only records with no state or with a state no cue gave (a presumption with no status
evidence, "the first deal") are read, after every other rule, so a cue's state always stands; not when
the wishing verb is negated or conditional, not for talks or zones (issue 17, session 42).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

import attrs

from newsparse import Agreement, Document, Evidence, Span
from newsparse.syntax import SyntaxTree, sentence_tree

from .lexicon import ZONE_KINDS

__all__ = ["expected_states"]

# Verbs of wish or expectation (the layer's closed class of ``governing`` and ``described``).
_WISHES: Final = frozenset(
    "want wants wanted hope hopes hoped expect expects expected plan plans planned intend intends intended "
    "seek seeks sought aim aims aimed".split()
)
_WISH_WORD: Final = re.compile(
    r"\b(?:" + "|".join(sorted(_WISHES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# How far before or after a mention the wishing verb is looked for by the cheap test (characters).
_REACH_BEFORE: Final = 40
_REACH_AFTER: Final = 24
_CONDITIONS: Final = frozenset({"if", "unless", "whether"})
_ROLES: Final = frozenset({"obj", "nsubj:pass"})
# Subjects that deny the wish ("nobody expected a deal"): the text reports no deal ahead.
_NO_ONE: Final = frozenset({"nobody", "none", "noone", "few"})
_NO_STATE_KINDS: Final = frozenset({"talks"}) | ZONE_KINDS


def expected_states(doc: Document, agreements: Iterable[Agreement]) -> Iterator[Agreement]:
    """Each agreement, made ``proposed`` when no cue states it and a mention is expected or wanted."""
    for agreement in agreements:
        verb = None
        if _unstated(agreement) and agreement.kind not in _NO_STATE_KINDS:
            verb = next(filter(None, (_wished(doc, m) for m in agreement.mentions)), None)
        if verb is None:
            yield agreement
            continue
        evidence = (*agreement.evidence, Evidence("status", verb.start, verb.end, verb.text))
        yield attrs.evolve(agreement, status="proposed", evidence=evidence)


def _unstated(agreement: Agreement) -> bool:
    """Whether no cue gave the record its state: none, or a presumed one with no status evidence."""
    if agreement.status not in (None, "signed"):
        return False
    return not any(e.field == "status" for e in agreement.evidence)


def _wished(doc: Document, mention: Span) -> Span | None:
    """The wishing verb the mention is the object, passive subject or "for" oblique of, or None."""
    text = doc.text
    before = _WISH_WORD.search(text, max(0, mention.start - _REACH_BEFORE), mention.start)
    if before is None and _WISH_WORD.search(text, mention.end, mention.end + _REACH_AFTER) is None:
        return None
    sentence = doc.sentence_of(mention.start)
    tree = sentence_tree(doc, sentence) if sentence is not None else None
    head = _head(tree, mention) if tree is not None else None
    if tree is None or head is None:
        return None
    verb = tree.head_of(head)
    if verb is None or not _wishing(tree, verb, head):
        return None
    word = tree.words[verb]
    return Span(word.start, word.end, word.text)


def _wishing(tree: SyntaxTree, verb: int, head: int) -> bool:
    """Whether ``verb`` is a wishing verb, not negated or conditional, that governs the mention."""
    word = tree.words[verb]
    if word.upos != "VERB" or str.lower(word.text) not in _WISHES:
        return False
    role = tree.words[head].deprel
    cases = (str.lower(tree.words[c].text) for c in tree.dependents(head, "case"))
    held = role in _ROLES or (role.startswith("obl") and "for" in cases)
    if not held:
        return False
    children = [str.lower(tree.words[c].text) for c in tree.children[verb]]
    if any(str.lower(tree.words[c].text) in _NO_ONE for c in tree.dependents(verb, "nsubj")):
        return False
    return not _CONDITIONS.intersection(children) and not tree.modality(verb).negated


def _head(tree: SyntaxTree, mention: Span) -> int | None:
    """The word of the mention whose head lies outside it."""
    inside = [i for i, w in enumerate(tree.words) if mention.start <= w.start < mention.end]
    for k in inside:
        up = tree.head_of(k)
        if up is None or not mention.start <= tree.words[up].start < mention.end:
            return k
    return None
