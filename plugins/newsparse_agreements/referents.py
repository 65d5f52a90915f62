"""Sides a record does not name itself: "both countries" / "the two sides"; the club and player of a signing.

"The UK welcomed the decision by India and Pakistan to open a bus link ... Media reports in both
countries describe the deal as a major step": the deal names no party, but "both countries" in a
sentence that mentions it stands for the two countries named together before ("India and
Pakistan").  The phrase is read only in a sentence holding one of the record's mentions, never
"both sides of the Line of Control" (a place), and it gives parties only when exactly two names
fit: the latest pair joined by "and" before it, else the two the nearest scope holds
(:func:`.antecedents.antecedent_states`); never the record's mediators or other third parties
("a truce announced by Saudi and US mediators ... both sides shelled": the belligerents).
"""

from __future__ import annotations

import re

import attrs

from newsparse import Agreement, Document, Evidence

from .antecedents import antecedent_states
from .context import EntityIndex, Hit

__all__ = ["contracts_of_signings", "sides_referred"]

# "both countries", "the two sides", "the two governments"; not "both sides of the border".
_SIDES = re.compile(
    r"\b(?:[Bb]oth|[Tt]he\s+two)\s+(?:countries|nations|governments|neighbours|neighbors|(?P<sides>sides))\b"
    r"(?!\s+of\b)"
)
_JOINED = re.compile(r"\s+and\s+(?:the\s+)?$")  # what lies between the two names of a pair
_LISTED = re.compile(r"\s*,\s*")  # a comma between two names: a list
_PAIR_REACH = 1200  # characters looked back for a pair "X and Y"
_SIDE_TYPES = frozenset({"GPE", "ORG"})  # "the two sides" may be a state and a lender


def sides_referred(doc: Document, entities: EntityIndex, record: Agreement) -> Agreement:
    """``record`` with the two sides a "both countries" / "the two sides" in a sentence of one of its
    mentions stands for, when it names no party and exactly two fit; else ``record`` unchanged."""
    if record.parties:
        return record
    text = doc.text
    sentences = (doc.sentence_of(mention.start) for mention in record.mentions or ())
    # each sentence read once: many mentions in one long sentence stay linear
    for sentence in dict.fromkeys(s for s in sentences if s is not None):
        for found in _SIDES.finditer(text, sentence.start, sentence.end):
            sides = _pair_before(text, entities, found.start(), bool(found.group("sides")))
            sides = sides or antecedent_states(text, entities, sentence.start, found.start())
            third = {*record.mediators, *record.guarantors, *record.endorsers, *record.observers}
            if len(sides) == 2 and sides[0].id != sides[1].id and not third & {h.id for h in sides}:
                evidence = Evidence("parties", found.start(), found.end(), found.group())
                return attrs.evolve(
                    record, parties=tuple(h.id for h in sides), evidence=(*record.evidence, evidence)
                )
    return record


def _pair_before(text: str, entities: EntityIndex, start: int, sides: bool) -> list[Hit]:
    """The latest two states (for "sides" also organisations) joined by "and" ("India and Pakistan")
    before ``start``, or nothing."""
    hits = [
        h
        for h in entities.within(max(0, start - _PAIR_REACH), start)
        if h.end <= start and (h.country or (sides and h.type in _SIDE_TYPES))
    ]
    for second_index in range(len(hits) - 1, 0, -1):
        first, second = hits[second_index - 1], hits[second_index]
        listed = second_index > 1 and _LISTED.fullmatch(text, hits[second_index - 2].end, first.start)
        if _JOINED.fullmatch(text, first.end, second.start) and not listed:
            return [first, second]  # not the end of a longer list ("Venezuela, Russia and China")
    return []


# What lies between a signed player and the contract he signed on: "on a short-term", "on a two-year".
_ON_TERMS = re.compile(r"\s+on\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}")


def contracts_of_signings(text: str, records: list[Agreement]) -> list[Agreement]:
    """The records with a contract that names no side given the club and player of the signing told
    right before it: "Norwich have signed their former striker Andy Williams on a short-term deal"."""
    out = list(records)
    for index, record in enumerate(out):
        if record.kind != "contract" or record.parties:
            continue
        signing = next(
            (
                r
                for r in out
                if r.kind == "transfer"
                and r.player
                and r.club
                and _ends_before(r, record.start)
                and _ON_TERMS.fullmatch(text, _names_end(r, record.start), record.start)
            ),
            None,
        )
        if signing is not None:
            out[index] = attrs.evolve(
                record,
                parties=tuple(dict.fromkeys((*signing.club, *signing.player))),
                club=signing.club,
                player=signing.player,
                status=signing.status,
            )
    return out


def _ends_before(record: Agreement, start: int) -> bool:
    """Whether the record's verb lies before ``start``, within a sentence's reach."""
    return record.end <= start and start - record.end < 200


def _names_end(record: Agreement, limit: int) -> int:
    """Where the last side a verb-told signing names after its verb and before ``limit`` ends."""
    ends = [
        e.end for e in record.evidence if e.field == "parties" and record.end <= e.start and e.end <= limit
    ]
    return max(ends, default=record.end)
