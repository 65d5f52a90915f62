"""Bracketed asides and split "to death" triggers: the word shapes of coders' notes and wire copy.

"5 civilians (2 men, 2 women and 1 child) were killed" counts 5, not the child of the aside;
"police beat a young man to death" is a killing whose trigger "beat" stands apart from "to death".
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.text import TokenColumns
from newsparse_events.lexicon import ASIDE_OPENERS

__all__ = [
    "MAX_ASIDE_TOKENS",
    "aside_between",
    "asides",
    "clause_asides",
    "death_splits",
    "in_aside",
    "in_comma_aside",
    "outside",
]

MAX_ASIDE_TOKENS = 15  # a longer bracket is no aside of a noun phrase
MAX_TO_DEATH_GAP = 6  # tokens between a verb and its "to death" ("tortured a Lakesinpyin villager to death")
# verbs that, with "to death" after their object, tell a killing
TO_DEATH_VERBS = frozenset(
    """
    beat beaten beats beating stabbed stab stabbing tortured torture torturing hacked hack hacking stoned
    stone clubbed club bludgeoned burned burnt burn shot kicked kick strangled choked starved
    """.split()
)


def asides(tokens: TokenColumns, lo: int, hi: int) -> list[tuple[int, int]]:
    """The bracketed asides among tokens ``[lo, hi)`` as token ranges ``[open, close]``, brackets included."""
    out: list[tuple[int, int]] = []
    opened: int | None = None
    for k in range(lo, hi):
        word = tokens.texts[k]
        if word == "(":
            opened = k
        elif word == ")" and opened is not None:
            if k - opened <= MAX_ASIDE_TOKENS:
                out.append((opened, k))
            opened = None
    return out


_CLAUSE_OPENERS = frozenset("including among who which whose".split())
_AUXILIARIES = frozenset("was were is are been being be had have has".split())


def clause_asides(tokens: TokenColumns, a: int, b: int) -> list[tuple[int, int]]:
    """The clauses between a counted subject (ending at token ``a``) and its verb at ``b``, as asides.

    A comma-closed aside (", including chairman X and vice-chairman Y,", ", who were on patrol,")
    and a relative clause closed by the verb's auxiliary ("30 drivers who took part in the
    demonstrations were arrested") name no count of their own: the subject is still the count's.
    """
    out: list[tuple[int, int]] = []
    k = a
    while k < b:
        word = str.lower(tokens.texts[k])
        if word == "," and k + 1 < b and str.lower(tokens.texts[k + 1]) in _CLAUSE_OPENERS:
            close = next((j for j in range(k + 2, b) if tokens.texts[j] == ","), None)
            if close is None or close - k > MAX_ASIDE_TOKENS:
                break
            out.append((k, close))
            k = close + 1
            continue
        if word == "who" and k > a:
            aux = b
            while aux > k + 2 and str.lower(tokens.texts[aux - 1]) in _AUXILIARIES:
                aux -= 1
            commas = any(tokens.texts[j] == "," for j in range(k, aux))
            if aux < b and aux - k <= MAX_ASIDE_TOKENS and not commas:
                out.append((k, aux - 1))
            break
        k += 1
    return out


_VERB_LEAD = _AUXILIARIES | frozenset("also reportedly allegedly later then".split())


def in_comma_aside(tokens: TokenColumns, lo: int, count: tuple[int, int], verb: int) -> bool:
    """Whether a count (tokens ``count``) lies in a comma aside after the subject, closed before the verb.

    "Actress Patsy Rowlands, known to millions for her roles, has died": the aside's "millions" is
    no count of the verb's subject; only auxiliaries stand between the closing comma and the verb.
    An apposition opened by its count restates the subject ("his bodyguards, two police agents,").
    """
    close = verb
    while close > count[1] and str.lower(tokens.texts[close - 1]) in _VERB_LEAD:
        close -= 1
    if close <= count[1] or tokens.texts[close - 1] != ",":
        return False
    for j in range(count[0] - 1, lo, -1):
        if tokens.texts[j] in {"(", ")", ";", ":"}:
            return False
        if tokens.texts[j] == ",":
            return j < count[0] - 1  # "bodyguards, two police agents, were killed": the count opens it
    return False


def in_aside(k: int, groups: Sequence[tuple[int, int]]) -> bool:
    """Whether token ``k`` lies inside (or is a bracket of) one of the asides."""
    return any(a <= k <= b for a, b in groups)


def outside(a: int, b: int, groups: Sequence[tuple[int, int]]) -> list[int]:
    """The token indices of ``[a, b)`` outside every aside."""
    return [k for k in range(a, b) if not in_aside(k, groups)]


def death_splits(tokens: TokenColumns, lo: int, hi: int, taken: Sequence[tuple[int, int]]) -> list[int]:
    """The verbs of "beat/tortured <object> to death" among ``[lo, hi)`` whose "to death" no trigger holds.

    ``taken`` are the token ranges ``[a, b)`` of the triggers found already ("beaten to death").
    """
    out: list[int] = []
    for k in range(lo + 1, hi - 1):
        if str.lower(tokens.texts[k]) != "to" or str.lower(tokens.texts[k + 1]) != "death":
            continue
        if any(a <= k < b for a, b in taken):
            continue
        for j in range(k - 2, max(lo, k - 1 - MAX_TO_DEATH_GAP) - 1, -1):
            word = str.lower(tokens.texts[j])
            if word in {".", ";", ",", "and"} and j < k - 2:
                break
            if word in TO_DEATH_VERBS:
                out.append(j)
                break
    return out


def aside_between(tokens: TokenColumns, k: int, offset: int) -> bool:
    """Whether an aside opener ("including") stands between token ``k`` and ``offset``: a part, not a join."""
    while k < len(tokens.starts) and tokens.starts[k] < offset:
        if str.lower(tokens.texts[k]) in ASIDE_OPENERS:
            return True
        k += 1
    return False
