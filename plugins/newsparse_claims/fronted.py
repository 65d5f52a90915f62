"""A cue inside a clause that opens its sentence: the content ends with that clause.

"While Trump railed against the provisions that pock the tax code, he has sought to protect ...",
"Although Mr. Obama found that action unconstitutional, his decision was overturned": the cue hangs
from a subordinator that opens the sentence, and the comma that closes the subordinate clause ends
what was attributed; the main clause after it is the writer's. Only a sentence opened by a
subordinator with no comma before the cue is read (one look at its first word for every other claim).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from newsparse_claims.found import Found

__all__ = ["within_fronted_clause"]

# the sentence's first word, after any opening quotation mark or parenthesis ("Even though" too)
_FIRST_WORD: Final = re.compile(r"[\s\"“‘'(]*(?:[Ee]ven\s+)?([A-Za-z]+)\b")
# subordinators whose clause, put first, ends at a comma before the main clause
_FRONTED: Final = frozenset(
    "while although though whereas if when whenever after before since because once unless until".split()
)
_FIRST_WORDS: Final = _FRONTED | {"even"}
_OPENING_MARKS: Final = "\"“‘'( \n\t"
_OPEN: Final = frozenset("“(")
_CLOSE: Final = frozenset("”)")


def within_fronted_clause(text: str, sentence_starts: Sequence[int], item: Found) -> Found:
    """``item`` with its content ended at the comma that closes the subordinate clause opening its
    sentence, when the cue lies inside that clause and the content was read after the cue."""
    start, end = item.content
    if item.cue[1] > start or text.find(",", start, end) < 0:
        return item  # a content before its cue ('"...," he said'), or no comma to end it at
    at = bisect.bisect_right(sentence_starts, item.cue[0]) - 1
    if at < 0:
        return item
    opening = sentence_starts[at]
    space = text.find(" ", opening, item.cue[0])
    if space < 0 or str.lower(text[opening:space]).lstrip(_OPENING_MARKS) not in _FIRST_WORDS:
        return item  # most sentences: one search, one slice and one set look-up
    first = _FIRST_WORD.match(text, opening, item.cue[0])
    if first is None or str.lower(first.group(1)) not in _FRONTED:
        return item
    if _open_comma(text, first.end(), item.cue[0]) >= 0:
        return item  # "When asked, he said ...": the subordinate clause closed before the cue
    comma = _open_comma(text, start, end)
    if comma < 0:
        return item
    kept = text[start:comma].rstrip()
    return item.with_content((start, start + len(kept))) if kept else item


def _open_comma(text: str, start: int, end: int) -> int:
    """Where the first comma in ``[start, end)`` outside quotation marks and parentheses ends the
    clause, or -1: a comma just inside a closing mark ('"Medicare for all," Clinton ...') ends it after
    the mark; a comma inside a number ("2,400") or before a relative word (", whose ...") does not."""
    if text.find(",", start, end) < 0:
        return -1
    depth = 0
    straight = False
    for k in range(start, end):
        char = text[k]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(0, depth - 1)
        elif char == '"':
            straight = not straight
        elif char == ",":
            closing = text[k + 1 : k + 2]
            curly = depth == 1 and closing == "”" and not straight
            if curly or (straight and depth == 0 and closing == '"'):
                return k + 2  # the quotation and the clause close together
            if depth == 0 and not straight and _ends_clause(text, k, end):
                return k
    return -1


def _ends_clause(text: str, comma: int, end: int) -> bool:
    """Whether the comma at ``comma`` may close the clause: not inside a number, not before a
    relative word that goes on describing the content's last noun."""
    if text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
        return False
    word = _NEXT_WORD.match(text, comma + 1, end)
    return word is None or str.lower(word.group(1)) not in _RELATIVES


_NEXT_WORD: Final = re.compile(r"\s*([A-Za-z]+)")
_RELATIVES: Final = frozenset("which who whom whose where".split())
