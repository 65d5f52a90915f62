"""Sentences as token ranges, found only for the sentences that hold a cue word.

A sentence is the range ``[lo, hi)`` of the tokens that start in it (less one running over its
end); a short "Clinton said." after a quotation ending in "?" or "!" joins the sentence before it.
Only the sentences of the cue words are searched for (two binary searches each), not every
sentence of the article.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import QUOTES

__all__ = ["MAX_TRAILER", "cue_sentences", "may_trail", "token_range", "token_ranges"]

MAX_TRAILER = 8  # tokens of a sentence that closes the quotation before it ("Clinton said.")


def token_ranges(
    starts: Sequence[int], ends: Sequence[int], sentences: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Each sentence as the token range ``[lo, hi)`` of the tokens inside it (tokens as their columns)."""
    return [token_range(starts, ends, sentence) for sentence in sentences]


def token_range(starts: Sequence[int], ends: Sequence[int], sentence: tuple[int, int]) -> tuple[int, int]:
    """One sentence as the token range ``[lo, hi)``: the tokens starting in it, less one running over."""
    start, end = sentence  # token starts (and ends) ascend: plain binary search on them
    lo = bisect.bisect_left(starts, start)
    k = bisect.bisect_left(starts, end, lo)  # the tokens that start before the sentence ends ...
    while k > lo and ends[k - 1] > end:  # ... without one running over its end
        k -= 1
    return lo, k


def cue_sentences(
    columns: TokenColumns, low: Sequence[str], sentences: Sequence[tuple[int, int]], triggers: Sequence[int]
) -> Iterator[tuple[int, int]]:
    """The token ranges of the sentences that hold a cue word, with their trailers merged, in order.

    What merging the trailers of :func:`token_ranges` gives, less the ranges without a cue word:
    only the sentences of the cue words (and their neighbours, for the trailers) are searched for.
    """
    starts, ends = columns.starts, columns.ends
    sentence_starts = [start for start, _end in sentences]
    last = len(sentences) - 1
    done = -1  # the last sentence of the last range given
    for t in triggers:
        s = bisect.bisect_right(sentence_starts, starts[t]) - 1
        if s <= done:
            continue
        first = s
        lo, hi = token_range(starts, ends, sentences[s])
        own = (lo, hi)
        while first > done + 1 and may_trail(low, own):  # a trailer joins the sentence before it
            before = token_range(starts, ends, sentences[first - 1])
            if before[1] != own[0]:
                break
            first -= 1
            lo = before[0]
            own = before
        while s < last and hi > 0 and low[hi - 1] in QUOTES and low[hi - 2 if hi >= 2 else hi] in {"?", "!"}:
            after = token_range(starts, ends, sentences[s + 1])
            if after[0] != hi or not may_trail(low, after):
                break
            s += 1
            hi = after[1]
        if s < last and hi > lo and low[hi - 1] == ":":  # 'He said: / "We ..."': the next sentence is said
            after = token_range(starts, ends, sentences[s + 1])
            if after[0] == hi:
                s += 1
                hi = after[1]
        done = s
        yield lo, hi


def may_trail(low: Sequence[str], rng: tuple[int, int]) -> bool:
    """Whether sentence ``rng`` may be a short "Clinton said." after a quotation ending in "?" or "!"."""
    lo, hi = rng
    return (
        0 < lo < hi
        and hi - lo <= MAX_TRAILER
        and low[lo - 1] in QUOTES
        and low[lo] not in QUOTES
        and low[lo - 2 if lo >= 2 else lo] in {"?", "!"}
    )
