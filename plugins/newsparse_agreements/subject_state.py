"""The agreement as the subject of a state verb: "the deal was abandoned", "the truce broke down".

When a mention's head is the subject of a passive state verb ("was abandoned / scrapped /
suspended / extended / violated / broken / renewed / observed") or of an intransitive one ("collapsed",
"broke down", "expired", "took effect", "came into force", "fell apart", "held") or is declared dead
("is dead", "ceased to exist", "no longer existed": ``collapsed``) or "in place" (``in_force``), that
verb states the agreement's own state, whatever the token rules attached it to (a nearer mention of talks in
"the deal was abandoned after talks failed").  A negated, modal or conditional verb states nothing.
"""

from __future__ import annotations

import re

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree

from .sentence import Local, _Sentence

__all__ = ["read_subject_states"]

# The agreement as the passive subject: "the deal was abandoned".
_PASSIVE = {
    **dict.fromkeys("abandoned scrapped cancelled canceled terminated".split(), "collapsed"),
    **dict.fromkeys("suspended frozen".split(), "suspended"),
    **dict.fromkeys("extended renewed prolonged".split(), "extended"),
    **dict.fromkeys("violated broken breached".split(), "violated"),
    **dict.fromkeys("observed respected".split(), "in_force"),  # "the ceasefire was being observed"
}
# The agreement as the active subject of a verb with no object: "the truce collapsed".  Past forms
# only: a present "expires in February", "takes effect on Monday" is scheduled, the deal still runs.
_INTRANSITIVE = {
    **dict.fromkeys("collapsed crumbled expired lapsed".split(), "collapsed"),
    **dict.fromkeys("held holds".split(), "in_force"),
    "dead": "collapsed",  # the adjective a copula heads: "the deal is dead"
}
# A verb with its particle or object: "broke down", "fell apart", "took effect", "came into force".
_WITH_PARTICLE = {
    ("broke", "down"): "collapsed",
    ("fell", "apart"): "collapsed",
    ("fell", "through"): "collapsed",
    ("took", "effect"): "in_force",
    ("came", "force"): "in_force",
    ("entered", "force"): "in_force",
    ("went", "effect"): "in_force",
    ("ceased", "exist"): "collapsed",
    ("ceases", "exist"): "collapsed",
}
# "the Minsk agreements no longer existed": the parser reads "no" as the subject, so the words
# right after the mention tell it (declared dead, the guidelines' ``collapsed``).
_NO_LONGER = re.compile(r"\s+(?:(?:now|effectively|simply)\s+)?no\s+longer\s+exist(?:s|ed)?\b", re.IGNORECASE)
_FIRST_WORDS = sorted({*_PASSIVE, *_INTRANSITIVE, *(verb for verb, _ in _WITH_PARTICLE), "place"})
# Cheap test before parsing: one of the verbs at most 60 characters after a mention.
_CUE = re.compile(r"\b(?:" + "|".join(_FIRST_WORDS) + r"|longer)\b", re.IGNORECASE)
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_MODALS = frozenset({"would", "could", "might", "may", "should", "must", "will", "shall", "'d", "'ll"})


def read_subject_states(doc: Document, ctx: _Sentence) -> None:
    """Give each agreement mention the state of the verb it is the subject of (see module docstring)."""
    text, s = ctx.text, ctx.sentence
    near = [
        local
        for local in ctx.locals
        if not local.trigger.talks
        and _CUE.search(text, local.trigger.end, min(s.end, local.trigger.end + 60)) is not None
    ]
    if not near:
        return
    tree = sentence_tree(doc, s)
    if tree is None or not tree.words:
        return
    for local in near:
        found = _no_longer(text, local) or _state_of_subject(tree, local)
        if found is None:
            continue
        status, start, end = found
        for other in ctx.locals:  # the cue is this mention's, not a nearer one's ("after talks failed")
            other.statuses[:] = [st for st in other.statuses if not start <= st[1] < end]
        local.statuses.append((status, start, end))


def _no_longer(text: str, local: Local) -> tuple[str, int, int] | None:
    """``collapsed`` when the words right after the mention say it "no longer exists" (read from
    the text: the parser takes "no" for the subject)."""
    found = _NO_LONGER.match(text, local.trigger.end)
    return None if found is None else ("collapsed", found.start() + 1, found.end())


def _state_of_subject(tree: SyntaxTree, local: Local) -> tuple[str, int, int] | None:
    """The state (and its span) told by the verb whose subject is the mention's head word, if any."""
    trig = local.trigger
    first = tree.word_at(trig.start)
    if first is None:
        return None
    k = first
    while k < len(tree.words) and tree.words[k].start < trig.end:
        rel = tree.words[k].deprel
        verb = tree.head_of(k)
        outside = verb is not None and not trig.start <= tree.words[verb].start < trig.end
        if rel in ("nsubj", "nsubj:pass") and verb is not None and outside:
            return _verb_state(tree, verb, passive=rel == "nsubj:pass")
        k += 1
    return None


def _verb_state(tree: SyntaxTree, verb: int, *, passive: bool) -> tuple[str, int, int] | None:
    """The state a verb gives its subject, None when negated, modal, conditional or not a state verb."""
    word = tree.words[verb]
    lower = str.lower(word.text)
    status: str | None = None
    end = word.end
    if passive:
        status = _PASSIVE.get(lower)
    elif lower == "place":
        status = "in_force" if _in_place(tree, verb) else None
    else:
        objects = tree.dependents(verb, "obj")
        status = None if objects else _INTRANSITIVE.get(lower)
        for child in tree.dependents(verb, "compound:prt", "obj", "obl", "advmod", "xcomp"):
            pair = _WITH_PARTICLE.get((lower, str.lower(tree.words[child].text)))
            if pair is not None and child > verb:
                status, end = pair, tree.words[child].end
    if status is None:
        return None
    modality = tree.modality(verb)
    if modality.negated or modality.modal in _MODALS or _conditional(tree, verb):
        return None
    return status, word.start, end


def _in_place(tree: SyntaxTree, head: int) -> bool:
    """Whether "place" heads the copular "is / remains in place" (and not "no longer in place")."""
    cases = {str.lower(tree.words[c].text) for c in tree.dependents(head, "case")}
    adverbs = {str.lower(tree.words[c].text) for c in tree.dependents(head, "advmod")}
    return "in" in cases and "longer" not in adverbs and "place" == str.lower(tree.words[head].text)


def _conditional(tree: SyntaxTree, verb: int) -> bool:
    """Whether the verb heads an "if" / "unless" / "whether" clause (a supposition)."""
    return any(str.lower(tree.words[c].text) in _CONDITIONAL for c in tree.dependents(verb, "mark"))
