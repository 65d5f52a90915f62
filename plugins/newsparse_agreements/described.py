"""Sides a deal verb's subject, object or "with" / "between" phrase names by a description the entities
layer resolved ("the chancellor signed the treaty" -> Gerhard Schroeder), read through
:attr:`newsparse.Entity.descriptions` (the entities contract), never guessed from nearby names.

A phrase counts only when its head word lies inside a description and the phrase holds no name of
its own (a name is read by the structure's name rules first): "the chancellor's aide" is no side.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.syntax import Phrase, SyntaxTree

from .context import Hit
from .sentence import _Sentence

__all__ = ["described_sides", "has_description"]


def described_sides(tree: SyntaxTree, ctx: _Sentence, phrases: Sequence[Phrase]) -> list[Hit]:
    """The entities whose description holds the head word of a phrase naming no one, in order."""
    described = ctx.entities.described
    if not described:
        return []  # most documents: no description at all
    out: list[Hit] = []
    for phrase in phrases:
        if ctx.entities.within(phrase.start, phrase.end):
            continue
        head = tree.words[phrase.head].start
        out.extend(h for h in described if phrase.start <= h.start and h.end <= phrase.end and h.start <= head < h.end)
    return out


def has_description(ctx: _Sentence) -> bool:
    """Whether a description of some entity stands in the sentence (cheap: no parsing)."""
    s = ctx.sentence
    return any(s.start <= h.start and h.end <= s.end for h in ctx.entities.described)
