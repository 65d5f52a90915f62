"""A quotation the speaker resumes after the cue's own words: '"A," she told Hewitt, "B."'.

'"You've got to adapt," he said of Trump, "whether you're a politician or ..."' is one claim whose
content is A and B (the guideline: a content interrupted by the cue is one content in pieces;
PolNeAR's gold the same). The word rules end the content at A when words of the cue's (an addressee,
"of Trump", a time) stand between the cue and the opening mark of B, where ``parts`` needs the mark
right after the cue. Read from the quotation marks alone: A closes with a comma before the cue, and
B opens after a comma or colon in the same sentence, before the next claim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newsparse_claims.continuation import without_closing
from newsparse_claims.found import Found
from newsparse_claims.quoting import Quotation

__all__ = ["resumed_after_tail"]

MAX_TAIL: Final = 120  # characters from the cue (or a source after it) to the resuming mark
# what stands between a quoted content and its cue: a comma and the closing mark, in either order
_CLOSED_WITH_COMMA: Final = re.compile(r"\s*(?:,\s*[\"”’']{1,3}|[\"”’']{1,3}\s*,)\s*\Z")
# the end of the words between the cue and the resuming mark: a comma or colon, perhaps "and"/"or"
_BEFORE_MARK: Final = re.compile(r"[,:]\s*(?:(?:and|or|but)\s+)?\Z")
_SENTENCE_END: Final = re.compile(r"[.?!][\"”’']*\s")
_WORD: Final = re.compile(r"\w")


def resumed_after_tail(
    text: str, item: Found, quotes: Sequence[Quotation], quote_starts: Sequence[int], limit: int
) -> Found:
    """``item`` with its quoted content run on to the end of the quotation resumed after the cue's words.

    Unchanged unless the content is a quotation closed by a comma right before its source or cue,
    and a quotation opens after a comma or colon within ``MAX_TAIL`` characters of the cue (or of a
    source after it), with no sentence end or line break between, ending before ``limit`` (where the
    next claim begins).
    """
    start, end = item.content
    if end > item.cue[0]:
        return item
    before = min(item.cue[0], item.source[0]) if item.source and item.source[0] >= end else item.cue[0]
    if not _CLOSED_WITH_COMMA.match(text, end, before) and not _CLOSED_WITH_COMMA.match(text[end:before]):
        return item
    reach = max(item.cue[1], item.source[1] if item.source else 0)
    at = bisect.bisect_left(quote_starts, reach)
    if at >= len(quotes):
        return item
    quote = quotes[at]
    tail = text[reach : quote.start]
    if len(tail) > MAX_TAIL or "\n" in tail or _SENTENCE_END.search(tail) or not _BEFORE_MARK.search(tail):
        return item
    closed = without_closing(text, quote.start, quote.end)
    if quote.end > limit or not _WORD.search(text, quote.start, closed):
        return item
    return item.with_content((start, closed))

