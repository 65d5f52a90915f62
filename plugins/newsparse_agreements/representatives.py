"""Signers who stand for a party ("Croatian Foreign Minister Mate Granic", "Granic, Croatia's minister").

The guidelines' parties are who is bound: a state or organisation, not the official who signs for
it. A person whose title names a state or organisation (the name in the title, a demonym or
possessive right before it, or an apposition "Y, X's president") represents it; when that state or
organisation is itself a party of the record, the person is dropped from the parties. Kept when the
record is told by its signers ("Lebed and rebel chief-of-staff Maskhadov signed": the other side is
a person too) and in business deals, whose players and managers are parties in their own right.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

from newsparse import Entity, Span

from .context import EntityIndex, Hit

__all__ = ["represented_by", "without_representatives"]

# before a title: "Croatia's " / "Croatian " / "Moscow " (the name hit ends right there)
_BEFORE_TITLE = re.compile(r"(?:['’]s)?\s{1,2}")
# an apposition after a name: ", Croatia's foreign minister" (then a lower-case role word)
_APPOSITION = re.compile(r",\s{1,2}(?:the\s+)?")
_ROLE_AFTER = re.compile(
    r"['’]s\s{1,2}(?:[a-z][\w-]*\s){0,2}?(?:minister|president|premier|negotiator|envoy|leader"
    r"|chief|secretary|ambassador|representative|delegate|spokes\w+|chairman|head)\b"
)


def represented_by(text: str, entities: Iterable[object], index: EntityIndex) -> Mapping[str, frozenset[str]]:
    """Each titled person's id -> the entity ids its titles name (one pass over the person mentions)."""
    out: dict[str, set[str]] = {}
    for entity in entities:
        if not isinstance(entity, Entity) or entity.type != "PERSON":
            continue
        for mention in entity.mentions:
            named = _title_names(text, index, mention.title) if mention.title is not None else set()
            named |= _apposition_names(text, index, mention.end)
            if named - {entity.id}:
                out.setdefault(entity.id, set()).update(named - {entity.id})
    return {key: frozenset(ids) for key, ids in out.items()}


def _title_names(text: str, index: EntityIndex, title: Span) -> set[str]:
    """The entity ids named inside a title span or right before it ("Croatia's foreign minister")."""
    start, end = title.start, title.end
    lo = bisect.bisect_left(index.ends, max(0, start - 40))
    ids = set()
    for hit in index.hits[lo : bisect.bisect_left(index.starts, end)]:
        if hit.start >= start or _BEFORE_TITLE.fullmatch(text, hit.end, start):
            ids.add(hit.id)
    return {i for i in ids if not i.startswith("person:")}


def _apposition_names(text: str, index: EntityIndex, end: int) -> set[str]:
    """The entity named in an apposition after a name: "Granic, Croatia's foreign minister"."""
    comma = _APPOSITION.match(text, end)
    if comma is None:
        return set()
    lo = bisect.bisect_left(index.starts, comma.end())
    if lo == len(index.hits) or index.starts[lo] != comma.end():
        return set()
    hit = index.hits[lo]
    if hit.type == "PERSON" or _ROLE_AFTER.match(text, hit.end) is None:
        return set()
    return {hit.id}


def without_representatives(parties: list[Hit], represented: Mapping[str, frozenset[str]]) -> list[Hit]:
    """The parties less each person whose state or organisation is a party too; all kept when a
    person who represents none of the parties stays (the record is told by its signers)."""
    ids = {hit.id for hit in parties}
    persons = [hit for hit in parties if hit.type == "PERSON"]
    drop = {hit.id for hit in persons if represented.get(hit.id, frozenset()) & (ids - {hit.id})}
    if not drop or len(drop) < len(persons):
        return parties
    return [hit for hit in parties if hit.id not in drop]
