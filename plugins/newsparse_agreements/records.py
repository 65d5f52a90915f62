"""Merge the mentions of one agreement into one record and build the :class:`newsparse.Agreement`.

Coreference is by kind and order: a later mention of the same kind ("a de-escalation zone", then "the
de-escalation zones") joins the earlier record unless both name parties and the parties differ (no common
party, or two-party sets that cross: "Israel and Hamas" vs "Israel and Lebanon"), an exact kind before a
compatible one; a definite generic head ("the deal", "the accord", "this agreement") and a definite family
word ("the truce" after a ceasefire, "the zone", "the treaty") join the latest compatible record. Talks
named in the same sentence as an agreement are the talks it came out of: their venue, parties and third
parties go to it, their own states do not. Inside a sentence, "in a deal brokered by X" after a concluded
agreement restates it, and "a ceasefire and hostage release deal" is one agreement. Only the 64 most
recently mentioned records are candidates, so a long document stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import chain, islice
from typing import Any

import attrs

from newsparse import Agreement, DateRef, Document, Evidence, Span, TimeExpression, Violation

from .absorbing import made_in_talks, other_sides
from .agents import regional_adjective
from .aims import talks_aim
from .coalesce import coalesce
from .context import DateIndex, EntityIndex, Hit, unique_hits
from .cues import _NOT_WHEN, ROLES
from .deals import VERB_STEMS, find_verb_deals, verb_candidates, verb_deal_record
from .described import described_states
from .era import clash, era_of
from .generic_sides import without_generic_sides
from .headline import join_headline
from .later import violations_told_later
from .lexicon import COMPATIBLE, STATUS_RANK, STEMS, WORD_STEMS, ZONE_KINDS
from .not_nouns import only_modifies
from .possessor import possessed_contracts
from .presumed import presupposed, reported, running, supposed
from .recognise import read_sentence
from .referents import contracts_of_signings, sides_referred
from .relatives import CLAUSE_STEMS, clause_cues, clause_deals
from .representatives import represented_by, without_representatives
from .sentence import Local
from .several import a_class, plural_only, split_counterparts
from .stemscan import StemScan
from .title_state import titled_states
from .triggers import Trigger, find_triggers
from .unilateral import unilateral
from .years import join_same_year

__all__ = ["extract"]

# "..., in a deal brokered by X": an indefinite generic head restating the agreement just named.
_APPOSITIVE = re.compile(r"\b(?:in|as\s+part\s+of|under|through)\s+(?:a|an)\s+$", re.IGNORECASE)
# A kind word with no head noun after it ("ceasefire", "truce"), which a following head may complete.
_HEADLESS = re.compile(r"(?:cease-?\s?fire|truce|armistice|cessation of hostilities)", re.IGNORECASE)
_LOOKBACK = 64
# How far (characters) after a deal's latest mention a bare "a loan" / "an offer" may restate it.
_RESTATE_REACH = 400
_VERB_DATE_REACH = 60
# The trigger stems and the deal-verb stems, found by one scan (most only where they open a word).
_SCAN = StemScan.of((*STEMS, *VERB_STEMS, *CLAUSE_STEMS), inside=set(STEMS) - WORD_STEMS)
_STOPS = frozenset(".;!?")
_COMPANY_DEALS = frozenset({"merger", "acquisition"})
# "The merger is the only acquisition ...": a copula between two mentions makes them one.
_COPULA = re.compile(r"\s+(?:is|was|remains|would\s+be)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}")
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# "the nuclear deal talks", "the agreement's negotiations": talks right after a deal are its talks.
_DEAL_TALKS_WORDS = 1
# "agreed to a prisoner exchange, in a deal": the restating head follows within a few words.
_APPOSITIVE_WORDS = 4
# "InterFirst and RepublicBank agreed to merge in a deal": a generic head naming a merger.
_MERGE_BEFORE = re.compile(r"\bmerge\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# Words of firm names that tell no firm from another ("Corp", "Group", "Bank").
_GENERIC_NAME_WORDS = frozenset(
    "corp corporation group bank banks holdings company international national united ltd inc plc".split()
)
# Talks that name no aim ("talks", "fresh negotiations"); "peace talks" aim at a peace agreement.
_BARE_TALKS = re.compile(
    r"(?:(?:direct|indirect|proximity|fresh|new)\s+)?(?:talks|negotiations)", re.IGNORECASE
)
# Talks named with their aim ("peace talks", "Peace negotiations"); not the "peace process" they serve.
_AIMED_TALKS = re.compile(r"peace\s+(?:talks|negotiations)", re.IGNORECASE)
# Talks reported after a rejected offer: the deal is still being negotiated (the guideline's rule).
_TALKS_GO_ON = re.compile(
    r"\b(?:(?:further|continuing|fresh|more)\s+(?:talks|negotiations)|talks\s+(?:continue|are\s+continuing)"
    r"|open\s+(?:for|to)\s+(?:further\s+)?talks|(?:will|to)\s+hold\s+(?:further\s+)?talks)\b",
    re.IGNORECASE,
)
_BUSINESS = frozenset({"acquisition", "merger", "contract", "loan", "transfer"})
# An indefinite business deal with no state ("a takeover", "a London-Frankfurt merger"): in prospect.
_A_DEAL = re.compile(
    r"\b(?:a|an)\s+(?:(?!(?:the|its|their|his|her|this|that|a|an|to|of|in|on|for|with|and|or|by|at|from"
    r"|following|after)\s)[\w.,$£€'’()-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "a deal valued at $4bn", "a deal that could be worth as much as $6bn": a transaction with a value.
_VALUED = re.compile(
    r",?\s+(?:(?:that|which)\s+(?:could|would|will|may|is|was)\s+(?:be\s+)?)?(?:valued\s+at|worth)\s+"
    r"(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?"
    r"(?:[£$€]|\d)",
    re.IGNORECASE,
)
# "formed by / through / after a merger": the deal made something, so it was made.
_MEANS = frozenset({"by", "through", "after", "following", "via"})
_NOT_PROSPECTS = frozenset({"talks", "ceasefire", "truce"}) | ZONE_KINDS
_PROSPECTIVE = frozenset({"proposed", "negotiating", "rejected"})
_CONCLUDED = frozenset({"signed", "in_force", "extended"})
# Determiners of a generic head that name no particular agreement ("any deal", "such accords").
_NOT_ONE = frozenset({"any", "such"})
_PLURAL_HEADS = ("agreements", "accords", "pacts", "deals", "treaties", "arrangements")
# Generic heads that name an agreement by themselves ("a declaration" may be of a result or a view).
_ONE_HEADS = frozenset({"agreement", "deal", "accord", "pact"})
# An indefinite generic head naming an agreement of its own: "another deal", "a similar deal with
# Russia", or a noun before it telling what the deal is about ("a co-operation deal", "a joint venture
# agreement", "a debt relief pact"); an adjective ("a possible deal", "a large agreement") does not.
_FUNCTION_WORDS = frozenset("a an the to and or of in on for with by".split())
_OTHER_WORDS = frozenset("similar separate second rival parallel".split())
# "-ure" words that qualify rather than name a subject ("a secure deal", "a premature deal").
_NOT_SUBJECTS = frozenset("sure secure mature premature obscure".split())
_NOUN_ENDINGS = ("tion", "sion", "ment", "ure", "ship", "ance", "ence", "ism", "ity")
_SUBJECT_NOUNS = frozenset(
    "venture relief debt supply service gas oil arms energy aid credit rights security defence defense border"
    " fishing licensing marketing broadcasting kit shirt tv television media water power tax budget pay"
    " wage pension".split()
)
_INDEFINITE_MODIFIERS = re.compile(r"\b(?:a|an|another)\s+((?:[^\s.;:!?]+\s+){1,3})$", re.IGNORECASE)
_FOLD_PREPOSITIONS = ("on", "for", "over", "about", "of", "to", "establishing", "creating", "setting")
# "France have their own television deal": a possessive's own agreement, never one named before.
_OWN = re.compile(r"\b(?:their|its|his|her|our|my|your)\s+own\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "also signed", "another deal", "a second agreement": the clause tells a further agreement.
_FURTHER = re.compile(
    r"\b(?:also|other|another|second|separate|new|further|additional|similar|rival|too)\b", re.IGNORECASE
)
_CLAUSE_OPENING = re.compile(r"[.;:!?]\s")
# "an agreement on nuclear co-operation": a mention naming a subject of its own.
_OWN_SUBJECT = re.compile(
    r"\s+(?:on|over|about|covering|concerning|regarding)\s+(?!(?:the\s+)?\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|behalf)",
    re.IGNORECASE,
)


@attrs.define
class _Record:
    """One agreement being assembled from its mentions (a builder local to one document)."""

    kind: str
    locals: list[Local] = attrs.field(factory=list)
    parties: set[str] = attrs.field(factory=set)

    @property
    def first(self) -> Trigger:
        """The mention that introduced the agreement."""
        return self.locals[0].trigger

    @property
    def last_end(self) -> int:
        """Where its latest mention ends."""
        return self.locals[-1].trigger.end

    def add(self, local: Local) -> None:
        """Add a mention and remember its sides other than a target (one refusing a bid is a side)."""
        self.locals.append(local)
        targets = {hit.id for hit in local.business.get("target", ())}
        self.parties.update(hit.id for hit in local.roles["parties"] if hit.id not in targets)

    def substantial(self) -> bool:
        """Whether a generic record says enough to be an agreement (a state, a party or a third party)."""
        return any(local.statuses or any(local.roles[r] for r in ROLES) for local in self.locals)


def _fold_generic(text: str, locals_: list[Local]) -> list[Local]:
    """Fold "a deal on a ceasefire" into the ceasefire: the generic head's findings go to it."""
    kept: list[Local] = []
    for i, local in enumerate(locals_):
        trig = local.trigger
        if trig.generic and _MERGE_BEFORE.search(text, max(0, trig.start - 30), trig.start):
            trig = local.trigger = attrs.evolve(trig, kind="merger", generic=False, definite=False)
        if kept and _COPULA.fullmatch(text, kept[-1].trigger.end, trig.start):
            local.date = None  # the predicate's own clause ("... since lawmakers approved it on May 1")
            kept[-1].absorb(local, status=False)  # "The X-Y merger is the only acquisition by ...": one deal
            continue
        generic = trig.generic or trig.kind == "agreement"
        if generic and kept and text[kept[-1].trigger.end : trig.start] == " ":
            kept[-1].absorb(local)  # "TREATY ACCORD": the accord on the treaty is the treaty
            continue
        if (
            kept
            and _HEADLESS.fullmatch(kept[-1].trigger.text)
            and text[kept[-1].trigger.end : trig.start] == " and "
        ):
            kept[-1].absorb(local)  # "a ceasefire and hostage release deal": one deal
            continue
        if (
            trig.generic
            and not trig.definite
            and kept
            and any(st[0] in _CONCLUDED for st in kept[-1].statuses)
            and _APPOSITIVE.search(text, kept[-1].trigger.end, trig.start)
            and len(text[kept[-1].trigger.end : trig.start].split()) <= _APPOSITIVE_WORDS
        ):
            kept[-1].absorb(local)  # "agreed to a prisoner exchange, in a deal facilitated by the EU"
            continue
        if trig.generic and not trig.definite and i + 1 < len(locals_):
            nxt = locals_[i + 1]
            gap = text[trig.end : nxt.trigger.start].strip().lower()
            words = gap.split()
            if not nxt.trigger.generic and len(gap) <= 30 and words and words[0] in _FOLD_PREPOSITIONS:
                nxt.absorb(local)
                continue
        kept.append(local)
    return kept


