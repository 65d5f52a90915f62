"""Mentions looked up by where they lie, in logarithmic time: the layout rules (digests, results
columns, sports tables) ask, for each name they find, which mentions overlap it, and drop the
mentions their new names cover; a scan of every mention per name was quadratic on long tables
(session 43)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from newsparse_entities.resolve import Resolved

__all__ = ["SpanIndex", "uncovered"]


class SpanIndex:
    """The mentions sorted by start, with the longest one's length, for overlap queries."""

    def __init__(self, mentions: Iterable[Resolved]) -> None:
        self.mentions: list[Resolved] = sorted(mentions, key=lambda r: (r.start, r.end))
        self.starts: list[int] = [r.start for r in self.mentions]
        self.longest: int = max((r.end - r.start for r in self.mentions), default=0)

    def overlapping(self, start: int, end: int) -> list[Resolved]:
        """The mentions that share a character with ``[start, end)``, in start order."""
        first = bisect.bisect_right(self.starts, start - self.longest)
        last = bisect.bisect_left(self.starts, end)
        return [r for r in self.mentions[first:last] if r.end > start]

    def covering(self, start: int, end: int) -> bool:
        """Whether a mention lies around all of ``[start, end)``."""
        first = bisect.bisect_left(self.starts, end - self.longest)
        last = bisect.bisect_right(self.starts, start)
        return any(r.end >= end for r in self.mentions[first:last])


def uncovered(resolved: Sequence[Resolved], found: Iterable[Resolved]) -> list[Resolved]:
    """The mentions of ``resolved`` that no mention of ``found`` lies around."""
    index = SpanIndex(found)
    return [r for r in resolved if not index.covering(r.start, r.end)]
