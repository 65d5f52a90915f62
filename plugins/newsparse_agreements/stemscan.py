"""Where each of many lower-case stems occurs in a text, with one ``str.find`` pass per shared opening.

The trigger stems and the deal-verb stems (some sixty) were each looked for by their own pass over the
text; each pass costs the same whatever the stem, so the layer's first look at a document was most of
its time on the many documents with no agreement.  Stems sharing their first three letters ("agreed
to", "agreement"; "take a", "takeover"; "signed", "signing") are found by one pass for their common
opening, each hit then checked against the group's stems.  The positions are exactly those of the
per-stem loop ``i = low.find(stem, i + len(stem))`` (tests/agreements/test_stemscan.py checks it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

__all__ = ["StemScan"]

_GROUP_BY = 3  # stems sharing this many first letters are found by one pass


def _opening(stems: Iterable[str]) -> str:
    """The longest opening the ``stems`` share."""
    words = list(stems)
    shortest = min(words, key=len)
    size = next((k for k in range(len(shortest)) if any(w[k] != shortest[k] for w in words)), len(shortest))
    return shortest[:size]


@attrs.frozen
class StemScan:
    """The stems to find, grouped by a shared opening: (opening, the stems that start with it)."""

    groups: tuple[tuple[str, tuple[str, ...]], ...]

    @classmethod
    def of(cls, stems: Iterable[str]) -> StemScan:
        """The scan of ``stems`` (lower case; a stem named twice is found once)."""
        by_start: dict[str, list[str]] = {}
        for stem in dict.fromkeys(stems):
            by_start.setdefault(stem[:_GROUP_BY], []).append(stem)
        return cls(tuple((_opening(group), tuple(group)) for group in by_start.values()))

    def positions(self, low: str) -> Mapping[str, list[int]]:
        """Each stem's positions in ``low``, left to right, never overlapping themselves (as repeated
        ``find`` calls from the end of the last hit give them); a stem not found has no entry."""
        found: dict[str, list[int]] = {}
        for opening, stems in self.groups:
            i = low.find(opening)
            if i < 0:
                continue
            if len(stems) == 1:
                stem = stems[0]  # the opening is the stem itself
                hits = found[stem] = []
                while i >= 0:
                    hits.append(i)
                    i = low.find(stem, i + len(stem))
                continue
            nearest = dict.fromkeys(stems, 0)  # where each stem's next hit may start
            while i >= 0:
                for stem in stems:
                    if i >= nearest[stem] and low.startswith(stem, i):
                        found.setdefault(stem, []).append(i)
                        nearest[stem] = i + len(stem)
                i = low.find(opening, i + 1)
        return found
