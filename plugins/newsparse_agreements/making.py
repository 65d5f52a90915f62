"""Verbs that make a deal without saying "sign" or "agree": "Mr. Obama secured a nuclear deal with
Iran", "He cut a deal with Newt Gingrich", "Sanders worked out an accord with Senator John McCain",
"Zenith lands $1 billion contract" (``syntax``).

Whoever secures, cuts, lands, hammers out or works out a deal is a side of it, like the subject of
"signed" (:data:`.structure.AGREEING_VERBS`): the structure reads its subject and its "with" phrase
the same way.  Only when the deal is the verb's object: "worked on a deal", "cut from the deal" and
"secured under the deal" make no side, "work" / "hammer" only with their particle "out", "cut"
with none ("cut off talks"); who "helped secure" a deal mediated it. A bare singular deal noun
right after the verb ("their oil output cut pact") is a compound the tagger read as a verb.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.syntax import SyntaxTree

from .sentence import _Sentence

__all__ = ["making_cue", "making_verb"]

# The verbs alone ("secured a deal", "cut a deal", "landed a contract").
_MAKING: Final = frozenset("secure secures secured cut cuts land lands landed".split())
# The verbs that make a deal only with their particle: "hammered out a deal", "worked out an accord".
_WITH_OUT: Final = frozenset("hammer hammers hammered work works worked".split())
# The cheap test: such a verb within a few words before the mention (no parsing).
# (No gerund: "for securing the contract" names its maker too rarely to parse for.)
_CUE: Final = re.compile(
    r"\b(?:secur(?:e|es|ed)|cuts?(?!\s+(?:off|back|down|short|out|ties)\b)|land(?:s|ed)?"
    r"|(?:hammer|work)(?:s|ed)?\s+out)"
    r"\s+(?:[\w$£€.,%'’-]+\s+){0,4}\Z",
    re.IGNORECASE,
)
# "helped (to) secure a truce": the helper mediates (no parsing for it).
_HELP: Final = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:to\s+)?\Z", re.IGNORECASE)
_REACH: Final = 48


def making_cue(ctx: _Sentence) -> bool:
    """Whether a mention of the sentence follows a deal-making verb within a few words, in a sentence
    with a name (cheap: the sentence is parsed only then)."""
    text, s = ctx.text, ctx.sentence
    for local in ctx.locals:
        start = local.trigger.start
        floor = max(s.start, start - _REACH)
        found = _CUE.search(text[floor:start])
        if found is not None and _HELP.search(text[max(s.start, floor - 16) : floor + found.start()]) is None:
            return bool(ctx.entities.within(s.start, s.end))
    return False


def _helping(tree: SyntaxTree, verb: int) -> bool:
    """Whether the verb is what someone helps to do ("helped secure a truce"): the helper mediates."""
    up = tree.head_of(verb)
    return up is not None and str.lower(tree.words[up].text).startswith("help")


def making_verb(tree: SyntaxTree, verb: int, head: int) -> bool:
    """Whether ``verb`` makes the deal whose head word is ``head``: the deal is its object and the verb
    is "secured" / "cut" / "landed", or "hammered" / "worked" with its particle "out"."""
    if tree.words[head].deprel != "obj" or tree.head_of(head) != verb or _helping(tree, verb):
        return False
    word = str.lower(tree.words[verb].text)
    prt = tree.dependents(verb, "compound:prt")
    particles = {str.lower(tree.words[k].text) for k in prt}
    if head == max([verb, *prt]) + 1 and not str.lower(tree.words[head].text).endswith("s"):
        return False  # "their output cut pact": a bare singular deal noun right after is a compound
    if word in _MAKING:
        return not particles  # "cut off talks", "landed up in a deal": no making
    return word in _WITH_OUT and "out" in particles
