"""Find agreement mentions and read, sentence by sentence, what the text says about each one.

A *trigger* is a noun phrase naming an agreement ("cease-fire agreement", "de-escalation zone",
"the deal").  Each cue found in the trigger's sentence (a status verb, a "brokered by" phrase, a
venue, a date, a provision, an attack inside a zone) is attached to one trigger of the sentence:
the one it governs when it comes right before it ("signed a truce"), otherwise the nearest one
before it ("the truce collapsed").  The result is one :class:`Local` per trigger, holding only
what its own sentence says; :mod:`.records` then merges the triggers of one agreement.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsparse import Document, Sentence, TimeExpression

from .context import DateIndex, EntityIndex, Hit
from .context import has_verb as _has_verb
from .lexicon import (
    ANAPHOR_FAMILY,
    ATTACK,
    CLAUSE_BREAK,
    DATED_STATUSES,
    DEFINITE,
    DETERMINERS,
    KINDS,
    MEET,
    NAMED,
    PARTY_SUBJECT_CUES,
    PREMODIFIERS,
    PROVISION,
    ROLE_ACTIVE,
    ROLE_AS,
    ROLE_HYPHEN,
    ROLE_PASSIVE,
    STATUS_CUES,
    STEMS,
    TRIGGER,
    VENUE,
    ZONE_KINDS,
)

__all__ = ["Local", "Trigger", "find_triggers", "read_sentence"]

ROLES = ("parties", "guarantors", "mediators", "endorsers", "observers")
_STOP = frozenset('.;:!?()—–"“”')
_FORWARD_GAP = 48
_FORWARD_WORDS = 8
_FREE_WORDS = 3
_CLAUSE_SCAN = 400
_DEALS = frozenset({"acquisition", "merger"})
_RELATIVE = re.compile(r"\s*(?:[^.;:!?]{0,60}?\s)?(?:that|which)\s+(?:the\s+)?", re.IGNORECASE)
# Provision words that are also plural nouns: a verb only after the agreement, "which", "it" or a comma.
_NOUN_OR_VERB = frozenset("limits caps bans bars grants commits mandates allows requires".split())
_VERB_SLOT = re.compile(r"(?:\b(?:which|that|it|also|and)|,)\s*$", re.IGNORECASE)
_MEET_REACH = 80
_BY_OR_WITH = re.compile(r"\s+(by|with)\s+", re.IGNORECASE)
_BEFORE_PLACE = re.compile(r"(?:the\s++)?(?:(?:[a-z-]++\s++){1,3}of\s++)?")
# Adjectives kept in a violation's span ("blatant violations").
_ADJECTIVES_BEFORE = re.compile(
    r"(?:\b(?:blatant|flagrant|repeated|serious|numerous|alleged|clear|gross|frequent|systematic|multiple"
    r"|new|further|fresh|continued|daily|major|grave|massive)\s+)+$",
    re.IGNORECASE,
)
# A date after these is a deadline or a baseline, not when the agreement was made.
_NOT_WHEN = re.compile(r"\b(?:by|until|till|since|before|below|above|than|from|through)\s+$", re.IGNORECASE)
# Cues of expectation or talks that may follow their agreement ("the treaty is to be signed").
_BACKWARD_OK = (
    "signed", "ratified", "approved", "concluded", "finalized", "finalised", "stalled", "reached", "struck",
    "agreed", "sealed",
)  # fmt: skip
_DATE_REACH = 200
_ATTACK_REACH = 200
_BY_ANYWHERE = re.compile(r"\bby\s+", re.IGNORECASE)
_WITHOUT = re.compile(r"\b(?:without|no)\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
_NOT_AN_AGREEMENT_AFTER = frozenset(
    """
    rules regulations law laws code panel speculation fever activity spree wave target targets
    battle battles specialist specialists candidate candidates lawyer lawyers
    """.split()
)
_BEFORE_STEM = 40
_AFTER_STEM = 60
_SUBJECT_GAP = 48
_FUNCTION_WORDS = frozenset(
    """to of in on for with and or but by at from is was are were be been has have had not no
    will would can could""".split()
)
_NOT_A_DEAL_BEFORE = frozenset(
    "to will would can could must should cannot great good better best big raw fair whole square".split()
)
_PREPOSITIONS_LAST = frozenset("of from on over for about toward towards to a an the near".split())
_PLAN_GROUPS = ("plan", "plan2", "pplan", "mplan", "aplan")
_NEG_GROUPS = ("neg", "neg2", "tneg", "cneg", "nneg", "mneg")
_WORD = re.compile(r"[\w'’.-]+")
_PREMOD_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:[\w-]+)\s+)?")
_BY = re.compile(r"\s+by\b", re.IGNORECASE)
_AFTER_TRIGGER = re.compile(
    r"\s++(?:(?P<verb>signed|agreed|reached|struck|concluded)\s++)?"
    r"(?P<prep>between|with|among|involving|of|by|from|to)\b\s+",
    re.IGNORECASE,
)
_IN_ZONE = re.compile(
    r"\b(?:in|inside|within|into|on|across|against|over)\s+(?:the\s+|a\s+|this\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}$",
)
_CAPITAL = re.compile(r"\bcapital\b", re.IGNORECASE)
_OF_DATE = re.compile(r"\s+(?:of|on|from|in)\s+", re.IGNORECASE)
_LOCATIONS = frozenset({"GPE", "LOC", "FACILITY"})
_NEGATION = re.compile(r"\b(?:not|no|never|without|yet\s+to)\b|n't\b", re.IGNORECASE)
_MODAL = frozenset(
    "would could might may will shall plan plans planning expected set due ready willing".split()
)
_UNDER = re.compile(r"[\s\"“'‘]*under\s+(?:the|this|that|its|a|an)\s+[^,.;]{1,60},", re.IGNORECASE)
# Cues with no object: their subject, the agreement, comes before them ("the truce broke down").
_INTRANSITIVE = frozenset(
    """down apart hold effect force collapsed collapses collapse crumbled expired lapsed stalled
    held holding""".split()
)
# Refusing to extend, honour or implement an agreement presupposes being bound by it.
_MEMBER_REFUSAL = re.compile(r"\b(?:extend|renew|honou?r|implement|respect|abide|comply)", re.IGNORECASE)
# "X and Y accused each other of violating the truce": both sides are bound by it.
_RECIPROCAL = re.compile(r"\b(?:each\s+other|one\s+another)\b", re.IGNORECASE)
_MEDIATION_NOUN = re.compile(r"(?=[mMaA])\b(?:mediators?|mediation|auspices)\b")
# "signed a memorandum on cross-border electricity trade in Nairobi": a complement before the place.
_COMPLEMENT = re.compile(
    r"\s+(?:on|over|for|about|covering)\s+[^,;:.()\n]{1,60}?(?=\s+(?:in|at)\s)", re.IGNORECASE
)
_VERB_AFTER = re.compile(r"\s++(?:(?:have|has|had|both|jointly|also)\s++)?[a-z]+?ed\b")
# What follows a violation word when its object is not the agreement ("violated its airspace").
_OTHER_OBJECT = re.compile(
    r"\s+(?:of\s+)?(?:its|their|his|her|our|international|human|the\s+(?:rights|law|laws|sovereignty|airspace|border)"
    r"|[A-Z][\w-]*['’]s)\b"
)
# Occasions that name a truce without being party to it ("the Easter truce").
_OCCASIONS = frozenset(
    "easter christmas ramadan eid passover hanukkah diwali olympic olympics new year orthodox".split()
)
_DURING = re.compile(
    r"\b(?:during|in|at|after)\s+(?:the\s+|a\s+|fresh\s+|new\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_BETWEEN = re.compile(r"\s+(between)\s+", re.IGNORECASE)
_COMMERCIAL = frozenset({"trade_agreement", "merger", "acquisition"})
# "Under the deal, the United States pledged to ...": the subject of the terms is bound by them.
_OBLIGED = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:pledged|pledges|agreed|agrees|committed|commits|promised|promises|undertook"
    r"|undertakes|(?:will|must|would|shall)\s+(?!be\b))",
    re.IGNORECASE,
)
_PRONOUN_OBJECT = re.compile(r"\s+(?:it|them)\b", re.IGNORECASE)
_DATE_GAP = re.compile(r"\s*(?:(?:on|last|this|late|early)\s+)?", re.IGNORECASE)
_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
# Verbs after which "<agreement> in <city>" names where it was made.
_SIGNING = frozenset(
    """signed signing signs sign inked sealed struck reached concluded clinched approved adopted
    finalized finalised initialled initialed""".split()
)


@attrs.frozen
class Trigger:
    """One agreement mention: its span, kind (or family for a bare "zone"), and how it is introduced."""

    start: int
    end: int
    text: str
    kind: str
    generic: bool = False
    definite: bool = False
    anaphor: str | None = None
    hint: str | None = None
    hint_span: tuple[int, int] | None = None
    head: int | None = None

    @property
    def head_start(self) -> int:
        """Where the head noun phrase starts, after a name the mention opens with ("Minsk agreement")."""
        return self.start if self.head is None else self.head

    @property
    def talks(self) -> bool:
        """Whether this mention names talks rather than an agreement."""
        return self.kind == "talks"


@attrs.define
class Local:
    """What one trigger's sentence says about it (a builder, filled in while reading the sentence)."""

    trigger: Trigger
    roles: dict[str, list[Hit]] = attrs.field(factory=lambda: {role: [] for role in ROLES})
    venue: Hit | None = None
    date: TimeExpression | None = None
    statuses: list[tuple[str, int, int]] = attrs.field(factory=list)
    provisions: list[tuple[int, int]] = attrs.field(factory=list)
    violations: list[tuple[int, int, str | None, int, int]] = attrs.field(factory=list)
    phrases: list[tuple[str, int, int, frozenset[str]]] = attrs.field(factory=list)
    signed_here: bool = False

    def give(self, role: str, hits: Sequence[Hit], start: int, end: int) -> None:
        """Record ``hits`` in ``role``, read from the phrase ``[start, end)`` (its evidence)."""
        if hits:
            self.roles[role].extend(hits)
            self.phrases.append((role, start, end, frozenset(h.id for h in hits)))

    def place(self, hit: Hit | None, start: int, end: int) -> None:
        """Record the venue ``hit`` (unless one is known), read from the phrase ``[start, end)``."""
        if hit is not None and self.venue is None:
            self.venue = hit
            self.phrases.append(("venue", start, end, frozenset((hit.id,))))

    def absorb(self, other: Local, *, status: bool = True) -> None:
        """Take over ``other``'s findings (``status=False`` keeps this one's states only)."""
        for role in ROLES:
            self.roles[role].extend(other.roles[role])
        self.phrases.extend(other.phrases)
        if self.venue is None:
            self.venue = other.venue
        if self.date is None:
            self.date = other.date
        if status:
            self.statuses.extend(other.statuses)
        self.provisions.extend(other.provisions)
        self.violations.extend(other.violations)


