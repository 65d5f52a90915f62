"""A "previously" that modifies a participle describing a noun or an "as" clause dates no event (issue 19).

TimeML (TempEval-3) marks "previously" as ``PAST_REF`` where it dates its clause ("Previously, it
offered $13.65 a share"), never where it qualifies a participle used as an adjective ("a previously
announced restructuring", "the company's previously reported loss") or a comparison ("as previously
planned", "as was previously reported"). The syntax layer says which: the verb "previously" modifies
comes right after it, and a determiner, a possessive or "as" comes right before (an auxiliary between).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from newsparse import Document, Sentence
from newsparse.syntax import SyntaxTree, Word, sentence_tree

__all__ = ["AttributiveReader", "attributive_reader", "is_attributive"]

# (start, end) of a "previously" -> whether it qualifies an attributive participle or an "as" clause
AttributiveReader = Callable[[int, int], bool]
WORD = "previously"
# the parse tags "announced" in "a previously announced pact" either way
_PARTICIPLE = frozenset({"VERB", "ADJ"})
# a possessive before the adverb: the participle sits inside a noun phrase ("its previously announced plan")
_POSSESSIVE = frozenset({"'s", "'", "’s", "’", "its", "their", "his", "our", "my", "your"})


def is_attributive(tree: SyntaxTree, start: int) -> bool:
    """Whether the adverb at ``start`` modifies the participle right after it, itself right after a
    determiner, a possessive or "as" ("a previously announced pact", "as was previously reported")."""
    k = tree.word_at(start)
    if k is None or k + 1 >= len(tree.words) or tree.head_of(k) != k + 1:
        return False
    if tree.words[k + 1].upos not in _PARTICIPLE:
        return False
    if k == 0:
        return False
    word = tree.words[k - 1]
    low = str.lower(word.text)
    if (word.upos == "DET" or low in _POSSESSIVE) and _noun_follows(tree, k + 1):
        return True  # "a previously announced pact", "the company's previously reported loss"
    if word.upos == "AUX" and k >= 2:
        word = tree.words[k - 2]  # "as was previously reported"
    return str.lower(word.text) == "as" and word.upos in ("SCONJ", "ADP", "ADV")


def _noun_follows(tree: SyntaxTree, participle: int) -> bool:
    """Whether a noun follows the participle, with only nouns and adjectives between ("a previously
    announced capital restructuring program"): the participle describes it."""
    for word in tree.words[participle + 1 : participle + 5]:
        if word.upos in ("NOUN", "PROPN"):
            return True
        if word.upos not in ("ADJ", "VERB", "NUM", "PUNCT"):
            return False
    return False


def _tree(doc: Document, sentence: Sentence) -> SyntaxTree | None:
    """The tree of one sentence: the layer's when it is there, else consulted for that span."""
    if "syntax" in doc.layers:
        return sentence_tree(doc, sentence)
    words = tuple(w for w in doc.consult("syntax", sentence) if isinstance(w, Word))
    return SyntaxTree.of(doc.text, words, ()) if words else None


def attributive_reader(doc: Document) -> AttributiveReader:
    """The reader of ``doc``: each sentence's tree is asked for once, when a "previously" there needs it."""
    sentences: Sequence[Sentence] = doc.sentences
    starts = tuple(s.start for s in sentences)
    trees: dict[int, SyntaxTree | None] = {}

    def read(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or end > sentences[i].end:
            return False
        if i not in trees:
            trees[i] = _tree(doc, sentences[i])
        tree = trees[i]
        return tree is not None and is_attributive(tree, start)

    return read
