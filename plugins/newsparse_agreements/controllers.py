"""The side of a deal verb with no subject of its own, told by what controls it (``syntax``): "said Mr
Wallace after signing the deal", "He returned, pledging to conclude a settlement", "George Bush's
refusal to sign up to the Kyoto protocol", "he was forced to abandon plans to sign a treaty".

An agreeing verb ("sign", "conclude", "reach") in a participle or gerund clause, or an infinitive
completing a noun of intent or refusal, has no subject in the tree: whoever would sign is told
elsewhere in the structure (session 38's table: 9 of 23 wrong sides; session 39's: 9 of 44).
The side is the subject of the verb a participle clause (an ``advcl`` with no auxiliary, "pledging",
"after signing") hangs on; for an infinitive (``acl`` with "to") of a noun of :data:`INTENT_NOUNS`,
the noun's possessor ("Bush's refusal"), else the subject of the verb the noun is the object of when
that verb only carries the intent ("abandon plans to sign", "announced plans to sign": not "welcomed
the decision to sign", whose subject is an outsider). Open complements and conjuncts are climbed on
the way, as for an own subject.  Without such a controller the verb keeps no subject.

A deal that is the "for" / "of" complement of a noun of pursuit or provision ("Mr. Obama's push for a
nuclear agreement with Iran", "Rome's provision of a loan") has the noun's possessor for a side, when
that is a person, a place or an organisation named (not a pronoun: :mod:`.owners` reads those).
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.syntax import Phrase, SyntaxTree

from .sentence import Local, _Sentence

__all__ = ["INTENT_NOUNS", "PURSUIT_NOUNS", "controller_subjects", "pursuer_parties", "pursuit_cue"]

# Nouns whose infinitive is what their possessor (or the subject that has them) means to do.
INTENT_NOUNS: Final = frozenset(
    """
    plan plans refusal decision attempt attempts bid bids effort efforts failure promise pledge intention
    intent willingness readiness reluctance determination desire commitment move push offer threat
    """.split()
)
# Verbs whose object's intent is their subject's: "abandoned plans to sign", "announced a decision to".
_CARRYING: Final = frozenset(
    """
    abandon abandons abandoned abandoning drop drops dropped dropping shelve shelves shelved shelving scrap
    scraps scrapped scrapping announce announces announced announcing unveil unveils unveiled unveiling
    make makes made making have has had having renew renews renewed renewing launch launches launched
    launching confirm confirms confirmed confirming reverse reverses reversed reversing
    """.split()
)
# Subordinators after which a gerund's doer is not bound by what it names ("without signing").
_NOT_DONE: Final = frozenset({"without", "instead", "rather"})
_SUBJECTS: Final = ("nsubj", "nsubj:pass")
# Nouns whose possessor pursues or provides the deal of their "for" / "of" complement.
PURSUIT_NOUNS: Final = frozenset("push drive quest pursuit effort efforts search provision".split())
_PURSUIT_CASES: Final = frozenset({"for", "of"})
# The cheap test (no parsing): a possessive, such a noun and "for" / "of" shortly before a mention.
_PURSUIT: Final = re.compile(
    r"(?:['\u2019]s|s['\u2019])\s+(?:[\w-]+\s+){0,2}(?:"
    + "|".join(sorted(PURSUIT_NOUNS))
    + r")\s+(?:for|of)\s(?:[^\s.!?]+\s+){0,6}\Z",
    re.IGNORECASE,
)
_REACH: Final = 90
_PURSUERS: Final = frozenset({"PERSON", "GPE", "ORG"})
_STEPS: Final = 6


def controller_subjects(tree: SyntaxTree, verb: int) -> list[Phrase]:
    """The subject phrases (a subject and its conjuncts, or a possessor) that control ``verb``, an
    agreeing verb with no subject of its own; empty when no controller is told."""
    k = verb
    for _ in range(_STEPS):
        own = tree.dependents(k, *_SUBJECTS)
        if own and k != verb:
            return [tree.noun_phrase(h) for h in (own[0], *tree.dependents(own[0], "conj"))]
        word = tree.words[k]
        up = tree.head_of(k)
        if up is None or own:
            return []
        if word.deprel in ("xcomp", "conj") or _participle(tree, k):
            k = up
        elif word.deprel == "acl" and _infinitive(tree, k) and str.lower(tree.words[up].text) in INTENT_NOUNS:
            owner = tree.dependents(up, "nmod:poss")
            if owner:
                return [] if tree.words[owner[0]].upos == "PRON" else [tree.noun_phrase(owner[0])]
            carrier = tree.head_of(up)
            if tree.words[up].deprel != "obj" or carrier is None:
                return []
            if str.lower(tree.words[carrier].text) not in _CARRYING:
                return []
            k = carrier
        else:
            return []
    return []


def _participle(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` heads a participle or gerund clause whose doer is its host's subject: an
    ``advcl`` verb in "-ing" with no auxiliary, not after "without" / "instead of" / "rather than"."""
    word = tree.words[k]
    if word.deprel != "advcl" or word.upos != "VERB" or not str.lower(word.text).endswith("ing"):
        return False
    if tree.dependents(k, "aux", "aux:pass", *_SUBJECTS):
        return False
    marks = {str.lower(tree.words[m].text) for m in tree.dependents(k, "mark", "case")}
    return not marks & _NOT_DONE


def _infinitive(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` is a verb with the infinitive's "to" ("plans [to sign]")."""
    return tree.words[k].upos == "VERB" and any(
        str.lower(tree.words[m].text) == "to" for m in tree.dependents(k, "mark")
    )


def pursuit_cue(ctx: _Sentence) -> bool:
    """Whether a mention of the sentence follows "X's push for" / "X's provision of" (cheap: no parsing)."""
    text, floor = ctx.text, ctx.sentence.start
    for local in ctx.locals:
        start = max(floor, local.trigger.start - _REACH)
        if _PURSUIT.search(text[start : local.trigger.start]) is not None:
            return True
    return False


def pursuer_parties(tree: SyntaxTree, ctx: _Sentence, local: Local, head: int) -> None:
    """Give the mention headed by ``head`` the named possessor of the pursuit or provision noun whose
    "for" / "of" complement it is ("Mr. Obama's push for [a nuclear agreement]")."""
    noun = tree.head_of(head)
    if noun is None or tree.words[head].deprel != "nmod":
        return
    if str.lower(tree.words[noun].text) not in PURSUIT_NOUNS:
        return
    if not any(str.lower(tree.words[c].text) in _PURSUIT_CASES for c in tree.dependents(head, "case")):
        return
    owners = [k for k in tree.dependents(noun, "nmod:poss") if tree.words[k].upos != "PRON"]
    if not owners:
        return
    owner = tree.noun_phrase(owners[0])
    known = {h.id for h in local.roles["parties"]}
    found = [h for h in ctx.entities.within(owner.start, owner.end) if h.type in _PURSUERS]
    fresh = [h for h in found[-1:] if h.id not in known]
    if fresh:
        local.give("parties", fresh, owner.start, owner.end)
