"""The reading context of one sentence: its triggers, what each has gathered, and clause bounds."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from newsparse import Sentence, TimeExpression

from .context import DateIndex, EntityIndex, Hit
from .cues import _CLAUSE_SCAN, _FORWARD_GAP, _FORWARD_WORDS, _NEGATION, _STOP, _VERB_AFTER, ROLES
from .lexicon import (
    ATTACK,
    CLAUSE_BREAK,
    MEET,
    PROVISION,
    ROLE_ACTIVE,
    ROLE_AS,
    ROLE_PASSIVE,
    VENUE,
    ZONE_KINDS,
)
from .prefilter import Prefilter
from .triggers import Trigger

# An amount, with its conversions in brackets: "$1.5bn", "($5.8bn; £3bn)" (no clause break inside).
_MONEY = re.compile(
    r"\(?[£$€]?\d[\d.,]*\s?(?:bn|mn|m|mln|bln|billion|million|k)?"
    r"(?:\s*[;,]\s*[£$€]?\d[\d.,]*\s?(?:bn|mn|m|mln|bln|billion|million|k)?)*\)?"
)


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
    business: dict[str, list[Hit]] = attrs.field(factory=dict)

    def give(self, role: str, hits: Sequence[Hit], start: int, end: int) -> None:
        """Record ``hits`` in ``role``, read from the phrase ``[start, end)`` (its evidence)."""
        if hits:
            self.roles[role].extend(hits)
            self.phrases.append((role, start, end, frozenset(h.id for h in hits)))

    def cast(self, role: str, hits: Sequence[Hit]) -> None:
        """Record ``hits`` in the business ``role`` ("acquirer", "lender", ...)."""
        if hits:
            self.business.setdefault(role, []).extend(hits)

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
        for role, hits in other.business.items():
            self.business.setdefault(role, []).extend(hits)


@functools.cache
def _role_place_or_meeting() -> Prefilter:
    """The role, venue, provision and meeting cues as one prefilter (compiled on first use, once per
    process): most sentences hold none of them, and one scan then spares the three scans that look
    for each (``MEET`` has no white space or "#" of its own, so it reads the same in verbose mode)."""
    meet = re.compile(MEET.pattern, MEET.flags | re.VERBOSE)
    return Prefilter.any_of(ROLE_PASSIVE, ROLE_AS, ROLE_ACTIVE, VENUE, PROVISION, meet)


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
    attacks: tuple[tuple[int, int], ...]
    # whether a role, venue, provision or meeting cue opens in the sentence (False: none does)
    cued: bool = True
    # the clause breaks, found on first need (provisions are rare) and kept for the sentence
    clause_breaks: list[tuple[int, int, str]] = attrs.field(factory=list)
    clause_break_starts: list[int] = attrs.field(factory=list)
    breaks_found: list[bool] = attrs.field(factory=list)

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
        """The context of ``sentence``: its triggers and (for a zone only) its attack words, indexed."""
        zones = any(t.kind in ZONE_KINDS or t.anaphor == "zone" for t in triggers)
        found = ATTACK.finditer(text, sentence.start, sentence.end) if zones else ()
        attacks = tuple(m.span() for m in found)
        return cls(
            text,
            sentence,
            triggers,
            locals_,
            entities,
            dates,
            tuple(t.start for t in triggers),
            tuple(t.end for t in triggers),
            attacks,
            _role_place_or_meeting().search(text, sentence.start, sentence.end) is not None,
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
        words = _MONEY.sub(" ", gap) if "." in gap or "(" in gap else gap  # "a $1.5bn (£0.8bn) deal"
        if len(gap) <= _FORWARD_GAP and not _STOP.intersection(words) and len(gap.split()) <= _FORWARD_WORDS:
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
    if not ctx.breaks_found:
        found = CLAUSE_BREAK.finditer(ctx.text, clause_start, clause_end)
        ctx.clause_breaks.extend((m.start(), m.end(), m.group()) for m in found)
        ctx.clause_break_starts.extend(b[0] for b in ctx.clause_breaks)
        ctx.breaks_found.append(True)
    breaks, break_starts = ctx.clause_breaks, ctx.clause_break_starts
    i = bisect.bisect_right(break_starts, start) - 1
    while i >= 0 and breaks[i][1] > start:
        i -= 1
    if i >= 0:
        clause_start = breaks[i][1]
    for k in range(bisect.bisect_left(break_starts, end), len(breaks)):
        if breaks[k][2] in "—–;:()":
            clause_end = breaks[k][0]
            break
        if breaks[k][0] - end > _CLAUSE_SCAN:
            break
    while clause_end > clause_start and (
        ctx.text[clause_end - 1].isspace() or ctx.text[clause_end - 1] in ".!?,"
    ):
        clause_end -= 1
    while clause_start < clause_end and ctx.text[clause_start].isspace():
        clause_start += 1
    return clause_start, clause_end


def _sentence_subject(ctx: _Sentence) -> list[Hit]:
    """The names the sentence opens with when a verb follows them ("Saudi Arabia and Qatar ended ...")."""
    chain = ctx.entities.chain_after(ctx.sentence.start, ctx.sentence.end)
    if chain and _VERB_AFTER.match(ctx.text, chain[-1].end):
        return chain
    return []


def _negated(text: str, floor: int, start: int) -> bool:
    """Whether a negation stands shortly before ``start`` in the same clause."""
    window = text[max(floor, start - 24) : start]
    cut = max(window.rfind(","), window.rfind(";"))
    return _NEGATION.search(window[cut + 1 :]) is not None
