"""The speaker before a colon: "Pence: Flowers won't be at debate" and, before a quotation, a
headline's "NAME on TOPIC" ("Gillibrand on Hillary's Speeches: 'I Think She Will'").

PolNeAR marks the colon as the cue and the name before "on"/"at" as the source; the quotation after
the colon is what makes the topic form a claim (a headline "Trump on Immigration: A Timeline" is none).
"""

from __future__ import annotations

from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import COLON_NOT_SOURCE, PUNCT_BREAK, QUOTES, TITLE_ABBREVIATIONS
from newsparse_claims.phrases import leading_name

__all__ = ["MAX_COLON_WORDS", "colon_source"]

MAX_COLON_WORDS: Final = 2  # words of a speaker before a colon ("Pat Caddell:"); longer is a headline
MAX_TOPIC_SPEAKER: Final = 4  # capitalised words of the speaker before "on" ("CNN President On Trump:")
MAX_TOPIC_HEADLINE: Final = 16  # tokens from the speaker to the colon

_OPENING_QUOTES: Final = frozenset(['"', "“", "'", "‘", "«", "``"])
_TOPIC_WORDS: Final = frozenset(["on", "at"])


def colon_source(
    cols: TokenColumns, low: list[str], lo: int, colon: int, hi: int
) -> tuple[int, int] | None:
    """The source of a claim whose cue is the colon at ``colon`` in the sentence ``[lo, hi)``, or None."""
    lead = leading_name(cols, low, lo, colon)
    words = [w for w in low[lead[0] : lead[1]] if w != "." and w not in TITLE_ABBREVIATIONS]
    if lead[1] == colon and 0 < len(words) <= MAX_COLON_WORDS and words[0] not in COLON_NOT_SOURCE:
        return lead
    if colon + 1 >= hi or low[colon + 1] not in _OPENING_QUOTES or colon - lo > MAX_TOPIC_HEADLINE:
        return None
    return _topic_speaker(cols, low, lo, colon)


def _topic_speaker(cols: TokenColumns, low: list[str], lo: int, colon: int) -> tuple[int, int] | None:
    """The capitalised words opening a headline "NAME on TOPIC:" before the word "on" or "at" (the
    topic in title case)."""
    a = lo
    while a < colon and low[a] in QUOTES:
        a += 1
    b = a
    while b < colon and low[b] not in _TOPIC_WORDS:
        if b - a >= MAX_TOPIC_SPEAKER or not cols.texts[b][:1].isupper():
            return None
        b += 1
    if b == a or b + 1 >= colon or low[a] in COLON_NOT_SOURCE:
        return None
    texts = cols.texts
    if any(low[k] in PUNCT_BREAK or (len(texts[k]) > 3 and texts[k].islower()) for k in range(b + 1, colon)):
        return None  # a headline's title case only: "But on Friday he said:" is a cue verb's colon
    return a, b
