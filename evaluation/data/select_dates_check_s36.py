"""Select the dates check set of session 36 (``check_dates_s36.jsonl``), reproducibly.

Rich in the shapes real news trips on: keeps the unused news articles (ids that no file under
``evaluation/`` or ``tests/`` made before session 36 names, and whose text copies no such named text
nor an earlier candidate's, and whose first ``OPENING`` letters are not those of such a text or of an
earlier candidate: a story retold) of 700 to 1,800 characters of mostly letters that show at least
``MIN_KINDS`` of the five kinds of ``SHAPES`` (relative days, "earlier/later" modifiers, lengths of
time, quarters and fiscal periods, ranges) and at least ``MIN_HITS`` hits in all. ``SIZE`` ids are
drawn with ``random.Random(SEED)`` from the kept ones in id order and shuffled with the same
generator: the first ``HALF`` are half ``A`` (tuned on), the others half ``B`` (only its summary
figures are read). The articles were annotated from ``guidelines/dates.md`` before the dates layer
was run on them.
Run: python -m evaluation.data.select_dates_check_s36 [--corpora PATH]; it prints ``id split``.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from typing import Any

from evaluation.data.drawing import corpus_articles, ids_named_before
from evaluation.data.select_dates import MIN_LETTERS, WEEKDAYS, _letter_share

SEED = 2026120736
SIZE, HALF = 16, 8
SESSION = 36
MIN_CHARS, MAX_CHARS = 700, 1800
MIN_KINDS, MIN_HITS = 3, 5
OPENING = 80
OWN = "check_dates_s36.jsonl"
_UNIT = r"(?:day|week|weekend|month|year|decade|hour)"
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: the five kinds of shape, each a pattern; an article's kinds are those with at least one hit
SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "relative day",
        re.compile(
            rf"\b(?:{WEEKDAYS}|yesterday|today|tomorrow|(?:last|next|this|the\s+following|the\s+previous)"
            rf"\s+{_UNIT})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "earlier/later",
        re.compile(
            rf"\b(?:(?:earlier|later)\s+(?:this|that|in\s+the)\s+{_UNIT}|{_NUMBER}\s+{_UNIT}s?\s+(?:earlier|later|ago))\b",
            re.IGNORECASE,
        ),
    ),
    ("length", re.compile(rf"\b{_NUMBER}[\s-]+{_UNIT}s?\b(?!\s+(?:earlier|later|ago|old))", re.IGNORECASE)),
    (
        "quarter or fiscal",
        re.compile(r"\b(?:quarter|fiscal|financial\s+year|first\s+half|second\s+half)\b", re.IGNORECASE),
    ),
    (
        "range",
        re.compile(
            rf"\b(?:(?:19|20)\d\d\s*(?:-|to|and)\s*(?:(?:19|20)?\d\d)\b|(?:from|between)\s+(?:{_MONTH}|(?:19|20)\d\d)"
            rf"\b[^.]{{0,30}}?\b(?:to|and|until)\s+(?:{_MONTH}|(?:19|20)\d\d)\b)",
            re.IGNORECASE,
        ),
    ),
)


def shape_hits(text: str) -> dict[str, int]:
    """The number of hits of each kind of shape in a text."""
    return {kind: len(pattern.findall(text)) for kind, pattern in SHAPES}


def _kept(article: dict[str, Any]) -> bool:
    """Whether an article is of the wanted length, mostly letters and rich in the wanted shapes."""
    text = article["text"]
    if not MIN_CHARS <= len(text) <= MAX_CHARS or _letter_share(text) < MIN_LETTERS:
        return False
    hits = shape_hits(text)
    return sum(1 for n in hits.values() if n) >= MIN_KINDS and sum(hits.values()) >= MIN_HITS


def opening(text: str) -> str:
    """A text's first ``OPENING`` letters, lower-cased: two texts that share it are one story retold
    (a near copy that the exact-copy check misses, as a reworded BBC story)."""
    return "".join(c for c in text.lower() if c.isalpha())[:OPENING]


def selection(articles: list[dict[str, Any]], root: Path) -> list[tuple[str, str]]:
    """The drawn ids with their half (``A`` for the first eight after the shuffle, ``B`` the others);
    a candidate whose opening is a named text's or an earlier candidate's is skipped."""
    texts = {a["id"]: a["text"] for a in articles}
    named = ids_named_before(root, set(texts), SESSION, texts)
    seen = {opening(texts[i]) for i in named}
    kept: list[str] = []
    for article in sorted(articles, key=lambda a: a["id"]):
        if article["id"] not in named and _kept(article) and opening(article["text"]) not in seen:
            kept.append(article["id"])
            seen.add(opening(article["text"]))
    generator = random.Random(SEED)
    drawn = generator.sample(kept, SIZE)
    generator.shuffle(drawn)
    return [(identifier, "A" if rank < HALF else "B") for rank, identifier in enumerate(drawn)]


def main(argv: list[str] | None = None) -> int:
    """Print the drawn ids with their half, one a line."""
    articles = corpus_articles(argv, __doc__)
    for identifier, half in selection(articles, Path(__file__).resolve().parents[2]):
        print(identifier, half)
    return 0


if __name__ == "__main__":
    sys.exit(main())
