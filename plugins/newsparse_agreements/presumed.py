"""The state of an agreement no state verb is said of, read from how it is named.

A business deal named with no verb is presupposed to exist (``in_force``); so is any agreement
named as running terms ("is on a one-season deal", "has an interconnection deal with", "is a joint
venture between", "under a humanitarian agreement").  Any other agreement named as one made -- a
name or an owner with a determiner ("the Plaza agreement", "the organisation's accord"), a definite
mention ("the truce came on ..."), or one a thing was done in ("settled in a deal", "as part of an
agreement with") -- is ``signed``, unless a mention is under a modal verb, a negation or a word of
possibility ("a deal is possible", "not part of a binding treaty"), the guidelines' "the latest
state the text reports" for a reported, past agreement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import ZONE_KINDS
from .triggers import Trigger

__all__ = ["hedged", "presupposed", "reported", "running", "supposed"]

_STOPS = ".;!?"
# Business deals: one named with no state verb is presupposed to exist (a running contract or loan).
# A deal named as running: "is on a one-season deal" (a player's or firm's current terms), "has an
# interconnection deal with", "is a joint venture between", "under a humanitarian agreement".
_RUNNING = re.compile(
    r"\b(?:(?:(?:is|was|are|were|remains|remained|been|be|still|currently)\s+(?:only\s+|still\s+)?on"
    r"|continues?|continued)\s+(?:a|an|the|its|their|his|her)"
    r"|(?:under|is|are|was|were|has|have|had)\s+(?:a|an))\s+(?:[\w$£€.-]+\s+){0,3}$"
)
# A modal verb over the mention's clause, or one the mention is the subject of.
_MODAL_BEFORE = re.compile(r"\b(?:would|could|might|may)\s+(?:[\w$£€.'’-]+\s+){1,5}$")
_MODAL_AFTER = re.compile(r"[\s\"“”'’]*(?:would|could|might|may)\s")
# Determiners that name an agreement as one made: an owner's ("Iran's deal", "their accord") ...
_OWNERS = frozenset({"'s", "its", "their", "his", "her", "our"})
# ... or one before a name ("the Minsk agreement", "this Paris accord").
_DEFINITE_NAMED = frozenset({"the", "this", "that", "these", "those"})
# A word that makes the agreement near it only possible ("is possible", "the makings of a deal").
_POSSIBLE = re.compile(
    r"\b(?:possible|possibility|possibly|makings|hope|hopes|hoped|if|unless|whether|trying|try|tries|seeking"
    r"|seeks|sought|wants?|wanted|any|potential|prospect|prospects|future|not|no|never|without)\b",
    re.IGNORECASE,
)
# "settled in a deal", "as part of an agreement", "there was now an agreement": one made.
_DONE_IN = re.compile(
    r"\b(?:in|as\s+part\s+of|leading\s+to|led\s+to|there\s+(?:is|was|has\s+been)\s+(?:now\s+)?)\s+"
    r"(?:a|an)\s+(?:[\w$£€.,()'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def supposed(text: str, trigger: Trigger) -> bool:
    """Whether the business deal mentioned by ``trigger`` is only supposed: under a modal verb
    ("could come from a loan") or the subject of one ("the merger would be a good move")."""
    before = _MODAL_BEFORE.search(text, max(0, trigger.start - 50), trigger.start)
    return before is not None or _MODAL_AFTER.match(text, trigger.end) is not None


def presupposed(text: str, kind: str, triggers: Sequence[Trigger]) -> bool:
    """Whether an agreement no verb is said of is named as one made: a name with a determiner ("the
    Plaza agreement") or a possessive ("the country's deal", "their accord"), under no modal."""
    return (
        kind != "talks"
        and kind not in ZONE_KINDS
        and any(
            (trigger.det in _OWNERS or (trigger.head is not None and trigger.det in _DEFINITE_NAMED))
            and not supposed(text, trigger)
            for trigger in triggers
        )
    )


def hedged(text: str, trigger: Trigger) -> bool:
    """Whether a mention is under a modal verb, a negation or a word of possibility (in its sentence)."""
    start = max(0, trigger.start - 60, *(text.rfind(stop, 0, trigger.start) + 1 for stop in _STOPS))
    ends = [at for at in (text.find(stop, trigger.end) for stop in _STOPS) if at >= 0]
    return (
        supposed(text, trigger) or _POSSIBLE.search(text, start, min([trigger.end + 30, *ends])) is not None
    )


def reported(text: str, kind: str, triggers: Sequence[Trigger]) -> bool:
    """Whether an agreement no verb is said of is reported as made: a definite mention ("the truce
    came on ...") or one a deal was done in ("settled in a deal", "as part of an agreement with"),
    not talks, not under a modal verb or a word of possibility ("a deal is possible")."""
    return (
        kind != "talks"
        and kind not in ZONE_KINDS
        and any(
            (
                trigger.det in _DEFINITE_NAMED
                or _DONE_IN.search(text, max(0, trigger.start - 48), trigger.start) is not None
            )
            and not hedged(text, trigger)
            for trigger in triggers
        )
    )


def running(text: str, triggers: Sequence[Trigger]) -> bool:
    """Whether a mention, not hedged, is named as running terms: "is on a one-season deal", "has an
    interconnection deal with" (its state ``in_force``)."""
    return any(
        _RUNNING.search(text, max(0, trigger.start - 60), trigger.start) is not None
        and not hedged(text, trigger)
        for trigger in triggers
    )
