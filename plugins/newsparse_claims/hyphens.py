"""A hyphen inside a word ("the 27-year-old Austrian said"): read past, not a dash that ends a source.

The tokenizer splits "27-year-old" into "27", "-", "year-old"; a source read backwards from its cue
stopped at that "-" as at a dash, so the source lost its opening words ("year-old Austrian") or the
claim was lost (session 39). A hyphen touching the words on both sides is part of one word.
"""

from __future__ import annotations

from newsparse.text import TokenColumns

__all__ = ["is_joined_hyphen"]


def is_joined_hyphen(cols: TokenColumns, k: int) -> bool:
    """Whether token ``k`` is a single "-" with no space before or after it, before a word that opens
    with a letter ("27-year-old", "U.S.-based"; not a score or a range: "529-8", "0-0")."""
    if k <= 0 or k + 1 >= len(cols.texts) or cols.texts[k] != "-" or not cols.texts[k + 1][:1].isalpha():
        return False
    starts, ends = cols.starts, cols.ends
    return starts[k] == ends[k - 1] and starts[k + 1] == ends[k]
