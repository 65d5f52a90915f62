"""Where a journey was going or came from, which is not where its travellers died or were held.

"died at sea while trying to reach the United States", "detained attempting to enter Texas from
Mexico", "their boat sank on the way from Cuba to the United States": the place ends a movement that
an attempt or a route tells (read from the sentence's tree), so it is no place of the event.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsparse.syntax import SyntaxTree

__all__ = ["journey_ends", "journey_told"]

# words governing an attempted movement: "trying to reach", "attempting to enter"
_ATTEMPTS: Final = frozenset("trying try tried attempting attempt attempted seeking sought".split())
# verbs whose object is where a movement ends or starts: "reach the United States", "leave Cuba"
_MOTION: Final = frozenset(
    """reach reaching enter entering cross crossing leave leaving flee fleeing escape escaping
    return returning""".split()
)
# prepositions naming a movement's end or start
_ENDS: Final = frozenset({"to", "from", "into", "toward", "towards"})


def journey_ends(tree: SyntaxTree | None, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``spans`` (places of the trigger's sentence) that end or start an attempted movement or a route."""
    if tree is None:
        return []
    out = []
    for start, end in spans:
        words = [k for k, w in enumerate(tree.words) if start <= w.start and w.end <= end]
        if any(_journey_end(tree, k) for k in words):
            out.append((start, end))
    return out


def _cases(tree: SyntaxTree, k: int) -> set[str]:
    """The prepositions of word ``k``, lower-cased."""
    return {str.lower(tree.words[c].text) for c in tree.dependents(k, "case")}


def _end_word(tree: SyntaxTree, k: int, head: int) -> bool:
    """Whether word ``k`` (hung on ``head``) names where a movement goes or comes from: after "to",
    "from", "into", "out of", or as the object of a verb of motion."""
    cases = _cases(tree, k)
    if cases & _ENDS:
        return True
    if "of" in cases and any(
        str.lower(tree.words[p].text) == "out" for p in tree.dependents(head, "compound:prt")
    ):
        return True  # "smuggle Elian out of Cuba"
    return tree.words[k].deprel == "obj" and str.lower(tree.words[head].text) in _MOTION


def _journey_end(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` ends an attempted movement ("trying to reach X") or a route ("from X to Y")."""
    head = tree.head_of(k)
    if head is None or not _end_word(tree, k, head):
        return False
    control = tree.head_of(head) if tree.words[head].deprel == "xcomp" else None
    if control is not None and str.lower(tree.words[control].text) in _ATTEMPTS:
        return True
    ends = [_cases(tree, j) for j in tree.dependents(head, "obl", "nmod")]
    return any("from" in c for c in ends) and any(c & {"to", "toward", "towards"} for c in ends)


def journey_told(
    tree: SyntaxTree | None, mentions: Sequence[tuple[int, int, str, str, str | None]], kinds: frozenset[str]
) -> bool:
    """Whether the sentence of ``tree`` names where a journey went or came from (a place of ``kinds``
    among ``mentions``, sorted by start): then it died or was held on the way, and no earlier
    sentence's place is where ("His mother and 10 others died at sea while trying to reach the U.S.")."""
    if tree is None or not tree.words:
        return False
    lo, hi = tree.words[0].start, tree.words[-1].end
    first = bisect.bisect_left(mentions, lo, key=lambda m: m[0])
    spans = [(m[0], m[1]) for m in mentions[first:] if m[0] < hi and m[1] <= hi and m[3] in kinds]
    return bool(spans) and bool(journey_ends(tree, spans))
