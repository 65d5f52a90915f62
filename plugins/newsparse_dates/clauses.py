"""Which tense markers belong to a date's own clause, read from the ``syntax`` layer (issue 19).

The regex reading of tense (``Context.tense``) takes the marker nearest a date and guesses clause
bounds from commas, quotation marks and "how/that/whether". Where its markers around a weekday or a
month without a year disagree on a close call (one says past, another future), or none is near and
one lies further off, the sentence's dependency tree settles which belong to the date's clause: the
predicate the date hangs from and, up a chain of open complements ("may get to discuss ... on
Tuesday"), its governors. The tree is consulted only for those sentences (``doc.consult``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from newsparse import Document, Sentence
from newsparse.syntax import SyntaxTree, Word, sentence_tree

__all__ = ["ClauseReader", "clause_reader", "own_clause_markers"]

# (date start, date end, marker starts) -> for each marker, whether it lies in the date's clause;
# None when the sentence has no tree
ClauseReader = Callable[[int, int, tuple[int, ...]], "tuple[bool, ...] | None"]
_CHAIN_UP = frozenset({"xcomp"})  # "planned to pay": the governor's tense is the complement's
_MAX_CHAIN = 4
# how a date hangs from its clause when the parse can be trusted: a modifier of time ("announced
# Monday", "on Friday", "Friday's vote"); a date parsed as a subject or object ("megamerger announced
# Monday would turn": "Monday" the subject of "would turn") is a misparse, and the tree is not asked
_DATE_RELATIONS = frozenset(
    {"obl", "obl:tmod", "obl:unmarked", "obl:npmod", "nmod", "nmod:tmod", "nmod:unmarked", "nmod:npmod",
     "nmod:poss", "advmod"}
)  # fmt: skip
_VERBAL = frozenset({"VERB", "AUX"})  # a marker is the clause's tense only as a verb or an auxiliary
# how the noun a weekday modifies ("said in a Friday interview", "attended a Sunday night service")
# hangs from its clause: an oblique or an argument of the verb; an apposition ("'Meet the Press', a
# Sunday morning talk show") or a noun the parse leaves unattached dates nothing
_EVENT_RELATIONS = _DATE_RELATIONS | {"obj", "nsubj", "nsubj:pass"}
_ONE = frozenset({"a", "an"})


def _date_word(tree: SyntaxTree, start: int, end: int) -> int | None:
    """The word of the date ``[start, end)`` whose head lies outside it (the date's own head)."""
    first = tree.word_at(start)
    if first is None:
        return None
    k = first
    while k < len(tree.words) and tree.words[k].end <= end:
        head = tree.head_of(k)
        if head is None or not start <= tree.words[head].start < end:
            return k
        k += 1
    return first


def _chain(tree: SyntaxTree, word: int) -> frozenset[int]:
    """The predicate of ``word``'s clause and its governors up a chain of open complements."""
    chain = [tree.predicate(word)]
    for _ in range(_MAX_CHAIN):
        last = chain[-1]
        head = tree.head_of(last)
        if head is None or tree.words[last].deprel not in _CHAIN_UP:
            break
        chain.append(tree.predicate(head))
    return frozenset(chain)


def _tensed(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` can carry its clause's tense: a verb or an auxiliary, and not a participle
    after a noun ("a memorial service planned for Saturday was canceled": "planned" dates nothing)."""
    word = tree.words[k]
    return word.upos in _VERBAL and word.deprel != "acl"


def _event_noun(tree: SyntaxTree, word: int) -> int | None:
    """The noun a date word modifies as "a <date> <noun>" ("in a Friday interview": "interview"), where
    that noun is an oblique or an argument of its clause; None otherwise."""
    head = tree.head_of(word)
    if head is None or tree.words[word].deprel != "compound" or head < word:
        return None
    noun = tree.words[head]
    if noun.upos != "NOUN" or noun.deprel not in _EVENT_RELATIONS:
        return None
    det = tree.dependents(head, "det")
    return head if det and det[0] < word and str.lower(tree.words[det[0]].text) in _ONE else None


def own_clause_markers(
    tree: SyntaxTree, start: int, end: int, markers: Sequence[int]
) -> tuple[bool, ...] | None:
    """For each marker start, whether it is a verb of the date's clause (or of a governor up its
    chain); None when the tree cannot say (no word there, or the date parsed as a subject or object).
    A date modifying an event noun ("a Friday interview") is in the clause of that noun."""
    word = _date_word(tree, start, end)
    if word is not None and tree.words[word].deprel not in _DATE_RELATIONS:
        word = _event_noun(tree, word)
    if word is None:
        return None
    chain = _chain(tree, word)
    out: list[bool] = []
    for offset in markers:
        k = tree.word_at(offset)
        out.append(k is not None and _tensed(tree, k) and tree.predicate(k) in chain)
    return tuple(out)


def _tree(doc: Document, sentence: Sentence) -> SyntaxTree | None:
    """The tree of one sentence: consulted span by span (no quotations: the markers' clauses need none,
    and finding a document's quotations costs more than the parse), or the whole layer's when it is there."""
    if "syntax" in doc.layers:
        return sentence_tree(doc, sentence)
    words = tuple(w for w in doc.consult("syntax", sentence) if isinstance(w, Word))
    return SyntaxTree.of(doc.text, words, ()) if words else None


def clause_reader(doc: Document) -> ClauseReader:
    """The reader of ``doc``: each sentence's tree is asked for once, when a date there first needs it."""
    sentences = doc.sentences
    starts = tuple(s.start for s in sentences)
    trees: dict[int, SyntaxTree | None] = {}

    def read(start: int, end: int, markers: tuple[int, ...]) -> tuple[bool, ...] | None:
        i = bisect.bisect_right(starts, start) - 1
        if i < 0 or end > sentences[i].end:
            return None
        if i not in trees:
            trees[i] = _tree(doc, sentences[i])
        tree = trees[i]
        return None if tree is None else own_clause_markers(tree, start, end, markers)

    return read
