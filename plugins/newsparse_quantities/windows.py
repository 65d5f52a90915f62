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
import string
from functools import lru_cache
from itertools import chain, filterfalse, repeat

from .numbers import Words, split_columns
from .scanner import _number_like

__all__ = ["window_words", "windows"]

# the core's token pattern (newsparse.text), so that a window gives the document's tokens there;
# tests/quantities/test_windows.py checks that both split every text alike
_TOKEN = re.compile(
    r"""
    \d+(?:[.,:/]\d+)*
    (?:[^\W\d_]+)?
    | [^\W\d_](?:\.[^\W\d_])+\.?
    | \w+(?:['’\-]\w+)*
    | \S
    """,
    re.VERBOSE,
)
_LETTERS = re.compile(r"[^\W\d_]+")
# characters that end a letter run (none is a letter, a mark or a numeric character): punctuation and digits
_EDGES = "".join(sorted(set(string.punctuation + string.digits + "“”‘’«»–—…")))
BEFORE = 40  # characters of context kept before a number-like word (modifiers, change verbs)
AFTER = 40  # and after it (unit, range, counted noun, rate, "higher"; 50 gave the same on 2,000 articles)


@lru_cache(maxsize=1)
def _anchors() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of digits and signs, and the number words (lower-cased), that make a number."""
    caseless, cased = _number_like()
    signs = {c for s in caseless | cased for c in s if not c.isalpha() and c != "."}
    words = frozenset(w for w in caseless if w.isalpha())
    return re.compile("[0-9" + re.escape("".join(sorted(signs))) + "]+"), words


@lru_cache(maxsize=512)
def _word_pattern(present: frozenset[str]) -> re.Pattern[str]:
    """A search for these number words as whole letter runs, any case."""
    alternatives = "|".join(sorted(present, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


def _positions(text: str) -> list[int]:
    """Offsets of the number-like words of ``text``, sorted (a superset of what the scan reads)."""
    signs, words = _anchors()
    found = list(map(re.Match.start, signs.finditer(text)))
    lower = text.lower()
    # the letter runs of the text: the chunks between spaces that are letters alone, and the
    # letter runs of the other chunks ("two,", "(three", "one-third"), read by a pattern
    chunks = lower.split()
    present = set(words.intersection(chunks))
    # most other chunks are a word with punctuation or digits at its ends ("two,", "(three"):
    # stripped of those (which end letter runs), an all-letter rest is the chunk's one letter run
    odd = list(map(str.strip, filterfalse(str.isalpha, chunks), repeat(_EDGES)))
    present.update(words.intersection(odd))
    rest = " ".join(filterfalse(str.isalpha, odd))
    if rest:
        present.update(words.intersection(_LETTERS.findall(rest)))
    if not present:
        return found
    if len(lower) != len(text):  # a letter whose lower case is longer ("İ"): offsets would shift
        found.extend(m.start() for m in _word_pattern(frozenset(present)).finditer(text))
    else:
        size = len(lower)
        for word in present:  # a substring search per word, kept where no letter is glued to it
            n = len(word)
            i = lower.find(word)
            while i >= 0:
                if (i == 0 or not lower[i - 1].isalpha()) and (i + n >= size or not lower[i + n].isalpha()):
                    found.append(i)
                i = lower.find(word, i + n)
    found.sort()
    return found


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


def window_words(text: str) -> Words:
    """The words of the stretches of ``text`` that may hold an amount (see :func:`windows`)."""
    finder = _TOKEN.finditer
    matches = list(chain.from_iterable(finder(text, lo, hi) for lo, hi in windows(text)))
    return split_columns(
        text,
        tuple(map(re.Match.start, matches)),
        tuple(map(re.Match.end, matches)),
        tuple(map(re.Match.group, matches)),
    )