def _talks_it_made(text: str, deal: Trigger, talks: Trigger) -> bool:
    """Whether talks named after a deal, not next to it, are what it opens or a process it is a step
    in ("the deal to open formal talks", "the deal as a step in the peace process"), not its talks."""
    return deal.end <= talks.start and len(text[deal.end : talks.start].split()) > _DEAL_TALKS_WORDS


def _absorb_talks(text: str, locals_: list[Local]) -> list[Local]:
    """Give the talks of a sentence to the agreement named in it (the nearest one before, else after)."""
    agreements = [loc for loc in locals_ if not loc.trigger.talks]
    if not agreements:
        return locals_
    own = [frozenset(hit.id for hit in a.roles["parties"]) for a in agreements]  # before any talks join
    for local in locals_:
        if local.trigger.talks:
            made_in_talks(text, agreements, local)
    for local in locals_:
        if local.trigger.talks:
            before = [k for k, a in enumerate(agreements) if a.trigger.end <= local.trigger.start]
            index = before[-1] if before else 0
            target = agreements[index]
            if other_sides(own[index], local):
                continue  # "Israel's peace treaty with Egypt ... the peace process with the Palestinians"
            if not target.statuses and not _talks_it_made(text, target.trigger, local.trigger):
                # "talks to revive the nuclear deal": it is being negotiated
                target.statuses.append(("negotiating", local.trigger.start, local.trigger.end))
            target.absorb(local, status=False)
    return agreements


