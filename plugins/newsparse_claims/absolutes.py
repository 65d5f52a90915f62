"""Absolute participle clauses: "..., with Donald Trump tweeting that it was a disaster", "with 30 percent
of voters saying they ...", "with the candidate seeking his advice".

"with" opens a small clause whose subject is the noun phrase between it and the participle (UD gives
the participle that phrase as its own ``nsubj``): that phrase is the participle's source, not the
subject of the sentence's verb, which the rule of a participle after a comma would take.
"""

from __future__ import annotations

from typing import Final

from newsparse_claims.lexicon import BOUNDARY_WORDS, CLAUSE_VERBS, DETERMINERS, PUNCT_BREAK, SKIP_BEFORE_CUE

__all__ = ["with_subject"]

MAX_WITH_SUBJECT: Final = 8  # tokens of the noun phrase between "with" and its participle
# Words that never stand inside the subject of an absolute clause: clause words, prepositions that
# would make "with" the complement of another word's phrase, and the verbs of a clause.
_NOT_IN_SUBJECT: Final = BOUNDARY_WORDS | CLAUSE_VERBS | PUNCT_BREAK | frozenset({"with", "to", "by"})


def with_subject(low: list[str], lo: int, i: int) -> tuple[int, int] | None:
    """The token range of the noun phrase between "with" and the participle cue at ``i``, if any.

    The phrase holds no punctuation, clause word or verb, and more than a determiner; the cue's
    adverbs ("with Cruz repeatedly calling") stay outside it.
    """
    end = i
    while end > lo and low[end - 1] in SKIP_BEFORE_CUE:
        end -= 1
    k = end - 1
    while k >= lo and end - k <= MAX_WITH_SUBJECT:
        word = low[k]
        if word == "with":
            if k + 1 < end and not (end - k == 2 and low[k + 1] in DETERMINERS):
                return k + 1, end
            return None
        if word in _NOT_IN_SUBJECT:
            return None
        k -= 1
    return None
