"""Find agreement mentions and read, sentence by sentence, what the text says about each one.

A *trigger* is a noun phrase naming an agreement ("cease-fire agreement", "de-escalation zone",
"the deal"; :mod:`.triggers`).  Each cue found in the trigger's sentence (a status verb, a "brokered
by" phrase, a venue, a date, a provision, an attack inside a zone; :mod:`.roles`,
:mod:`.surroundings`) is attached to one trigger of the sentence (:mod:`.sentence`): the one it
governs when it comes right before it ("signed a truce"), otherwise the nearest one before it ("the
truce collapsed").  The result is one :class:`Local` per trigger, holding only what its own sentence
says; :mod:`.records` then merges the triggers of one agreement.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse import Document, Sentence
from newsparse.syntax import dateline_end

from .bids import read_bidders, read_player_bids
from .context import DateIndex, EntityIndex
from .cues import ROLES
from .in_a_deal import read_in_a_deal
from .purchase import read_borrowers, read_purchases, read_sales_of, read_supplies
from .purpose import read_purposes
from .roles import _bound_by_terms, _compliance, _meetings, _players, _roles, _statuses
from .sentence import Local, _Sentence
from .structure import read_structure
from .subject_state import read_subject_states
from .surroundings import _around_triggers, _attacks, _may_place_or_bind, _provisions, _venues
from .triggers import Trigger

__all__ = ["read_sentence"]


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
    _compliance(ctx)
    _players(ctx)
    _roles(ctx)
    _meetings(ctx)
    _around_triggers(ctx)
    read_purchases(ctx)
    read_sales_of(ctx)
    read_supplies(ctx)
    read_purposes(ctx)
    read_borrowers(ctx)
    read_bidders(ctx)
    read_player_bids(ctx)
    if _may_place_or_bind(ctx):
        _venues(ctx)
        _provisions(ctx)
    _attacks(ctx)
    _drop_dateline(ctx)
    read_in_a_deal(ctx)
    read_structure(doc, ctx)
    read_subject_states(doc, ctx)
    return locals_


def _drop_dateline(ctx: _Sentence) -> None:
    """A dateline ("MUNICH", "BEIRUT (Reuters) -") is where the story was filed: no role, no venue."""
    end = dateline_end(ctx.text, ctx.sentence.start)
    if end == ctx.sentence.start:
        return
    for local in ctx.locals:
        for role in ROLES:
            local.roles[role][:] = [hit for hit in local.roles[role] if hit.start >= end]
        if local.venue is not None and local.venue.start < end:
            local.venue = None
