"""One firm under two entity ids: the records' sides keyed by the entities layer's canonical identity.

The entities layer may keep two ids for one referent ("Erbamont N.V." and a later bare "Erbamont"
are ``org:erbamont-n-v`` and ``org:erbamont``) while giving both the same canonical name and type.
The records compare and join their sides by id, so such a split id splits a deal ("agreed to buy
Erbamont N.V." ... "the offer for Erbamont"). Every id of a record is therefore replaced by the
first entity (in text order) of the same type and canonical name, before the records are joined.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from newsparse import Agreement, Entity

__all__ = ["ID_FIELDS", "by_identity", "identities"]

_ROLES = ("acquirer", "target", "seller", "club", "player", "lender", "borrower")
#: The fields of an agreement that hold entity ids.
ID_FIELDS = (
    "parties",
    "guarantors",
    "mediators",
    "endorsers",
    "observers",
    "acquirer",
    "target",
    "seller",
    "club",
    "player",
    "lender",
    "borrower",
)


def identities(entities: Iterable[Entity]) -> dict[str, str]:
    """Each entity id that shares its type and canonical name with an earlier entity -> that entity's
    id (ids alone in their identity are left out, so the map is empty for most documents)."""
    first: dict[tuple[str, str], str] = {}
    out: dict[str, str] = {}
    for entity in sorted(entities, key=lambda e: e.start):
        key = (entity.type, entity.canonical.casefold())
        if not key[1]:
            continue
        holder = first.setdefault(key, entity.id)
        if holder != entity.id:
            out[entity.id] = holder
    return out


def by_identity(records: Sequence[Agreement], same: Mapping[str, str]) -> list[Agreement]:
    """``records`` with every entity id replaced by the first id of its identity (duplicates dropped,
    order kept), unless a record holds the two ids in two business roles; a record naming no split id
    is returned as it is."""
    if not same:
        return list(records)
    opposed = _opposed(records)
    same = {i: holder for i, holder in same.items() if (i, holder) not in opposed}
    out = []
    for record in records:
        changed: dict[str, Any] = {}
        for name in ID_FIELDS:
            ids: tuple[str, ...] = getattr(record, name)
            if any(i in same for i in ids):
                changed[name] = tuple(dict.fromkeys(same.get(i, i) for i in ids))
        out.append(attrs.evolve(record, **changed) if changed else record)
    return out


def _opposed(records: Sequence[Agreement]) -> set[tuple[str, str]]:
    """The pairs of ids some record names in two different business roles ("ISS" selling its unit
    "ISS Inc", both "ISS" to the entities layer): two firms, whatever their canonical names."""
    return {pair for record in records for pair in _role_pairs(record)}


def _role_pairs(record: Agreement) -> Iterator[tuple[str, str]]:
    """Every ordered pair of ids the record holds in two different business roles."""
    for a, mine in enumerate(_ROLES):
        for theirs in _ROLES[a + 1 :]:
            for x in getattr(record, mine):
                for y in getattr(record, theirs):
                    yield (x, y)
                    yield (y, x)
