"""A content that ends at a sentence end inside a quotation it opened runs on to the quotation's end.

'He said he would "carpet-bomb them into oblivion. I don't know if sand can glow in the dark."' is one
claim whose content runs to the closing mark: the sentence ends inside the speaker's quotation, and
the quoted sentences after it are the same speaker's words (issue 15: a multi-sentence quotation is
attributed to the speaker named at its start). Read from the quotation marks alone: the quotation
opens inside the content after its cue, is still open where the content stops at a full stop, "?"
or "!", and closes before the next claim begins.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newsparse_claims.continuation import without_closing
from newsparse_claims.found import Found
from newsparse_claims.quoting import Quotation

__all__ = ["run_to_quotation_end"]

# what stands at the content's end: a sentence's end inside the quotation ('oblivion. I', 'bern? Please')
_SENTENCE_END: Final = re.compile(r"[.?!…]+[ \t\u00a0]+\S")
_WORD: Final = re.compile(r"\w")
# a dash or a conjunct clause between the content's start and the opening mark: the content has run on
# past its own clause, and the quotation is another predicate's ('- saying it fanned "...',
# ', but he gave the Texan a compliment: "...')
_PAST_CLAUSE: Final = re.compile(r"\s[-–—]+\s|—|--|,[\"”’']*\s+(?:but|and|while|yet)\s")


def run_to_quotation_end(
    text: str, item: Found, quotes: Sequence[Quotation], quote_starts: Sequence[int], limit: int
) -> Found:
    """``item`` with its content run on to the end of the quotation still open where it stops.

    Unchanged unless a quotation opens inside the content after its cue (or right before its first
    character) and is still open at its end, the content stops at a sentence end, quoted words
    follow, no dash or conjunct clause stands before the opening mark, and the quotation closes
    before ``limit`` (where the next claim begins).
    """
    start, end = item.content
    if end <= item.cue[1] or not quote_starts:
        return item  # a content before its cue: ``continuation`` and ``after_trailer``
    at = bisect.bisect_right(quote_starts, end - 1) - 1
    if at < 0:
        return item
    quote = quotes[at]
    if quote.start < max(start - 1, item.cue[1]) or quote.end <= end or quote.end > limit:
        return item
    if not _SENTENCE_END.match(text, end) or _PAST_CLAUSE.search(text, start, quote.start):
        return item
    closed = without_closing(text, quote.start, quote.end)
    if closed <= end or not _WORD.search(text, end, closed):
        return item
    return item.with_content((start, closed))
