"""A deal told by a gerund after a preposition: "made his fortune by selling his label Zomba to BMG",
"after buying Jay-Z's Roc-A-Fella label", "A$846m from selling property business Lensworth".

The token rules of :mod:`.deals` read finite verbs only; a gerund has no subject of its own.  The
clause structure (the ``syntax`` layer, consulted for the sentence only when the cheap pattern
matches) gives its doer, the subject of the clause it hangs on (:meth:`SyntaxTree.subject` with
``shared``: "Universal made the appointment after buying ..."), and its object, which must be a
business ("his independent label Zomba", "a stake in X", a named firm): "from buying the traditional
bundled package", "after selling a million in the US", "by selling shares to the public" make
nothing.  The seller sells to the firm of a "to" oblique; the buyer buys from the one of "from".
A sale after "before", or hanging on a negated or modal verb, is ``proposed``; else it is done.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping

from newsparse import Document
from newsparse.syntax import Phrase, SyntaxTree, sentence_tree

from .context import EntityIndex, Hit, unique_hits
from .deals import VerbDeal
from .triggers import Trigger

__all__ = ["GERUND_STEMS", "gerund_deals", "gerund_spots"]

# The gerunds read, as lower-case stems the layer's one stem scan finds (:class:`.stemscan.StemScan`).
GERUND_STEMS = ("selling", "buying", "acquiring", "purchasing")
_GERUND = re.compile(r"(?P<verb>selling|buying|acquiring|purchasing)\s", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?P<prep>by|after|from|through|before|on)\s+$", re.IGNORECASE)
# The head nouns of an object that is a business ("his independent label", "a 51% stake in").
_BUSINESS = frozenset(
    """
    stake stakes business businesses unit units division divisions arm company companies firm firms label
    labels subsidiary subsidiaries brand brands chain operations group maker operator airline bank club
    """.split()
)
_SIDES = frozenset({"ORG", "PERSON", "GPE"})
_POSSESSOR = re.compile(r"['’]s?\b")  # "Def Jam's parent company": the owner of the subject, not the doer
_PRONOUNS = frozenset("it its he she they him her them his their".split())


def gerund_spots(text: str, found: Mapping[str, list[int]]) -> list[tuple[int, re.Match[str], str]]:
    """Where a gerund stem the scan ``found`` follows a preposition: (offset, verb match, preposition)."""
    spots = []
    for at in sorted(i for stem in GERUND_STEMS for i in found.get(stem, ())):
        match = _GERUND.match(text, at)
        prep = _PREPOSITION.search(text, max(0, at - 10), at) if match else None
        if match is not None and prep is not None:
            spots.append((at, match, str.lower(prep.group("prep"))))
    return spots


def gerund_deals(
    doc: Document, entities: EntityIndex, taken: Collection[int], found: Mapping[str, list[int]]
) -> Iterator[VerbDeal]:
    """The deals told by "by / after / from selling X" and "buying X" in sentences naming no agreement
    (``taken``: the starts of those that do; their noun's record tells the deal); ``found``: where
    the stems of the layer's scan occur."""
    for at, match, prep in gerund_spots(doc.text, found):
        placed = verb_tree(doc, at, taken)
        deal = _read(placed[0], entities, placed[1], match, prep) if placed is not None else None
        if deal is not None:
            yield deal


def verb_tree(doc: Document, at: int, taken: Collection[int]) -> tuple[SyntaxTree, int] | None:
    """The tree of the sentence holding offset ``at`` and the index of its word there; None when
    that sentence names an agreement (its start in ``taken``) or has no tree or word there."""
    sentence = doc.sentence_of(at)
    if sentence is None or sentence.start in taken:
        return None
    tree = sentence_tree(doc, sentence)
    verb = tree.word_at(at) if tree is not None else None
    if tree is None or verb is None:
        return None
    return tree, verb


def _read(
    tree: SyntaxTree, entities: EntityIndex, verb: int, match: re.Match[str], prep: str
) -> VerbDeal | None:
    """The deal of the gerund ``verb``: its business object, its doer and the other side (None when
    its object is no business)."""
    objects = tree.objects(verb)
    if not objects:
        return None
    target = _business(tree, entities, objects[0])
    if target is None:
        return None
    subject = _doer(tree, verb)
    doers = (
        []
        if subject is None
        else [h for h in entities.within(subject.start, subject.end) if h.type in _SIDES]
    )
    selling = str.lower(match.group("verb")) == "selling"
    other: list[Hit] = []
    for case, oblique in tree.obliques(verb):
        if case == ("to" if selling else "from") and not other:
            other = [h for h in entities.within(oblique.start, oblique.end) if h.type in _SIDES][:1]
    owned = {h.id for h in target}
    doers = [h for h in doers if h.id not in owned and not _POSSESSOR.match(tree.text, h.end)][:1]
    roles = (
        ("seller" if selling else "acquirer", tuple(doers)),
        ("acquirer" if selling else "seller", tuple(other)),
        ("target", target),
    )
    start, end = match.span("verb")
    status = "proposed" if _ahead(tree, verb, prep) else "in_force"
    trigger = Trigger(start, end, match.group("verb"), "acquisition")
    kept = tuple((role, hits) for role, hits in roles if hits)
    return VerbDeal(trigger, status, kept, tuple(unique_hits([*doers, *other])))


def _doer(tree: SyntaxTree, verb: int) -> Phrase | None:
    """Who does the gerund: the subject of the clause it hangs on; when the parse leaves it unattached,
    the subject of the sentence's main verb before it ("Universal made the appointment after buying")."""
    if tree.words[verb].deprel is not None:
        return tree.subject(verb, shared=True)
    root = next((k for k, w in enumerate(tree.words) if w.deprel == "root"), None)
    return None if root is None or root > verb else tree.subject(root)


def _business(tree: SyntaxTree, entities: EntityIndex, obj: Phrase) -> tuple[Hit, ...] | None:
    """What a gerund's object names when it is a business: its firm (empty when unnamed), or None
    when the object is something else ("the traditional bundled package", "a million", "shares")."""
    named = tuple(h for h in entities.within(obj.start, obj.end) if h.type == "ORG")
    words = {str.lower(w) for w in re.findall(r"[\w'’-]+", obj.text)}
    head = tree.words[obj.head]
    if str.lower(head.text) in _PRONOUNS:
        return None
    if not (words & _BUSINESS or any(h.start <= head.start < h.end for h in named)):
        return None
    return named[:1]


def _ahead(tree: SyntaxTree, verb: int, prep: str) -> bool:
    """Whether the sale is still to come: "before selling", or the verb it hangs on is negated or
    modal ("would fund the purchase by selling")."""
    if prep == "before":
        return True
    head = tree.head_of(verb)
    if head is None:
        return False
    modality = tree.modality(head)
    return modality.negated or modality.modal is not None
