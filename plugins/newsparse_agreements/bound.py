"""Who is bound by a deal a clause says they are under: "Nunberg was bound by a confidentiality
agreement", "Llewellyn is on a one-season deal with Narbonne" (``syntax``).

The subject of "be under / on" a deal, or of "bound by", "locked into" or "tied to" one, is a side of
it, like the subject of "signed" (:data:`.structure.AGREEING_VERBS`): the structure reads its subject
and its "with" phrase the same way, and the deal, named as binding someone now, is running
(``in_force``) when nothing else tells its state.  Only when the tree makes the deal the predicate of
"be" with "under" / "on", or the oblique of such a verb with its preposition: "worked on a deal" and
"talks on a deal" make no side.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.syntax import SyntaxTree

from .sentence import Local, _Sentence

__all__ = ["binding_clause", "bound_cue", "running_state"]

# "is under a contract", "is on a one-season deal": the deal is the predicate of "be".
_BEING_IN: Final = frozenset({"under", "on"})
# "bound by an agreement", "locked into a contract", "tied to a deal": the verb and its preposition.
_BINDING: Final = {"bound": "by", "locked": "into", "tied": "to"}
# The cheap test: such a phrase right before the mention (no parsing), in a sentence with a name.
_CUE: Final = re.compile(
    r"\b(?:(?:is|was|are|were|am|be|been|being|remains?|remained|'m|'re|’m|’re)\s+(?:\w+\s+)?(?:under|on)"
    r"|(?:bound\s+by|locked\s+into|tied\s+to))"
    r"\s+(?:a|an|the|his|her|their|its)\s+(?:[\w$£€.,%'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
_REACH: Final = 64


def bound_cue(ctx: _Sentence) -> bool:
    """Whether a mention of the sentence follows "is under / on", "bound by", "locked into" or "tied
    to" and a determiner, in a sentence with a name (cheap: the sentence is parsed only then)."""
    text, s = ctx.text, ctx.sentence
    for local in ctx.locals:
        start = local.trigger.start
        if _CUE.search(text[max(s.start, start - _REACH) : start]) is not None:
            return bool(ctx.entities.within(s.start, s.end))
    return False


def _case(tree: SyntaxTree, head: int) -> str:
    """The preposition of the phrase headed by ``head`` ("" for none)."""
    found = tree.dependents(head, "case")
    return str.lower(tree.words[found[0]].text) if found else ""


def binding_clause(tree: SyntaxTree, head: int) -> int | None:
    """The word whose subject the deal headed by ``head`` binds: the deal itself when it is the
    predicate of "be" with "under" / "on", or the verb "bound" / "locked" / "tied" whose oblique it
    is with "by" / "into" / "to"; None otherwise."""
    case = _case(tree, head)
    if case in _BEING_IN and tree.dependents(head, "cop"):
        return head
    verb = tree.head_of(head)
    if verb is None or tree.words[head].deprel != "obl" or tree.words[verb].upos != "VERB":
        return None
    return verb if _BINDING.get(str.lower(tree.words[verb].text)) == case else None


def running_state(tree: SyntaxTree, local: Local, clause: int) -> None:
    """A deal someone is under or bound by, with no state of its own, is running (``in_force``)."""
    if not local.statuses and local.roles["parties"] and not tree.modality(clause).negated:
        word = tree.words[clause]
        local.statuses.append(("in_force", word.start, word.end))
