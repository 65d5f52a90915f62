"""A player's contract named by his surname: "Day's Rangers contract expires in the summer".

The entities layer may leave a bare surname or a club's short name unrecognised ("Day", "Rangers"),
so the possessor of a contract with no player yet is its player when the surname is the last word of
exactly one person the document names in full ("Queens Park Rangers keeper Chris Day"), and a
capitalised word naming the contract ("Rangers contract") is its club when it is a word of exactly one
organisation's name ("Queens Park Rangers"). Both are sides of the contract (the guideline: a
contract's parties are the club and the player). Each record looks only right before its mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from newsparse import Agreement, Entity, Evidence

__all__ = ["possessed_contracts"]

# "Day's " right before the mention: a capitalised word and its possessive ending.
_POSSESSOR = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]+)['\u2019]s\s+\Z")
_CAPITAL = re.compile(r"\b[A-Z][a-z]+\b")
_REACH = 24


def possessed_contracts(
    text: str, entities: Sequence[Entity], records: Sequence[Agreement]
) -> list[Agreement]:
    """``records`` with each contract that names no player given its possessor as player and the
    club its name holds as club, both as sides (module docstring)."""
    out = list(records)
    names: tuple[dict[str, set[str]], dict[str, set[str]]] | None = None
    for index, record in enumerate(out):
        if record.kind != "contract" or record.player:
            continue
        for mention in record.mentions:
            found = _POSSESSOR.search(text[max(0, mention.start - _REACH) : mention.start])
            if found is None:
                continue
            if names is None:  # built once, only when a contract has a possessor: linear in the entities
                names = _names(entities)
            player = _only(names[0].get(found.group(1), ()))
            if player is None:
                continue
            club = _only(i for word in _CAPITAL.findall(mention.text) for i in names[1].get(word, ()))
            if record.club:
                club = None
            out[index] = _given(record, player, club, mention.start - len(found.group()), mention.end, text)
            break
    return out


def _names(entities: Sequence[Entity]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The persons by the last word of their full name, the organisations by each word of theirs."""
    surnames: dict[str, set[str]] = {}
    words: dict[str, set[str]] = {}
    for entity in entities:
        parts = entity.canonical.split()
        if entity.type == "PERSON" and len(parts) > 1:
            surnames.setdefault(parts[-1], set()).add(entity.id)
        elif entity.type == "ORG":
            for part in parts:
                words.setdefault(part, set()).add(entity.id)
    return surnames, words


def _only(ids: Iterable[str]) -> str | None:
    """The one id of ``ids`` (repeats aside), or None when there are none or several."""
    found = set(ids)
    return next(iter(found)) if len(found) == 1 else None


def _given(record: Agreement, player: str, club: str | None, start: int, end: int, text: str) -> Agreement:
    """The record with the player (and club) as roles and sides, the phrase as their evidence."""
    sides = [i for i in (club, player) if i is not None and i not in record.parties]
    return attrs.evolve(
        record,
        player=(player,),
        club=(club,) if club is not None else record.club,
        parties=(*record.parties, *sides),
        evidence=(*record.evidence, Evidence("parties", start, end, text[start:end])),
    )
