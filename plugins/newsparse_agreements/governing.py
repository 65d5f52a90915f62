"""The state of an agreement no cue word states, from the verb it is the object of (``syntax``).

A mention with no state cue in its sentence may still be the object of a verb that makes a deal:
"worked out an accord with Senator McCain", "a new agreement was drawn up", "helped broker a truce",
"it might be in both parties' interest to reach a deal".  The verb's tense, negation and modality
(through :meth:`SyntaxTree.modality`) give the state: made in the past (a past form, a perfect or a
passive) is ``signed``; under a modal or a wish ("might reach", "hope to cut a deal") is
``proposed``; negated, conditional ("if", "unless", "whether") or with no tense of its own (an
infinitive or a gerund under some other verb) gives none.  Only mentions with no state at all are
read, so a cue word's state always stands.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.syntax import SyntaxTree

from .sentence import Local, _Sentence

__all__ = ["MAKING_WORD", "governing_state", "unstated"]

# Verbs whose object is a deal they make ("reach a deal", "worked out an accord"): a particle verb
# counts with its particle only ("worked out", "drawn up", "hammered out", "cobbled together").
_MAKING_VERBS: Final = frozenset(
    """
    sign signs signed strike strikes struck reach reaches reached conclude concludes concluded seal seals
    sealed ink inks inked clinch clinches clinched finalize finalizes finalized finalise finalises finalised
    forge forges forged agree agrees agreed broker brokers brokered make makes made cut cuts secure secures
    secured arrange arranges arranged work works worked draw draws drew drawn hammer hammers hammered put
    puts cobble cobbles cobbled
    """.split()
)
_PARTICLES: Final = {
    "work": "out", "works": "out", "worked": "out", "draw": "up", "draws": "up", "drew": "up",
    "drawn": "up", "hammer": "out", "hammers": "out", "hammered": "out", "put": "together",
    "puts": "together", "cobble": "together", "cobbles": "together", "cobbled": "together",
}  # fmt: skip
# Past forms that do not end in "-ed".
_IRREGULAR_PAST: Final = frozenset("made cut struck drew drawn put".split())
_PAST_AUXILIARIES: Final = frozenset("has have had was were been".split())  # not "once it is reached"
_MODALS: Final = frozenset("would could might may will shall should must 'll ’ll 'd ’d".split())
_WISHES: Final = frozenset(
    "want wants wanted hope hopes hoped expect expects expected plan plans planned intend intends intended "
    "seek seeks sought aim aims aimed propose proposes proposed".split()
)
# A done verb above an open complement: "helped broker a truce", "managed to arrange a ceasefire".
_ACHIEVED: Final = frozenset({"helped", "managed"})
_CONDITIONS: Final = frozenset({"if", "unless", "whether"})
# Nouns of a deal offered, not made: "made a bid", "put together an offer" make only a proposal.
_OFFERS: Final = ("bid", "bids", "offer", "offers", "proposal", "proposals", "approach", "plan", "plans")
# How far before and after a mention its making verb is looked for by the cheap test (characters).
_REACH_BEFORE: Final = 48
_REACH_AFTER: Final = 24
# Any form of a making verb, for the cheap test of whether a sentence is worth parsing for this rule.
MAKING_WORD: Final = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(v) for v in _MAKING_VERBS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def unstated(ctx: _Sentence) -> bool:
    """Whether a mention of the sentence has no state and a making verb stands just before it or
    just after it ("worked out an accord", "an agreement was drawn up"): cheap, no parsing."""
    text, s = ctx.text, ctx.sentence
    for local in ctx.locals:
        trig = local.trigger
        if local.statuses or trig.talks or str.lower(trig.text).endswith(_OFFERS):
            continue
        if MAKING_WORD.search(text, max(s.start, trig.start - _REACH_BEFORE), trig.start) is not None:
            return True
        if MAKING_WORD.search(text, trig.end, min(s.end, trig.end + _REACH_AFTER)) is not None:
            return True
    return False


def governing_state(tree: SyntaxTree, local: Local, head: int) -> None:
    """Give a mention with no state the one its governing making verb's tense and mood tell."""
    if local.statuses or local.trigger.talks or str.lower(local.trigger.text).endswith(_OFFERS):
        return
    found = _state(tree, head)
    if found is not None:
        word = tree.words[found[1]]
        local.statuses.append((found[0], word.start, word.end))


def _state(tree: SyntaxTree, head: int) -> tuple[str, int] | None:
    """The state (and the verb's index) the verb governing mention ``head`` as its object gives."""
    k, verb = head, tree.head_of(head)
    if tree.words[k].deprel == "conj" and verb is not None:  # "worked out a truce and a deal"
        k, verb = verb, tree.head_of(verb)
    if verb is None or tree.words[k].deprel not in ("obj", "nsubj:pass") or not _making(tree, verb):
        return None
    modality = tree.modality(verb)
    if modality.negated or _conditional(tree, verb):
        return None
    if modality.modal in _MODALS or modality.modal in _WISHES:
        return "proposed", verb
    return ("signed", verb) if _made(tree, verb) else None


def _making(tree: SyntaxTree, verb: int) -> bool:
    """Whether ``verb`` is a verb that makes a deal (with its particle, if it needs one)."""
    word = tree.words[verb]
    lower = str.lower(word.text)
    if word.upos != "VERB" or lower not in _MAKING_VERBS:
        return False
    particle = _PARTICLES.get(lower)
    return particle is None or any(str.lower(tree.words[c].text) == particle for c in tree.children[verb])


def _conditional(tree: SyntaxTree, verb: int) -> bool:
    """Whether ``verb`` or a verb it is the open complement of opens with "if" / "unless" / "whether"."""
    k: int | None = verb
    for _ in range(5):
        if k is None:
            return False
        if any(str.lower(tree.words[c].text) in _CONDITIONS for c in tree.children[k]):
            return True
        if tree.words[k].deprel != "xcomp":
            return False
        k = tree.head_of(k)
    return False


def _made(tree: SyntaxTree, verb: int) -> bool:
    """Whether ``verb`` reports the deal made: a past form with no auxiliary but "has" / "was" and
    the like, or an open complement of "helped" / "managed" ("helped broker a truce")."""
    word = tree.words[verb]
    lower = str.lower(word.text)
    if word.deprel == "xcomp":
        up = tree.head_of(verb)
        return up is not None and str.lower(tree.words[up].text) in _ACHIEVED
    auxiliaries = [
        str.lower(tree.words[c].text)
        for c in tree.children[verb]
        if tree.words[c].deprel in ("aux", "aux:pass")
    ]
    if (word.deprel in ("acl", "advcl") and not auxiliaries) or lower.endswith("ing"):
        return False  # "to make a deal", "making a deal": no tense of its own
    past = lower.endswith("ed") or lower in _IRREGULAR_PAST
    return past and all(a in _PAST_AUXILIARIES for a in auxiliaries)
