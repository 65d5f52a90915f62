"""Whether the claim holding an event reports its toll, or only names an earlier event in passing.

"Sri Lanka faces a bill for reconstruction after the tsunami which killed more than 30,000 of its
people, its central bank says": the bank reports the bill; the toll is told in a relative clause on
the earlier event the content is timed or caused by. The guideline's source is "the source the
figure is attributed to": such a toll is attributed to no one. Read from the ``syntax`` layer: on
the way from the trigger up to the claim's cue, a relative clause (``acl:relcl``) or reduced
relative (``acl``) whose antecedent sits in a phrase opened by "after", "following", "since",
"before" or "as a result of" ("after it recovered the body of a soldier abducted by Hamas").
A relative on the content's own subject or object ("police said a bomb that killed 12 exploded")
keeps the claim.

Nor is a claim whose cue tells no report (session 32): a cue that is itself an act of violence
("Imbonerakure attacked and injured a leader": the claims layer's "attacked" of criticism) or an
adjective in the tree ("shells fired by alleged LNA forces killed three"); the next claim holding
the event, if any, is its source.

Nor, since session 38, is a claim whose cue judges, disputes or denies what its content names
(:data:`lexicon.JUDGING_CUES`, read off the claim's own ``cue`` span of the contract): "The UN condemned
the bombing that killed 40", "Israel disputes the toll of 30 dead", "the army denied that 30 were
killed" report no toll; the guideline's "deplored the bomb blasts which killed" is no attribution.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse import Claim, Span
from newsparse.syntax import SyntaxTree
from newsparse_events.anchors import source_of
from newsparse_events.lexicon import JUDGING_CUES, VIOLENCE_WORDS
from newsparse_events.model import SourceRef

__all__ = ["claimed_source", "in_aside_relative", "tells_no_report"]

_RELATIVES = frozenset({"acl:relcl", "acl"})
_EARLIER = frozenset({"after", "following", "since", "before"})
_CAUSE_NOUNS = frozenset({"result", "aftermath", "wake"})
_CLIMB = frozenset({"nmod", "obl", "obj", "conj", "nmod:poss"})
MAX_CLIMB = 4  # nouns from the antecedent up to the phrase's opening word


def _after_earlier(tree: SyntaxTree, noun: int) -> bool:
    """Whether word ``noun`` lies in a phrase opened by "after"/"following"/... or "as a result of"."""
    k: int | None = noun
    for _ in range(MAX_CLIMB):
        if k is None:
            return False
        word = tree.words[k]
        if str.lower(word.text) in _CAUSE_NOUNS:
            return True
        marks = tree.dependents(k, "case", "mark")
        if any(str.lower(tree.words[m].text) in _EARLIER for m in marks):
            return True
        if word.deprel not in _CLIMB:
            return False
        k = tree.head_of(k)
    return False


def in_aside_relative(tree: SyntaxTree, trigger: int, cue: int | None) -> bool:
    """Whether word ``trigger`` sits in a relative clause on an earlier event's noun below ``cue``."""
    k: int | None = trigger
    for _ in range(len(tree.words)):
        if k is None or k == cue:
            return False
        head = tree.head_of(k)
        if head is not None and tree.words[k].deprel in _RELATIVES and head != cue:
            return _after_earlier(tree, head)
        k = head
    return False


def tells_no_report(claim: Claim, tree: SyntaxTree | None) -> bool:
    """Whether a claim's cue is no saying: a word of violence ("attacked"), a word that judges, disputes
    or denies ("condemned", "disputes": no report of what it names) or, in the tree, an adjective
    ("alleged LNA forces"; a verb the parse hangs as a modifier still says)."""
    cue = str.lower(claim.cue.text)
    if cue in VIOLENCE_WORDS or not JUDGING_CUES.isdisjoint(cue.split()):
        return True
    k = tree.word_at(claim.cue.start) if tree is not None else None
    return tree is not None and k is not None and tree.words[k].upos == "ADJ"


def claimed_source(
    claims: Sequence[Claim], tree: SyntaxTree | None, trigger: Span, start: int, end: int
) -> SourceRef | None:
    """The claim reporting the event of ``trigger`` (see :func:`anchors.source_of`), unless the event
    is only named in a relative clause on an earlier event of the claim's content or the claim's cue
    tells no report (:func:`tells_no_report`)."""
    found = source_of(claims, start, end)
    if found is None:
        return None
    claim = next((c for c in claims if c.start == found.start and c.end == found.end), None)
    if claim is not None and tells_no_report(claim, tree):
        claims = [c for c in claims if not tells_no_report(c, tree)]
        found = source_of(claims, start, end)
        if found is None:
            return None
        claim = next((c for c in claims if c.start == found.start and c.end == found.end), None)
    if tree is None:
        return found
    word = tree.word_at(trigger.start)
    if word is None or claim is None:
        return found
    return None if in_aside_relative(tree, word, tree.word_at(claim.cue.start)) else found
