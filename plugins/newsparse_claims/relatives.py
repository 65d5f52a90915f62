"""The noun phrase a relative "who"/"which" source stands for, read from the ``syntax`` layer.

"... will disappoint some senior Conservative members, who say the party needs him": the source
is "who", and what it stands for is the noun its relative clause hangs from (``acl:relcl``) with
its determiners, adjectives and compounds, "some senior Conservative members". Only a common noun
or a pronoun ("those who say"): a name right before the pronoun is read by the name rules. A noun
inside another noun's prepositional modifier ("stewards from the shipyard, who") is not trusted.
"""

from __future__ import annotations

from typing import Final

from newsparse import Span
from newsparse.syntax import SyntaxTree

__all__ = ["relative_noun"]

_SUBJECTS: Final = frozenset({"nsubj", "nsubj:pass"})
_NOUNS: Final = frozenset({"NOUN", "PRON"})


def relative_noun(tree: SyntaxTree | None, pronoun: Span) -> tuple[int, int] | None:
    """The span of the noun phrase whose relative clause has ``pronoun`` as its subject, if the
    syntax layer attaches it so and the phrase ends before the pronoun; else None."""
    if tree is None:
        return None
    word = tree.word_at(pronoun.start)
    if word is None or tree.words[word].deprel not in _SUBJECTS:
        return None
    verb = tree.head_of(word)
    if verb is None or tree.words[verb].deprel != "acl:relcl":
        return None
    noun = tree.head_of(verb)
    if noun is None or noun >= word or tree.words[noun].upos not in _NOUNS:
        return None
    if tree.words[noun].deprel == "nmod":
        return None  # "shop stewards from the shipyard, who": the parse may hang it from the wrong noun
    phrase = tree.noun_phrase(noun)
    if phrase.end > pronoun.start or phrase.start >= phrase.end:
        return None
    return phrase.start, phrase.end
