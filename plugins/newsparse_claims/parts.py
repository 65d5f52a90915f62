"""The pieces of a content that its own cue interrupts: '"We will win," the minister said, "and soon."'.

The claim's ``content`` span runs from the first piece to the last; ``content_parts`` leaves out the
source, the cue and the quotation marks and commas around them, so that a reader (or a scorer) can
take the words that were reported without "the minister said".
"""

from __future__ import annotations

import re
from typing import Final

from newsparse import Span
from newsparse_claims.builders import build_span

__all__ = ["content_parts"]

MAX_RESUME: Final = 240  # characters after the cue to look for the quotation mark that resumes the content
_AROUND: Final = frozenset(" \t\n\u00a0,\"“”'‘’`")
_OPENING_MARK: Final = re.compile("[\"“]|''|``")


def content_parts(
    text: str, content: tuple[int, int], cue: tuple[int, int], source: tuple[int, int] | None
) -> tuple[Span, ...]:
    """The two pieces of ``content`` around the cue (and the source beside it), or () when it is whole."""
    start, end = content
    cut_start, cut_end = cue
    if source is not None and start < source[0] and source[1] < end:
        cut_start, cut_end = min(cut_start, source[0]), max(cut_end, source[1])
    if not start < cut_start or not cut_end < end:
        return ()
    left = cut_start
    while left > start and text[left - 1] in _AROUND:
        left -= 1
    quoted = text[left:cut_start].strip(" \t\n\u00a0,") != ""  # a closing mark before the cue
    right = _resumption(text, cut_end, end, quoted)
    if left <= start or right >= end:
        return ()
    return build_span(start, left, text[start:left]), build_span(right, end, text[right:end])


def _resumption(text: str, at: int, end: int, quoted: bool) -> int:
    """Where the content resumes after the cue: after the next opening quotation mark, else after commas."""
    if quoted:  # the first opening mark ('' stands for a double mark), found by one C-level search
        limit = min(end, at + MAX_RESUME)
        mark = _OPENING_MARK.search(text, at, limit + 1)
        if mark is not None and mark.start() < limit:
            at = mark.start() + 1
    while at < end and text[at] in _AROUND:
        at += 1
    return at
