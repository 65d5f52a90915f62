"""A content ends before a second predicate of its cue's subject, read from the ``syntax`` layer.

"Kaine championed gay rights and extended benefits to gay couples": the content of "championed" is
its object, not "and extended ...", which the syntax layer attaches to the cue verb (``conj``), not
to a word of the content. Where the content is a clause ("said the firm posted a loss and cut
jobs") the layer attaches the second verb to the clause's own verb, and the content is kept whole.
Only a content holding "and"/"but" before a word that may be a finite verb asks the layer, so most
sentences are never analysed here.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.syntax import SyntaxTree
from newsparse_claims.found import Found
from newsparse_claims.heads import SourceHeads

__all__ = ["without_conjoined_predicate"]

# "and"/"but", at most one adverb, then a word that may be a finite verb (an auxiliary or a past
# form): the cheap test that decides whether the sentence is analysed at all
_JOINED: Final = re.compile(
    r"\b(and|but)\s+(?:(?:then|also|later|since|still|now|quickly|[a-z]+ly)\s+)?"
    r"(?:has|have|had|was|were|is|are|did|does|will|would|could|can|[a-z]+ed"
    r"|said|told|made|took|went|gave|left|saw|came|became|got|sought|kept|held|met|won|lost|spent"
    r"|sent|stood|thought|felt|knew|wrote|spoke|began|brought|found|put|set|ran|led|paid)\b"
)
_QUOTES: Final = frozenset('"“”')
# speech cues, whose content is nearly always a clause: not analysed (2 of the 31 outside firings
# were theirs, "said yes and took the opportunity", against half of the sentences analysed)
_CLAUSE_CUES: Final = frozenset("said says say saying told tells tell telling added adding".split())
# words opening a question or subordinate clause: a verb joined after them is the clause's own
_CLAUSE_OPENERS: Final = frozenset("why how whether what if who when where because while".split())


def without_conjoined_predicate(text: str, heads: SourceHeads, item: Found, *, pretest: bool = True) -> Found:
    """The claim with its content ended before a verb the syntax layer conjoins to the cue verb.

    ``pretest=False`` asks for the tree even where ``may_cut`` proves it cannot cut (the tests' reference).
    """
    start, end = item.content
    if item.cue[1] > start:
        return item  # a content before its cue ('"...," he said'): no predicate of the cue inside it
    if text.find(" and ", start, end) < 0 and text.find(" but ", start, end) < 0:
        return item  # most contents: two C-level searches, no pattern
    if str.lower(text[item.cue[0] : item.cue[1]]) in _CLAUSE_CUES:
        return item  # "said the firm posted a loss and cut jobs": a clause, whose own verb the layer joins
    joined = {m.start(1) for m in _JOINED.finditer(text, start, end)}
    if not joined or (pretest and not any(may_cut(text, start, at) for at in joined)):
        return item  # no "and"/"but" where a cut could be kept: the tree is not asked (``may_cut``)
    tree = heads.tree(item.cue[0])
    if tree is None:
        return item
    verbs = [k for k, w in enumerate(tree.words) if item.cue[0] <= w.start < item.cue[1] and w.upos == "VERB"]
    if not verbs:
        return item
    cue = verbs[-1]
    for k in tree.dependents(cue, "conj"):
        word = tree.words[k]
        if word.upos not in {"VERB", "AUX"} or not start < word.start < end:
            continue
        joins = [c for c in tree.dependents(k, "cc") if tree.words[c].start in joined]
        if not joins or not _predicate_joined(tree, joins[0], k, start):
            continue
        cut = tree.words[joins[0]].start
        if any(mark in text[start:cut] for mark in _QUOTES) and _open_quotation(text, start, cut):
            continue  # the quoted speaker's own "and"
        kept = text[start:cut].rstrip(" ,;\n")
        if kept:
            return item.with_content((start, start + len(kept)))
    return item


def may_cut(text: str, start: int, at: int) -> bool:
    """Whether the content from ``start`` may be cut at the "and"/"but" at ``at``, judged on the words.

    False only where the rules below refuse the cut whatever the tree: nothing kept before it, a
    quotation still open there, or a clause opener as a whole word between (``_predicate_joined``
    reads every word of the tree from ``start`` before the "and"; a word with a space on each side
    is one word of the tree). Such a content asks for no tree: the result is the same (session 36).
    """
    if not text[start:at].rstrip(" ,;\n") or _open_quotation(text, start, at):
        return False
    return not any(str.lower(m.group()) in _CLAUSE_OPENERS for m in _OPENER_WORD.finditer(text, start, at))


# a clause opener with white space on each side: a word of its own in any tree of the sentence
_OPENER_WORD: Final = re.compile(
    r"(?<=\s)(?:why|how|whether|what|if|who|when|where|because|while)(?=\s)", re.IGNORECASE
)


def _predicate_joined(tree: SyntaxTree, cc: int, verb: int, start: int) -> bool:
    """Whether the "and"/"but" at ``cc`` joins a predicate, not words of the content: not after an
    adjective or adverb ("called the charges unsubstantiated and fabricated", "secretly and
    improperly financed"), not a participle before a bare noun after a noun ("mobiles and fixed phones",
    "biodiesel and advanced cellulosic fuels"), not after a question or subordinate clause opened in
    the content ("asked Clinton why young people didn't like her and thought ...").
    """
    before = tree.words[cc - 1].upos
    if before in {"ADJ", "ADV"}:
        return False
    if before in {"NOUN", "PROPN"} and verb == cc + 1 and tree.words[verb].text.endswith("ed"):
        if verb + 1 < len(tree.words) and tree.words[verb + 1].upos in {"NOUN", "ADJ"}:
            return False  # a noun, "and", a participle before a noun: one coordinated noun phrase
    return not any(str.lower(w.text) in _CLAUSE_OPENERS for w in tree.words[:cc] if w.start >= start)


def _open_quotation(text: str, start: int, at: int) -> bool:
    """Whether a quotation opened between ``start`` and ``at`` is still open at ``at``."""
    piece = text[start:at]
    return (piece.count('"') + piece.count("“") + piece.count("”")) % 2 == 1
