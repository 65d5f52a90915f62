"""One plural agreement noun standing for one deal per counterpart ("lost sponsorship deals with Chelsea
and Celtic": a deal with Chelsea and one with Celtic).

A record whose mention is a plural head ("deals", "contracts", "agreements", "accords", "pacts",
"treaties", "loans") followed by "with" and a list of two or more names is split into one record
per name after "with" when one side is named besides them: each keeps that side and one
counterpart; the first keeps every other mention of the record ("Russia and Ukraine signed
separate deals with Turkey and the UN" is one deal per signer, left as one record).
A singular head ("a deal with A and B") is one deal of three sides;
"between A and B" names the two sides of one deal.

A plural head with no determiner (or "any" / "such") and no one named around it ("back-room deals",
"one-sided trade deals that favor", "require employees to sign nondisclosure agreements") is a class of
deals, not one: :func:`a_class` keeps it out of every record, as opener and as a later mention.  One
named with a side ("bad deals with China") may stand, but a later singular mention ("the 12-nation TPP
pact") never refers back to it (:func:`plural_only`): one deal is not several.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse import Agreement

from .context import EntityIndex
from .cues import ROLES
from .sentence import Local
from .triggers import Trigger

__all__ = ["a_class", "plural_only", "split_counterparts"]

_PLURAL_HEAD = re.compile(r"(?:deals|contracts|agreements|accords|pacts|treaties|loans)", re.IGNORECASE)
# Determiners that leave a plural head a class ("any deals", "such accords"), as none does.
_CLASS_DETERMINERS = frozenset({"any", "such"})
_CLASS_HEADS = ("deals", "agreements", "accords", "pacts", "treaties", "arrangements")
# Kinds a bare plural names one per side of: firms' deals (counted by the trigger rules), talks.
_NOT_CLASSES = frozenset({"acquisition", "merger", "contract", "loan", "transfer", "talks"})
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


def _bare_plural(trigger: Trigger) -> bool:
    """Whether a mention is a plural head with no determiner, or "any" / "such" ("deals with China")."""
    return (trigger.det is None or trigger.det in _CLASS_DETERMINERS) and str.lower(trigger.text).endswith(
        _CLASS_HEADS
    )


def plural_only(locals_: Sequence[Local], local: Local) -> bool:
    """Whether a record named only by bare plurals ("bad deals with China") is no antecedent of the
    singular mention ``local`` ("the TPP pact"): a singular names one deal, not a class of them, unless
    it shares a side with them (one of "sponsorship deals with Chelsea and Celtic", "its agreement with
    Chelsea")."""
    if str.lower(local.trigger.text).endswith("s") or not all(_bare_plural(loc.trigger) for loc in locals_):
        return False
    theirs = {hit.id for loc in locals_ for hit in loc.roles["parties"]}
    return not theirs.intersection(hit.id for hit in local.roles["parties"])


def a_class(local: Local) -> bool:
    """Whether a mention is a bare plural naming a class of deals, with no party, third party or venue
    read for it ("decades of back-room deals", "ending one-sided trade deals"): no record's mention."""
    trig = local.trigger
    return (
        _bare_plural(trig)
        and trig.head is None
        and trig.kind not in _NOT_CLASSES
        and local.venue is None
        and not local.business
        and not any(local.roles[role] for role in ROLES)
    )
