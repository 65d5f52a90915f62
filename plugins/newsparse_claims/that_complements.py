"""A verb outside the cue lists whose finite "that" clause is its content: "the jury ruled that ...".

The guideline (evaluation/data/guidelines/claims.md) takes any verb of saying or deciding with a
reported proposition; the word rules read listed verbs only. Here the syntax layer decides, with no
list of verbs: a past or third-person verb form right before "that", which the parse heads with a
``ccomp`` clause marked by that "that", and a subject before the verb naming a speaker (a noun or a
person's pronoun, not "it", "this", "I"...); "means" and "goes" are no such verb. The clause is the
content. Only sentences with such a "<verb>ed that" / "<verb>s that" that no found claim covers are
analysed (session 42, issue 15).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_claims.found import Found

__all__ = ["that_complements"]

Span = tuple[int, int]

# subject words that name no speaker (the writer, the reader, a pronoun standing for a thing or a fact)
_NOT_SOURCES: Final = frozenset("i we you me us it this that these those there here what which who".split())
_SOURCE_HEADS: Final = frozenset({"NOUN", "PROPN", "PRON"})
# words before "that" that are never the verb of a complement ("so that", "now that", "is that"), and
# the forms of "mean" (entailment: "the cost means that few people have PCs") and "go" ("the story
# goes that"), whose clause nobody is said to hold (read on outside news, session 42)
_NOT_VERBS: Final = frozenset(
    """
    is was has does as so now such than this its his hers ours yours theirs us less
    means meant goes
    """.split()
)


def that_complements(doc: Document, sentence_starts: Sequence[int], found: Sequence[Found]) -> list[Found]:
    """The claims of verbs heading a "that" clause with a speaker subject, none where a found claim
    covers the verb (cue or content) or a quotation holds it."""
    low = doc.token_lowers
    if "that" not in low:
        return []  # one C-level look at the tokens
    starts = doc.token_columns.starts
    ends = doc.token_columns.ends
    out: list[Found] = []
    trees: dict[int, SyntaxTree | None] = {}
    k = low.index("that")
    while k >= 0:
        verb = k - 1
        if verb >= 0 and _verb_form(low[verb]):
            cue = (starts[verb], ends[verb])
            if not any(_covers(f, cue) for f in found):
                at = bisect.bisect_right(sentence_starts, cue[0]) - 1
                if at >= 0 and at not in trees:
                    trees[at] = sentence_tree(doc, doc.sentences[at])
                tree = trees.get(at)
                made = None if tree is None else _claim(tree, cue, starts[k])
                if made is not None:
                    out.append(made)
        k = _next(low, k + 1)
    return out


def _verb_form(word: str) -> bool:
    """Whether a word before "that" may be a finite verb by its form: "ruled", "finds"."""
    return word.isalpha() and word.endswith(("ed", "s")) and word not in _NOT_VERBS


def _next(low: Sequence[str], start: int) -> int:
    """The index of the next "that" from ``start`` on, or -1."""
    try:
        return low.index("that", start)
    except ValueError:
        return -1


def _covers(item: Found, cue: Span) -> bool:
    """Whether a found claim's cue or content holds the verb."""
    return any(a <= cue[0] < b for a, b in (item.cue, item.content))


def _claim(tree: SyntaxTree, cue: Span, that: int) -> Found | None:
    """The claim of the verb at ``cue`` when the parse heads a "that" clause with it and gives it a
    speaker subject before it, outside quotations."""
    verb = tree.word_at(cue[0])
    mark = tree.word_at(that)
    if verb is None or mark is None or tree.words[verb].upos != "VERB" or tree.in_quotation(*cue):
        return None
    clause = tree.head_of(mark)
    if clause is None or tree.words[mark].deprel != "mark" or tree.words[clause].deprel != "ccomp":
        return None
    if tree.head_of(clause) != verb or tree.words[clause].start < cue[1]:
        return None
    subject = tree.subject(verb)
    if subject is None or subject.end > cue[0]:
        return None
    head = tree.words[subject.head]
    if head.upos not in _SOURCE_HEADS or str.lower(head.text) in _NOT_SOURCES:
        return None
    end = _subtree_end(tree, clause)
    start = tree.words[mark].end
    while start < end and tree.text[start].isspace():
        start += 1
    return Found(cue, (start, end), (subject.start, subject.end)) if start < end else None


def _subtree_end(tree: SyntaxTree, head: int) -> int:
    """Where the words ``head`` governs (itself included) end, a final punctuation mark left out."""
    last = head
    stack = [head]
    seen = {head}
    while stack:
        k = stack.pop()
        last = max(last, k)
        for child in tree.children[k]:
            if child not in seen:
                seen.add(child)
                stack.append(child)
    while last > head and tree.words[last].upos == "PUNCT":
        last -= 1
    return tree.words[last].end