def _find_record(records: list[_Record], recent: dict[int, _Record], local: Local) -> _Record | None:
    """The record a mention belongs to: same or compatible kind, compatible parties (None: a new one).

    Only the ``_LOOKBACK`` most recently mentioned records are candidates (``recent`` is ordered by
    the latest mention), so a long document costs linear time; a reference back reaches that far.
    """
    trig = local.trigger
    if trig.anaphor is not None:
        family = COMPATIBLE[trig.anaphor]
        return next((r for r in islice(reversed(records), _LOOKBACK) if r.kind in family), None)
    recent_first = islice(reversed(recent.values()), _LOOKBACK)
    latest_first = [r for r in recent_first if not plural_only(r.locals, local)]  # one deal is not several
    if trig.generic:
        if not trig.definite:
            return _prospect(latest_first, local)
        return next((r for r in latest_first if r.kind != "talks"), latest_first[0] if latest_first else None)
    family = COMPATIBLE.get(trig.kind, frozenset({trig.kind})) if trig.definite else frozenset({trig.kind})
    mine = {hit.id for hit in local.roles["parties"]}
    exact = [r for r in latest_first if r.kind == trig.kind]  # "the ceasefire" before another "truce"
    for record in exact + [r for r in latest_first if r.kind != trig.kind]:
        if record.first.head is not None and trig.head is None and not trig.definite:
            continue  # "the General Agreement on Tariffs and Trade", then "trade talks": other talks
        if _named(record.first) and _named(trig) and _named(record.first) != _named(trig):
            continue  # "the Paris agreement", then "the Plaza agreement": two named agreements
        if record.kind in _COMPANY_DEALS and trig.kind in _COMPANY_DEALS and trig.definite:
            theirs = _alike(mine, record.parties)
            if mine and len(theirs) > 1 and mine <= theirs:  # "the Texas Commerce acquisition" of its merger
                return record
        if record.kind in family:
            theirs = _alike(mine, record.parties)
            if mine and theirs and not mine & theirs:
                continue
            if len(mine) > 1 and len(theirs) > 1 and not (mine <= theirs or theirs <= mine):
                continue  # "Israel and Hamas ... a ceasefire", then "Israel and Lebanon ... their truce"
            return record
    return None


