"""Join the records of one business deal that the mention-by-mention merge left apart.

The guideline asks for one record per agreement per document.  Two cases the sentence-by-sentence
merge cannot see, both read on the built records in text order:

- a later definite business mention ("the merger plan", "the contract", "the acquisitions")
  that names no side of its own and has no complement ("the sale of 10 planes" is another deal)
  refers to the latest deal before it of a compatible kind (a merger and an acquisition are one
  family; a generic "deal" not still in prospect takes the business kind), also when that deal
  was told by a verb ("said it had bought all of Hexal" ... "following the acquisitions"), and a
  definite generic "the deal" right after a verb-told deal is that deal;
- a company deal naming the same buyer or the same target, in the same role, as an earlier one
  ("a takeover bid for the LSE" by Deutsche Boerse ... "a Deutsche Boerse takeover") is that deal,
  unless the two name different targets or different buyers;
- a transfer told by a verb with the player and the club of an earlier transfer retells it;
- a concluded purchase told by a verb right after a concluded one with the same target, or with the
  same buyer and a definite object ("Fosters bought 18.8% of Southcorp" ... "Fosters bought the
  18.8% stake from Reline"), retells it, unless the two differ in a role or the clause says "also".
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Any

import attrs

from newsparse import Agreement, Entity

from .identity import by_identity, identities
from .lexicon import STATUS_RANK

__all__ = ["coalesce"]

_COMPANY = frozenset({"merger", "acquisition"})
_BUSINESS = _COMPANY | frozenset({"contract", "loan", "transfer"})
_GENERIC_HEADS = frozenset({"deal", "agreement", "accord", "pact", "transaction"})
_PROSPECTIVE = frozenset({"proposed", "negotiating"})
_ROLE_FIELDS = ("parties", "guarantors", "mediators", "endorsers", "observers")
_BUSINESS_FIELDS = ("acquirer", "target", "seller", "club", "player", "lender", "borrower")
# "the merger plan", "this acquisition": a determiner pointing back (not "a", "any", "another").
_DEFINITE = re.compile(
    r"\b(?:the|this|that|these)\s+(?:(?!(?:to|of|in|on|for|with|by|and|or|from|at|as|it|they)\s)[\w'’$£€%.,;()-]+\s+){0,3}$",
    re.IGNORECASE,
)
_DEFINITE_REACH = 40
_CONCLUDED = frozenset({"signed", "in_force"})
_RETELL_REACH = 700
# "It also acquired", "another purchase": the clause tells a further deal.
_FURTHER = re.compile(r"\b(?:also|other|another|second|separate|new|further|additional|too)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?]\s")
# One word of a firm's name that tells no firm from another ("United" of "United Republic").
_SHORT_GENERIC = frozenset("united national general international american first new royal".split())
_THE_OBJECT = re.compile(r"\s+the\s")
# "the sale of 10 planes", "the takeover last November of Abbey": a complement introducing a deal.
_COMPLEMENT = re.compile(
    r"\s+(?:(?:last|next|this|in|on)\s+[\w-]+\s+)?(?:of|by|between|with|for)\b", re.IGNORECASE
)


def coalesce(
    text: str, records: Sequence[Agreement], verbal: Collection[int], entities: Sequence[Entity] = ()
) -> list[Agreement]:
    """``records`` (put in text order) with the mentions of one business deal joined into one record.

    ``verbal`` holds the starts of the records told by a verb ("Texas Commerce acquired a failed
    bank"): such a record reports a transaction of its own and never restates an earlier one. The
    sides are first keyed by the canonical identity of ``entities`` (one firm under two ids is one).
    """
    out: list[Agreement] = []
    for record in by_identity(sorted(records, key=lambda a: a.start), identities(entities)):
        host = _retold(text, out, record) if record.start in verbal else _host(text, out, record, verbal)
        if host is None:
            out.append(record)
        elif record.kind == "transfer":  # a retold move keeps the state its first telling gave
            out[host] = attrs.evolve(_joined(out[host], record), status=out[host].status)
        else:
            out[host] = _joined(out[host], record)
    return out


def _host(text: str, earlier: list[Agreement], record: Agreement, verbal: Collection[int]) -> int | None:
    """The index of the earlier record ``record`` restates (None: it is a deal of its own)."""
    if earlier and _definite(text, record.start) and not _COMPLEMENT.match(text, record.end):
        latest = max(range(len(earlier)), key=lambda i: _last_mention(earlier[i]))
        host = earlier[latest]
        fits = (record.kind in _BUSINESS and _same_family(host, record.kind)) or (
            record.kind == "agreement" and str.lower(record.text) in _GENERIC_HEADS and host.start in verbal
        )  # "Baikal Finance Group bought Yuganskneftegas" ... "the structure of the deal"
        if fits and set(record.parties) <= _sides(host):
            return latest
    if record.kind in _COMPANY and record.target and _definite(text, record.start):
        found = _same_target(earlier, record)
        if found is not None:
            return found
    if record.kind in _COMPANY:
        for i in range(len(earlier) - 1, -1, -1):
            if earlier[i].kind == record.kind and _same_side(earlier[i], record):
                return i
    return None


def _same_target(earlier: list[Agreement], record: Agreement) -> int | None:
    """The index of the latest company deal whose target a definite mention names again ("acquired
    United Republic Reinsurance Co." ... "the acquisition of United Republic"), unless a buyer differs."""
    for i in range(len(earlier) - 1, -1, -1):
        host = earlier[i]
        if host.kind not in _COMPANY or not host.target or not _named_again(record.target, host.target):
            continue
        if host.acquirer and record.acquirer and not _named_again(record.acquirer, host.acquirer):
            return None  # "the acquisition of Acme by Globex" after Initech bought Acme: another buyer
        return i
    return None


def _named_again(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether every id of ``mine`` is one of ``theirs`` or its name's opening words ("org:united-republic"
    of "org:united-republic-reinsurance-co"), a short name the entities layer keeps apart."""
    return all(any(_short_form(m, t) for t in theirs) for m in mine)


def _short_form(short: str, full: str) -> bool:
    """Whether entity id ``short`` is ``full`` or, of the same type, opens its name with a distinctive
    word ("org:lawrence-insurance" of "org:lawrence-insurance-group-inc"; not "org:united" alone)."""
    if short == full:
        return True
    kind, _, name = short.partition(":")
    other_kind, _, other = full.partition(":")
    words = name.split("-")
    if kind != other_kind or not other.startswith(name + "-"):
        return False
    return len(words) > 1 or (len(words[0]) > 3 and words[0] not in _SHORT_GENERIC)


def _retold(text: str, earlier: list[Agreement], record: Agreement) -> int | None:
    """The index of the concluded purchase a verb-told concluded one retells (None: its own deal)."""
    if record.kind == "transfer":
        return _same_move(earlier, record)
    if record.kind != "acquisition" or record.status not in _CONCLUDED:
        return None
    stops = _SENTENCE_END.finditer(text, max(0, record.start - 300), record.start)
    opening = max((m.end() for m in stops), default=0)
    if _FURTHER.search(text, opening, record.end):
        return None
    for i in range(len(earlier) - 1, -1, -1):
        host = earlier[i]
        if record.start - _last_mention(host) > _RETELL_REACH:
            return None
        if host.kind == "acquisition" and host.status in _CONCLUDED and _same_side(host, record):
            shared_target = bool(set(host.target) & set(record.target))
            if shared_target or _THE_OBJECT.match(text, record.end):  # "Fosters bought the 18.8% stake"
                return None if _other_seller(host, record) else i
    return None


def _same_move(earlier: list[Agreement], record: Agreement) -> int | None:
    """The index of the earlier transfer of the same player to the same (buying) club ("Norwich have signed
    Graham Stuart" ... "He joins Norwich"): a verb retelling it (None: another move)."""
    for i in range(len(earlier) - 1, -1, -1):
        host = earlier[i]
        if host.kind != "transfer" or not (record.player and record.club):
            continue
        if set(record.player) <= set(host.player) and host.club[:1] == record.club[:1]:
            return i
    return None


def _other_seller(host: Agreement, record: Agreement) -> bool:
    """Whether two purchases name different sellers."""
    return bool(host.seller and record.seller and not set(host.seller) & set(record.seller))


def _definite(text: str, start: int) -> bool:
    """Whether the mention at ``start`` has a determiner pointing back ("the merger plan")."""
    return _DEFINITE.search(text, max(0, start - _DEFINITE_REACH), start) is not None


def _last_mention(record: Agreement) -> int:
    """Where the record's latest mention starts."""
    return max((m.start for m in record.mentions), default=record.start)


def _same_family(host: Agreement, mine: str) -> bool:
    """Whether a business mention of kind ``mine`` may restate ``host``: same kind, both company
    deals, or a generic deal not still in prospect ("reach agreement" ... "the contract, signed in
    2000" is an older deal)."""
    theirs = host.kind
    if theirs == "agreement":
        return host.status not in _PROSPECTIVE
    return theirs == mine or (theirs in _COMPANY and mine in _COMPANY)


def _sides(record: Agreement) -> set[str]:
    """Every entity a record names as a side or a business role."""
    return set(record.parties) | {e for name in _BUSINESS_FIELDS for e in getattr(record, name)}


def _same_side(earlier: Agreement, later: Agreement) -> bool:
    """Whether two company deals share their buyer or their target and differ in neither."""
    shared = False
    for role in ("acquirer", "target"):
        mine, theirs = set(getattr(later, role)), set(getattr(earlier, role))
        if mine and theirs:
            if not mine & theirs:
                return False
            shared = True
    if shared and not (earlier.acquirer and later.acquirer) and (earlier.acquirer or later.acquirer):
        return False  # "a bid for Acme" then "a takeover proposal from Globex": takeovers draw rivals
    return shared


def _joined(host: Agreement, other: Agreement) -> Agreement:
    """``host`` with the mentions, sides, roles, provisions and evidence of ``other`` added."""
    fields: dict[str, Any] = {}
    for name in _ROLE_FIELDS + _BUSINESS_FIELDS:  # a short name of a side already held is that side
        mine = tuple(getattr(host, name))
        added = (e for e in getattr(other, name) if not any(_short_form(e, m) for m in mine))
        fields[name] = mine + tuple(added)
    fields["mentions"] = tuple(sorted(set(host.mentions) | set(other.mentions), key=lambda m: m.start))
    fields["provisions"] = host.provisions + other.provisions
    fields["violations"] = host.violations + other.violations
    fields["evidence"] = host.evidence + tuple(e for e in other.evidence if e.field != "kind")
    fields["status"] = _later_state(host, other)
    fields["venue"] = host.venue or other.venue
    fields["date"] = host.date or other.date
    if host.kind == "agreement":
        fields["kind"] = other.kind  # "the deal" ... "the merger": a merger
    return attrs.evolve(host, **fields)


def _later_state(host: Agreement, other: Agreement) -> str | None:
    """The latest state the two records report (higher rank, then later evidence)."""

    def key(record: Agreement) -> tuple[int, int]:
        where = max((e.start for e in record.evidence if e.field == "status"), default=-1)
        return (STATUS_RANK[record.status] if record.status else -1, where)

    if other.status is None or not any(e.field == "status" for e in other.evidence):
        return host.status or other.status
    return max((host, other), key=key).status