def _premodifiers(text: str, start: int) -> tuple[str | None, str | None, int]:
    """The determiner before a trigger, the capitalised name between them, and where the name starts."""
    lo = max(0, start - 60)
    window = text[lo:start]
    words = [(m.group(), lo + m.start()) for m in _WORD.finditer(window)]
    if window and not window[-1].isspace():
        return None, None, start
    name: list[str] = []
    name_start = start
    free = 0
    verb = third = False
    for word, at in reversed(words):
        low = word.lower()
        if low in DETERMINERS:
            return low, " ".join(reversed(name)) or None, name_start
        if low.endswith(("'s", "’s")):
            return "'s", " ".join(reversed(name)) or None, name_start
        if "-" in low and ROLE_HYPHEN.search(low):
            verb = verb or bool(name)  # "the Turkish-backed deal": a third party, read by the role rules
            third = True
            continue
        if word[:1].isupper() and low not in PREMODIFIERS:
            if third:
                continue  # "the United Nations -brokered ceasefire": the broker's name, not the agreement's
            if verb:
                return None, None, start  # "the UAE signed accords": a subject and its verb, not a name
            name.append(low)
            name_start = at
            continue
        if low in PREMODIFIERS or low.isdigit() or low in ("peace", "nuclear", "trade", "climate"):
            verb = verb or (not name and low.endswith("ed"))
            continue
        if free < _FREE_WORDS and not name and low.replace("-", "").isalpha() and low not in _FUNCTION_WORDS:
            verb = verb or low.endswith("ed")
            free += 1
            continue
        break
    return None, " ".join(reversed(name)) or None, name_start


