"""Select the dates check set of session 12 (``check_dates_s12.jsonl``), reproducibly.

Keeps the unused news articles (no file of ``evaluation/data`` or ``tests`` names them; only 99 of
them are dated) that have a publication date, 700 to 3,500 characters of mostly letters, at least
seven candidate time words (``select_dates.CANDIDATES``), a relative cue (``select_dates.RELATIVE``)
and a told-before mark: a year before the publication year or a month or weekday without a day or
year (``select_dates.BARE``); a text already kept (a wire story sent twice) is skipped. Twelve
are drawn with ``random.Random(SEED)`` from the kept ids in sorted order; the first six drawn are
half ``A`` (tuned on), the last six half ``B`` (only its summary figures are read).
The articles were annotated from ``guidelines/dates.md`` before the dates layer was run on them.
Run: python -m evaluation.data.select_dates_check_s12 [--corpora PATH]; it prints ``id split``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

from evaluation.data.drawing import corpus_articles, ids_named
from evaluation.data.select_dates import BARE, CANDIDATES, MIN_LETTERS, RELATIVE, YEAR, _letter_share

SEED = 2026120412
SIZE, HALF = 12, 6
MIN_CHARS, MAX_CHARS = 700, 3500
MIN_CANDIDATES = 7
OWN = "check_dates_s12.jsonl"
#: the other check sets drawn in the same hour (session 12), left out so that the draw reproduces
LATER: frozenset[str] = frozenset({
    "entities_check_s12.json", "entities_check_s12_ids.jsonl", "check_agreements_s12.jsonl",
    "real_quantities_d.jsonl", "check_claims_s12.jsonl",
    "check_events_s12_a.jsonl", "check_events_s12_b.jsonl",
    "real_quantities_e.jsonl",  # (drawn later, session 13: left out so that this draw reproduces)
    "real_quantities_f.jsonl",  # (drawn later, session 14: the same)
})


def taken_ids(data: Path, tests: Path) -> set[str]:
    """Every article id a file of ``data`` names (this set's own aside) or a test file mentions."""
    paths = [p for p in sorted(data.glob("*.json*")) if p.name not in {OWN, *LATER}]
    taken = ids_named(paths)
    mentioned = " ".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(tests.rglob("*.py")))
    return taken | {word for word in mentioned.replace('"', " ").replace("'", " ").split() if "-" in word}


def _kept(article: dict[str, Any], taken: set[str]) -> bool:
    """Whether an article is unused, dated, of the wanted length and tells of earlier events."""
    text, published = article["text"], article.get("published")
    if article["id"] in taken or not published or not MIN_CHARS <= len(text) <= MAX_CHARS:
        return False
    if _letter_share(text) < MIN_LETTERS or len(CANDIDATES.findall(text)) < MIN_CANDIDATES:
        return False
    earlier = any(int(found) < int(published[:4]) for found in YEAR.findall(text))
    return RELATIVE.search(text) is not None and (earlier or BARE.search(text) is not None)


def selection(articles: list[dict[str, Any]], taken: set[str]) -> list[tuple[str, str]]:
    """The drawn ids with their half (``A`` for the first six drawn, ``B`` for the others)."""
    kept: dict[str, str] = {}
    for article in sorted(articles, key=lambda a: a["id"]):
        if _kept(article, taken) and article["text"] not in kept.values():
            kept[article["id"]] = article["text"]
    drawn = random.Random(SEED).sample(sorted(kept), SIZE)
    return [(identifier, "A" if rank < HALF else "B") for rank, identifier in enumerate(drawn)]


def main(argv: list[str] | None = None) -> int:
    """Print the drawn ids with their half, one a line."""
    articles = corpus_articles(argv, __doc__)
    here = Path(__file__).parent
    for identifier, half in selection(articles, taken_ids(here, here.parents[1] / "tests")):
        print(identifier, half)
    return 0


if __name__ == "__main__":
    sys.exit(main())
