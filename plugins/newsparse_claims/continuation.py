"""A quotation that runs over several sentences or paragraphs keeps the speaker named at its start or end.

'"We tried," he said. "We failed."' and 'He said: "We tried.\\n"We failed."' are one claim each: the
content runs on over the quotations that follow the claim with nothing but spaces between them,
until the next claim begins.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newsparse.text import ABBREVIATIONS
from newsparse_claims.quoting import Quotation
from newsparse_claims.recognise import Found

__all__ = ["continued_quotation", "without_closing"]

MAX_GAP: Final = 3  # characters between the claim's end and the next quotation ("said. ", '."\n')
MAX_CONTINUATIONS: Final = 12  # quotations chained onto one claim


def continued_quotation(
    text: str, item: Found, quotes: Sequence[Quotation], quote_starts: Sequence[int], limit: int
) -> Found:
    """``item`` with its content run on over the quotations that follow it before ``limit``.

    ``quotes`` are the document's quotations in text order (``quote_starts`` their starts);
    ``limit`` is where the next claim begins (its source, cue or content).
    """
    start, end = item.content
    # a content before its cue needs only its end quoted ('Like most campaigns, "the ...," X said')
    if not _is_quoted(start if end > item.cue[0] else end - 1, end, quotes, quote_starts):
        return item
    reach = max(end, item.cue[1], item.source[1] if item.source else 0)
    reach = _past_quote_mark(text, _past_trailer(text, reach))
    new_end = end
    for _ in range(MAX_CONTINUATIONS):
        at = bisect.bisect_left(quote_starts, reach)
        if at >= len(quotes):
            break
        quote = quotes[at]
        gap = text[reach : quote.start]
        if not _short_gap(gap) or gap.strip(" .'\n\t\u00a0") or quote.end > limit:  # "'": of ''A
            break
        closed = without_closing(text, quote.start, quote.end)
        if not _WORD.search(text, quote.start, closed):
            break  # a lone mark ('." said X, ... . "'), no quoted words
        new_end = closed
        reach = quote.end
    if new_end == end:
        return item
    return item.with_content((start, new_end))


def _is_quoted(start: int, end: int, quotes: Sequence[Quotation], quote_starts: Sequence[int]) -> bool:
    """Whether ``[start, end)`` lies in one quotation (its marks may be left out)."""
    at = bisect.bisect_right(quote_starts, start) - 1
    return at >= 0 and quotes[at].start <= start and end <= quotes[at].end


def _short_gap(gap: str) -> bool:
    """Whether ``gap`` is short enough to join two quotations: a few characters, or one new indented
    paragraph (a line break and the wire's four spaces of indent: '."\n    "We ...')."""
    return len(gap) <= MAX_GAP or (len(gap) <= MAX_INDENTED_GAP and gap.count("\n") == 1 and not gap.strip())


MAX_INDENTED_GAP: Final = 7  # characters: a full stop or mark, a line break, four spaces of indent


def _past_trailer(text: str, at: int) -> int:
    """``at`` moved to the full stop of a short unquoted rest of the claim's sentence ('he told The Post.').

    Unmoved when the rest holds a quotation mark, runs over a line or is longer than ``MAX_TRAILER``.
    """
    rest = text[at : at + MAX_TRAILER]
    stops = _FULL_STOP.finditer(text, at, at + MAX_TRAILER)
    stop = next((m.start() - at for m in stops if not _abbreviated(text, m.start())), -1)
    if stop < 0 and rest.endswith("."):
        stop = len(rest) - 1
    for mark in ('"', "“", "”", "''", "\n", "!", "?"):
        found = rest.find(mark)
        if 0 <= found < stop:
            return at
    return at + stop if stop > 0 else at


MAX_TRAILER: Final = 160  # characters of the rest of a claim's sentence after its cue and source
# (", a pollster and strategist who supported Texas Sen. Ted Cruz during the primaries.")
_FULL_STOP: Final = re.compile(r"\.(?=\s)")
_WORD: Final = re.compile(r"\w")
MAX_WORD: Final = 24  # characters looked back for the word a full stop ends
_OPENING_MARKS: Final = frozenset({'"', "“", "'"})


def _abbreviated(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial, not the sentence
    ("Sen. Ted Cruz", "George W. Bush"; but 'in Binghamton, N.Y. "Secretary ...' ends it)."""
    if text[dot + 1 : dot + 4].lstrip()[:1] in _OPENING_MARKS:
        return False
    word = text[text.rfind(" ", max(0, dot - MAX_WORD), dot) + 1 : dot].lstrip("(")
    return (len(word) == 1 and word.isupper()) or str.lower(word) in ABBREVIATIONS


_CLOSING_MARKS: Final = frozenset("\"”’'.,!?")  # "'": the wire's closing '' too


def _past_quote_mark(text: str, at: int) -> int:
    """``at`` moved past closing quotation marks and the full stop of the claim's sentence."""
    while at < len(text) and text[at] in _CLOSING_MARKS:
        at += 1
    return at


def without_closing(text: str, start: int, end: int) -> int:
    """The end of a quotation without its closing mark and trailing spaces."""
    while end > start + 1 and (text[end - 1].isspace() or text[end - 1] in '"”'):
        end -= 1
    if end > start + 2 and text[end - 2 : end] == "''":  # a doubled apostrophe as a closing mark
        end -= 2
    return end
