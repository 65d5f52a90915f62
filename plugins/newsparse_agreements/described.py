"""The state of an agreement no cue word states but the text says does something (``syntax``):
"The agreement provides for a ceasefire", "an accord that establishes a commission" (issue 17).

An agreement that is the subject of a verb with a tense of its own (a present "-s" or a past
"-ed" form), or the noun a relative clause with such a verb describes ("an agreement that sets
out ..."), is reported as a text that exists: made, ``signed``, as the guideline reads "the Plaza
agreement" (:mod:`.presumed`).  Not when the verb is negated, under a modal or a wish, conditional
("if the deal passes"), a linking verb ("a deal remains elusive", "seems close") or its subject is
"no deal"; not for talks, zones, offers or plans.  Only records with no state at all are read,
after every other rule, so any cue's state stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

import attrs

from newsparse import Agreement, Document, Evidence, Span
from newsparse.syntax import SyntaxTree, sentence_tree

from .lexicon import ZONE_KINDS

__all__ = ["described_states", "mention_head"]

# The cheap test, on the text right after a mention: an optional bracket ("Accord (Bicesse)"), an
# optional relative pronoun and adverb, then a lower-case word ending like a finite verb.
_AFTER: Final = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:(?:that|which)\s+)?(?:also\s+|[a-z]+ly\s+)?[a-z]{2,}(?:s|ed)\b"
)
_RELATIVES: Final = frozenset({"that", "which"})
# Verbs that link a subject to a state rather than report it doing something: a deal that "remains
# elusive" or "seems close" need not exist.
_LINKING: Final = frozenset(
    "remains remained seems seemed appears appeared looks looked becomes sounds sounded stays stayed".split()
)
_MODALS: Final = frozenset("would could might may will shall should must 'll ’ll 'd ’d".split())
_WISHES: Final = frozenset(
    "want wants wanted hope hopes hoped expect expects expected plan plans planned intend intends intended "
    "seek seeks sought aim aims aimed propose proposes proposed".split()
)
_CONDITIONS: Final = frozenset({"if", "unless", "whether", "once", "until", "when"})
_AUXILIARIES_DONE: Final = frozenset("has have had does did".split())  # "has provided", "does provide"
_NONE: Final = frozenset({"no", "any"})
# Nouns of a deal not made: an offer or a plan that "provides for" something is still a proposal.
_OFFERS: Final = ("bid", "bids", "offer", "offers", "proposal", "proposals", "plan", "plans", "draft")
_NO_STATE_KINDS: Final = frozenset({"talks"}) | ZONE_KINDS


def described_states(doc: Document, agreements: Iterable[Agreement]) -> Iterator[Agreement]:
    """Each agreement, given ``signed`` when it has no state and a mention is said to do something."""
    for agreement in agreements:
        verb = None
        if agreement.status is None and agreement.kind not in _NO_STATE_KINDS:
            verb = next(filter(None, (_doing(doc, m) for m in agreement.mentions)), None)
        if verb is None:
            yield agreement
            continue
        evidence = (*agreement.evidence, Evidence("status", verb.start, verb.end, verb.text))
        yield attrs.evolve(agreement, status="signed", evidence=evidence)


def _doing(doc: Document, mention: Span) -> Span | None:
    """The finite verb the mention is the subject of (or its relative clause's), or None."""
    text = doc.text
    if str.lower(mention.text).endswith(_OFFERS) or _AFTER.match(text, mention.end) is None:
        return None
    sentence = doc.sentence_of(mention.start)
    tree = sentence_tree(doc, sentence) if sentence is not None else None
    head = mention_head(tree, mention) if tree is not None else None
    if tree is None or head is None:
        return None
    if any(str.lower(tree.words[d].text) in _NONE for d in tree.dependents(head, "det")):
        return None
    verbs = [tree.head_of(head)] if tree.words[head].deprel == "nsubj" else []
    verbs += [
        v
        for v in tree.dependents(head, "acl:relcl")
        if any(str.lower(tree.words[s].text) in _RELATIVES for s in tree.dependents(v, "nsubj"))
    ]
    for verb in verbs:
        if verb is not None and _reports(tree, verb):
            word = tree.words[verb]
            return Span(word.start, word.end, word.text)
    return None


def mention_head(tree: SyntaxTree, mention: Span) -> int | None:
    """The word of the mention whose head lies outside it (the first such word), or None."""
    inside = [i for i, w in enumerate(tree.words) if mention.start <= w.start < mention.end]
    for k in inside:
        up = tree.head_of(k)
        if up is None or not mention.start <= tree.words[up].start < mention.end:
            return k
    return None


def _reports(tree: SyntaxTree, verb: int) -> bool:
    """Whether ``verb`` reports its subject doing something: a finite verb, not negated, modal,
    wished, conditional or linking."""
    word = tree.words[verb]
    lower = str.lower(word.text)
    if word.upos != "VERB" or lower in _LINKING or not (lower.endswith("ed") or _third_person(lower)):
        return False
    children = [str.lower(tree.words[c].text) for c in tree.children[verb]]
    auxiliaries = [
        str.lower(tree.words[c].text)
        for c in tree.children[verb]
        if tree.words[c].deprel in ("aux", "aux:pass")
    ]
    if any(a not in _AUXILIARIES_DONE for a in auxiliaries) or _CONDITIONS.intersection(children):
        return False
    modality = tree.modality(verb)
    return not modality.negated and modality.modal not in _MODALS and modality.modal not in _WISHES


def _third_person(lower: str) -> bool:
    """A present third-person form ("provides", "sets"), not a word ending in "ss" or "us"."""
    return lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
