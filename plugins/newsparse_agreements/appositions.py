"""A side named in an apposition to the subject: "The Prime Minister, Tony Blair, signed the treaty",
"Truman's secretary of state, Dean Acheson, signed the Washington Treaty".

The subject phrase of an agreeing verb (``SyntaxTree.noun_phrase`` without modifiers) ends before a
comma-set apposition, so a name the tree attaches there was read as outside the subject and dropped
with the names before the verb.  The apposition of the subject's head, or of the last noun of its
"of" modifier ("secretary of state, X"), names the one who acted; a person named only as the
possessor of that title ("Truman's secretary") did not act.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.syntax import Phrase, SyntaxTree

from .context import Hit, unique_hits

__all__ = ["apposed_names", "appositions"]


def appositions(tree: SyntaxTree, subjects: Sequence[Phrase]) -> list[Phrase]:
    """The comma-set appositions of the subjects' heads (or of their "of" noun), as phrases."""
    out = []
    for phrase in subjects:
        for k in _apposed(tree, phrase.head):
            out.append(tree.noun_phrase(k))
    return out


def _apposed(tree: SyntaxTree, head: int) -> list[int]:
    """The apposition words after ``head`` or after its "of" noun, each right after a comma."""
    nouns = [head, *(n for n in tree.dependents(head, "nmod") if n > head)]
    found = [k for n in nouns for k in tree.dependents(n, "appos") if k > n]
    return [k for k in found if _after_comma(tree, k)]


def _after_comma(tree: SyntaxTree, index: int) -> bool:
    """Whether the phrase headed by word ``index`` opens right after a comma."""
    first = tree.word_at(tree.noun_phrase(index).start)
    return first is not None and first > 0 and tree.words[first - 1].text == ","


def apposed_names(
    tree: SyntaxTree, subjects: Sequence[Phrase], named: Sequence[Hit], apposed: Sequence[Hit]
) -> list[Hit]:
    """The subject's names when an apposition names who acted: the apposition's names, after the
    subject's own names but for a person named as the possessor of its head ("Truman's secretary").

    Called only when the subject names no state or organisation: "Germany's chancellor, Gerhard
    Schroeder" stays Germany's (the official is its representative, :mod:`.representatives`).
    """
    if not apposed:
        return list(named)
    owners = [tree.noun_phrase(k) for phrase in subjects for k in tree.dependents(phrase.head, "nmod:poss")]
    kept = [h for h in named if not any(o.start <= h.start < o.end for o in owners)]
    return unique_hits([*kept, *apposed])
