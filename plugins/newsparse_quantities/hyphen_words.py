"""A number word inside a hyphenated word names a kind or a rank, not an amount.

"a top-five player", "the best-of-three final", "an all-in-one media player", "a one-on-one game",
"a two-for-one offer": the number word is glued by a hyphen to a word before it, or opens a chain
through a preposition ("one-on-", "two-for-"), so it is part of a compound word (the guideline's
"two-tier", "three-way"). Numbers written with digits are left to the designation rules ("Su-25"),
and compound numbers stay ("twenty-five", "one-hundred", "two-and-a-half").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .found import Found
from .lexicon import BIG, SMALL, TENS

__all__ = ["without_hyphen_words"]

# the word glued before the number word by a hyphen ("top-", "best-of-", "all-in-")
_GLUED_BEFORE: Final = re.compile(r"([A-Za-z]+)-$")
# a chain after the number word through a preposition: "one-on-one", "two-for-one", "three-in-one"
_CHAIN_AFTER: Final = re.compile(r"-(?:on|to|for|in|by|of)-[A-Za-z]", re.IGNORECASE)
# words that may stand before a number word in one number or a run of digits said as words
# ("twenty-five", "hundred-and-fifty", "two-and-a-half", "one-hundred", "three-nought-four")
_IN_A_NUMBER: Final = frozenset(SMALL) | frozenset(TENS) | frozenset(BIG) | {"hundred", "and", "a"}
_REACH: Final = 24  # characters before the number searched for the glued word


def without_hyphen_words(text: str, found: Sequence[Found]) -> list[Found]:
    """The amounts less those whose number word is part of a hyphenated word."""
    return [f for f in found if not _in_hyphenated_word(text, f)]


def _in_hyphenated_word(text: str, f: Found) -> bool:
    """Whether the amount's number is a word (not digits) glued into a hyphenated compound (an age
    band such as "the over-sixties" stays)."""
    if f.kind == "age" or not text[f.number_start : f.number_start + 1].isalpha():
        return False
    if text[f.number_start - 1 : f.number_start] == "-":
        glued = _GLUED_BEFORE.search(text, max(0, f.number_start - _REACH), f.number_start)
        if glued is not None and str.lower(glued.group(1)) not in _IN_A_NUMBER:
            return True
    return _CHAIN_AFTER.match(text, f.number_end) is not None