def _hint(match: re.Match[str]) -> tuple[str | None, tuple[int, int] | None]:
    """The state a trigger carries itself ("ceasefire proposal": proposed, "ceasefire talks": negotiating)."""
    for group in _PLAN_GROUPS:
        if match.group(group):
            return "proposed", match.span(group)
    for group in _NEG_GROUPS:
        if match.group(group):
            return "negotiating", match.span(group)
    return None, None


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` around a trigger stem, merged (the trigger pattern runs only there)."""
    low = text.lower()
    spots: list[tuple[int, int]] = []
    for stem in STEMS:
        i = low.find(stem)
        while i >= 0:
            spots.append((max(0, i - _BEFORE_STEM), min(len(text), i + len(stem) + _AFTER_STEM)))
            i = low.find(stem, i + len(stem))
    spots.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spots:
        while hi < len(text) and text[hi].isalnum():
            hi += 1  # never cut a word: the pattern's \b would hold at the cut
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def find_triggers(text: str) -> list[Trigger]:
    """Every agreement mention of ``text`` in order (bare generic heads only after a determiner)."""
    found: list[Trigger] = []
    for lo, hi in _windows(text):
        for match in TRIGGER.finditer(text, lo, hi):
            trigger = _trigger(text, match)
            if trigger is not None:
                found.append(trigger)
    return found


def _trigger(text: str, match: re.Match[str]) -> Trigger | None:
    """The mention a match of the trigger pattern stands for (None: a bare head with no determiner)."""
    kind = next((k for k in KINDS if match.group(k) is not None), None)
    start, end = match.span()
    if _WITHOUT.search(text, max(0, start - 40), start):
        return None  # "ended without a deal": no agreement
    following = _NEXT_WORD.match(text, end)
    if following and following.group(1).lower() in _NOT_AN_AGREEMENT_AFTER:
        return None  # "takeover rules", "merger speculation"
    det, name, name_start = _premodifiers(text, start)
    definite = det in DEFINITE or det == "'s"
    if kind is None:  # a bare "zone": only a reference back
        if not definite:
            return None
        family = ANAPHOR_FAMILY[match.group("anaphor").lower()]
        return Trigger(start, end, match.group(), "agreement", True, True, family)
    if kind == "agreement":
        before = text[max(0, start - 12) : start].split()
        head = match.group().lower()
        last = before[-1].lower() if before else ""
        noun_before = last in PREMODIFIERS or last.endswith("ed") or last.isdigit()  # "signed separate deals"
        verb_like = det is None and not noun_before and text.startswith((" with", " of"), end)
        if head.startswith("deal") and (last in _NOT_A_DEAL_BEFORE or verb_like):
            return None  # "to deal with", "a great deal of", "a better deal than"
        if head.startswith("protocol") and det is None:
            return None  # "Internet Protocol"
        named = NAMED.get(name or "") or NAMED.get((name or "").split(" ")[-1])
        if det is None and name is None and not head.endswith("s"):
            return None  # a bare singular head; bare plurals ("violating border agreements") may stay
        if name is not None and det is not None:  # "the Minsk agreement": the name is part of the mention
            return Trigger(
                name_start, end, text[name_start:end], named or "agreement", False, definite, head=start
            )
        if named:
            return Trigger(start, end, match.group(), named, False, definite)
        return Trigger(start, end, match.group(), "agreement", name is None, definite and name is None)
    hint, hint_span = _hint(match)
    if kind not in ZONE_KINDS and kind != "talks" and name is not None and det is not None:
        # "the Algiers peace agreement" like "the Oslo accords" (a zone's place is where it lies, not a name)
        return Trigger(
            name_start, end, text[name_start:end], kind, False, definite, None, hint, hint_span, start
        )
    first = match.group().split(None, 1)[0].lower()
    if first in NAMED and kind == NAMED[first]:  # "Paris climate agreement": the head follows the name
        head_at = start + len(match.group()) - len(match.group().split(None, 1)[1])
        return Trigger(start, end, match.group(), kind, False, definite, None, hint, hint_span, head_at)
    return Trigger(start, end, match.group(), kind, False, definite, None, hint, hint_span)


@attrs.frozen
class _Sentence:
    """The triggers of one sentence with the document-wide indexes (a reading context).

    Triggers are sorted and do not overlap, so every look-up is a bisection: the work per sentence
    stays proportional to its length plus its cues times a logarithm.
    """

    text: str
    sentence: Sentence
    triggers: Sequence[Trigger]
    locals: Sequence[Local]
    entities: EntityIndex
    dates: DateIndex
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    breaks: tuple[tuple[int, int, str], ...]
    break_starts: tuple[int, ...]
    attacks: tuple[tuple[int, int], ...]

    @classmethod
    def build(
        cls,
        text: str,
        sentence: Sentence,
        triggers: Sequence[Trigger],
        locals_: Sequence[Local],
        entities: EntityIndex,
        dates: DateIndex,
    ) -> _Sentence:
        """The context of ``sentence``: its triggers, clause breaks and attack words, indexed."""
        breaks = tuple(
            (m.start(), m.end(), m.group()) for m in CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)
        )
        attacks = tuple(m.span() for m in ATTACK.finditer(text, sentence.start, sentence.end))
        return cls(
            text,
            sentence,
            triggers,
            locals_,
            entities,
            dates,
            tuple(t.start for t in triggers),
            tuple(t.end for t in triggers),
            breaks,
            tuple(b[0] for b in breaks),
            attacks,
        )

    def overlapping(self, start: int, end: int) -> int | None:
        """The index of a trigger overlapping ``[start, end)``, if any."""
        i = bisect.bisect_right(self.starts, end - 1) - 1 if end > start else -1
        if i >= 0 and self.ends[i] > start:
            return i
        return None

    def inside_trigger(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a trigger (a cue inside a trigger is the trigger's own)."""
        return self.overlapping(start, end) is not None

    def forward(self, end: int) -> int | None:
        """The trigger a cue ending at ``end`` governs, when one follows closely in the same clause."""
        i = self.nearest_after(end)
        if i is None:
            return None
        gap = self.text[end : self.starts[i]]
        if len(gap) <= _FORWARD_GAP and not _STOP.intersection(gap) and len(gap.split()) <= _FORWARD_WORDS:
            return i
        return None

    def backward(self, start: int) -> int | None:
        """The nearest trigger ending before ``start``."""
        i = bisect.bisect_right(self.ends, start) - 1
        return i if i >= 0 else None

    def nearest_after(self, end: int) -> int | None:
        """The first trigger starting after ``end``."""
        i = bisect.bisect_left(self.starts, end)
        return i if i < len(self.starts) else None

    def attach(
        self,
        start: int,
        end: int,
        *,
        forward_only: bool = False,
        prefer_back: bool = False,
        later: bool = True,
    ) -> int | None:
        """The index of the trigger a cue at ``[start, end)`` is about (None: none in the sentence).

        ``later=False`` forbids falling back on a trigger further on (a state verb before a distant
        agreement is rarely about it).
        """
        if not prefer_back:
            ahead = self.forward(end)
            if ahead is not None or forward_only:
                return ahead
        back = self.backward(start)
        if back is not None or not later:
            return back
        return self.nearest_after(end)


def _clause(ctx: _Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around ``[start, end)``: from the last break before it to the sentence's end or a dash."""
    clause_start = ctx.sentence.start
    clause_end = ctx.sentence.end
    i = bisect.bisect_right(ctx.break_starts, start) - 1
    while i >= 0 and ctx.breaks[i][1] > start:
        i -= 1
    if i >= 0:
        clause_start = ctx.breaks[i][1]
    for k in range(bisect.bisect_left(ctx.break_starts, end), len(ctx.breaks)):
        if ctx.breaks[k][2] in "—–;:()":
            clause_end = ctx.breaks[k][0]
            break
        if ctx.breaks[k][0] - end > _CLAUSE_SCAN:
            break
    while clause_end > clause_start and (
        ctx.text[clause_end - 1].isspace() or ctx.text[clause_end - 1] in ".!?,"
    ):
        clause_end -= 1
    while clause_start < clause_end and ctx.text[clause_start].isspace():
        clause_start += 1
    return clause_start, clause_end


def _statuses(ctx: _Sentence) -> None:
    """Attach every state cue of the sentence to its trigger, with the parties and date it brings."""
    text = ctx.text
    s = ctx.sentence
    under = _UNDER.match(text, s.start, s.end)
    for cue in STATUS_CUES.finditer(text, s.start, s.end):
        start, end = cue.span()
        status = cue.lastgroup or ""
        low = cue.group().lower()
        if under is not None and start >= under.end():
            continue  # "Under the accord, Israel will suspend ...": a provision, not a state
        own_talks = status == "negotiating" and low.startswith(("talks", "negot"))
        if ctx.inside_trigger(start, end) and not own_talks:
            continue
        words = low.split()
        if text[start - 1 : start] == "-":
            continue  # "a Qatari-brokered truce": an adjective, no state of its own (the role is read apart)
        passive = _BY.match(text, end) is not None or (
            status in ("collapsed", "in_force", "negotiating", "violated") and words[-1] in _INTRANSITIVE
        )
        backward_ok = low.endswith(_BACKWARD_OK)
        forward_only = (status in ("proposed", "negotiating") and not backward_ok) or words[
            -1
        ] in _PREPOSITIONS_LAST
        index = ctx.attach(start, end, forward_only=forward_only, prefer_back=passive, later=False)
        if index is None:
            continue
        if status == "violated" and ctx.forward(end) is None and _OTHER_OBJECT.match(text, end):
            continue  # "called the pact a violation of its sovereignty": something else is violated
        local = ctx.locals[index]
        trig = ctx.triggers[index]
        if status == "collapsed" and trig.kind in ZONE_KINDS:
            continue  # "fighters withdrew from the zone"
        if status == "future_effect":
            status = "signed"
        if status not in ("rejected", "negotiating", "proposed") and _negated(text, s.start, start):
            continue  # "no agreement has been reached"
        governs = trig.start >= end
        if governs and status == "proposed" and words[0] in _MODAL:
            # "announced that they would set up a zone": the modal scopes over the earlier verb
            local.statuses[:] = [st for st in local.statuses if not (st[0] == "signed" and st[2] <= start)]
        adjectives = _ADJECTIVES_BEFORE.search(text, max(s.start, start - 40), start)
        if status == "rejected" and not _MEMBER_REFUSAL.search(low):
            # "Ukraine rejected the peace plan": the rejecter is not bound; it stays in the status evidence
            rejecters = ctx.entities.chain_before(start, s.start, loose=_SUBJECT_GAP, subject=True)
            by = _BY.match(text, end)
            after = ctx.entities.chain_after(by.end(), s.end) if by else []  # "rejected by Ukraine"
            local.statuses.append(
                (status, rejecters[0].start if rejecters else start, after[-1].end if after else end)
            )
            continue
        local.statuses.append((status, adjectives.start() if adjectives else start, end))
        subject = status == "rejected" or any(word in PARTY_SUBJECT_CUES for word in words)
        if status == "proposed" and trig.kind in _COMMERCIAL and governs and not _MODAL.intersection(words):
            subject = True  # "the EU proposed a trade pact": trade and company deals are offered by a side
        if governs and subject:
            subjects = ctx.entities.chain_before(start, s.start, loose=_SUBJECT_GAP, subject=True)
            if not subjects and words[0].endswith("ing") and text[s.start : start].rstrip().endswith(","):
                subjects = _sentence_subject(ctx)  # "X and Y ended their rift, signing a declaration"
            local.give("parties", subjects, subjects[0].start if subjects else start, end)
        elif governs and status == "violated":  # "X and Y accused each other of violating the truce"
            subjects = ctx.entities.chain_before(start, s.start, loose=_SUBJECT_GAP)
            if subjects and _RECIPROCAL.search(text, subjects[-1].end, start):
                local.give("parties", subjects, subjects[0].start, end)
        elif subject:  # "the ceasefire that India and Pakistan renewed", "... Moscow refused to extend it"
            subjects = ctx.entities.chain_before(start, trig.end, loose=_SUBJECT_GAP, subject=True)
            if subjects and (
                _RELATIVE.fullmatch(text, trig.end, subjects[0].start) or _PRONOUN_OBJECT.match(text, end)
            ):
                local.give("parties", subjects, subjects[0].start, end)
        if status in DATED_STATUSES:
            _date_near(ctx, local, start, end)
        if governs and words[0] in _SIGNING:
            local.signed_here = True
        if status == "violated":
            _violation(ctx, local, start, end, trig if governs else None)


def _sentence_subject(ctx: _Sentence) -> list[Hit]:
    """The names the sentence opens with when a verb follows them ("Saudi Arabia and Qatar ended ...")."""
    chain = ctx.entities.chain_after(ctx.sentence.start, ctx.sentence.end)
    if chain and _VERB_AFTER.match(ctx.text, chain[-1].end):
        return chain
    return []


def _bound_by_terms(ctx: _Sentence) -> None:
    """The subject after an opening "Under the deal," that pledges or will do something is a party."""
    under = _UNDER.match(ctx.text, ctx.sentence.start, ctx.sentence.end)
    index = ctx.overlapping(under.start(), under.end()) if under else None
    if under is None or index is None:
        return
    chain = ctx.entities.chain_after(under.end(), ctx.sentence.end)
    verb = _OBLIGED.match(ctx.text, chain[-1].end) if chain else None
    if verb is not None:
        ctx.locals[index].give("parties", chain, chain[0].start, verb.end())


def _negated(text: str, floor: int, start: int) -> bool:
    """Whether a negation stands shortly before ``start`` in the same clause."""
    window = text[max(floor, start - 24) : start]
    cut = max(window.rfind(","), window.rfind(";"))
    return _NEGATION.search(window[cut + 1 :]) is not None


def _violation(ctx: _Sentence, local: Local, start: int, end: int, trig: Trigger | None) -> None:
    """A violation said with a violation word: its span is the word with its adjectives."""
    s = ctx.sentence
    after = trig.end if trig is not None else end
    by = _BY.match(ctx.text, after)
    violators: list[Hit] = []
    if by:
        violators = ctx.entities.chain_after(by.end(), s.end)
    if not violators:
        violators = ctx.entities.chain_before(start, s.start, loose=44)
    lo = start
    adjectives = _ADJECTIVES_BEFORE.search(ctx.text, max(s.start, start - 40), start)
    if adjectives:
        lo = adjectives.start()
    ev_lo = min([lo] + [v.start for v in violators])
    ev_hi = max([end] + [v.end for v in violators])
    whos: list[str | None] = [v.id for v in violators] or [None]
    for who in whos:
        local.violations.append((lo, end, who, ev_lo, ev_hi))


def _date_near(ctx: _Sentence, local: Local, start: int, end: int) -> None:
    """Date the agreement by the nearest time expression around a signing or taking-effect cue."""
    if local.date is not None:
        return
    lo = max(ctx.sentence.start, start - _DATE_REACH)
    hi = min(ctx.sentence.end, end + _DATE_REACH)
    candidates = [
        d
        for d in ctx.dates.within(lo, hi)
        if not ctx.inside_trigger(d.start, d.end)
        and not _NOT_WHEN.search(ctx.text, max(lo, d.start - 8), d.start)
    ]
    if candidates:
        local.date = min(candidates, key=lambda d: min(abs(d.start - end), abs(start - d.end)))


def _roles(ctx: _Sentence) -> None:
    """Third parties and signatories from "X by", "X-brokered", "X acted as", "X brokered" phrases."""
    text = ctx.text
    s = ctx.sentence
    pos = s.start
    while (cue := ROLE_PASSIVE.search(text, pos, s.end)) is not None:
        pos = cue.end()
        role = next((r for r in ROLES if cue.group(r) is not None), "")
        if not role:
            role = "mediators" if cue.group("mediators2") is not None else "guarantors"
        gap_start, gap_end = cue.span("gap") if cue.group("gap") is not None else (cue.end(), cue.end())
        if cue.group("gap") and (_has_verb(cue.group("gap")) or ctx.inside_trigger(gap_start, gap_end)):
            pos = gap_start  # "signed in Doha a truce brokered by Qatar": "by" belongs to the later verb
            continue
        index = ctx.overlapping(cue.start(), gap_start)  # "talks hosted by Turkey"
        if index is None:
            index = ctx.attach(cue.start(), cue.end(), prefer_back=True)
        if index is not None:
            chain = ctx.entities.chain_after(cue.end(), s.end)
            ctx.locals[index].give(role, chain, cue.start(), chain[-1].end if chain else cue.end())
            between = _BETWEEN.match(text, chain[-1].end) if chain and role != "parties" else None
            sides = ctx.entities.chain_after(between.end(), s.end) if between else []
            if sides:  # "a ceasefire brokered by the US between India and Pakistan"
                ctx.locals[index].give("parties", sides, between.start(1) if between else 0, sides[-1].end)
                chain = sides
            place = _place_after(ctx, chain[-1].end) if chain and role != "parties" else None
            if place is not None and not place[0].country:
                ctx.locals[index].place(place[0], place[1], place[0].end)  # "brokered by China in Beijing"
    for cue in ROLE_HYPHEN.finditer(text, s.start, s.end):
        hit = ctx.entities.last_before(cue.start(), s.start)
        if hit is None or text[hit.end : cue.start()].strip():
            continue
        index = ctx.attach(cue.start(), cue.end())
        if index is not None and ctx.starts[index] >= cue.end():
            gap = text[cue.end() : ctx.starts[index]]
            if len(gap.split()) > _FREE_WORDS or _has_verb(gap):
                continue  # "the Kurdish-led SDF signed a deal": the hyphen describes someone else
        if index is not None:
            chain = ctx.entities.chain_before(cue.start(), s.start) or [hit]
            role = cue.lastgroup or "mediators"
            if cue.group().lower() == "-led" and not ctx.triggers[index].talks:
                role = (
                    "parties"  # "US-led talks" are mediated, "the Russian-led security pact" has Russia in it
                )
            ctx.locals[index].give(role, chain, chain[0].start, cue.end())
    for cue in _MEDIATION_NOUN.finditer(text, s.start, s.end):
        chain = ctx.entities.chain_before(cue.start(), s.start)  # "Egyptian and Qatari mediators"
        index = ctx.attach(cue.start(), cue.end(), prefer_back=True) if chain else None
        if index is not None:
            ctx.locals[index].give("mediators", chain, chain[0].start, cue.end())
    for cue in ROLE_AS.finditer(text, s.start, s.end):
        index = ctx.attach(cue.start(), cue.end())
        if index is not None:
            subject = ctx.entities.chain_before(cue.start(), s.start, loose=24)
            if subject:
                ctx.locals[index].give(cue.lastgroup or "mediators", subject, subject[0].start, cue.end())
    for cue in ROLE_ACTIVE.finditer(text, s.start, s.end):
        if _BY.match(text, cue.end()) or text[cue.start() - 1 : cue.start()] == "-":
            continue
        index = ctx.attach(cue.start(), cue.end(), forward_only=True)
        if index is not None:
            subject = ctx.entities.chain_before(cue.start(), s.start, loose=32)
            if subject:
                ctx.locals[index].give(cue.lastgroup or "mediators", subject, subject[0].start, cue.end())


def _meetings(ctx: _Sentence) -> None:
    """Those who met, held or resumed talks are their parties ("Russia and Ukraine met ... for talks")."""
    s = ctx.sentence
    for cue in MEET.finditer(ctx.text, s.start, s.end):
        index = ctx.nearest_after(cue.end())
        if index is None or not ctx.triggers[index].talks or ctx.starts[index] - cue.end() > _MEET_REACH:
            continue
        subjects = ctx.entities.chain_before(cue.start(), s.start, loose=_SUBJECT_GAP, subject=True)
        if subjects:
            ctx.locals[index].give("parties", subjects, subjects[0].start, cue.end())
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if (
            trig.talks
            and not local.roles["parties"]
            and _DURING.search(ctx.text, max(s.start, trig.start - 40), trig.start)
        ):
            subjects = _sentence_subject(ctx)  # "Serbia and Kosovo failed to agree during talks in Brussels"
            if subjects:
                local.give("parties", subjects, subjects[0].start, subjects[-1].end)


def _around_triggers(ctx: _Sentence) -> None:
    """Names and dates right before or after each trigger: "the U.S.-China trade deal", "a truce between"."""
    text = ctx.text
    s = ctx.sentence
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        after = _AFTER_TRIGGER.match(text, trig.end)
        venue_from = trig.end
        if after:
            chain = ctx.entities.chain_after(after.end(), s.end)
            prep = after.group("prep").lower()
            # "the acquisition of X by Y", "a takeover bid from X"
            deal = trig.kind in _DEALS or prep not in ("of", "by", "from", "to")
            deal = deal or (prep == "to" and trig.kind in _COMMERCIAL)  # "offered a trade pact to X"
            if chain and deal:
                local.give("parties", chain, after.start("prep"), chain[-1].end)
                venue_from = chain[-1].end
                more = _BY_OR_WITH.match(text, venue_from) if trig.kind in _DEALS else None
                second = ctx.entities.chain_after(more.end(), s.end) if more else []
                if more and second:
                    local.give("parties", second, more.start(1), second[-1].end)
                    venue_from = second[-1].end
        signed_after = after is not None and after.group("verb") is not None
        if local.venue is None and (local.signed_here or signed_after or trig.talks):
            found = _place_after(ctx, venue_from)
            if found is not None:
                local.place(found[0], found[1], found[0].end)
        premod = _premodifier_chain(ctx, trig)
        premod = [h for h in premod if ctx.text[h.start : h.end].lower() not in _OCCASIONS]
        if trig.kind == "treaty" and len(premod) == 1 and not premod[0].country and premod[0].type != "GPE":
            premod = []  # "the New START treaty": a treaty's own name, even when tagged as an organisation
        proposer = trig.hint == "proposed" and len(premod) == 1 and bool(local.roles["parties"])
        if proposer and premod[0].id not in {h.id for h in local.roles["parties"]}:
            # "Israel and Hamas accepted the Qatari ceasefire proposal": the proposer of others' deal
            local.give("mediators", premod, premod[0].start, trig.end)
        elif premod and trig.kind not in ZONE_KINDS:
            if len(premod) > 1 or premod[0].country or premod[0].type not in _LOCATIONS:
                local.give("parties", premod, premod[0].start, trig.end)
            elif premod[0].type != "LOC":
                local.place(premod[0], premod[0].start, trig.end)
        _date_premodifier(ctx, trig, local)


def _place_after(ctx: _Sentence, pos: int) -> tuple[Hit, int] | None:
    """The place right after "in"/"at" at ``pos`` ("signed a deal in Istanbul"), with where "in" starts."""
    for date in ctx.dates.within(pos, min(ctx.sentence.end, pos + 40)):
        if _DATE_GAP.fullmatch(ctx.text, pos, date.start):
            pos = date.end  # "signed the accord on Tuesday in Riyadh"
            break
    prep = _IN_PLACE.match(ctx.text, pos)
    city_only = False
    if prep is None:
        complement = _COMPLEMENT.match(ctx.text, pos, ctx.sentence.end)
        prep = _IN_PLACE.match(ctx.text, complement.end()) if complement else None
        city_only = True  # after a complement, "in Africa" is its scope, "in Nairobi" the venue
    if prep is None:
        return None
    hits = ctx.entities.within(prep.end(), min(ctx.sentence.end, prep.end() + 48))
    if (
        hits
        and hits[0].type in _LOCATIONS
        and not (city_only and (hits[0].country or hits[0].type == "LOC"))
        and _BEFORE_PLACE.fullmatch(ctx.text, prep.end(), hits[0].start)
    ):
        return hits[0], prep.start() + len(prep.group()) - len(prep.group().lstrip())
    return None


def _premodifier_chain(ctx: _Sentence, trig: Trigger) -> list[Hit]:
    """The names just before a trigger's head ("the U.S.-China trade deal", "the Minsk agreement")."""
    floor = ctx.sentence.start if trig.head is None else trig.start
    hit = ctx.entities.last_before(trig.head_start, floor)
    if hit is None:
        return []
    gap = ctx.text[hit.end : trig.head_start]
    if not _PREMOD_GAP.fullmatch(gap):
        return []
    word = gap.strip().lstrip("'’s").strip().lower()
    if (
        word
        and word not in PREMODIFIERS
        and (not word.isalpha() or word in _FUNCTION_WORDS or word.endswith(("ed", "ing", "s")))
    ):
        return []  # "the U.S.-Japanese semiconductor pact" passes, "Turkey and the deal" does not
    chain = ctx.entities.chain_before(hit.end, floor)
    return chain or [hit]


def _date_premodifier(ctx: _Sentence, trig: Trigger, local: Local) -> None:
    """Date a trigger by a date right before it ("the 2015 deal") or after "of" ("the truce of May 5")."""
    if local.date is not None:
        return
    for date in ctx.dates.within(max(ctx.sentence.start, trig.start - 40), trig.start):
        gap = ctx.text[date.end : trig.start]
        if _PREMOD_GAP.fullmatch(gap) or not gap.strip():
            local.date = date
            return
    of = _OF_DATE.match(ctx.text, trig.end)
    if of:
        for date in ctx.dates.within(of.end(), min(ctx.sentence.end, of.end() + 40)):
            if date.start == of.end():
                local.date = date
                return


def _venues(ctx: _Sentence) -> None:
    """Where it was agreed: the place after "held in", "signed at", "talks in" ("capital" picks the city)."""
    text = ctx.text
    s = ctx.sentence
    for cue in VENUE.finditer(text, s.start, s.end):
        window_end = min(s.end, cue.end() + 48)
        by = _BY_ANYWHERE.search(text, cue.end(), window_end)
        window_end = by.start() if by else window_end  # "signed at the White House by Israel"
        hits = [
            h
            for h in ctx.entities.within(cue.end(), window_end)
            if not _STOP.intersection(text[cue.end() : h.start])
        ]
        if not hits or not _BEFORE_PLACE.fullmatch(text, cue.end(), hits[0].start):
            continue  # "held in Astana", "signed at the border village of Panmunjom"
        capital = _CAPITAL.search(text, cue.end(), hits[-1].start)
        if capital:
            after = [h for h in hits if h.start >= capital.end()]
            venue = after[0] if after else hits[0]
        else:
            places = [h for h in hits if h.type in _LOCATIONS]
            venue = places[0] if places else hits[0]
        index = ctx.overlapping(cue.start(), cue.end())
        if index is None:
            index = ctx.attach(cue.start(), cue.end(), prefer_back=True)
        if index is not None:
            trig = ctx.triggers[index]
            near = trig.start < cue.start() and not text[trig.end : cue.start()].strip()
            ctx.locals[index].place(venue, trig.start if near else cue.start(), venue.end)


def _provisions(ctx: _Sentence) -> None:
    """What it requires or prohibits: the clause of a provision verb, or what follows "Under the deal,"."""
    text = ctx.text
    s = ctx.sentence
    for cue in PROVISION.finditer(text, s.start, s.end):
        start, end = cue.span()
        if cue.group().lower().startswith("under "):
            own = ctx.overlapping(start, end)
            if own is None or text[s.start : start].strip(" \t\n\"“'‘"):
                continue  # only a sentence that opens with "Under the deal," states its terms
            comma = text.find(",", end, min(s.end, end + 80))
            rest = comma + 1 if comma >= 0 else end  # "Under a deal brokered by Qatar, Hamas will ..."
            while rest < s.end and text[rest].isspace():
                rest += 1
            stop = s.end
            while stop > rest and (text[stop - 1].isspace() or text[stop - 1] in ".!?"):
                stop -= 1
            if stop > rest:
                ctx.locals[own].provisions.append((rest, stop))
            continue
        if ctx.inside_trigger(start, end):
            continue
        if cue.group().lower() in _NOUN_OR_VERB and not _VERB_SLOT.search(
            text, max(s.start, start - 40), start
        ):
            back = ctx.backward(start)
            if back is None or len(text[ctx.ends[back] : start].split()) > 1:
                continue  # "complying with limits": a noun, not "the deal limits"
        clause_start, clause_end = _clause(ctx, start, end)
        index = ctx.backward(start)
        if index is not None and ctx.starts[index] >= clause_start:
            clause_start = ctx.ends[index]
            while clause_start < clause_end and text[clause_start] in " \t,":
                clause_start += 1
        else:
            index = ctx.attach(start, end, prefer_back=True)
        if index is not None and clause_end > clause_start:
            ctx.locals[index].provisions.append((clause_start, clause_end))


def _attacks(ctx: _Sentence) -> None:
    """An attack inside a zone ("airstrikes ... in the Idlib de-escalation zone") violates it."""
    text = ctx.text
    s = ctx.sentence
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if trig.kind not in ZONE_KINDS and trig.anaphor != "zone":
            continue
        found = _IN_ZONE.search(text, max(s.start, trig.start - 64), trig.start)
        if not found:
            continue
        np_start = found.start()
        k = bisect.bisect_right(ctx.attacks, (np_start, np_start)) - 1
        while k >= 0 and ctx.attacks[k][1] > np_start:
            k -= 1
        if k < 0 or np_start - ctx.attacks[k][1] > _ATTACK_REACH:
            continue
        attack_start, attack_end = ctx.attacks[k]
        by = _BY_ANYWHERE.search(text, attack_end, np_start)
        violators: list[Hit] = []
        if by:
            violators = ctx.entities.chain_after(by.end(), np_start)
        if not violators:
            violators = ctx.entities.chain_before(attack_start, s.start, loose=24)
        local.statuses.append(("violated", attack_start, attack_end))
        whos: list[str | None] = [v.id for v in violators] or [None]
        for who in whos:
            local.violations.append((attack_start, trig.end, who, attack_start, trig.end))


def read_sentence(
    doc: Document, sentence: Sentence, triggers: Sequence[Trigger], entities: EntityIndex, dates: DateIndex
) -> list[Local]:
    """What ``sentence`` says about each of its ``triggers`` (one :class:`Local` per trigger)."""
    locals_ = [Local(t) for t in triggers]
    for local in locals_:
        trig = local.trigger
        if trig.hint and trig.hint_span:
            local.statuses.append((trig.hint, *trig.hint_span))
    ctx = _Sentence.build(doc.text, sentence, triggers, locals_, entities, dates)
    _statuses(ctx)
    _bound_by_terms(ctx)
    _roles(ctx)
    _meetings(ctx)
    _around_triggers(ctx)
    _venues(ctx)
    _provisions(ctx)
    _attacks(ctx)
    return locals_
