"""Which agreement of a succession a mention names: "the new pact" versus "the 1979 agreement".

A mention marked as new, or by a year, or as old ("the existing accord") names one agreement of a
succession; two mentions with clashing marks (new and a year, two years) are two agreements even
when everything else would merge them (an old commodity pact and its successor; a 1985 and a 1987
quota deal).  A mention marked as an earlier one ("the previous pact", "the last aid deal") is never
the unmarked agreement the text is about, and "a new deal" (indefinite) is never one named before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .triggers import Trigger

__all__ = ["clash", "era_of"]

# The premodifiers between a determiner and the mention ("the 1979 agreement", "A new International").
# A possessive counts as a determiner ("Turkey's current $18.6bn loan agreement").
_PREMODIFIERS = re.compile(
    r"(?:\b(?:the|a|an|its|their|this|that)|\w['’]s)\s+((?:[\w$£€.,%-]+\s+){1,3})$", re.IGNORECASE
)
_INDEFINITE = re.compile(r"an?\s", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_OLD = frozenset("old original existing current first".split())
# An agreement before the one the text is about ("the previous pact", "the last aid deal").
_PRIOR = frozenset("previous former earlier last prior".split())


def era_of(text: str, trig: Trigger) -> str | None:
    """The mark of ``trig``: "new" ("a new" when indefinite), a year ("1979"), "prior", "old", or None."""
    found = _PREMODIFIERS.search(text, max(0, trig.start - 40), trig.start)
    if found is None:
        return None
    words = str.lower(found.group(1)).split()
    if "new" in words:
        return "a new" if _INDEFINITE.match(found.group(0)) else "new"
    year = next((w for w in words if _YEAR.match(w)), None)
    if year is not None:
        return year
    if _PRIOR.intersection(words):
        return "prior"
    return "old" if _OLD.intersection(words) else None


def clash(mark: str | None, others: Iterable[str | None]) -> bool:
    """Whether ``mark`` names another agreement than the marks ``others`` of a record (new versus
    old or a year; two different years; an earlier one versus any other; "a new" versus all but new);
    otherwise an unmarked side never clashes."""
    others = ["new" if other == "a new" else other for other in others]
    if mark in ("prior", "a new") and ("new" if mark == "a new" else mark) not in others:
        return True
    mark = "new" if mark == "a new" else mark
    for other in others:
        if mark is None or other is None or mark == other:
            continue
        if "new" in (mark, other) or "prior" in (mark, other) or (mark != "old" and other != "old"):
            return True
    return False
