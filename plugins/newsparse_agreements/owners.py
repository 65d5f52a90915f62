"""The side a possessive pronoun names: "the Clinton campaign is violating the law through its joint
fundraising agreement with the DNC", "Vodafone said its deal with Verizon would close" (``syntax``).

A deal noun whose possessor is "its", "their", "his" or "her" (the tree's ``nmod:poss``) is owned by
the subject of its clause: the subject of the verb it hangs on, or, when the deal is itself that
subject, the subject of the reporting verb whose complement the clause is ("Vodafone said [its deal
... would close]").  The pronoun must fit the subject: "his" / "her" a person named at the subject's
head; "its" an organisation or a country at the head, or the one name compounded into a common-noun
head ("the Clinton campaign"); "their" two or more names joined at the head, or one organisation.
An open complement's subject is its controller's ("Ford is going to cancel their deal"); for "its",
a subject "it" or "the company" stands for the one firm named before it
(:func:`.antecedents.anaphoric_subject`). A subject that names no one ("analysts said") gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse.syntax import Phrase, SyntaxTree

from .antecedents import anaphoric_subject
from .context import Hit
from .sentence import Local, _Sentence

__all__ = ["owned", "owner_parties"]

# A possessive pronoun before a mention, past at most three modifiers: the cheap test (no parsing).
_POSSESSED: Final = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}\Z", re.IGNORECASE)
_REACH: Final = 48
# Mentions the bid rules read ("its bid", "their offer").
_BIDS: Final = ("bid", "bids", "offer", "offers")
# A subject "it" or "the company" before the pronoun, for "its" to stand for the firm named earlier.
_IT: Final = re.compile(r"\b(?:[Ii]t|company|firm|group|bank|carrier|airline|insurer|lender|maker)\b")
_OWNERS: Final = frozenset({"its", "their", "his", "her"})
# Clauses whose subject a deal that is their own subject takes from the verb above them.
_REPORTED: Final = frozenset({"ccomp"})
_PERSONS: Final = frozenset({"PERSON"})
_BODIES: Final = frozenset({"ORG", "GPE", "NORP"})


def owned(ctx: _Sentence) -> bool:
    """Whether a mention of the sentence follows a possessive pronoun ("its joint fundraising
    agreement") with a name not yet its side, or an "it" / "the company", before it in the sentence
    for the subject to be (not a bid or talks): cheap, no parsing."""
    text, s = ctx.text, ctx.sentence
    for local in ctx.locals:
        trig = local.trigger
        if trig.talks or str.lower(trig.text).endswith(_BIDS):
            continue  # "its bid": the bid rules read the bidder (:func:`.antecedents.bidder_before`)
        found = _POSSESSED.search(text[max(s.start, trig.start - _REACH) : trig.start])
        if found is None:
            continue
        pronoun = max(s.start, trig.start - _REACH) + found.start()
        known = {h.id for h in local.roles["parties"]}
        if any(h.id not in known for h in ctx.entities.within(s.start, pronoun)):
            return True  # a name not yet a side, for the subject to be
        if _IT.search(text, s.start, pronoun) is not None:
            return True  # an "it" / "the company" standing for a firm named before
    return False


def owner_parties(tree: SyntaxTree, ctx: _Sentence, local: Local, head: int) -> None:
    """Give the mention headed by ``head`` the side its possessive pronoun stands for (module docstring)."""
    owners = [c for c in tree.dependents(head, "nmod:poss") if str.lower(tree.words[c].text) in _OWNERS]
    if not owners:
        return
    owner = _owner_subject(tree, head)
    if owner is None:
        return
    subject = owner[0]
    pronoun = str.lower(tree.words[owners[0]].text)
    found: Sequence[Hit] = []
    if tree.words[subject.head].upos != "PRON":
        found = _fitting(tree, ctx, subject, pronoun)
    if not found and pronoun == "its":  # "it" / "the company": the one firm named before it
        found = _named_before(ctx, subject)
    known = {h.id for h in local.roles["parties"]}
    fresh = [h for h in found if h.id not in known]
    if fresh:
        local.give("parties", fresh, subject.start, subject.end)


def _named_before(ctx: _Sentence, subject: Phrase) -> list[Hit]:
    """The one firm or country a subject "it" / "the company" stands for, named before it
    (:func:`.antecedents.anaphoric_subject`, which reads the subject right before where it is asked)."""
    after = subject.end
    while after < len(ctx.text) and ctx.text[after] in " \t\n":
        after += 1
    return anaphoric_subject(ctx.text, ctx.entities, ctx.sentence.start, after)


def _owner_subject(tree: SyntaxTree, head: int) -> tuple[Phrase, int] | None:
    """The subject of the clause the mention sits in (and that clause's verb): an open complement's
    is its controller's; for a mention that is that subject, the subject of the reporting verb its
    clause is the complement of."""
    at = tree.words[head].start
    k = head
    for _ in range(4):
        verb = tree.predicate(k)
        if verb == head:
            return None  # the mention heads its own clause (a headline, a fragment)
        subject = tree.subject(verb, shared=True)
        if subject is not None and not subject.start <= at < subject.end:
            return subject, verb
        up = tree.head_of(verb)
        relation = tree.words[verb].deprel
        if up is None or not (relation in _REPORTED or (subject is None and relation == "xcomp")):
            return None
        k = up
    return None


def _fitting(tree: SyntaxTree, ctx: _Sentence, subject: Phrase, pronoun: str) -> list[Hit]:
    """The names of the subject the pronoun fits (module docstring), or none."""
    heads, at_heads = _at_heads(tree, ctx, subject)
    if pronoun in ("his", "her"):
        return at_heads[:1] if len(at_heads) == 1 and at_heads[0].type in _PERSONS else []
    if pronoun == "their":
        if len(at_heads) >= 2 or (len(at_heads) == 1 and at_heads[0].type == "ORG"):
            return list(at_heads)
        return []
    if len(at_heads) == 1:
        return list(at_heads) if at_heads[0].type in _BODIES and len(heads) == 1 else []
    if at_heads or len(heads) > 1 or tree.words[subject.head].upos != "NOUN":
        return []
    compounds = _compounded(tree, ctx.entities.within(subject.start, subject.end), subject.head)
    return compounds if len(compounds) == 1 else []


def _at_heads(tree: SyntaxTree, ctx: _Sentence, subject: Phrase) -> tuple[list[int], list[Hit]]:
    """The subject's head and its conjuncts' heads, and the names standing at them ("Russia and
    Norway"; not "US" in "the US bank")."""
    heads = [subject.head, *tree.dependents(subject.head, "conj")]
    phrases = [subject, *(tree.noun_phrase(k) for k in heads[1:])]
    hits = [h for p in phrases for h in ctx.entities.within(p.start, p.end)]
    return heads, [h for h in hits if any(h.start <= tree.words[k].start < h.end for k in heads)]


def _compounded(tree: SyntaxTree, hits: Sequence[Hit], head: int) -> list[Hit]:
    """The names compounded into a common-noun head ("the Clinton campaign": Clinton)."""
    words = [tree.words[k] for k in tree.dependents(head, "compound")]
    return [h for h in hits if any(h.start <= w.start < h.end for w in words)]
