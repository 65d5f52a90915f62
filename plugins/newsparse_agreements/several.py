"""One plural agreement noun standing for one deal per counterpart ("lost sponsorship deals with Chelsea
and Celtic": a deal with Chelsea and one with Celtic).

A record whose mention is a plural head ("deals", "contracts", "agreements", "accords", "pacts",
"treaties", "loans") followed by "with" and a list of two or more names is split into one record
per name after "with" when one side is named besides them: each keeps that side and one
counterpart; the first keeps every other mention of the record ("Russia and Ukraine signed
separate deals with Turkey and the UN" is one deal per signer, left as one record).
A singular head ("a deal with A and B") is one deal of three sides;
"between A and B" names the two sides of one deal.
"""

from __future__ import annotations

import re

import attrs

from newsparse import Agreement

from .context import EntityIndex

__all__ = ["split_counterparts"]

_PLURAL_HEAD = re.compile(r"(?:deals|contracts|agreements|accords|pacts|treaties|loans)", re.IGNORECASE)
_WITH = re.compile(r"\s+with\s+")
_LIST_REACH = 120


def split_counterparts(text: str, entities: EntityIndex, agreement: Agreement) -> list[Agreement]:
    """``agreement`` as one record per counterpart listed after its plural head and "with" (else as is)."""
    head = agreement.text.split()[-1] if agreement.text.split() else ""
    found = _WITH.match(text, agreement.end)
    if not _PLURAL_HEAD.fullmatch(head) or found is None:
        return [agreement]
    listed = [hit.id for hit in entities.chain_after(found.end(), found.end() + _LIST_REACH)]
    listed = [i for n, i in enumerate(listed) if i not in listed[:n] and i in agreement.parties]
    if len(listed) < 2 or len(set(agreement.parties) - set(listed)) != 1:
        return [
            agreement
        ]  # "Russia and Ukraine signed separate deals with Turkey and the UN": one per signer
    own = next((m for m in agreement.mentions if m.start == agreement.start), None)
    records = []
    for n, counterpart in enumerate(listed):
        others = set(listed) - {counterpart}
        mentions = agreement.mentions if n == 0 or own is None else (own,)

        record = attrs.evolve(
            agreement,
            mentions=mentions,
            parties=_without(agreement.parties, others),
            club=_without(agreement.club, others),
            lender=_without(agreement.lender, others),
            borrower=_without(agreement.borrower, others),
            seller=_without(agreement.seller, others),
            target=_without(agreement.target, others),
        )
        records.append(record)
    return records


def _without(ids: tuple[str, ...], others: set[str]) -> tuple[str, ...]:
    """``ids`` without the other counterparts of a split record (each record keeps its own one)."""
    return tuple(i for i in ids if i not in others)
