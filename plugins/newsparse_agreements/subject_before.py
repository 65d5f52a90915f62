"""A deal first named as one told before ("the accord", "the tentative pact") takes its sides from the
subject of the sentence before: "EC foreign ministers have agreed on an aid package ... The five-year
accord increases aid to the states" (``syntax``).

Only a record that names no side, no broker and no business role, whose first mention is a definite
common noun with no complement of its own ("the deal", never "the deal with Iran", "the treaty
establishing ...", a named "the North American Free Trade Agreement"), and only the names of the
subject of the main verb of the sentence right before it (never a pronoun, never a possessor:
"Southern's Gulf Power unit" gives Gulf Power): the deal a story retells is the one its last clause's
doer made.
"""

from __future__ import annotations

import re

import attrs

from newsparse import Agreement, Document, Evidence, Sentence
from newsparse.syntax import SyntaxTree, sentence_tree

from .context import EntityIndex, Hit, unique_hits

__all__ = ["sides_before"]

# "the", "that", "this" and at most three lower-case modifiers right before the first mention.
_DEFINITE = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:[a-z0-9][\w$.,-]*\s+){0,3}$")
# A complement that tells the deal itself: "the deal with Iran", "the treaty establishing", "the sale of".
_COMPLEMENT = re.compile(
    r"\s*(?:\w+ing\b|(?:of|between|with|to|for|by|among|under|on|that|which|reached|signed|struck|"
    r"agreed|made|announced|negotiated|brokered)\b|['’(<])"
)
_SIDES = frozenset({"ORG", "GPE", "PERSON"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_PARAGRAPH = re.compile(r"\n\s*\n")  # a blank line: the sentence before ends another paragraph
# A state as the home of the firm named after it: "US operator Sprint", "Russia's Gazprom".
_HOME = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}")
_POSSESSOR = re.compile(r"['’]s?\b")
_ROLES = ("acquirer", "target", "seller", "club", "player", "lender", "borrower")
_REACH = 48  # characters looked back for the determiner


def sides_before(doc: Document, entities: EntityIndex, record: Agreement) -> Agreement:
    """``record`` with the named subject of the sentence before its first mention as its sides, when
    the module docstring's conditions hold; else ``record`` unchanged."""
    if record.parties or _has_roles(record):
        return record
    first = min(record.mentions or (record,), key=lambda m: m.start)
    text = doc.text
    if not first.text[:1].islower() or _COMPLEMENT.match(text, first.end):
        return record
    if _DEFINITE.search(text, max(0, first.start - _REACH), first.start) is None:
        return record
    before = _sentence_before(doc, first.start)
    if before is None or _PARAGRAPH.search(text, before.end, first.start) is not None:
        return record
    if not _heads_subject(doc, first.start):
        return record
    tree = sentence_tree(doc, before)
    sides = _subject_names(tree, entities) if tree is not None else []
    if not sides:
        return record
    evidence = [Evidence("parties", h.start, h.end, text[h.start : h.end]) for h in sides]
    return attrs.evolve(record, parties=tuple(h.id for h in sides), evidence=(*record.evidence, *evidence))


def _has_roles(record: Agreement) -> bool:
    """Whether the record names a broker or a business role (then its sides are its own business)."""
    fields = ("mediators", "guarantors", "endorsers", "observers", *_ROLES)
    return any(getattr(record, name, ()) for name in fields)


def _sentence_before(doc: Document, start: int) -> Sentence | None:
    """The sentence right before the one holding ``start`` (None for the first)."""
    at = doc.sentence_index(start)
    return doc.sentences[at - 1] if 1 <= at <= len(doc.sentences) else None


def _heads_subject(doc: Document, start: int) -> bool:
    """Whether the mention at ``start`` heads the subject of its clause ("the tentative pact would
    resolve", "when the contract was announced"): a deal that is an object or a modifier ("breaching
    the government protocols", "the end of the unilateral ceasefire") has its doer in its own clause."""
    sentence = doc.sentence_of(start)
    tree = sentence_tree(doc, sentence) if sentence is not None else None
    word = tree.word_at(start) if tree is not None else None
    if tree is None or word is None:
        return False
    head = word
    while tree.words[head].deprel == "compound" and tree.head_of(head) is not None:
        head = tree.head_of(head)  # "the tentative pact": the mention's last word heads it
    return tree.words[head].deprel in _SUBJECTS


def _subject_names(tree: SyntaxTree, entities: EntityIndex) -> list[Hit]:
    """The states, organisations and people named in the subject of the tree's main verb, possessors
    left out; none for a pronoun subject."""
    root = next((k for k, w in enumerate(tree.words) if w.deprel == "root"), None)
    subject = tree.subject(root) if root is not None else None
    if subject is None or tree.words[subject.head].upos == "PRON":
        return []
    hits = [
        h
        for h in entities.within(subject.start, subject.end)
        if h.type in _SIDES and not _POSSESSOR.match(tree.text, h.end)
    ]
    firms = [h for h in hits if h.type == "ORG"]
    homes = {h.id for h in hits if h.type == "GPE" and any(_firm_after(tree.text, h, f) for f in firms)}
    return unique_hits(h for h in hits if h.id not in homes)


def _firm_after(text: str, state: Hit, firm: Hit) -> bool:
    """Whether ``firm`` follows ``state`` past at most two lower-case words ("US operator Sprint")."""
    return state.end <= firm.start and _HOME.fullmatch(text, state.end, firm.start) is not None
