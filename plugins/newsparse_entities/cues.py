"""The candidates of a document indexed by the cue words beside them, built once for resolve's passes.

Several passes of :mod:`newsparse_entities.resolve` look for a name beside a word of their own small
set ("against Italy", "Zamora, Michoacan", "near Saraqeb and ..."), and each walked every candidate
to test it.  One walk over the candidates looks up the lower-cased word before and after each in a
table of cue classes made once at import; each pass then reads only the candidates of its class.
A class is a superset of what its pass fires on (the word only, not its sentence or case): the pass
keeps its own full test, so its output is unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter
from typing import Final, NamedTuple

from newsparse.frozen import FrozenDict
from newsparse_entities.chunk_context import TRANSFER_VERBS
from newsparse_entities.doc_evidence import COMPANY_BEFORE
from newsparse_entities.rules import (
    ORG_PLURAL_DESCRIPTORS,
    ORG_POSSESSIONS,
    PLURAL_VERBS,
    TEAM_NOUNS,
    TEAM_ROLES,
)
from newsparse_entities.words import Candidate, Words

__all__ = [
    "COMMA",
    "COMPANY_LIST",
    "COMPANY_LIST_OPENERS",
    "COMPANY_PLURALS",
    "COMPANY_TOWN",
    "LIST_PLACE",
    "TEAM",
    "CueIndex",
    "cue_index",
]

# A place may be a team here (:func:`newsparse_entities.teams.place_teams`): a score, "beat", a
# team role or a plural verb after it; "v", "beat", "against", "over", "for", "to", "join" before it.
TEAM: Final = "team"
# A comma before or after a name: a place's apposition ("Zamora, Michoacan"; ``place_appositions``).
COMMA: Final = "comma"
# A preposition that opens a list of places ("near Saraqeb and ...": ``listed_with_places``).
LIST_PLACE: Final = "list_place"
# A company's noun before a town's name or its possession after ("handset maker Nokia", "Nokia's
# shares"), or an article before ("the Halifax said"): ``company_towns``.
COMPANY_TOWN: Final = "company_town"
# The last word before a list of companies ("firms Nokia, ...", "such as Nokia"): resolve's list starts.
COMPANY_LIST: Final = "company_list"

# Plural nouns of companies before a list of their names ("firms Sony, Philips and Samsung",
# "rival firms such as Microsoft and Apple"); not those of people's trades ("analysts such as ...").
COMPANY_PLURALS: Final = ORG_PLURAL_DESCRIPTORS - frozenset(
    "analysts consultants researchers pollsters".split()
)
# The last words before such a list: the plural, or "such as", "including", "like" after it.
COMPANY_LIST_OPENERS: Final = COMPANY_PLURALS | frozenset(["as", "including", "like"])

_TEAM_BEFORE: Final = frozenset("v vs vs. beat defeated over against for to (".split()) | TRANSFER_VERBS
_TEAM_AFTER: Final = (
    frozenset("beat beats drew defeated v vs vs. edged thrashed routed overcame trounced".split())
    | TEAM_ROLES
    | PLURAL_VERBS
)
# "of" too: after a plural place noun ("the ports of Anzali and Nowshahr": ``listed_with_places``).
_LIST_PLACE_PREPS: Final = frozenset("in near outside from to into toward towards between of".split())


def _table(*pairs: tuple[str, frozenset[str]]) -> Mapping[str, tuple[str, ...]]:
    """Lower-cased word -> the cue classes it gives, from (class, words) pairs; read-only (a frozen
    dict: its ``get`` is the dict's own, cheaper than a mapping proxy's)."""
    table: dict[str, tuple[str, ...]] = {}
    for cls, members in pairs:
        for word in members:
            table[word] = (*table.get(word, ()), cls)
    return FrozenDict(table)


_BEFORE: Final = _table(
    (TEAM, _TEAM_BEFORE | TEAM_NOUNS),
    (COMMA, frozenset([","])),
    (LIST_PLACE, _LIST_PLACE_PREPS),
    (COMPANY_TOWN, COMPANY_BEFORE | frozenset(["the"])),
    (COMPANY_LIST, COMPANY_LIST_OPENERS),
)
_AFTER: Final = _table((TEAM, _TEAM_AFTER), (COMMA, frozenset([","])), (COMPANY_TOWN, ORG_POSSESSIONS))
_QUOTES: Final = frozenset("'’")  # a possessive written apart ("Parma 's"): ``possessing_club``
_SCORE: Final = (TEAM,)  # a number after a place: a score ("Leeds 2")
_BY_INDEX: Final = attrgetter("i")


class CueIndex(NamedTuple):
    """Every candidate by first word (``ordered``, a stable sort), and the positions in ``ordered``
    of the candidates of each cue class (``at``, ascending; a class with none is absent)."""

    ordered: list[Candidate]
    at: Mapping[str, list[int]]

    def of(self, cls: str, kind: str | None = None) -> list[Candidate]:
        """The candidates of cue class ``cls`` in text order (of ``kind`` "gaz" or "chunk" only, if given)."""
        ordered = self.ordered
        found = [ordered[k] for k in self.at.get(cls, ())]
        return found if kind is None else [c for c in found if c.kind == kind]


def cue_index(words: Words, cands: Sequence[Candidate]) -> CueIndex:
    """The :class:`CueIndex` of ``cands``: one look-up of the word before and after each in the tables."""
    ordered = sorted(cands, key=_BY_INDEX)
    lower, n, poss = words.lower, len(words.lower), words.poss
    at: dict[str, list[int]] = {}
    before_get, after_get = _BEFORE.get, _AFTER.get
    for k, c in enumerate(ordered):
        before = before_get(lower[c.i - 1], ()) if c.i else ()
        after: tuple[str, ...] = ()
        if c.j < n:
            nxt = lower[c.j]
            after = after_get(nxt, ())
            if not after and (nxt.isdigit() or poss[c.j - 1] or nxt in _QUOTES):
                after = _SCORE  # a score ("Leeds 2"), or a possessive ("Parma 's Melli": ``club_in_report``)
        for cls in before:
            at.setdefault(cls, []).append(k)
        for cls in after:
            if cls not in before:
                at.setdefault(cls, []).append(k)
    return CueIndex(ordered, at)
