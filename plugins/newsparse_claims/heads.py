"""The person heading a source phrase that names several, read from the ``syntax`` layer.

'"...," said Bosworth, who attended with her boyfriend Orlando Bloom' names two persons; the
source is Bosworth, not the longest name in it: Orlando Bloom hangs from the phrase's head through
a relative clause. A person inside a modifier of the phrase (a relative clause, a prepositional
phrase) is not its head. Only sources naming two persons or more ask, so most documents never
consult the syntax layer here.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsparse import Document, Sentence, Span
from newsparse.syntax import SyntaxTree, sentence_tree

__all__ = ["SourceHeads"]

Person = tuple[int, int, str]  # a person's mention: start, end, entity id

# relations that put a word in a modifier of the phrase's head, not in the head itself
_MODIFIERS: Final = frozenset({"acl", "acl:relcl", "nmod", "obl", "advcl"})


class SourceHeads:
    """The syntax trees of a document's sentences, built on first use, to find a source's head."""

    __slots__ = ("_doc", "_starts", "_trees")

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._starts: list[int] | None = None
        self._trees: dict[int, SyntaxTree | None] = {}

    def tree(self, offset: int) -> SyntaxTree | None:
        """The tree of the sentence holding ``offset`` (None without a syntax producer)."""
        if self._starts is None:
            self._starts = [s.start for s in self._doc.sentences]
        at = bisect.bisect_right(self._starts, offset) - 1
        if at < 0:
            return None
        if at not in self._trees:
            self._trees[at] = sentence_tree(self._doc, self._doc.sentences[at])
        return self._trees[at]

    def sentence(self, offset: int) -> Sentence | None:
        """The sentence whose tree :meth:`tree` gives for ``offset`` (the last starting at or before it)."""
        if self._starts is None:
            self._starts = [s.start for s in self._doc.sentences]
        at = bisect.bisect_right(self._starts, offset) - 1
        return self._doc.sentences[at] if at >= 0 else None

    def person(self, source: Span, people: Sequence[Person]) -> str | None:
        """The entity id of the one person of ``people`` outside every modifier of ``source`` in the
        syntax tree (a relative clause, a prepositional phrase); None when not exactly one is."""
        tree = self.tree(source.start)
        if tree is None:
            return None
        inside = {n for n, w in enumerate(tree.words) if source.start <= w.start and w.end <= source.end}
        kept = [p for p in people if not _in_modifier(tree, inside, tree.word_at(p[0]))]
        return kept[0][2] if len(kept) == 1 else None


def _in_modifier(tree: SyntaxTree, inside: set[int], word: int | None) -> bool:
    """Whether ``word`` hangs from the source's head through a modifier (a relative clause, a
    prepositional phrase: "Bosworth, who came with Orlando Bloom"; "Ann Lee of Acme Bank")."""
    seen = 0
    while word is not None and word in inside and seen < len(inside):
        if tree.words[word].deprel in _MODIFIERS and tree.words[word].head in inside:
            return True
        word = tree.words[word].head
        seen += 1
    return False
