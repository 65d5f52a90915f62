"""The means of the attack sentence before, for a bare toll that ``prior`` ties to it: "The rebels
fired 82mm mortars at the positions. Four soldiers were wounded." (session 40, issue 16).

When ``prior`` gives a toll the attacker of the sentence right before it, that sentence's attack is
the toll's incident, so the means its attack verb takes is the toll's instrument (the guideline's
"with what") when the toll names none: the head of the verb's object or oblique, or of a conjunct of
one ("fired mortars and rockets at", "conducted three airstrikes"), that ends a means phrase of the
lexicon. Nothing is taken when the attack verb has a conjoined verb ("fired mortars at ... and
dropped grenades from a drone"): two acts are told, and which one harmed is not. A means word that only
modifies another noun ("grenade launchers", "mortar rounds") names no means of its own: the noun it
modifies is the weapon, and the lexicon has no word for it.
"""

from __future__ import annotations

from newsparse import Document, Span
from newsparse.syntax import SyntaxTree
from newsparse_events.roles import instrument_in

__all__ = ["attack_means"]

_MEANS_RELATIONS = ("obj", "obl")


def _means_heads(tree: SyntaxTree, verb: int) -> list[int]:
    """The heads of the verb's objects and obliques, each followed by its conjuncts, in order."""
    heads: list[int] = []
    for d in tree.dependents(verb, *_MEANS_RELATIONS):
        heads.append(d)
        heads.extend(tree.dependents(d, "conj"))
    return sorted(heads)


def attack_means(doc: Document, tree: SyntaxTree, verb: int) -> Span | None:
    """The means attack verb ``verb`` takes: the first object or oblique head that ends a means phrase,
    when the verb is the sentence's one act (no conjoined verb)."""
    if any(tree.words[c].upos == "VERB" for c in tree.dependents(verb, "conj")):
        return None
    for head in _means_heads(tree, verb):
        word = tree.words[head]
        if word.upos not in ("NOUN", "PROPN"):
            continue
        phrase = tree.noun_phrase(head)
        found = instrument_in(doc.text, phrase.start, word.end)
        if found is not None and found.end == word.end:
            return found
    return None
