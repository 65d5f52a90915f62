"""Join two records of one agreement named by the same year before its head.

"The Authority was set up under the 1993 PLO-Israel interim peace deal" ... "the Authority, set up
under a 1993 interim peace deal": a year written before the head of an agreement of a kind names
that agreement, so a later record of the same kind dated by the same year before its head retells
it, unless it names a side the earlier one lacks (then two deals of one year: "the 1994 Israel-Jordan
treaty" beside "the 1994 Oslo treaty" names a different side).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse import Agreement

from .coalesce import _joined

__all__ = ["join_same_year"]

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# Between the year and the head: a few words, no punctuation but hyphens ("1993 PLO-Israel interim").
_PREMODIFIERS = re.compile(r"(?:\s+[\w-]+){0,3}\s+")
_GAP = 40


def join_same_year(text: str, records: Sequence[Agreement]) -> list[Agreement]:
    """``records`` (in text order) with each record named by a year before its head joined to the
    first earlier record of the same kind named by the same year, when it names no other side."""
    out: list[Agreement] = []
    named: dict[tuple[str, str], list[int]] = {}  # (kind, year): the records so named, by index in out
    for record in records:
        year = _premodifying_year(text, record)
        earlier = named.get((record.kind, year), []) if year is not None else []
        host = next((k for k in earlier if set(record.parties) <= set(out[k].parties)), None)
        if host is not None:
            out[host] = _joined(out[host], record)
            continue
        if year is not None:
            named.setdefault((record.kind, year), []).append(len(out))
        out.append(record)
    return out


def _premodifying_year(text: str, record: Agreement) -> str | None:
    """The year the record's date names when it is written right before one of its mentions
    ("the 1993 ... peace deal"), else None."""
    date = record.date
    if date is None or not _YEAR.fullmatch(date.text):
        return None
    for mention in record.mentions:
        if 0 <= mention.start - date.end <= _GAP and _PREMODIFIERS.fullmatch(text, date.end, mention.start):
            return date.text
    return None