def _named(trig: Trigger) -> str:
    """The name a mention opens with ("Plaza" of "Plaza agreement"; empty when it has none)."""
    return "" if trig.head is None else trig.text[: trig.head - trig.start].strip().lower()


def _alike(mine: set[str], theirs: set[str]) -> set[str]:
    """``theirs`` with each id that shares a name word with one of ``mine`` replaced by it.

    The entities layer may give one firm two ids ("Chemical New York Corp", then "Chemical", or
    "Texas Commerce-Chemical"): a shared distinctive word makes them one side for coreference.
    """
    out = set()
    for their in theirs:
        words = _name_words(their)
        out.add(next((m for m in mine if words & _name_words(m)), their))
    return out


def _name_words(entity_id: str) -> set[str]:
    """The distinctive words of an entity id ("org:chemical-new-york-corp" -> chemical, new, york)."""
    name = entity_id.rsplit(":", 1)[-1]
    return {w for w in name.split("-") if len(w) > 3 and w not in _GENERIC_NAME_WORDS}


def _one_per_side(hits: list[Hit]) -> list[Hit]:
    """The hits without those whose name words an earlier side already holds ("Chemical" after
    "Chemical New York Corp", "Texas Commerce-Chemical" after both firms)."""
    kept: list[Hit] = []
    words: set[str] = set()
    for hit in hits:
        mine = _name_words(hit.id)
        if mine and mine <= words:
            continue
        kept.append(hit)
        words |= mine
    return kept


def _prospect(latest_first: list[_Record], local: Local) -> _Record | None:
    """The record an indefinite "a deal" still to be made refers to: the latest one being discussed.

    "We think we're close to a deal", "a deal could be struck", "as part of any deal": a deal not
    (yet) made, said after an agreement is named, is that agreement (its parties must not differ).
    """
    if any(st[0] not in _PROSPECTIVE for st in local.statuses):
        return None
    mine = {hit.id for hit in local.roles["parties"]}
    start = local.trigger.start
    for record in latest_first:
        if any(s <= start < e for loc in record.locals for s, e in loc.provisions):
            return None  # "Under the agreement, Turkey must ... promise to sign an accord": its term
        if record.kind in _NOT_PROSPECTS or (mine and record.parties and not mine & record.parties):
            continue  # "the truce paved the way for a deal": a truce's own prospect is named by its kind
        local.statuses[:] = [st for st in local.statuses if st[0] != "rejected"]
        return record
    return None


def _restated(recent: dict[int, _Record], local: Local) -> _Record | None:
    """The record a bare indefinite business mention restates: the latest record, of its kind, ending
    within ``_RESTATE_REACH`` characters, with the same sides (or none on both; or sides of its own
    after a record with none, except for a takeover) and no other business role.

    "ask the buyer to pay back a $900m loan. ... will ask Rosneft to repay a loan that Yugansk had
    secured": one loan; "took a loan from Globex ... took a loan from Initech": two.
    """
    trig = local.trigger
    latest = next((r for r in reversed(recent.values()) if r.kind != "talks"), None)
    if latest is None or latest.kind != trig.kind or trig.start - latest.last_end > _RESTATE_REACH:
        return None
    mine = {hit.id for hit in local.roles["parties"]}
    theirs = _alike(mine, latest.parties)
    if theirs and not mine:
        return None  # "a bid" with no side after Deutsche Boerse's offer may be a rival's
    if mine and not theirs and trig.kind == "acquisition":
        return None  # a named bidder's "takeover proposal" after a bid with no side: takeovers draw rivals
    if mine and theirs and not (mine <= theirs or theirs <= mine):
        return None
    for role, hits in local.business.items():
        known = {h.id for loc in latest.locals for h in loc.business.get(role, ())}
        if known and not known & {h.id for h in hits}:
            return None  # "a loan from Initech" after a loan from Globex: another lender
    return latest


def _supposed_restated(text: str, recent: dict[int, _Record], local: Local) -> _Record | None:
    """The company deal a supposed one restates: "A merger would create a global player" after
    Foster's takeover offer for Southcorp is that offer's combination, not another deal (the
    latest merger or acquisition within reach, when the mention names no side or role of its own)."""
    trig = local.trigger
    if (
        trig.kind not in _COMPANY_DEALS
        or local.roles["parties"]
        or local.business
        or not supposed(text, trig)
    ):
        return None
    latest = next((r for r in reversed(recent.values()) if r.kind != "talks"), None)
    if latest is None or latest.kind not in _COMPANY_DEALS or trig.start - latest.last_end > _RESTATE_REACH:
        return None
    return latest


