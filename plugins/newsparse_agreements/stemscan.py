"""Where each of many lower-case stems occurs in a text: one regular-expression pass for the stems that
open a word, one ``str.find`` pass per shared opening for those found inside words too.

The trigger stems and the deal-verb stems (some sixty) were each looked for by their own pass over the
text; each pass costs the same whatever the stem, so the layer's first look at a document was most of
its time on the many documents with no agreement.  Stems sharing their first three letters ("agreed
to", "agreement"; "take a", "takeover"; "signed", "signing") share one opening, each hit of the
opening then checked against the group's stems.

Most stems count only where they open a word (the trigger and deal-verb readers drop a hit after a
letter: "amount" holds no "mou"), so their openings are found together by one pattern, at the word
starts (after a character that is not a lower-case ASCII letter, or at the text's start) where one
of them opens: one scan in C instead of some forty.  The stems found inside words as well ("fire" in
"ceasefire") keep a ``find`` pass per opening.  For those the positions are exactly those of the
per-stem loop ``i = low.find(stem, i + len(stem))``; for a word stem they are the loop's positions at
word starts (tests/agreements/test_stemscan.py checks both).  A stem shorter than three characters or
one that can overlap itself ("aba") is always found by ``find``, so that rule holds for every stem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from newsparse_agreements.prefilter import trie

__all__ = ["StemScan"]

_GROUP_BY = 3  # stems sharing this many first letters are found by one pass


def _opening(stems: Iterable[str]) -> str:
    """The longest opening the ``stems`` share."""
    words = list(stems)
    shortest = min(words, key=len)
    size = next((k for k in range(len(shortest)) if any(w[k] != shortest[k] for w in words)), len(shortest))
    return shortest[:size]


def _overlaps_itself(stem: str) -> bool:
    """Whether a later occurrence of ``stem`` may start inside an earlier one ("aba" in "ababa")."""
    return any(stem.startswith(stem[k:]) for k in range(1, len(stem)))


def _find_hits(low: str, opening: str, stems: tuple[str, ...], found: dict[str, list[int]]) -> None:
    """Add the positions of ``stems`` (sharing ``opening``) anywhere in ``low`` to ``found``."""
    i = low.find(opening)
    if i < 0:
        return
    if len(stems) == 1:
        stem = stems[0]  # the opening is the stem itself
        hits = found[stem] = []
        while i >= 0:
            hits.append(i)
            i = low.find(stem, i + len(stem))
        return
    nearest = dict.fromkeys(stems, 0)  # where each stem's next hit may start
    while i >= 0:
        for stem in stems:
            if i >= nearest[stem] and low.startswith(stem, i):
                found.setdefault(stem, []).append(i)
                nearest[stem] = i + len(stem)
        i = low.find(opening, i + 1)


def _word_only(group: tuple[str, ...], anywhere: frozenset[str] | None) -> bool:
    """Whether a group's stems are found only where they open a word (none is found ``anywhere``,
    none is shorter than the grouping or overlaps itself); ``anywhere`` None: every stem is."""
    return anywhere is not None and not any(
        stem in anywhere or len(stem) < _GROUP_BY or _overlaps_itself(stem) for stem in group
    )


@attrs.frozen
class StemScan:
    """The stems to find, grouped by a shared opening: (opening, the stems that start with it).

    ``inside``: the groups found anywhere (by ``find``); ``at_starts``: the groups found at word
    starts, by opening; ``starts``: their openings after a word's first character (one pattern);
    ``first``: the same openings at the text's start.
    """

    groups: tuple[tuple[str, tuple[str, ...]], ...]
    inside: tuple[tuple[str, tuple[str, ...]], ...] = ()
    at_starts: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    starts: re.Pattern[str] | None = None
    first: re.Pattern[str] | None = None

    @classmethod
    def of(cls, stems: Iterable[str], inside: Iterable[str] | None = None) -> StemScan:
        """The scan of ``stems`` (lower case; a stem named twice is found once).  ``inside``: the stems
        found inside words too (None: all of them); the others only where they open a word."""
        by_start: dict[str, list[str]] = {}
        for stem in dict.fromkeys(stems):
            by_start.setdefault(stem[:_GROUP_BY], []).append(stem)
        groups = tuple((_opening(group), tuple(group)) for group in by_start.values())
        anywhere = None if inside is None else frozenset(inside)
        at_starts = {opening: group for opening, group in groups if _word_only(group, anywhere)}
        if not at_starts:
            return cls(groups, groups)
        alternation = trie(at_starts, re.escape)
        return cls(
            groups,
            tuple((opening, group) for opening, group in groups if opening not in at_starts),
            at_starts,
            re.compile(f"[^a-z](?=({alternation}))"),
            re.compile(f"(?:{alternation})"),
        )

    def positions(self, low: str) -> Mapping[str, list[int]]:
        """Each stem's positions in ``low``, left to right, never overlapping themselves (as repeated
        ``find`` calls from the end of the last hit give them; a word stem's only at word starts); a
        stem not found has no entry."""
        found: dict[str, list[int]] = {}
        for opening, stems in self.inside:
            _find_hits(low, opening, stems, found)
        if self.starts is None or self.first is None:
            return found
        hits = [(m.end(), m.group(1)) for m in self.starts.finditer(low)]
        head = self.first.match(low)
        if head is not None:
            hits.insert(0, (0, head.group()))
        nearest: dict[str, int] = {}  # where each stem's next hit may start
        for i, opening in hits:
            for stem in self.at_starts[opening]:
                if i >= nearest.get(stem, 0) and low.startswith(stem, i):
                    found.setdefault(stem, []).append(i)
                    nearest[stem] = i + len(stem)
        return found
