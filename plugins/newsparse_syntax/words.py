"""Word segmentation as Universal Dependencies English does it, in one linear regular-expression scan.

UD splits what the shared tokens keep whole: clitics ("do|n't", "Syria|'s", "they|'re") and
hyphenated words ("cease|-|fire"), so the tags and relations line up with UD treebanks.
"""

from __future__ import annotations

import re

__all__ = ["split_words"]

# Alternatives are tried in order at each position; none can backtrack over more than one word.
_WORD = re.compile(
    r"""
    (?i:n['’]t)(?!\w)                       # the negation clitic: do|n't, ca|n't
    | [^\W_]+?(?=(?i:n['’]t)(?!\w))         # the stem before it
    | (?<=\w)['’](?i:s|re|ve|ll|d|m)(?!\w)   # clitics: Syria|'s, they|'re, I|'m
    | \d+(?:[.,:/]\d+)*(?:[^\W\d_]+)?       # numbers: 1,447  3.5  2:00  1990s
    | [^\W\d_](?:\.[^\W\d_])+\.?            # initialisms: U.S.  U.N.
    | [^\W_]+                               # words (letters and digits)
    | ([^\w\s])\1*                          # a run of one punctuation mark: ... -- !!
    | \S                                    # anything else
    """,
    re.VERBOSE,
)


def split_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the words of ``text[start:end]``, in text order."""
    stop = len(text) if end is None else end
    return [m.span() for m in _WORD.finditer(text, start, stop)]