def _retold(text: str, recent: dict[int, _Record], local: Local) -> _Record | None:
    """The concluded agreement an indefinite concluded mention tells again in other words.

    "Mitsubishi Motors has struck a deal to supply Peugeot ... The two firms signed a Memorandum of
    Understanding": the same sides concluding an agreement right after one is told concluded is that
    agreement (unless the clause says "also", "another", "a second" ..., or the mention names a side
    or a subject of its own: "an agreement on nuclear co-operation").
    """
    trig = local.trigger
    if trig.definite or trig.talks or trig.kind in _BUSINESS or trig.det == "another":
        return None
    if not local.statuses or any(st[0] not in _CONCLUDED for st in local.statuses):
        return None
    mine = {hit.id for hit in local.roles["parties"]}
    latest = next((r for r in reversed(recent.values()) if r.kind != "talks"), None)
    if not mine or latest is None or trig.start - latest.last_end > _RESTATE_REACH:
        return None
    if latest.kind in _BUSINESS or latest.kind in _NOT_PROSPECTS or not mine <= _alike(mine, latest.parties):
        return None
    if not any(st[0] in _CONCLUDED for loc in latest.locals for st in loc.statuses):
        return None
    stops = _CLAUSE_OPENING.finditer(text, latest.last_end, trig.start)
    opening = max((m.end() for m in stops), default=latest.last_end)
    if _FURTHER.search(text, opening, trig.end) or _OWN_SUBJECT.match(text, trig.end):
        return None
    return latest


def _new_sides(record: _Record, local: Local) -> bool:
    """Whether a mention names a side or third party its candidate record never had.

    "... work on an agreement" then "the EU-brokered ceasefire agreement": another agreement.
    """
    known = {hit.id for loc in record.locals for role in ROLES for hit in loc.roles[role]}
    return any(hit.id not in known for role in ROLES for hit in local.roles[role])


def _touch(recent: dict[int, _Record], record: _Record) -> None:
    """Make ``record`` the most recently mentioned one."""
    recent.pop(id(record), None)
    recent[id(record)] = record


def _merge(records: list[_Record], recent: dict[int, _Record], local: Local, text: str) -> None:
    """Add a mention to its record, or start a record (a bare "the zone" with nothing before is dropped)."""
    trig = local.trigger
    fresh = trig.kind in _BUSINESS and (
        _INDEFINITE.search(text, max(0, trig.start - 4), trig.start) or _told_other(text, local)
    )
    if fresh:  # "a loan": another deal, unless it restates the one just named ("repay a loan that ...")
        record = _supposed_restated(text, recent, local) or _restated(recent, local)
    elif _described(text, trig, max((r.last_end for r in recent.values()), default=-1)):
        record = None  # "a joint venture agreement" after the trade deal: another agreement
    elif trig.generic and _OWN.search(text, max(0, trig.start - 40), trig.start):
        record = None  # "France have their own television deal": not the contract named before
    else:
        record = _find_record(records, recent, local) or _retold(text, recent, local)
    mark = era_of(text, local.trigger) if record is not None else None
    if (
        mark is not None
        and record is not None
        and clash(mark, (era_of(text, loc.trigger) for loc in record.locals))
    ):
        # "the 1979 agreement" after "A new ... Agreement": the record of its own mark, or a new one
        # (a generic head, "the new pact", may reach a record of any kind: "A new rubber agreement")
        kinds = {r.kind for r in recent.values()} if local.trigger.generic else {record.kind}
        record = next(
            (r for r in reversed(recent.values()) if r.kind in kinds and _marked(text, r, mark)), None
        )
    trig = local.trigger
    latest = next(reversed(recent.values()), None)
    if record is None and trig.definite and not trig.generic and trig.anaphor is None and latest is not None:
        if (
            latest.kind == "agreement"
            and trig.kind != "talks"
            and trig.kind not in _BUSINESS
            and not _new_sides(latest, local)
            and not (_named(latest.first) and _named(trig) and _named(latest.first) != _named(trig))
        ):
            latest.kind = trig.kind  # "a joint declaration ... the peace agreement"
            record = latest
    if record is None and trig.talks and trig.definite and latest is not None:
        latest.locals[-1].absorb(local, status=False)  # "the talks" that produced the latest deal
        return
    if record is None:
        if trig.anaphor is not None:
            return
        record = _Record(trig.kind)
        record.add(local)
        records.append(record)
    else:
        record.add(local)
    _touch(recent, record)


def _told_other(text: str, local: Local) -> bool:
    """Whether a described indefinite business mention told in a state past prospect is a deal of its
    own ("a rumoured takeover bid ... came to nothing"; "seeking a chemical acquisition" is not)."""
    if all(st[0] in _PROSPECTIVE for st in local.statuses):
        return False
    return _A_DEAL.search(text, max(0, local.trigger.start - 48), local.trigger.start) is not None


def _marked(text: str, record: _Record, mark: str) -> bool:
    """Whether ``record`` carries a mark that agrees with ``mark`` ("the 1979 agreement" for "old")."""
    marks = [m for m in (era_of(text, loc.trigger) for loc in record.locals) if m is not None]
    return bool(marks) and not clash(mark, marks)


