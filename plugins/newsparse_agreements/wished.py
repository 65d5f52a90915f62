"""A later state that is only wished, demanded, foreseen or denied ("called for the suspension of
the deal", "the need to scrap the agreement", "would tear up the deal") is no state the text reports.

Issue 17, session 29: the record's status is the latest state the text reports, and a suspension,
collapse, extension or violation under a modal, a verb or noun of wanting or calling, or a negation
has not happened; the mention keeps its other states.  Read from the syntax layer's tree.
"""

from __future__ import annotations

import re

from newsparse.syntax import SyntaxTree

from .sentence import Local, _Sentence

__all__ = ["drop_unreal_states", "unreal_cue"]

# The states a verb or noun of its own gives (the others come from agreeing verbs, read elsewhere).
_LATE_STATES = frozenset({"suspended", "collapsed", "extended", "violated"})
# Cheap look before a state cue: a modal, "to", "for", or a negation shortly before it.
_BEFORE = re.compile(
    r"(?:\b(?:to|for|would|could|might|may|should|must|will|can|shall|ought|not|never)|n't|['’](?:d|ll))"
    r"\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_MODALS = frozenset("would could might may should must will can shall 'd 'll ’d ’ll ought".split())
_NEGATION = frozenset({"not", "n't", "n’t", "never"})
# Verbs and nouns whose complement is wanted, demanded or planned, not done: "vowed to scrap",
# "called for the suspension of", "the need to scrap".
_WISHING = frozenset(
    """
    want wants wanted wanting plan plans planned planning intend intends intended hope hopes hoped
    hoping promise promises promised promising threaten threatens threatened threatening try tries
    tried trying seek seeks sought seeking pledge pledges pledged pledging vow vows vowed vowing
    propose proposes proposed proposing aim aims aimed aiming prepare prepares prepared preparing
    consider considers considered considering urge urges urged urging need needs needed needing
    call calls called calling demand demands demanded demanding push pushes pushed pushing
    threat threats promise pledge vow plan plans proposal proposals call calls demand demands
    effort efforts attempt attempts bid push move moves
    """.split()
)
# How a wanted state hangs from the word that wants it.
_WANTED_RELATIONS = frozenset({"xcomp", "acl", "obl", "obj", "ccomp", "advcl", "nmod"})


def unreal_cue(ctx: _Sentence) -> bool:
    """Whether a late state cue of the sentence has a modal, "to", "for" or a negation shortly
    before it (cheap: the sentence is parsed only then)."""
    text = ctx.text
    for local in ctx.locals:
        for name, start, _ in local.statuses:
            if name in _LATE_STATES and _BEFORE.search(text, max(ctx.sentence.start, start - 40), start):
                return True
    return False


def drop_unreal_states(tree: SyntaxTree, ctx: _Sentence, local: Local) -> None:
    """Drop the mention's late states that the tree places under a modal, a wish or a negation."""
    kept = []
    for status in local.statuses:
        name, start, end = status
        word = tree.word_at(start)
        if name in _LATE_STATES and word is not None and _unreal(tree, word, ctx.text[start:end]):
            continue
        kept.append(status)
    local.statuses[:] = kept


def _unreal(tree: SyntaxTree, word: int, cue: str) -> bool:
    """Whether the state word is foreseen (a modal), wanted (a wishing verb or noun above it) or
    denied (a negation not already part of the cue, as in "did not hold")."""
    modality = tree.modality(word)
    if modality.modal is not None and (modality.modal in _MODALS or modality.modal in _WISHING):
        return True
    lower = cue.lower()
    if modality.negated and not any(n in lower for n in ("not", "n't", "n’t", "never", "fail")):
        return True
    head = tree.head_of(word)
    if head is None or tree.words[word].deprel not in _WANTED_RELATIONS:
        return False
    governor = tree.words[head]
    if str.lower(governor.text) in _WISHING:
        return True  # "called for the suspension", "the need to scrap", "urged them to end"
    auxiliaries = (tree.words[c] for c in tree.dependents(head, "aux"))
    return tree.words[word].upos == "NOUN" and any(str.lower(a.text) in _MODALS for a in auxiliaries)
