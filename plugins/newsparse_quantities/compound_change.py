"""A change noun after the amount with a noun between: "his 25lb weight gain", "a 2% price drop".

The context pass reads the change noun right after an amount ("a 3% rise") or past a rate adjective
("1.75 pct annual growth"); here the noun between is a compound of the change noun ("weight gain",
"price drop", "tax cuts") and the amount modifies that compound, so the guideline's "a change of a
level" holds. The sentence's tree decides: the change word must be a noun that the amount's number
reaches through noun modifiers, so a verb ("majority cut") or another phrase changes nothing.
Only amounts followed by such words (one scan of the text after them) ask for a tree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree

from .found import Found, replaced

__all__ = ["compound_changes"]

# the change nouns of the context pass ("a 3% rise", "a 500-job cut"), by direction
_UP_NOUNS: Final = frozenset(
    "rise rises increase increases gain gains jump growth hike hikes surge advance boost improvement".split()
)
_DOWN_NOUNS: Final = frozenset(
    "fall falls drop drops decline declines cut cuts loss losses reduction slump dip decrease".split()
)
# one or two lowercase words after the amount (an optional "-suffix" joined to it), then a change noun
_AFTER: Final = re.compile(
    r"(?:-[a-z]+)?[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?P<noun>"
    + "|".join(sorted(_UP_NOUNS | _DOWN_NOUNS, key=len, reverse=True))
    + r")\b"
)
_KINDS: Final = frozenset({"percent", "currency", "dimension"})  # levels with a size of change
# the relations from the number up to the change noun: "25" nummod "lb"? compound "weight" compound "gain"
_MODIFYING: Final = frozenset({"nummod", "compound", "amod", "nmod:npmod", "obl:npmod", "det"})
_STEPS: Final = 4


def compound_changes(doc: Document, found: Sequence[Found]) -> list[Found]:
    """The amounts, one with no direction taking that of a change noun its phrase modifies."""
    out = list(found)
    text = doc.text
    trees: dict[int, SyntaxTree | None] = {}
    for index, f in enumerate(found):
        if f.change is not None or f.kind not in _KINDS or (f.value is None and f.modifier != "range"):
            continue
        match = _AFTER.match(text, f.end)
        if match is None:
            continue
        at = doc.sentence_index(f.start)
        if at >= len(doc.sentences):
            continue
        if at not in trees:
            trees[at] = sentence_tree(doc, doc.sentences[at])
        tree = trees[at]
        if tree is not None and _modifies(tree, f, match.start("noun")):
            noun = str.lower(match.group("noun"))
            out[index] = replaced(f, change="up" if noun in _UP_NOUNS else "down")
    return out


def _modifies(tree: SyntaxTree, f: Found, noun_start: int) -> bool:
    """Whether the change word at ``noun_start`` is a noun that a word of the amount reaches through
    noun modifiers (at most four steps up the tree)."""
    noun = tree.word_at(noun_start)
    if noun is None or tree.words[noun].upos != "NOUN":
        return False
    first = tree.word_at(f.start)
    if first is None:
        return False
    k = first
    while k < len(tree.words) and tree.words[k].start < f.end:
        if _reaches(tree, k, noun):
            return True
        k += 1
    return False


def _reaches(tree: SyntaxTree, word: int, noun: int) -> bool:
    """Whether ``word`` hangs from ``noun`` through modifier relations only."""
    k = word
    for _ in range(_STEPS):
        head = tree.head_of(k)
        if head is None or tree.words[k].deprel not in _MODIFYING:
            return False
        if head == noun:
            return True
        k = head
    return False
