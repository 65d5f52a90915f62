"""Where a deal's clause ends: a stop that is not a firm's or a name's abbreviation.

Wire business prose writes firms with their legal form ("Lawrence Insurance Group Inc.", "Erbamont
N.V.", "Montedison S.p.A.", "United Republic Reinsurance Co."): the period of such a form ends no
clause, so the firm after the verb stays inside the clause that names what was bought.
"""

from __future__ import annotations

import re

from newsparse.text import ABBREVIATIONS

__all__ = ["abbreviation_period", "clause_end"]

_WORD_REACH = 16


def abbreviation_period(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation ("Inc.", "Co.", "Aug."), an initial
    ("W.") or a dotted form ("N.V.", "S.p.A.", "U.S.") rather than a clause."""
    lo = max(0, dot - _WORD_REACH)
    begin = max(text.rfind(" ", lo, dot), text.rfind("\n", lo, dot), lo - 1) + 1
    word = text[begin:dot].lstrip("(\"'“‘<")
    if not word:
        return False
    if str.lower(word) in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    parts = word.split(".")
    return len(parts) > 1 and all(1 <= len(p) <= 3 and p.isalpha() for p in parts)


def clause_end(pattern: re.Pattern[str], text: str, pos: int, limit: int) -> int:
    """Where the first match of ``pattern`` in ``[pos, limit)`` starts, passing over a lone period that
    closes an abbreviation; ``limit`` when none does."""
    for found in pattern.finditer(text, pos, limit):
        if found.group() == "." and abbreviation_period(text, found.start()):
            continue
        return found.start()
    return limit
