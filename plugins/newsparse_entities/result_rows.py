"""A side of a two-sided result row ("Wigan 42 Bradford Bulls 36"): a line of two names, each with a
bare score, is a match's result, so both names are teams even when one opens with a first name."""

from __future__ import annotations

from typing import Final

from newsparse_entities.words import Words

__all__ = ["result_row_side"]

# Lower-case words inside a team's name ("Queen of the South", "Heriot 's F.P.").
_INSIDE: Final = frozenset(("of", "the", "'s", "&", "."))
_LONGEST: Final = 5  # words of one side's name


def _score(words: Words, k: int, sent: int) -> bool:
    """Whether word ``k`` is a bare score of one to three digits in sentence ``sent``."""
    if k >= len(words.text) or words.sent[k] != sent:
        return False
    w = words.text[k]
    return w.isdigit() and len(w) <= 3


def _row_end(words: Words, k: int, sent: int) -> bool:
    """Whether the row ends at word ``k``: its line ends there or a bracket opens ("( halftime 2-0 )")."""
    return k >= len(words.text) or words.sent[k] != sent or words.line_start[k] or words.text[k] == "("


def _name_end(words: Words, k: int, sent: int) -> int:
    """The index after the capitalised name opening at ``k`` (``k`` itself if none opens there)."""
    m, n = k, len(words.text)
    while m < n and m - k < _LONGEST and words.sent[m] == sent and (m == k or not words.line_start[m]):
        if not (words.cap[m] or (m > k and words.lower[m] in _INSIDE)):
            break
        m += 1
    return m


def _name_start(words: Words, k: int, sent: int) -> int:
    """The index where the capitalised name ending before ``k`` opens (``k`` itself if none ends there)."""
    m = k
    while m > 0 and k - m < _LONGEST and words.sent[m - 1] == sent:
        w = m - 1
        if not (words.cap[w] or (w < k - 1 and words.lower[w] in _INSIDE)):
            break
        m = w
        if words.line_start[w]:
            break
    return m


def result_row_side(words: Words, i: int, j: int) -> bool:
    """Whether words ``i:j`` are one side of a result row: the line holds a name and its score, then
    another name and its score, and nothing more ("Montrose 2 Ross County 1").  A golfer's line of
    scores ("Greg Norman 69 70") has one name and is none."""
    sent = words.sent[i]
    if not _score(words, j, sent):
        return False
    if words.line_start[i]:  # the home side: the other name and its score follow
        m = _name_end(words, j + 1, sent)
        return m > j + 1 and _score(words, m, sent) and _row_end(words, m + 1, sent)
    if i < 2 or not _score(words, i - 1, sent) or not _row_end(words, j + 1, sent):
        return False
    start = _name_start(words, i - 1, sent)  # the away side: the home side and its score open the line
    return start < i - 1 and words.line_start[start]