def _described(text: str, trig: Trigger, previous_end: int) -> bool:
    """Whether an indefinite generic head carries words of its own ("a co-operation deal", "a
    similar deal"): it names another agreement, not the one in prospect ("a possible deal").

    ``previous_end``: where the latest mention before it ends ("a loan restructuring deal" is the
    loan's own phrase, one agreement)."""
    if not trig.generic or trig.definite or trig.det not in ("a", "an", "another"):
        return False
    found = _INDEFINITE_MODIFIERS.search(text, max(0, trig.start - 48), trig.start)
    if found is None:
        return trig.det == "another"
    if previous_end > found.start():
        return False
    words = [w.strip("()\"'’“”,").lower() for w in found.group(1).split()]
    last = words[-1]
    if _FUNCTION_WORDS.intersection(words):
        return False  # "an offer and a deal": the words of another phrase
    return (
        bool(_OTHER_WORDS.intersection(words))
        or last in _SUBJECT_NOUNS
        or (last.endswith(_NOUN_ENDINGS) and last not in _NOT_SUBJECTS)
    )


def _evidence(text: str, field: str, start: int, end: int) -> Evidence:
    """Evidence for ``field`` read from ``text[start:end]``."""
    return Evidence(field, start, end, text[start:end])


def _phrases(text: str, record: _Record, field: str, ids: set[str]) -> list[Evidence]:
    """The evidence phrases of ``field`` that name one of ``ids`` (each span once)."""
    seen: set[tuple[int, int]] = set()
    out = []
    for local in record.locals:
        for name, start, end, named in local.phrases:
            if name == field and named & ids and (start, end) not in seen:
                seen.add((start, end))
                out.append(_evidence(text, field, start, end))
    return out


def _provisions_and_violations(
    text: str, record: _Record, evidence: list[Evidence]
) -> tuple[list[Span], list[Violation]]:
    """The record's provisions and violations, each once, their evidence appended to ``evidence``."""
    provisions: list[Span] = []
    seen_spans: set[tuple[int, int]] = set()
    for local in record.locals:
        for start, end in local.provisions:
            if (start, end) not in seen_spans:
                seen_spans.add((start, end))
                provisions.append(Span(start, end, text[start:end]))
                evidence.append(_evidence(text, "provisions", start, end))
    violations: list[Violation] = []
    seen_violations: set[tuple[int, int, str | None]] = set()
    seen_evidence: set[tuple[int, int]] = set()
    for local in record.locals:
        for start, end, who, ev_start, ev_end in local.violations:
            if (start, end, who) not in seen_violations:
                seen_violations.add((start, end, who))
                violations.append(Violation(start, end, text[start:end], who))
            if (ev_start, ev_end) not in seen_evidence:
                seen_evidence.add((ev_start, ev_end))
                evidence.append(_evidence(text, "violations", ev_start, ev_end))
    return provisions, violations


def _business(record: _Record, parties: list[Hit]) -> dict[str, list[str]]:
    """The business roles of a record: read from prepositions, else from the parties' entity types.

    A transfer's or contract's people are its players and its organisations its clubs; an
    acquisition's parties that neither sell nor are bought are its acquirers.
    """
    found: dict[str, list[Hit]] = {}
    for local in record.locals:
        for role, hits in local.business.items():
            found.setdefault(role, []).extend(hits)
    out = {role: [h.id for h in unique_hits(hits)] for role, hits in found.items()}
    if record.kind in ("transfer", "contract"):
        if "acquirer" in out:  # the bidder of a bid for a player is the club
            out["club"] = out.get("club", []) + [
                e for e in out.pop("acquirer") if e not in out.get("club", [])
            ]
        out.setdefault("player", [h.id for h in parties if h.type == "PERSON"])
        out.setdefault("club", [h.id for h in parties if h.type == "ORG"])
    elif record.kind == "acquisition" and "acquirer" not in out:
        others = set(out.get("seller", ())) | set(out.get("target", ()))
        out["acquirer"] = [h.id for h in parties if h.id not in others and h.type != "TEXT"]  # entities only
    return {role: ids for role, ids in out.items() if ids}


def _with_sides(kind: str, parties: list[str], business: dict[str, list[str]]) -> list[str]:
    """The parties, with a transfer's or contract's clubs and players (the guideline binds them all)."""
    if kind not in ("transfer", "contract"):
        return parties
    sides = business.get("club", []) + business.get("player", [])
    return parties + [s for s in dict.fromkeys(sides) if s not in parties]


# A date that names a past time by itself: a year, a month and year, "last month", "two weeks ago".
_PAST_DATE = re.compile(
    r"(?:in\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+)?(?:19|20)\d\d|last\s+(?:week|month|year|spring|summer|autumn|winter)|\w+\s+(?:weeks|months|years)\s+ago",
    re.IGNORECASE,
)


