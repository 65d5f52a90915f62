"""Event names that go on past "of" to a name ("the Tour of the Netherlands", "the World Series of
Golf", "the Castle Cup of Africa"): one event, not an event cut at "of" and a place after it.

The head is a noun that names a competition by its meaning (a closed class: tour, series, cup,
championship, games, open, rally, trophy, classic, marathon, grand prix); written with a capital and
followed by "of", an optional "the" and a capitalised name, the whole run is the event's name. The
mention that ends on the head (an event, or the head alone read as an organisation) and the mentions
inside the "of" name give way to one EVENT mention (session 40, issue 14).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import slug
from newsparse_entities.resolve import Resolved
from newsparse_entities.words import Words

__all__ = ["event_of_names"]

# Nouns that name a competition by their meaning, lower case: the last word of the event's name
# before "of" (one word; "grand prix" is read by its last word).
_HEADS: Final = frozenset(
    "tour series cup championship championships games open rally trophy classic marathon prix".split()
)
# The types a mention ending on the head may have: the event itself, or the head alone read as an
# organisation or a work ("Tour" before "of Switzerland").
_TYPES: Final = frozenset(["EVENT", "ORG", "PRODUCT"])
# The most capitalised words the name after "of" may run to ("Golf", "the Netherlands", "Nations").
_MOST: Final = 3


def event_of_names(words: Words, resolved: Sequence[Resolved], text: str) -> list[Resolved]:
    """The decided mentions, each event name cut before "of" + a capitalised name joined to it into
    one EVENT mention (the mentions inside it dropped)."""
    if "of" not in words.vocabulary or not (_HEADS & words.vocabulary):
        return list(resolved)  # most documents: no head noun, or no "of"
    found: list[Resolved] = []
    for r in resolved:
        if r.type in _TYPES:
            end = _name_end(words, r)
            if end:
                name = text[r.start : end]
                found.append(Resolved(r.start, end, "event:" + slug(name), "EVENT", name, "name", {}))
    found = [f for f in found if not any(_crosses(r, f) for r in resolved)]
    if not found:
        return list(resolved)
    kept = [r for r in resolved if not any(f.start <= r.start and r.end <= f.end for f in found)]
    return sorted([*kept, *found], key=lambda r: (r.start, r.end))


def _crosses(r: Resolved, f: Resolved) -> bool:
    """Whether mention ``r`` overlaps the joined name ``f`` without lying inside it (a name running
    on past it: the join gives way)."""
    return r.start < f.end and f.start < r.end and not (f.start <= r.start and r.end <= f.end)


def _name_end(words: Words, r: Resolved) -> int:
    """Where the event name that mention ``r`` opens ends, past "of" and its name; 0 when ``r`` does
    not end on a capitalised head noun followed by "of" (or "OF"), an optional "the" and a
    capitalised word in the same sentence."""
    end, lower = words.end, words.lower
    j = bisect.bisect_left(end, r.end)  # the mention's last word
    n = len(end)
    if j + 2 >= n or end[j] != r.end or lower[j] not in _HEADS or not words.cap[j]:
        return 0
    if lower[j + 1] != "of" or words.sent[j + 2] != words.sent[j]:
        return 0
    k = j + 2
    if lower[k] == "the" and k + 1 < n and words.sent[k + 1] == words.sent[j]:
        k += 1
    first, last = k, -1
    while k < n and k - first < _MOST and words.sent[k] == words.sent[j] and words.cap[k]:
        if lower[k] in ("of", "the") or not any(c.isalpha() for c in words.text[k]):
            break
        last = k
        k += 1
        if words.upper[j] and words.upper[first]:
            break  # in capitals the words say nothing of where a name stops: one word
    return end[last] if last >= 0 else 0
