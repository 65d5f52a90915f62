"""Where amounts can be: the stretches of text around number-like words, split into words alone.

Most of an article holds no number, so splitting all of it into words is the largest cost of the
layer.  :func:`window_words` finds the number-like words first (digits, currency signs and vulgar
fractions by one regular expression; number words by a set of the text's letter runs, then a
search for those present), widens each to a margin of characters on either side (cut at spaces,
so no token is cut), and splits only those stretches into :class:`~.numbers.Words`, exactly as
:func:`~.numbers.split_words` splits the document's tokens there.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Final

from newsparse.text import TokenColumns, token_columns

from .numbers import Words, split_columns

__all__ = ["window_end", "window_words", "windows"]

BEFORE = 60  # characters of context kept before a number-like word (modifiers, change verbs far before "by")
AFTER = 40  # and after it (unit, range, counted noun, rate, "higher"; 50 gave the same on 2,000 articles)


@lru_cache(maxsize=1)
def _anchors() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of digits and signs, and the number words (lower-cased), that make a number."""
    from .scan_starts import _number_like  # (the reader, which scan_starts imports, imports this module)

    caseless, _ = _number_like()
    words = frozenset(w for w in caseless if w.isalpha())
    return re.compile("[0-9" + re.escape("".join(sorted(_sign_chars()))) + "]+"), words


@lru_cache(maxsize=1)
def _sign_chars() -> frozenset[str]:
    """The characters of the signs that make a number ("$", "£", "½"), digits apart."""
    from .scan_starts import _number_like

    caseless, cased = _number_like()
    return frozenset(c for s in caseless | cased for c in s if not c.isalpha() and c != ".")