def _build(text: str, record: _Record, represented: Mapping[str, frozenset[str]]) -> Agreement:
    """The Agreement of a record: roles, venue, date, latest status, provisions, violations, evidence."""
    first = record.first
    evidence: list[Evidence] = [_evidence(text, "kind", first.start, first.end)]
    roles: dict[str, list[Hit]] = {}
    for role in ROLES:
        roles[role] = unique_hits(hit for local in record.locals for hit in local.roles[role])
    mediator_ids = {h.id for h in roles["mediators"]}
    roles["parties"] = _one_per_side(
        [h for h in roles["parties"] if h.id not in mediator_ids and not regional_adjective(text, h)]
    )
    if record.kind not in _BUSINESS:  # "Croatian Foreign Minister Granic" beside Croatia: Croatia is bound
        roles["parties"] = without_representatives(roles["parties"], represented)
    party_ids = {h.id for h in roles["parties"]}
    for outsider in ("endorsers", "observers"):  # "the Yugoslav government endorsed the text": a side
        if party_ids - {h.id for h in roles[outsider]}:  # not when only they are named ("X and Y endorsed")
            roles[outsider] = [h for h in roles[outsider] if h.id not in party_ids]
    for role in ROLES:
        evidence.extend(_phrases(text, record, role, {h.id for h in roles[role]}))
    venue = next((local.venue for local in record.locals if local.venue is not None), None)
    if venue is not None:
        evidence.extend(
            _phrases(text, record, "venue", {venue.id})[:1]
            or [_evidence(text, "venue", venue.start, venue.end)]
        )
    when = next((local.date for local in record.locals if local.date is not None), None)
    date = None
    if when is not None:
        date = DateRef.of(when)
        evidence.append(_evidence(text, "date", when.start, when.end))
    triggers = [local.trigger for local in record.locals]
    states = [st for local in record.locals for st in local.statuses]
    status = None
    if states:
        best = max(states, key=lambda st: (STATUS_RANK[st[0]], st[1]))
        status = best[0]
        if record.kind == "talks" and status in ("signed", "in_force", "violated"):
            status = "negotiating"  # talks that were "held" or "agreed" are still talks
        evidence.append(_evidence(text, "status", best[1], best[2]))
        if status == "rejected" and record.kind in _COMPANY_DEALS and _TALKS_GO_ON.search(text, first.start):
            status = "negotiating"  # an offer turned down while talks with the bidder go on
    elif record.kind == "talks":
        status = "negotiating"
    elif record.kind in _COMPANY_DEALS and _indefinite(text, first.start):
        status = "proposed"  # "a precursor to a takeover", "A merger would create": one not (yet) made
    elif record.kind in _BUSINESS and all(supposed(text, trigger) for trigger in triggers):
        status = "proposed"  # "could come from a five-year loan", "The merger 'would be a good move'"
    elif record.kind in _BUSINESS or running(text, triggers):
        status = "in_force"  # "his contract", "Guinness's takeover of Distillers": named as existing
    elif when is not None and _PAST_DATE.fullmatch(" ".join(when.text.split())):
        status = "signed"  # "an agreement last month in Paris", "the 1976 Berne agreement": made then
    elif presupposed(text, record.kind, triggers) or reported(text, record.kind, triggers):
        status = "signed"  # "the Plaza agreement", "settled in a deal": reported as one made
    provisions, violations = _provisions_and_violations(text, record, evidence)
    mentions = [Span(loc.trigger.start, loc.trigger.end, loc.trigger.text) for loc in record.locals]
    aim = talks_aim(text, record.kind, first.end)  # "talks about selling its assets": "selling" is the sale
    mentions = sorted([*mentions, aim[1]], key=lambda m: m.start) if aim is not None else mentions
    business = _business(record, roles["parties"])
    fields: dict[str, Any] = {
        "parties": _with_sides(record.kind, [h.id for h in roles["parties"]], business),
        "guarantors": [h.id for h in roles["guarantors"]],
        "mediators": [h.id for h in roles["mediators"]],
        "endorsers": [h.id for h in roles["endorsers"]],
        "observers": [h.id for h in roles["observers"]],
        "mentions": mentions,
        "provisions": provisions,
        "violations": violations,
        "evidence": evidence,
        **business,
    }
    return Agreement(
        start=first.start,
        end=first.end,
        text=first.text,
        kind=aim[0] if aim is not None else record.kind,
        venue=venue.id if venue is not None else None,
        date=date,
        status=status,
        **fields,
    )


