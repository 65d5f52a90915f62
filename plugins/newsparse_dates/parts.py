"""A part of a period named with its whole: "the first two months of 1986", "the early months of
2005", "the last three months of last year" are one ``DATE`` of the whole with mod ``START`` or
``END``, as the annotation guidelines write them (the length alone would lose which months).
Months, quarters and weeks ("the last week of December"): "the first 50 days of fiscal 1988" stays a
length and a year."""

from __future__ import annotations

import re

import attrs

from newsparse_dates.context import Context, Found

__all__ = ["parts_of_wholes"]

_PART_BEFORE = re.compile(
    r"\bthe\s+(?P<which>first|last|final|early|opening|closing|late|latter|remaining)\s+"
    r"(?:[\w-]+\s+)?(?:months|quarters|weeks?|fortnight)\s+of\s+$",
    re.IGNORECASE,
)
_WHOLE_VALUE = re.compile(r"(?:FY)?\d{4}(?:-\d\d)?")
_START_WORDS = frozenset({"first", "early", "opening"})
_REACH = 48  # characters before the whole: "the first three months of"


def parts_of_wholes(found: list[Found], ctx: Context) -> list[Found]:
    """Each "the first N months of X" as one DATE of X with its mod; the length it held is dropped."""
    out: list[Found] = []
    for f in found:
        m = None
        if (
            f.type == "DATE"
            and "of" in ctx.lowered[max(0, f.start - 5) : f.start]  # "... months of 1986": a quick test first
            and f.mod is None
            and _WHOLE_VALUE.fullmatch(f.value)
        ):
            m = _PART_BEFORE.search(ctx.text, max(0, f.start - _REACH), f.start)
        if m is None or m.end() != f.start:
            out.append(f)
            continue
        while out and out[-1].end > m.start():
            out.pop()  # "the first two months" (a length), now inside the whole's expression
        mod = "START" if str.lower(m["which"]) in _START_WORDS else "END"
        out.append(attrs.evolve(f, start=m.start(), mod=mod))
    return out
