"""Which agreement of a succession a mention names: "the new pact" versus "the 1979 agreement".

A mention marked as new, or by a year, or as old ("the previous accord") names one agreement of a
succession; two mentions with clashing marks (new and a year, two years) are two agreements even
when everything else would merge them (an old commodity pact and its successor; a 1985 and a 1987
quota deal).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .triggers import Trigger

__all__ = ["clash", "era_of"]

# The premodifiers between a determiner and the mention ("the 1979 agreement", "A new International").
_PREMODIFIERS = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+((?:[\w-]+\s+){1,3})$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_OLD = frozenset("old previous former original existing current earlier first".split())


def era_of(text: str, trig: Trigger) -> str | None:
    """The mark of ``trig``: "new", a year ("1979"), "old", or None (unmarked)."""
    found = _PREMODIFIERS.search(text, max(0, trig.start - 40), trig.start)
    if found is None:
        return None
    words = found.group(1).lower().split()
    if "new" in words:
        return "new"
    year = next((w for w in words if _YEAR.match(w)), None)
    if year is not None:
        return year
    return "old" if _OLD.intersection(words) else None


def clash(mark: str | None, others: Iterable[str | None]) -> bool:
    """Whether ``mark`` names another agreement than the marks ``others`` of a record (new versus
    old or a year; two different years); an unmarked side never clashes."""
    for other in others:
        if mark is None or other is None or mark == other:
            continue
        if "new" in (mark, other) or (mark != "old" and other != "old"):
            return True
    return False
