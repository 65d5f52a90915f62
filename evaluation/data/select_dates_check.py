"""Select the dates check set of session 11 (``check_dates_s11.jsonl``), reproducibly.

Keeps the unused news articles (no evaluation set, no other check set names them) that have a
publication date (Reuters-21578 1987 and Wikinews) and 500 to 3,000 characters of mostly letters
(no tables), ranks them by the number of candidate time words (``select_dates.CANDIDATES``) per
article, ties by id, and takes the first 6 Reuters and the first 4 Wikinews articles; a text
already taken (a wire story sent twice) is skipped. The articles were drawn and annotated from
``guidelines/dates.md`` before the dates layer was run on them. The ids already used are those of
every file of ``evaluation/data`` present at the draw, the other session-11 check sets included.
Run: python -m evaluation.data.select_dates_check [--corpora PATH]; it prints one id a line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evaluation.data.drawing import corpus_articles, ids_named
from evaluation.data.select_dates import CANDIDATES, MIN_LETTERS, _letter_share

QUOTAS = {"reuters": 6, "wikinews": 4}
MIN_CHARS, MAX_CHARS = 500, 3000
OWN = "check_dates_s11.jsonl"
#: files added to ``evaluation/data`` after this draw (left out, so that the draw reproduces)
LATER: frozenset[str] = frozenset()


def taken_ids(data: Path) -> set[str]:
    """Every article id any evaluation or check set of ``data`` names (this set's own file aside)."""
    paths = [p for p in sorted(data.glob("*.json*")) if p.name not in {OWN, *LATER}]
    return ids_named(paths)


def _kept(article: dict[str, Any], taken: set[str]) -> bool:
    """Whether an article is unused, dated and of the wanted length and letter share."""
    text = article["text"]
    return (
        bool(article.get("published"))
        and article["id"] not in taken
        and MIN_CHARS <= len(text) <= MAX_CHARS
        and _letter_share(text) >= MIN_LETTERS
    )


def selection(articles: list[dict[str, Any]], taken: set[str]) -> list[str]:
    """The chosen ids: per source, the kept articles richest in candidate time words."""
    ranked = sorted(
        (a for a in articles if _kept(a, taken)), key=lambda a: (-len(CANDIDATES.findall(a["text"])), a["id"])
    )
    chosen: list[str] = []
    seen: set[str] = set()
    for source, quota in QUOTAS.items():
        for article in [a for a in ranked if a["subset"].startswith(source)]:
            if len([i for i in chosen if i.startswith(source)]) == quota:
                break
            if article["text"] not in seen:
                seen.add(article["text"])
                chosen.append(article["id"])
    return chosen


def main(argv: list[str] | None = None) -> int:
    """Print the chosen ids, one a line."""
    articles = corpus_articles(argv, __doc__)
    for identifier in selection(articles, taken_ids(Path(__file__).parent)):
        print(identifier)
    return 0


if __name__ == "__main__":
    sys.exit(main())