def extract(doc: Document) -> Iterator[Agreement]:
    """The agreements of ``doc``, one record per agreement with all its mentions merged."""
    text = doc.text
    low = text.lower()
    stems = (low, _SCAN.positions(low))  # one look for the trigger and the deal-verb stems
    triggers = find_triggers(text, stems)
    by_sentence: dict[int, list[Trigger]] = {}
    sentences = {}
    for trig in triggers:
        sentence = doc.sentence_of(trig.start)
        if sentence is None:
            continue
        by_sentence.setdefault(sentence.start, []).append(trig)
        sentences[sentence.start] = sentence
    # a sentence naming only talks ("held talks after Foster's bought a stake") still tells its deal verb
    taken = {k for k, trigs in by_sentence.items() if not all(t.talks for t in trigs)}
    verbs = verb_candidates(doc, taken, stems)
    if not by_sentence and not verbs and not clause_cues(text, stems[1]):
        return  # no agreement noun and no deal verb: the entity index is not even built
    entities = EntityIndex.build(text, doc.entities)
    dates = DateIndex.build(doc.dates)
    records: list[_Record] = []
    recent: dict[int, _Record] = {}
    for key in sorted(by_sentence):
        locals_ = read_sentence(doc, sentences[key], by_sentence[key], entities, dates)
        locals_ = _absorb_talks(text, _fold_generic(text, locals_))
        for local in locals_:  # "back-room deals": a class; "the STC's declaration of self-rule": an act
            trig = local.trigger  # "loan losses": a modifier
            if a_class(local) or unilateral(text, trig) or only_modifies(doc, sentences[key], trig):
                continue
            _merge(records, recent, local, text)
    represented = represented_by(text, doc.entities, entities) if records else {}
    built = [_build(text, record, represented) for record in records if _kept(record, text)]
    verbal = set()
    for deal in chain(find_verb_deals(doc, entities, verbs), clause_deals(doc, entities, taken, stems[1])):
        built.append(
            verb_deal_record(text, deal, _verb_date(text, dates, deal.trigger.start, deal.trigger.end))
        )
        verbal.add(deal.trigger.start)
    joined = contracts_of_signings(text, coalesce(text, built, verbal, doc.entities))
    joined = join_same_year(text, join_headline(text, joined))  # a headline's deal; "the 1993 deal" retold
    joined = violations_told_later(text, doc.entities, joined)  # "Japan's failure to honor commitments"
    joined = possessed_contracts(text, doc.entities, joined)  # "Day's Rangers contract"
    joined = list(titled_states(doc, described_states(doc, joined)))  # "the agreement provides for"; a title
    for agreement in joined:
        own = without_generic_sides(agreement, doc.entities)  # "the Parties": no named side (session 41)
        # "both countries" after "India and Pakistan"; "deals with Chelsea and Celtic": two deals
        yield from split_counterparts(text, entities, sides_referred(doc, entities, own))


def _verb_date(text: str, dates: DateIndex, start: int, end: int) -> TimeExpression | None:
    """When a verb-told deal was made: the nearest date in its sentence within a short reach, not a
    deadline or a baseline ("by", "since", "until" before it)."""
    found = [
        d
        for d in dates.within(max(0, start - _VERB_DATE_REACH), end + _VERB_DATE_REACH)
        if not _NOT_WHEN.search(text, max(0, d.start - 8), d.start)
        and not _STOPS.intersection(text[min(d.end, start) : max(d.start, end)])
    ]
    return min(found, key=lambda d: min(abs(d.start - end), abs(start - d.end)), default=None)


def _indefinite(text: str, start: int) -> bool:
    """Whether the mention at ``start`` has "a" / "an" as its determiner ("a hostile $5bn takeover"),
    not after "by" / "through" / "after" (a merger that formed a firm was made)."""
    found = _A_DEAL.search(text, max(0, start - 48), start)
    if found is None:
        return False
    before = text[max(0, found.start() - 16) : found.start()].split()[-1:]
    return not (before and before[0].lower() in _MEANS)  # "formed by a three-way merger": one made


def _kept(record: _Record, text: str) -> bool:
    """Whether a record is an agreement (a generic head saying nothing, or aimless talks, is not).

    A generic deal given a value ("in a deal valued at $4bn", "a deal worth up to $6bn") is a
    transaction the article reports, even with no verb done to it.
    """
    generic = all(local.trigger.generic for local in record.locals)
    if generic and not record.substantial() and not _VALUED.match(text, record.first.end):
        return _one_named(record.first)
    if _a_class(record):
        return False
    if (
        record.kind == "talks"
        and _BARE_TALKS.fullmatch(record.first.text)  # "talks on the crisis"
        and not any(_AIMED_TALKS.fullmatch(loc.trigger.text) for loc in record.locals)  # then "peace talks"
    ):
        return talks_aim(text, record.kind, record.first.end) is not None  # "in talks to buy the unit"
    return True


def _a_class(record: _Record) -> bool:
    """Whether a record is a class of agreements named once by a bare plural with no state ("free
    trade agreements with the US contributed", "under international trade agreements")."""
    trig = record.first
    return (
        len(record.locals) == 1
        and trig.det is None
        and trig.head is None
        and record.kind not in _BUSINESS
        and not trig.talks
        and trig.text.lower().endswith(_PLURAL_HEADS)
        and not record.locals[0].statuses
    )


def _one_named(trig: Trigger) -> bool:
    """Whether a generic head names one agreement: singular after a determiner ("the agreement",
    "an agreement last month in Paris"), not a class ("reinsurance agreements") or a hypothetical
    ("any deal")."""
    head = trig.text.lower()
    return trig.det is not None and trig.det not in _NOT_ONE and not head.endswith("s") and head in _ONE_HEADS
