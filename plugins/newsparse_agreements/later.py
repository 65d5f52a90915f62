"""A violation told later, in a sentence that does not name the agreement.

"Japan's adherence to the 1986 U.S.-Japanese semiconductor pact" ... "Reagan imposed the sanctions
in retaliation for Japan's failure to honor commitments to end dumping": who failed to honour (comply
with, abide by, live up to, keep, meet) its commitments or obligations after an agreement binding it
was named has violated that agreement, when exactly one record of the document has it as a side
(with two, the text does not say which). The status is the latest state (violated outranks signed and
in force), the failing side the violator. One pass of one pattern over the text: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from newsparse import Agreement, Entity, Evidence, Violation

from .lexicon import STATUS_RANK

__all__ = ["violations_told_later"]

# "failure to honor commitments", "failed to meet its obligations": the failure (one literal prefix).
_FAILED = re.compile(
    r"fail(?:ure|ed)\s+to\s+(?:honou?r|comply\s+with|abide\s+by|respect|live\s+up\s+to|keep|meet|fulfil+)\s+"
    r"(?:(?:its|their|the)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:commitments?|obligations?|pledges?|promises?|undertakings?)\b",
)
# Right before it, after the side: "Japan's ", "Iran has ", "Iran has repeatedly ", "Iran ".
_SIDE_ENDS = re.compile(r"(?:['\u2019]s?|\s+(?:has|have|had))?(?:\s+repeatedly)?\s+\Z")
_BACK = 24


def violations_told_later(
    text: str, entities: Iterable[Entity], records: Sequence[Agreement]
) -> list[Agreement]:
    """``records`` with each later failure of a side to honour its commitments read as a violation
    of the one record that binds that side (module docstring)."""
    out = list(records)
    if not out or "fail" not in text:
        return out
    ending: dict[int, str] | None = None
    for found in _FAILED.finditer(text):
        side = _SIDE_ENDS.search(text, max(0, found.start() - _BACK), found.start())
        if side is None:
            continue
        if ending is None:  # built only when the pattern occurs: the ends of the entities' mentions
            ending = {m.end: e.id for e in entities for m in e.mentions}
        who = ending.get(side.start())
        bound = [
            k for k, r in enumerate(out) if who is not None and who in r.parties and r.start < found.start()
        ]
        if len(bound) == 1:
            out[bound[0]] = _violated(out[bound[0]], found.start(), found.end(), found.group(), who)
    return out


def _violated(record: Agreement, start: int, end: int, span: str, who: str | None) -> Agreement:
    """The record with the failure as a violation (its violator ``who``) and as its latest state."""
    status = record.status
    evidence = [*record.evidence, Evidence("violations", start, end, span)]
    if status is None or STATUS_RANK[status] < STATUS_RANK["violated"]:
        status = "violated"
        evidence = [e for e in evidence if e.field != "status"] + [Evidence("status", start, end, span)]
    return attrs.evolve(
        record,
        status=status,
        violations=(*record.violations, Violation(start, end, span, who)),
        evidence=tuple(evidence),
    )
