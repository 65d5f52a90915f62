"""A generic collective noun is no named side: "the Parties", "the Government" (session 41, issue 17).

Agreement texts capitalise the word for their own sides as a defined term ("The Parties agree to
...", "an agreement between the Parties", "talks between the Government (GRP) and the MILF"). The
entities layer then gives an organisation named "Parties" or "Government", and the subject reader a
text party "text:Parties", so a record gets a party no reader can tell apart from any other
agreement's. By the guideline a party is a named referent and an unnamed group is left out. The
test is a closed class: a party whose every name is one of the nouns that stand for the sides of an
agreement or a state's executive (parties, sides, signatories, government, governments), with no
other word (no proper modifier: "Government of Nepal", "Labour Party" and "the Parties' Committee"
stay), is dropped with its evidence. The singular "Party" is kept: "the Party" names a state's
ruling party in news ("the Party's Central Committee").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Final

import attrs

from newsparse import Agreement, Entity, Evidence

__all__ = ["generic_side", "without_generic_sides"]

# the nouns that stand for an agreement's own sides, or for a state's executive, without naming it
_GENERIC: Final = frozenset({"parties", "sides", "signatories", "government", "governments"})
_ARTICLE: Final = re.compile(r"\A(?:the|The|THE)\s+")


def generic_side(name: str) -> bool:
    """Whether ``name`` is only a generic collective noun ("Parties", "the Government"), nothing else."""
    bare = _ARTICLE.sub("", name.strip(), count=1)
    return str.lower(bare) in _GENERIC


def _names(ident: str, entities: Mapping[str, Entity]) -> tuple[str, ...]:
    """Every name a party goes by: a text party's name, or its entity's canonical name and mentions."""
    if ident.startswith("text:"):
        return (ident[5:],)
    entity = entities.get(ident)
    if entity is None:
        return (ident,)
    return (entity.canonical, *(m.text for m in entity.mentions))


def without_generic_sides(record: Agreement, entities: Sequence[Entity]) -> Agreement:
    """``record`` without the parties whose every name is a generic collective noun, and without the
    parties evidence that holds one of them and no other party; ``record`` itself when it has none."""
    # an entity's id ends with its canonical name's slug ("org:parties"): only such ids are looked up
    if not any(str.lower(p.rsplit(":", 1)[-1]) in _GENERIC for p in record.parties):
        return record
    wanted = set(record.parties)
    by_id = {e.id: e for e in entities if e.id in wanted}
    dropped = [p for p in record.parties if all(generic_side(n) for n in _names(p, by_id))]
    if not dropped:
        return record
    kept = tuple(p for p in record.parties if p not in dropped)
    evidence = tuple(
        e
        for e in record.evidence
        if e.field != "parties" or not _holds(e, dropped, by_id) or _holds(e, kept, by_id)
    )
    return attrs.evolve(record, parties=kept, evidence=evidence)


def _holds(evidence: Evidence, parties: tuple[str, ...] | list[str], entities: Mapping[str, Entity]) -> bool:
    """Whether a parties evidence span holds a mention (a text party: the name) of one of ``parties``."""
    for ident in parties:
        entity = entities.get(ident)
        if entity is None:
            if ident.removeprefix("text:") in evidence.text:
                return True
        elif any(evidence.start <= m.start and m.end <= evidence.end for m in entity.mentions):
            return True
    return False
