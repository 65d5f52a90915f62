"""Verbs of saying read from the syntax tree: a date hanging on one times the saying, not an event.

"Also on Thursday, Emanuel said he would no longer fight the release": Thursday is when he spoke;
a toll of the next sentences must not take it as its day (issue 16, session 29's second round).
"""

from __future__ import annotations

from newsparse import Document, TimeExpression
from newsparse.syntax import SyntaxTree, sentence_tree

__all__ = ["SAYING_WORDS", "hangs_on_saying", "saying_words"]

# verbs of saying and reporting, as written: the claims layer's cues are a subset of the sentences
# that tell one ("speculated that", "announced by", "said he would"), so the tree is read here
SAYING_WORDS = frozenset(
    "said says say saying told tells tell reported reports announced announces stated states added adds "
    "quoted confirmed confirms testified claimed claims claiming denied denies speculated speculates "
    "declared declares insisted insists warned warns explained explains acknowledged admitted "
    "denounced denounces asserted asserts argued argues wrote writes revealed disclosed".split()
)


def saying_words(tree: SyntaxTree) -> set[int]:
    """The start offsets of the tree's verbs of saying (tagged VERB, a word of :data:`SAYING_WORDS`)."""
    return {w.start for w in tree.words if w.upos == "VERB" and str.lower(w.text) in SAYING_WORDS}


def hangs_on_saying(doc: Document, date: TimeExpression) -> bool:
    """Whether ``date`` hangs on a verb of saying: the first verb above it in its sentence's tree.

    "Also on Thursday, Emanuel said he would ...": Thursday's verb is "said"; "the attack which
    started on Tuesday" hangs on "started" and times the attack.
    """
    index = doc.sentence_index(date.start)
    if not 0 <= index < len(doc.sentences):
        return False
    tree = sentence_tree(doc, doc.sentences[index])
    k = tree.word_at(date.start) if tree is not None else None
    if tree is None or k is None:
        return False
    for _ in range(len(tree.words)):  # a bounded walk up to the first verb
        head = tree.head_of(k)
        if head is None:
            return False
        k = head
        if tree.words[k].upos == "VERB":
            return str.lower(tree.words[k].text) in SAYING_WORDS
    return False