@lru_cache(maxsize=512)
def _word_pattern(present: frozenset[str]) -> re.Pattern[str]:
    """A search for these number words as whole letter runs, any case."""
    alternatives = "|".join(sorted(present, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


def _positions(text: str) -> list[int]:
    """Offsets of the number-like words of ``text``, sorted (a superset of what the scan reads)."""
    words = _anchors()[1]
    found = _sign_positions(text)
    lower = str.lower(text)
    if len(lower) != len(text):  # a letter whose lower case is longer ("İ"): offsets would shift
        present = _present_words(lower, words)
        if present:
            found.extend(m.start() for m in _word_pattern(frozenset(present)).finditer(text))
            found.sort()
        return found
    # the runs of ASCII letters of the text (every other character turned into a space by one byte
    # translation) that are number words, by one search of their trie (no object per letter run);
    # each is kept where no letter is glued to it, and the few non-ASCII number words by substring
    marks = b" " + lower.encode("ascii", "replace").translate(_ASCII_LETTER_RUNS) + b" "
    size = len(lower)
    hits_of: dict[bytes, list[int]] = {}
    for m in _run_words(words).finditer(marks):
        i = m.start()  # the run starts a byte on, at ``i`` of the text
        n = m.end() - i - 1
        if (i == 0 or not lower[i - 1].isalpha()) and (i + n >= size or not lower[i + n].isalpha()):
            word = m.group()
            hits = hits_of.get(word)
            if hits is None:
                hits_of[word] = [i]
            else:
                hits.append(i)
    for word, hits in hits_of.items():
        n = len(word) - 1
        if any(_letter_run_at(lower, i, i + n) for i in hits):
            found.extend(hits)
    for other in _other_words(words):
        if other in lower:
            found.extend(_glued_free(lower, other))
    found.sort()
    return found


def _present_words(lower: str, words: frozenset[str]) -> set[str]:
    """The number words that are runs of ASCII letters of ``lower``, and the non-ASCII ones it holds."""
    runs = lower.encode("ascii", "replace").translate(_ASCII_LETTER_RUNS).split()
    present = {w.decode("ascii") for w in _ascii_words(words).intersection(runs)}
    present.update(w for w in _other_words(words) if w in lower)
    return present


def _glued_free(lower: str, word: str) -> list[int]:
    """Where ``word`` stands in ``lower`` with no letter glued to it, if it is a letter run somewhere
    (not only in "one½"); else nothing."""
    size, n = len(lower), len(word)
    hits = []
    run = False
    i = lower.find(word)
    while i >= 0:
        if (i == 0 or not lower[i - 1].isalpha()) and (i + n >= size or not lower[i + n].isalpha()):
            hits.append(i)
            run = run or _letter_run_at(lower, i, i + n)
        i = lower.find(word, i + n)
    return hits if run else []


@lru_cache(maxsize=1)
def _run_words(words: frozenset[str]) -> re.Pattern[bytes]:
    """A search for the ASCII number words as whole runs of the marks (a space, the word, a space),
    written as a trie so that the engine turns away most runs on their first letter."""
    return re.compile(b" (?:" + _trie(sorted(_ascii_words(words))) + b")(?= )")


def _trie(words: list[bytes]) -> bytes:
    """An alternation of ``words`` (sorted, distinct) with their shared prefixes written once."""
    heads: dict[bytes, list[bytes]] = {}
    ends = False
    for word in words:
        if word:
            heads.setdefault(word[:1], []).append(word[1:])
        else:
            ends = True
    inner = b"|".join(re.escape(head) + _trie(rest) for head, rest in heads.items())
    if ends:
        return b"(?:" + inner + b")?" if inner else b""
    return inner if len(heads) == 1 else b"(?:" + inner + b")"


def _sign_positions(text: str) -> list[int]:
    """Where the runs of digits and signs of ``text`` start (what the pattern of :func:`_anchors`
    finds), by byte searches: a regular expression steps through every character."""
    table, others = _sign_bytes()
    marks: bytes | bytearray = text.encode("ascii", "replace").translate(table)  # one byte a character
    present = [c for c in others if c in text]
    if present:
        marks = bytearray(marks)
        for c in present:
            i = text.find(c)
            while i >= 0:
                marks[i] = _MARK
                i = text.find(c, i + 1)
    out = []
    find = marks.find
    i = find(b"1")
    while i >= 0:
        out.append(i)
        end = find(b" ", i)
        if end < 0:
            break
        i = find(b"1", end)
    return out


_MARK: Final = 49  # the byte of "1": a digit or a sign in the marks of _sign_positions


@lru_cache(maxsize=1)
def _sign_bytes() -> tuple[bytes, tuple[str, ...]]:
    """A byte table marking the ASCII digits and signs "1" (every other byte a space), and the
    signs that are not ASCII ("£", "½")."""
    signs = _sign_chars()
    ascii_marks = {c for c in signs if c.isascii()} | set("0123456789")
    table = bytes(_MARK if chr(c) in ascii_marks else 32 for c in range(256))
    return table, tuple(sorted(c for c in signs if not c.isascii()))


def _letter_run_at(lower: str, start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` is a whole letter run (``[^\\W\\d_]+``): no word character but a
    digit or "_" beside it (a number glued to "½" or "²" is not a letter run)."""
    before = lower[start - 1] if start else " "
    after = lower[end] if end < len(lower) else " "
    return all(c == "_" or c.isdecimal() or not c.isalnum() for c in (before, after))


# a byte table keeping the lower-case ASCII letters and turning every other byte into a space
_ASCII_LETTER_RUNS: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


@lru_cache(maxsize=1)
def _ascii_words(words: frozenset[str]) -> frozenset[bytes]:
    """The ASCII number words, as bytes (compared with the text's ASCII letter runs)."""
    return frozenset(w.encode("ascii") for w in words if w.isascii())


@lru_cache(maxsize=1)
def _other_words(words: frozenset[str]) -> tuple[str, ...]:
    """The number words that are not ASCII ("元"), looked for by a substring test."""
    return tuple(sorted(w for w in words if not w.isascii()))


def windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that may hold an amount, in order, each cut at spaces."""
    out: list[tuple[int, int]] = []
    size = len(text)
    start = end = -1
    for p in _positions(text):
        if p - BEFORE <= end:
            end = p + AFTER
            continue
        if end >= 0:
            out.append((start, end))
        start, end = p - BEFORE, p + AFTER
    if end >= 0:
        out.append((start, end))
    cut: list[tuple[int, int]] = []
    for lo, hi in out:
        lo = text.rfind(" ", 0, lo) + 1 if lo > 0 else 0
        if hi >= size:
            hi = size
        else:
            space = text.find(" ", hi)
            hi = size if space < 0 else space
        if cut and lo <= cut[-1][1]:
            cut[-1] = (cut[-1][0], hi)
        else:
            cut.append((lo, hi))
    return cut


@lru_cache(maxsize=2)
def _cuts(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`windows` of the last texts: the split and the counted-noun reader's reach both ask."""
    return tuple(windows(text))


def window_end(text: str, position: int) -> int:
    """Where the window of ``text`` holding ``position`` ends (the text's end when none holds it):
    no reader goes past it, so the windows and the whole text give the same words to read."""
    cuts = _cuts(text)
    k = bisect_right(cuts, (position, len(text) + 1)) - 1
    return cuts[k][1] if k >= 0 and position < cuts[k][1] else len(text)


def window_words(text: str, columns: TokenColumns | None = None) -> Words:
    """The words of the stretches of ``text`` that may hold an amount (see :func:`windows`).

    ``columns``, the document's tokens of ``text`` if already computed, are sliced, not re-made."""
    cuts = list(_cuts(text))
    if not cuts:
        return split_columns(text, (), (), ())
    if columns is not None:
        return split_columns(text, *_inside(columns, cuts))
    # the core's tokeniser over the text with every character outside the windows a space: same
    # offsets, and the same tokens there (a window is cut at spaces, which no token holds), in one
    # pass with no match object per token
    pieces = []
    done = 0
    for lo, hi in cuts:
        pieces.append(" " * (lo - done))
        pieces.append(text[lo:hi])
        done = hi
    starts, ends, texts = token_columns("".join(pieces))
    return split_columns(text, starts, ends, texts)


def _inside(columns: TokenColumns, cuts: list[tuple[int, int]]) -> TokenColumns:
    """The tokens of ``columns`` that lie inside the windows ``cuts``: a window starts after a space
    and ends at one (or at the text's ends) and no token holds a space, so no token crosses one."""
    starts, ends, texts = columns
    if len(cuts) == 1 and cuts[0][0] <= (starts[0] if starts else 0) and (not ends or ends[-1] <= cuts[0][1]):
        return columns  # one window over the whole text: every token
    picked_starts: list[int] = []
    picked_ends: list[int] = []
    picked_texts: list[str] = []
    for lo, hi in cuts:
        first, last = bisect_left(starts, lo), bisect_right(ends, hi)
        picked_starts.extend(starts[first:last])
        picked_ends.extend(ends[first:last])
        picked_texts.extend(texts[first:last])
    return TokenColumns(tuple(picked_starts), tuple(picked_ends), tuple(picked_texts))
