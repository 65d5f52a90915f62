"""Who an object pronoun names when it is the victim of the second of two joined verbs.

"Gunmen dragged 10 men out of their homes and shot them to death": "them" is the object of the
first verb of the chain, so the victims are the 10 men. The link is read from the syntax tree
(the trigger conjoined to an earlier verb whose one object is a person noun of the pronoun's
number); otherwise the pronoun stays as the layer read it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse import Document, Quantity, Span
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_events.context import Sentence
from newsparse_events.lexicon import OBJECT_PRONOUNS, VICTIM_NOUNS
from newsparse_events.singles import is_person_noun
from newsparse_events.victims import plural_person

__all__ = ["antecedent", "object_antecedent"]

_SINGULAR_PRONOUNS = frozenset({"him", "her"})
Count = tuple[int, int, Quantity]


def _fits(word: str, pronoun: str) -> bool:
    """Whether a lower-case noun may be what the pronoun names: a person, or a group of them for "them"."""
    if pronoun in _SINGULAR_PRONOUNS:
        return is_person_noun(word)
    return word in VICTIM_NOUNS or plural_person(word)


def antecedent(tree: SyntaxTree, verb: int, pronoun: str) -> int | None:
    """The head word of the one object of the first verb that ``verb`` is conjoined to, when it fits.

    The pronoun must be ``verb``'s object ("injuring her husband": "her" is a possessor).
    """
    own = [k for k in tree.dependents(verb, "obj") if str.lower(tree.words[k].text) == pronoun]
    if tree.words[verb].deprel != "conj" or not own:
        return None
    first = tree.head_of(verb)
    if first is None or first >= verb or tree.words[first].upos != "VERB":
        return None
    objects = tree.dependents(first, "obj")
    if len(objects) != 1:
        return None
    return objects[0] if _fits(str.lower(tree.words[objects[0]].text), pronoun) else None


def object_antecedent(doc: Document, s: Sentence, a: int, b: int) -> tuple[Count | None, Span] | None:
    """The count and victim group of the object pronoun right after the verb trigger at tokens ``[a, b)``.

    From the sentence's tree; None when the token after the trigger is no "them"/"him"/"her" or the
    tree gives no clear antecedent (the pronoun then stays as the layer read it).
    """
    tokens = doc.token_columns
    if b >= s.hi or str.lower(tokens.texts[b]) not in OBJECT_PRONOUNS:
        return None
    pronoun = str.lower(tokens.texts[b])
    tree = sentence_tree(doc, Span.of(doc.text, s.start, s.end))
    verb = None if tree is None else tree.word_at(tokens.starts[a])
    head = None if tree is None or verb is None else antecedent(tree, verb, pronoun)
    if tree is None or head is None:
        return None
    phrase = tree.noun_phrase(head)
    word = tree.words[head]
    counts: Sequence[Count] = () if pronoun in _SINGULAR_PRONOUNS else s.counts  # one victim: no count
    count = next((c for c in counts if phrase.start <= c[2].start and c[2].end <= word.start), None)
    return count, Span.of(doc.text, word.start, word.end)
