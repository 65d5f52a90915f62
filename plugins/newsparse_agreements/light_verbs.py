"""Who "has" or "makes" a deal is a side of it: "it has an interconnection deal with Israeli
networks", "Israel wants to make the deal" (``syntax``; session 42).

"have" and "make" are light verbs: with an agreement noun as their object they say no more than
that their subject holds or makes it, like the subject of "secured" (:mod:`.making`), so the
structure reads their subject and "with" phrase the same way (:func:`.structure._agreeing_clause`:
conjoined subjects, a pronoun's antecedent, negation, "if" / "whether" and modals). Only when the
deal noun is the verb's own object (the tree's ``obj``): "the deal has been signed", "had no part in
the deal", an auxiliary "has signed" make no side.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.syntax import SyntaxTree

__all__ = ["light_cue", "light_verb"]

# The verbs read, every form.
_LIGHT: Final = frozenset("have has had having make makes made making".split())
# The cheap test: such a verb within a few words before the mention (no parsing).
_CUE: Final = re.compile(
    r"\b(?:ha(?:ve|s|d|ving)|ma(?:ke|kes|de|king))\s+(?:[\w$£€.,%'’-]+\s+){0,4}\Z", re.IGNORECASE
)


def light_cue(before: str) -> bool:
    """Whether the text right ``before`` a mention ends in "has" / "made" and at most four words."""
    return _CUE.search(before) is not None


def light_verb(tree: SyntaxTree, verb: int) -> bool:
    """Whether ``verb`` (whose object the deal is, as :func:`.making.making_verb` checked) is a full
    verb "have" or "make" (not an auxiliary: "has signed")."""
    word = tree.words[verb]
    return word.upos == "VERB" and str.lower(word.text) in _LIGHT
