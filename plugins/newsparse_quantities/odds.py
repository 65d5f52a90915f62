"""Pairs written with a slash that are no fractions: betting odds ("odds of 4/6", "the 7/4
favourite"), a tie-break's points after a set score ("6-7 (3/7)") and two days of a month ("the
weekend of 8/9 January"). Like a score, such a pair is a designation, not an amount (guideline:
scores and designations are not quantities)."""

from __future__ import annotations

import re

from .lexicon import MONTHS
from .numbers import Words

__all__ = ["slash_not_amount"]

_PAIR = re.compile(r"[0-9]{1,3}/[0-9]{1,3}")
# words of betting near odds, looked for in the sentence (lower-cased)
_BETTING = re.compile(
    r"\b(?:odds|favourite|favorite|bookmakers?|bookies|ladbrokes|william hill|betting|punters)\b"
)
_REACH = 200  # characters of the sentence read on either side of the pair
_HYPHENS = frozenset({"-", "–"})


def slash_not_amount(words: Words, k: int) -> bool:
    """Whether the slash pair at word ``k`` ("4/6") is betting odds, a tie-break or two days."""
    if not _PAIR.fullmatch(words.texts[k]):
        return False
    nxt = words.texts[k + 1] if k + 1 < words.size else ""
    if words.lower[k + 1 : k + 2] and words.lower[k + 1] in MONTHS and nxt[:1].isupper():
        return True  # "the weekend of 8/9 January"
    if k >= 4 and words.texts[k - 1] == "(" and nxt == ")" and words.texts[k - 3] in _HYPHENS:
        if words.is_digits(k - 2) and words.is_digits(k - 4):
            return True  # "6-7 (3/7)": the points of a tie-break after the games of a set
    return _BETTING.search(_sentence_around(words, k)) is not None


def _sentence_around(words: Words, k: int) -> str:
    """The lower-cased text of the sentence around word ``k`` (cut at a full stop and a line break),
    at most ``_REACH`` characters each way."""
    text = words.text
    lo = max(0, words.starts[k] - _REACH)
    hi = min(len(text), words.ends[k] + _REACH)
    before = text[lo : words.starts[k]]
    after = text[words.ends[k] : hi]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("\r"))
    ends = [p for p in (after.find(". "), after.find("\n"), after.find("\r")) if p >= 0]
    return str.lower(before[cut + 1 :] + " " + after[: min(ends) if ends else len(after)])
