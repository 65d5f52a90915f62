"""Whether a verb trigger tells a killing that did not happen, from the sentence's tree.

"None of those doctors were killed", "the bomb could have killed dozens", "threatened to kill the
hostages", "if he killed the President": the trigger's own predicate is negated, qualified by a modal
or an intent verb up its chain of open complements (the core's ``SyntaxTree.modality``), has a
negative subject, or heads a conditional clause. The word window of ``singles.is_unreal`` sees only
the three words before the trigger; the tree sees the auxiliaries and governors wherever they stand.
"""

from __future__ import annotations

from typing import Final

from newsparse.syntax import SyntaxTree

__all__ = ["unreal_verb"]

# subjects that deny the act: "None of those doctors were killed", "nobody died"
_NO_ONE: Final = frozenset({"none", "nobody", "noone", "neither"})
_SUBJECTS: Final = frozenset({"nsubj", "nsubj:pass"})
# what opens a conditional clause or an open question: "if he killed the President", "asked whether
# anyone died" (the parser takes either for an adverbial clause or a complement)
_CONDITIONS: Final = frozenset({"if", "unless", "whether"})
_CLAUSES: Final = frozenset({"advcl", "ccomp"})
# a modal told of the past that still reports the act: "where he would later die"
_STILL_PAST: Final = frozenset({"later", "eventually", "subsequently"})


def unreal_verb(tree: SyntaxTree | None, offset: int) -> bool:
    """Whether the verb at ``offset`` is negated, modal, intended or conditional: nobody died of it.

    False where no tree analyses the sentence or the parser has no word there.
    """
    if tree is None:
        return False
    verb = tree.word_at(offset)
    if verb is None:
        return False
    modality = tree.modality(verb)
    if modality.negated or _negative_subject(tree, verb) or _conditional(tree, verb):
        return True
    if modality.modal is None:
        return False
    return not any(str.lower(tree.words[c].text) in _STILL_PAST for c in tree.children[verb])


def _negative_subject(tree: SyntaxTree, verb: int) -> bool:
    """Whether the verb's subject denies it: "none", "nobody", or a noun under "no" ("no soldier")."""
    for child in tree.dependents(verb, *_SUBJECTS):
        if str.lower(tree.words[child].text) in _NO_ONE:
            return True
        if any(str.lower(tree.words[d].text) == "no" for d in tree.dependents(child, "det")):
            return True
    return False


def _conditional(tree: SyntaxTree, verb: int) -> bool:
    """Whether the verb (or the top of its open-complement chain) heads a clause opened by "if"/"whether"."""
    k: int | None = verb
    for _ in range(8):
        if k is None:
            return False
        word = tree.words[k]
        if word.deprel in _CLAUSES:
            return any(str.lower(tree.words[m].text) in _CONDITIONS for m in tree.dependents(k, "mark"))
        if word.deprel != "xcomp":
            return False
        k = tree.head_of(k)
    return False
