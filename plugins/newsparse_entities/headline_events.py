"""Events and products a headline in capitals names whole ("RESULTS AT CANADIAN OPEN", "ITALIAN CUP
SECOND ROUND RESULTS") where the body names them in ordinary case ("the Canadian Open").

The headline's words say nothing by their case, so the layer reads its names from the body; the name's
first word alone ("CANADIAN": a demonym, "U.S.": the country) is found by the gazetteer first and
stands in the way of the whole. Here a run of headline words equal, case aside, to an event or
product the body names (two words or more) becomes a mention of it, and the shorter mentions inside
the run give way. Nothing is taken from a list: the body's own name decides (session 40, issue 14).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsparse_entities.resolve import Resolved
from newsparse_entities.words import Words

__all__ = ["headline_events"]

# The body names a headline may copy whole: the layer's event and product (work) types.
_TYPES: Final = frozenset(["EVENT", "PRODUCT"])


def headline_events(words: Words, resolved: Sequence[Resolved], headlines: frozenset[int]) -> list[Resolved]:
    """The decided mentions, with every run of headline words that spells, case aside, an event or a
    product of two words or more named in the body made a mention of it (the mentions inside the run
    dropped)."""
    if not headlines or not any(r.type in _TYPES for r in resolved):
        return list(resolved)  # most documents: no headline, or no event or product
    names = _body_names(words, resolved, headlines)
    if not names:
        return list(resolved)
    longest = max(map(len, names))
    found: list[Resolved] = []
    lower, start, end = words.lower, words.start, words.end
    for s in sorted(headlines):
        i, stop = words.bounds[s], words.bounds[s + 1]
        while i < stop:
            for length in range(min(longest, stop - i), 1, -1):
                r = names.get(tuple(lower[i : i + length]))
                if r is not None:
                    a, b = start[i], end[i + length - 1]
                    found.append(Resolved(a, b, r.id, r.type, r.canonical, "name", r.identifiers))
                    i += length
                    break
            else:
                i += 1
    if not found:
        return list(resolved)
    spans = [(f.start, f.end) for f in found]
    if any(_crosses(r, spans) for r in resolved):  # a name running past the run: the run gives way
        found = [f for f in found if not any(_crosses_one(r, f.start, f.end) for r in resolved)]
        spans = [(f.start, f.end) for f in found]
    return [*(r for r in resolved if not _inside(r, spans)), *found]


def _body_names(
    words: Words, resolved: Sequence[Resolved], headlines: frozenset[int]
) -> dict[tuple[str, ...], Resolved]:
    """The events and products of two words or more named outside the headlines in ordinary case,
    by their lower-case words."""
    names: dict[tuple[str, ...], Resolved] = {}
    start, end, n = words.start, words.end, len(words.start)
    for r in resolved:
        if r.type not in _TYPES or r.form != "name":
            continue
        i = bisect.bisect_left(start, r.start)  # the name's first and last words
        j = bisect.bisect_left(end, r.end)
        if i >= j or j >= n or start[i] != r.start or end[j] != r.end or words.sent[i] in headlines:
            continue  # one word, a span off the words, or a name in a headline
        if not all(words.upper[i : j + 1]):  # a name in capitals says nothing of its words
            names.setdefault(tuple(words.lower[i : j + 1]), r)
    return names


def _inside(r: Resolved, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether mention ``r`` lies within one of ``spans`` (a shorter name the run replaces)."""
    return any(a <= r.start and r.end <= b for a, b in spans)


def _crosses_one(r: Resolved, a: int, b: int) -> bool:
    """Whether mention ``r`` overlaps the span ``a``-``b`` without lying inside it."""
    return r.start < b and a < r.end and not (a <= r.start and r.end <= b)


def _crosses(r: Resolved, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether mention ``r`` overlaps one of ``spans`` without lying inside it."""
    return any(_crosses_one(r, a, b) for a, b in spans)
