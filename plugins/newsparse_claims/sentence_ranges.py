"""Sentences as token ranges, read only for the sentences that hold a cue word.

A sentence is the range ``[lo, hi)`` of the tokens that start in it (less one running over its
end); a short "Clinton said." after a quotation ending in "?" or "!" joins the sentence before it.
The token ranges of every sentence come from one walk over the tokens; only the sentences of the
cue words (and their neighbours) are then read.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import QUOTES

__all__ = ["MAX_TRAILER", "cue_sentences", "may_trail", "token_range", "token_ranges"]

MAX_TRAILER: Final = 8  # tokens of a sentence that closes the quotation before it ("Clinton said.")


def token_ranges(
    starts: tuple[int, ...], ends: tuple[int, ...], sentences: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Each sentence as the token range ``[lo, hi)`` of the tokens inside it (tokens as their columns).

    One walk over the tokens when the sentences ascend (a compiled loop of native compares, cheaper
    than two binary searches of boxed offsets a sentence); else a search per sentence.
    """
    ranges: list[tuple[int, int]] = []
    count = len(starts)
    lo = 0
    previous = -1  # the last sentence's start
    reached, last_end = 0, -1  # the first token starting at or after the last sentence's end, and it
    for start, end in sentences:
        if start < previous:
            return [token_range(starts, ends, sentence) for sentence in sentences]
        if start >= last_end:
            lo = max(lo, reached)  # every token before ``reached`` starts before this sentence
        previous = start
        while lo < count and starts[lo] < start:  # the first token starting in the sentence
            lo += 1
        k = lo
        while k < count and starts[k] < end:  # the tokens that start before the sentence ends ...
            k += 1
        reached, last_end = k, end
        while k > lo and ends[k - 1] > end:  # ... without one running over its end
            k -= 1
        ranges.append((lo, k))
    return ranges


def token_range(starts: Sequence[int], ends: Sequence[int], sentence: tuple[int, int]) -> tuple[int, int]:
    """One sentence as the token range ``[lo, hi)``: the tokens starting in it, less one running over."""
    start, end = sentence  # token starts (and ends) ascend: plain binary search on them
    lo = bisect.bisect_left(starts, start)
    k = bisect.bisect_left(starts, end, lo)  # the tokens that start before the sentence ends ...
    while k > lo and ends[k - 1] > end:  # ... without one running over its end
        k -= 1
    return lo, k


def cue_sentences(
    columns: TokenColumns, low: list[str], sentences: Sequence[tuple[int, int]], triggers: list[int]
) -> Iterator[tuple[int, int]]:
    """The token ranges of the sentences that hold a cue word, trailers and colon-ended ranges joined.

    What joining the trailers and then the colon-ended ranges of :func:`token_ranges` gives, less the
    ranges without a cue word: only the sentences of the cue words (and their neighbours) are searched.
    """
    starts = columns.starts
    sentence_starts = [start for start, _end in sentences]
    ranges = token_ranges(starts, columns.ends, sentences)
    done = -1  # the last sentence of the last range given
    for t in triggers:
        s = bisect.bisect_right(sentence_starts, starts[t]) - 1
        if s <= done:
            continue
        own = ranges[s]
        lo, group_lo = _joined_back(ranges, low, (s, done), own)
        s, hi = _joined_forward(ranges, low, s, (group_lo, own[1]))
        done = s
        yield lo, hi


def _joined_back(
    ranges: list[tuple[int, int]],
    low: list[str],
    first_and_done: tuple[int, int],
    own: tuple[int, int],
) -> tuple[int, int]:
    """The first token of the joined range that ends with sentence ``first``, and of its trailer group.

    Walks back over sentences not yet given (after ``done``): a trailer ("Clinton said.") joins the
    sentence before it; a range ending in a colon joins the one after it ('He said: / "We ..."').
    """
    first, done = first_and_done
    lo = group_lo = own[0]
    in_group = True  # still in the trailer group of the cue word's own sentence
    while first > done + 1:
        before = ranges[first - 1]
        if before[1] != lo:
            break
        if may_trail(low, own):
            group_lo = before[0] if in_group else group_lo
        elif before[0] < before[1] and low[before[1] - 1] == ":":
            in_group = False
        else:
            break
        lo = before[0]
        first -= 1
        own = before
    return lo, group_lo


def _joined_forward(
    ranges: list[tuple[int, int]],
    low: list[str],
    s: int,
    group: tuple[int, int],
) -> tuple[int, int]:
    """The last sentence and end token of the joined range whose trailer group ``group`` ends sentence ``s``.

    The next sentence joins as a trailer of a quotation ending in "?" or "!", or because the range so
    far ends in a colon (its trailer group not empty).
    """
    group_lo, hi = group
    last = len(ranges) - 1
    while s < last:
        after = ranges[s + 1]
        if after[0] != hi:
            break
        if group_lo < hi and low[hi - 1] == ":":
            group_lo = after[0]
        elif not may_trail(low, after):
            break
        s += 1
        hi = after[1]
    return s, hi


def may_trail(low: list[str], rng: tuple[int, int]) -> bool:
    """Whether sentence ``rng`` may be a short "Clinton said." after a quotation ending in "?" or "!"."""
    lo, hi = rng
    return (
        0 < lo < hi
        and hi - lo <= MAX_TRAILER
        and low[lo - 1] in QUOTES
        and low[lo] not in QUOTES
        and low[lo - 2 if lo >= 2 else lo] in {"?", "!"}
    )
