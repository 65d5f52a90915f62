"""A quotation that opens the sentence after '"A," X said, referring to Y.' continues X's quotation.

'"A," X said, referring to Y. "B."' is one claim of X with the content A ... B (PolNeAR's gold: one
attribution, its content in pieces): the claims that only continue X's sentence (a participle of its
own, "who declined ...", "according to CNN", "as reported by ...") do not end X's quotation, as the
next claim does for ``continued_quotation``. Never past a claim of another speaker, a line break in
the trailer, a quotation mark in it, or a next quotation of a few words (a title, a scare quote).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newsparse_claims.continuation import continued_quotation
from newsparse_claims.found import Found
from newsparse_claims.lexicon import RELATIVE_SOURCES
from newsparse_claims.parts import MAX_RESUME
from newsparse_claims.quoting import Quotation

__all__ = ["continued_after_trailer"]

MIN_WORDS: Final = 4  # words of a next quotation that is a sentence, not a title or scare quote
MAX_NEWLINES: Final = 2  # line breaks between the sentence and the next quotation: the next paragraph
_WORD: Final = re.compile(r"[\w’'-]+")
_SENTENCE_MARKS: Final = frozenset(".!?…")
_CLOSING: Final = " \t\u00a0\"”’'"
_TRAILER_MARK: Final = re.compile("[\"“”\n]|''|``")


def continued_after_trailer(
    text: str,
    item: Found,
    n: int,
    found: Sequence[Found],
    quoted_cues: Sequence[bool],
    quotes: Sequence[Quotation],
    quote_starts: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    sentence_starts: Sequence[int],
) -> Found:
    """``found[n]`` (as ``item``), its quotation before the cue run on over the quotation that opens
    the next sentence, when only claims continuing its own sentence stand between them."""
    start, end = item.content
    cue_start, cue_end = item.cue
    if end > cue_start or not quotes or not _quoted_end(end, quotes, quote_starts, cue_start):
        return item  # only '"A," X said ...': a quotation before its cue
    at = bisect.bisect_right(sentence_starts, cue_start) - 1
    if at < 0 or at + 1 >= len(sentences):
        return item
    after = max(cue_end, item.source[1] if item.source is not None else 0)
    sentence_end = sentences[at][1]
    quote = _opening_quotation(text, quotes, quote_starts, sentence_end, sentences[at + 1][0])
    if quote is None or quote.start - after > MAX_RESUME:
        return item  # no quotation opens the next sentence (most claims: tried first)
    if _TRAILER_MARK.search(text, after, sentence_end) or not _ends_sentence(text, after, sentence_end):
        return item  # a title or a new line in the rest of the sentence
    limit = _next_other_claim(text, found, n, quoted_cues, sentence_end, cue_start)
    if limit < 0 or quote.end > limit:
        return item  # another speaker's claim in the rest of the sentence, or the quotation's own cue
    inner = text[quote.start : quote.end].rstrip(_CLOSING)
    if len(_WORD.findall(inner)) < MIN_WORDS or inner[-1:] not in _SENTENCE_MARKS:
        return item  # a title or a scare quote, not a quoted sentence
    first = Found(item.cue, (quote.start + 1, quote.start + len(inner)), item.source)
    run = continued_quotation(text, first, quotes, quote_starts, limit)
    return item.with_content((start, run.content[1]))


def _quoted_end(end: int, quotes: Sequence[Quotation], quote_starts: Sequence[int], cue_start: int) -> bool:
    """Whether the content's end lies in a quotation closed before the cue."""
    at = bisect.bisect_right(quote_starts, end - 1) - 1
    return at >= 0 and quotes[at].start < end <= quotes[at].end <= cue_start


def _ends_sentence(text: str, after: int, sentence_end: int) -> bool:
    """Whether the rest of the claim's sentence ends it with a full stop, '!' or '?' (or is empty
    after one: 'he said.')."""
    last = text[after:sentence_end].rstrip(_CLOSING)
    if last:
        return last[-1] in _SENTENCE_MARKS
    return text[after - 1 : after] in _SENTENCE_MARKS


def _next_other_claim(
    text: str, found: Sequence[Found], n: int, quoted_cues: Sequence[bool], sentence_end: int, cue_start: int
) -> int:
    """Where the first claim after the sentence of ``found[n]`` begins; -1 when a claim in the rest of
    that sentence is not one that continues it (a participle of ``found[n]``, a "who" or "which"
    clause, or a claim wrapping it: "according to CNN", "as reported by ...")."""
    for m in range(n + 1, len(found)):
        if quoted_cues[m]:
            continue
        other = found[m]
        if other.cue[0] >= sentence_end:
            return min(other.cue[0], other.content[0], other.source[0] if other.source else other.cue[0])
        if other.content[1] > sentence_end:
            return -1
        if other.parent == n or other.content[0] < cue_start:
            continue
        if other.source is None or str.lower(text[other.source[0] : other.source[1]]) not in RELATIVE_SOURCES:
            return -1
    return len(text)


def _opening_quotation(
    text: str, quotes: Sequence[Quotation], quote_starts: Sequence[int], sentence_end: int, next_start: int
) -> Quotation | None:
    """The quotation that opens the next sentence, after white space of at most one paragraph break."""
    at = bisect.bisect_left(quote_starts, sentence_end)
    if at >= len(quotes):
        return None
    quote = quotes[at]
    gap = text[sentence_end : quote.start]
    if gap.strip(" \t\n\u00a0'`") or gap.count("\n") > MAX_NEWLINES or quote.start > next_start + 1:
        return None
    return quote
