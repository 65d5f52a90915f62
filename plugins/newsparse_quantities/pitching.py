"""A pitcher's walks and strikeouts count batters, whom no noun of the sentence names.

In a baseball report "allowed five hits, walked two and struck out seven" the bare counts after
"walked" and "struck out" count the batters walked or struck out: the elided-noun rules (a bare
count taking the noun of the count before it) would make them hits or innings. A count after a
pitching verb keeps only a noun of its own ("walked two batters").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .found import Found

__all__ = ["without_pitching_nouns"]

Counted = tuple[int, int] | None

# the verb just before the count: walked, walking, walks; struck out, striking out; fanned, fanning
_PITCHING: Final = re.compile(
    r"\b(?:walk(?:s|ed|ing)?|(?:struck|strikes?|striking)\s+out|fann(?:ed|ing))\s+$", re.IGNORECASE
)
_REACH: Final = 16  # characters before the count searched for the verb


def without_pitching_nouns(text: str, found: Sequence[Found], counted: Sequence[Counted]) -> list[Counted]:
    """The counted nouns, less those a count after a pitching verb took from another amount."""
    return [
        None if c is not None and f.counted is None and _after_pitching(text, f.start) else c
        for f, c in zip(found, counted, strict=True)
    ]


def _after_pitching(text: str, start: int) -> bool:
    """Whether a pitching verb stands right before offset ``start`` ("walked two")."""
    return _PITCHING.search(text, max(0, start - _REACH), start) is not None
