"""Who made a deal a relative clause tells: "the nuclear deal Obama negotiated with Iran", "the
treaty that Russia signed in 1999", "the contract Siemens won" (``syntax``; session 30).

The deal noun heads a relative clause (``acl:relcl``) whose verb makes a deal (signs, reaches,
strikes, negotiates, wins ...) and has no object of its own but the relative pronoun: the deal is
what the verb made, so the verb's subject is a side, read by the structure like the subject of
"signed" (:func:`.structure._agreeing_clause`).  A clause whose subject is the relative pronoun
("the deal that made him rich") or a clause of brokering ("the truce Egypt brokered": a mediator)
is never read.  The parse often leaves the verb after "that" unattached: such a verb counts when
the "that" / "which" stands right after the deal noun and hangs on it.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.syntax import SyntaxTree

from .sentence import _Sentence

__all__ = ["relative_cue", "relative_maker"]

# Verbs whose subject makes the deal they have as their object.
_MAKERS: Final = frozenset(
    """
    sign signs signed reach reaches reached strike strikes struck conclude concludes concluded seal
    seals sealed ink inks inked clinch clinches clinched finalize finalizes finalized finalise finalises
    finalised forge forges forged negotiate negotiates negotiated win wins won secure secures secured
    """.split()
)
_RELATIVE_PRONOUNS: Final = frozenset({"that", "which", "who", "whom"})
# The cheap test: such a verb within a few words after the mention, in a sentence with a name.
_CUE: Final = re.compile(
    r"\A\s+(?:(?:that|which)\s+)?(?:[\w.'’-]+\s+){1,5}?(?:had\s+|has\s+|have\s+|would\s+|will\s+)?"
    r"(?:" + "|".join(sorted(_MAKERS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_REACH: Final = 80


def relative_cue(ctx: _Sentence) -> bool:
    """Whether a mention of the sentence is followed within a few words by a deal-making verb, in a
    sentence with a name (cheap: the sentence is parsed only then)."""
    text, s = ctx.text, ctx.sentence
    for local in ctx.locals:
        end = local.trigger.end
        if _CUE.match(text[end : min(s.end, end + _REACH)]) is not None:
            return bool(ctx.entities.within(s.start, s.end))
    return False


def _clauses(tree: SyntaxTree, head: int) -> list[int]:
    """The verbs of the relative clauses on ``head``: its ``acl:relcl`` dependents, and the verb of a
    "that" / "which" right after it that the parse left unattached ("the deal that X negotiated")."""
    verbs = list(tree.dependents(head, "acl:relcl"))
    after = head + 1
    if after < len(tree.words) and str.lower(tree.words[after].text) in ("that", "which"):
        verb = tree.head_of(after)
        if verb is not None and verb > after and tree.words[verb].deprel is None and verb not in verbs:
            verbs.append(verb)
    return verbs


def relative_maker(tree: SyntaxTree, head: int) -> int | None:
    """The verb of a relative clause on the deal noun ``head`` that made it, or None."""
    for verb in _clauses(tree, head):
        if str.lower(tree.words[verb].text) not in _MAKERS or tree.words[verb].upos != "VERB":
            continue
        objects = tree.dependents(verb, "obj")
        if any(str.lower(tree.words[o].text) not in _RELATIVE_PRONOUNS for o in objects):
            continue  # "the deal that gave Iran sanctions relief": another object
        subjects = tree.dependents(verb, "nsubj")
        if not subjects or str.lower(tree.words[subjects[0]].text) in _RELATIVE_PRONOUNS:
            continue  # "the deal that won praise": the deal did it
        return verb
    return None
