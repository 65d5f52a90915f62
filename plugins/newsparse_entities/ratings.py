"""Credit ratings read as names ("Baa1", "Aa3", the "AA" of "AA-"): a grade on a rating agency's
scale is no entity, so the mention is dropped (session 41, issue 14).

The scales are public standards, written here from them, not from any corpus:
- Moody's long-term grades mix capitals, lower case and a digit: Aaa, Aa1-Aa3, A1-A3, Baa1-Baa3,
  Ba1-Ba3, B1-B3, Caa1-Caa3, Ca, C. Only the shapes no name takes are read alone (Aaa, Aa1-3,
  Baa1-3, Ba1-3, Caa1-3): "A1" and "B1" are roads and paper sizes too.
- Standard & Poor's and Fitch grades are capitals: AAA, AA, A, BBB, BB, B, CCC, CC, C, with a notch
  "+" or "-". The letters alone are names too ("AA", an agency's initials), so they are read as a
  grade only with the notch written right after them and nothing alphanumeric after that ("AA-",
  "BBB+"; not "A-League", "B-52").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse_entities.resolve import Resolved

__all__ = ["is_rating", "without_ratings"]

# Moody's grades whose shape is a grade's alone.
_MOODYS: Final = re.compile(r"(?:Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3])")
# Standard & Poor's and Fitch letters, read as a grade with a notch after them.
_LETTERS: Final = frozenset(["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"])
# A notch, then nothing that goes on with a letter or a digit.
_NOTCH: Final = re.compile(r"[+-](?![A-Za-z0-9])")
# The first letters any grade starts with: most mentions are tested by one C-level check.
_FIRST: Final = ("A", "B", "C")


def is_rating(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a credit rating: a Moody's grade of its own shape, or a Standard
    & Poor's or Fitch grade with its notch written right after it."""
    word = text[start:end]
    if _MOODYS.fullmatch(word) is not None:
        return True
    return word in _LETTERS and _NOTCH.match(text, end) is not None


def without_ratings(resolved: Sequence[Resolved], text: str) -> list[Resolved]:
    """The decided mentions less those that are credit ratings ("Rating : Baa1", "S&P : AA-")."""
    return [
        r
        for r in resolved
        if r.end - r.start > 4 or not text.startswith(_FIRST, r.start) or not is_rating(text, r.start, r.end)
    ]
