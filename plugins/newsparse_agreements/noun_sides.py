"""The other side of a purchase or sale noun named after its object: "the acquisition of a stake in
HK-TVB from Run Run Shaw" (the seller), "the sale of its Italian unit to Nestle" (the buyer).

The guideline binds an acquisition's buyer and seller.  The syntax layer attaches the "from" or
"to" phrase to the innermost noun of the object ("stake in HK-TVB from X"); the phrase counts when
a chain of ``nmod`` links leads to it from the deal noun through its "of" object, so a "from" or
"to" of another clause is never read.  Only a one-word "acquisition", "purchase" or "sale" mention
followed by "of" is read, and only when "from"/"to" follows within the sentence.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree

from .context import Hit
from .sentence import _Sentence

__all__ = ["read_noun_sides"]

# The deal noun and the preposition naming the other side: (preposition, business role).
_NOUNS: Final = {
    "acquisition": ("from", "seller"),
    "purchase": ("from", "seller"),
    "sale": ("to", "acquirer"),
}
_OF: Final = re.compile(r"\s+of\s", re.IGNORECASE)
_REACH: Final = 160  # characters after the mention in which the preposition is looked for
_SIDES: Final = frozenset({"ORG", "PERSON", "GPE"})
_DESCRIPTION: Final = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")


def read_noun_sides(doc: Document, ctx: _Sentence) -> None:
    """Give each "acquisition/purchase of X from Y" its seller Y, each "sale of X to Y" its buyer Y
    (a party), when the tree links the phrase to the deal noun through its object."""
    text = ctx.text
    tree: SyntaxTree | None = None
    parsed = False
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        wanted = _NOUNS.get(trig.text.lower())
        if trig.kind != "acquisition" or wanted is None or _OF.match(text, trig.end) is None:
            continue
        prep, role = wanted
        stop = min(ctx.sentence.end, trig.end + _REACH)
        if re.search(rf"\s{prep}\s", text[trig.end : stop], re.IGNORECASE) is None:
            continue  # (cheap look: no "from"/"to" after the object, no parse)
        if not parsed:
            tree, parsed = sentence_tree(doc, ctx.sentence), True
        if tree is None:
            return
        found = _side_after(tree, trig.end - 1, prep)
        if found is None:
            continue
        hits = ctx.entities.chain_after(found, ctx.sentence.end, people=True) or _described(ctx, found)
        hits = [h for h in hits if h.type in _SIDES]
        known = {h.id for hits_ in local.roles.values() for h in hits_}
        hits = [h for h in hits if h.id not in known]
        if hits:
            local.give("parties", hits, found, hits[-1].end)
            local.cast(role, hits)


def _described(ctx: _Sentence, found: int) -> list[Hit]:
    """The name after at most three lower-case words of description ("from film magnate Run Run Shaw")."""
    after = ctx.entities.within(found, ctx.sentence.end)[:1]
    if after and _DESCRIPTION.fullmatch(ctx.text, found, after[0].start):
        return after
    return []


def _side_after(tree: SyntaxTree, offset: int, prep: str) -> int | None:
    """The end offset of the ``prep`` word of an ``nmod`` reached from the noun at ``offset`` through
    its "of" object by ``nmod`` links only, or None."""
    head = tree.word_at(offset)
    if head is None:
        return None
    objects = [k for k in tree.dependents(head, "nmod") if _case(tree, k) == "of"]
    todo = list(objects)
    todo += [k for k in tree.dependents(head, "nmod") if objects and k > objects[0] and _case(tree, k) == prep]
    seen: set[int] = set()
    while todo:
        k = todo.pop()
        if k in seen:
            continue
        seen.add(k)
        if _case(tree, k) == prep and k not in objects:
            case = next(c for c in tree.dependents(k, "case") if tree.words[c].text.lower() == prep)
            return tree.words[case].end
        todo.extend(tree.dependents(k, "nmod"))
    return None


def _case(tree: SyntaxTree, index: int) -> str | None:
    """The lower-cased preposition (``case`` dependent) of the word at ``index``, if any."""
    cases = tree.dependents(index, "case")
    return tree.words[cases[0]].text.lower() if cases else None
