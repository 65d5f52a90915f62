"""Capitals that stand for their states ("Moscow said", "talks between Washington and Beijing").

A capital named as an acting subject, the object of a political verb, or in a list of states is
the state's mention, not the city's (issue 14: "a capital acting for its state").
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import Final

from newsparse_entities.context import LIST_JOINERS
from newsparse_entities.gazetteer import Gazetteer, country_ids
from newsparse_entities.rules import (
    PLACE_PREPOSITIONS,
    POLITICAL_BASE,
    POLITICAL_OBJECT_VERBS,
    POLITICAL_PAST,
    POLITICAL_PRESENT,
    SUBJECT_VERBS,
)
from newsparse_entities.words import Candidate, Words

__all__ = ["SEATS", "acts_as_state", "capital_metonyms", "seat_acts"]

_RELATION_NOUNS: Final = frozenset(
    """sanctions pressure stand backed endorsed guaranteed ties relations talks negotiations agreement deal
    war dispute rift embargo tariffs restrictions ultimatum demands accusations criticism""".split()
)
_REPORTING_PAST: Final = frozenset(
    """described called termed branded labelled labeled dubbed reported announced confirmed
    acknowledged""".split()
)
_ACTING: Final = frozenset(
    "seeking hoping trying insisting demanding refusing warning arguing fearing pressing aiming".split()
)
_AUXILIARIES: Final = frozenset("still also now then again has have had will would could may might".split())
_SUBJECT_VERBS: Final = SUBJECT_VERBS - {"is", "was", "has", "have", "had"}


_IDENT: Final = itemgetter(1)  # the gazetteer id of a (candidate, id, form) row


def capital_metonyms(words: Words, gaz_ids: Sequence[tuple[Candidate, str, str]], gaz: Gazetteer) -> set[int]:
    """Indices of capital mentions that stand for their state: listed with states, or acting subjects."""
    capital_of = gaz.capital_of
    if capital_of.keys().isdisjoint(map(_IDENT, gaz_ids)):
        return set()  # only a capital is ever taken: a document naming none (most) has nothing to look at
    states = country_ids(gaz)
    out: set[int] = set()
    group: list[int] = []
    for k, (c, ident, _form) in enumerate(gaz_ids):
        if ident not in states and ident not in capital_of:  # neither a country nor a capital
            if len(group) >= 2:
                _flush(words, gaz_ids, gaz, group, out)
            group = []
            continue
        if ident in capital_of and acts_as_state(words, c):
            out.add(k)
        if group:
            pc, pident, _ = gaz_ids[group[-1]]
            between = words.text[pc.j : c.i]
            same = pc.j <= c.i and words.sent[pc.i] == words.sent[c.i]
            linked = same and bool(between) and all(t in LIST_JOINERS for t in between)
            apposition = between == [","] and gaz.capital_of.get(pident) == ident
            if linked and not apposition:
                group.append(k)
                continue
            _flush(words, gaz_ids, gaz, group, out)
        group = [k]
    _flush(words, gaz_ids, gaz, group, out)
    return out


def _flush(
    words: Words,
    gaz_ids: Sequence[tuple[Candidate, str, str]],
    gaz: Gazetteer,
    group: list[int],
    out: set[int],
) -> None:
    """Listed capitals of a finished list stand for their states (added to ``out``), unless the list
    is a location ("talks in Paris and London"). A function of its own, not a closure: compiled, a
    closure and its environment hold each other, and with them the document's words until the
    cyclic collector runs."""
    if len(group) >= 2:
        head = gaz_ids[group[0]][0]
        prev = words.prev(head.i)
        if prev is not None and words.lower[prev] in PLACE_PREPOSITIONS:
            return
        out.update(k for k in group if gaz_ids[k][1] in gaz.capital_of)


def acts_as_state(words: Words, c: Candidate) -> bool:
    """Whether a capital acts as its state: "Moscow said", "Beijing firmly opposed", "urged Washington"."""
    sent = words.sent[c.i]
    prev = words.lower[c.i - 1] if c.i > 0 and words.sent[c.i - 1] == sent else ""
    prev2 = words.lower[c.i - 2] if c.i > 1 and words.sent[c.i - 2] == sent else ""
    if prev in POLITICAL_OBJECT_VERBS or (
        prev in ("on", "by", "with", "against") and prev2 in _RELATION_NOUNS
    ):
        return True
    if prev in PLACE_PREPOSITIONS or c.j >= len(words) or words.sent[c.j] != sent or words.poss[c.i]:
        return False
    if prev in ("the", "a", "an"):
        return False  # "the Moscow talks": a modifier, not a subject
    nxt = words.text[c.j]
    if nxt in _SUBJECT_VERBS or nxt in POLITICAL_PAST or nxt in POLITICAL_PRESENT:
        return True
    if nxt in _REPORTING_PAST and prev in ("", "what", "as", "and", "but", ",", "that", "which"):
        return True  # "what Baghdad described as ...": a verb of reporting after a clause's subject
    if nxt == "," and words.initial[c.i] and c.j + 1 < len(words) and words.lower[c.j + 1] in _ACTING:
        return True  # "Manila, seeking to reschedule its debt, ..."
    if (nxt.endswith("ly") or nxt in _AUXILIARIES or nxt == "to") and c.j + 1 < len(words):
        after = words.text[c.j + 1]
        if nxt == "to":
            return after in POLITICAL_BASE  # "Washington to impose new sanctions"
        return (
            after in SUBJECT_VERBS
            or after in POLITICAL_BASE
            or after in POLITICAL_PAST
            or (after.endswith("ed") and after.islower())
        )
    return False


# Seats of government that stand for their state when they act ("the Kremlin said", "Downing Street
# has denied"): the guidelines' "Whitehall", "Kremlin"; not "in Downing Street", "10 Downing Street".
SEATS: Final = {"Kremlin": "RU", "Whitehall": "GB", "Downing Street": "GB", "Elysee": "FR"}


def seat_acts(words: Words, i: int, j: int) -> bool:
    """Whether the seat of government over words ``i:j`` acts as its state; an article before it
    is part of its name ("the Kremlin said"), so the words before the article are read."""
    if i > 0 and words.lower[i - 1] == "the" and words.sent[i - 1] == words.sent[i]:
        i -= 1
        if i > 0 and words.sent[i - 1] == words.sent[i] and words.lower[i - 1] == "by":
            return True  # "applied by the Kremlin": the agent
    elif i > 0 and words.sent[i - 1] == words.sent[i] and words.text[i - 1][:1].isdigit():
        return False  # "10 Downing Street": the address
    return acts_as_state(words, Candidate(i, j, words.start[i], words.end[j - 1], "", "chunk"))
