"""The words after an inverted cue: whether they are only its speaker ("..., said the governor.").

A short noun phrase, perhaps with one apposition ("said lobbyist Charlie Black, Manafort's former
partner") or a closing relative clause ("said a source who asked not to be named"), is the speaker;
a clause ("said the Khan family deserved better", "said it won ...") is the content.
"""

from __future__ import annotations

from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import CLAUSE_VERBS, PUNCT_BREAK

__all__ = ["MAX_TRAILER", "is_past_verb", "is_short_tail"]

MAX_TRAILER: Final = 8  # tokens after an inverted cue ("said Ahmed, a local doctor")


def is_past_verb(word: str) -> bool:
    """Whether a written word is a past tense or participle in "-ed" ("prompted", not "Ted" or "need")."""
    return len(word) > 4 and word.endswith("ed") and word.islower() and word not in _ED_NOT_VERBS


_ED_NOT_VERBS: Final = frozenset({"speed", "breed", "creed", "greed", "indeed", "hundred", "embed"})


def is_short_tail(cols: TokenColumns, low: list[str], i: int, hi: int) -> bool:
    """Whether only a short noun phrase (no "that") follows the cue at ``i`` to the sentence end.

    A relative clause closing the phrase is left out ("said a source who asked not to be named"),
    and so is one apposition after a comma ("said lobbyist Charlie Black, Manafort's partner").
    """
    end = hi
    for k in range(i + 2, min(hi, i + 2 + 2 * MAX_TRAILER)):
        if low[k] in {"who", "whose"}:
            end = k
            break
    if i + 1 < hi and low[i + 1] in _CONTENT_PRONOUNS:
        return False  # "..., Inc., said it won ...": a pronoun after the cue opens its content
    words = [k for k in range(i + 1, end) if low[k] not in PUNCT_BREAK]
    rest = [low[k] for k in words]
    comma = low.index(",", i + 1, end) if "," in low[i + 1 : end] else end
    return (
        0 < len(rest) <= 2 * MAX_TRAILER
        and sum(1 for k in words if k < comma) <= MAX_TRAILER
        and sum(1 for k in words if k > comma) <= MAX_TRAILER
        and not _has_that(low, i + 1, hi)
        and CLAUSE_VERBS.isdisjoint(rest)  # "..., said the Khan family deserved better": a content
        and not any(is_past_verb(cols.texts[k]) for k in words[2:])  # not "Ed" ("said Gov. Ed Lee")
    )


_CONTENT_PRONOUNS: Final = frozenset({"it", "he", "she", "they", "we", "i", "you"})


def _has_that(low: list[str], a: int, b: int) -> bool:
    """Whether a "that" stands among tokens ``[a, b)``."""
    return "that" in low[a:b]
