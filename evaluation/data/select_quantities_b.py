"""Select the sentences of batch B of the real quantities set, reproducibly (issue 18).

Batch B draws 150 sentences with a number from the news articles that no other file of
``evaluation/data/`` uses (every ``id`` named by those files is excluded, so the batch shares no
article with any other real set), stratified like ``select_quantities.QUOTAS`` scaled to 150, at
most ``PER_ARTICLE`` sentences an article, with the sentence splitter and candidate rule of
``select_quantities``. Articles are assigned, seeded and before annotation, two thirds to ``dev_b``
and one third to ``untouched_b``.
Run: python -m evaluation.data.select_quantities_b [--corpora PATH]; it prints one JSON line per
sentence (id, subset, split, start, end), in the order of ``real_quantities_b.jsonl``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from evaluation.data.drawing import DRAWN_LATER, corpus_articles, ids_named
from evaluation.data.select_quantities import QUOTAS, _candidates, draw

__all__ = ["OWN", "QUOTAS_B", "SEED_B", "main", "selection", "used_ids"]

HERE = Path(__file__).resolve().parent
SEED_B = 20261203
TOTAL = 150
#: files of batch B itself, which must not exclude the articles they were drawn from.
OWN = frozenset({"real_quantities_b.jsonl"})


def _scaled(quotas: dict[str, int], total: int) -> dict[str, int]:
    """Quotas scaled to a total by largest remainders, in the order of ``quotas``."""
    whole = sum(quotas.values())
    exact = {subset: quota * total / whole for subset, quota in quotas.items()}
    scaled = {subset: int(share) for subset, share in exact.items()}
    by_remainder = sorted(quotas, key=lambda s: (-(exact[s] - scaled[s]), list(quotas).index(s)))
    for subset in by_remainder[: total - sum(scaled.values())]:
        scaled[subset] += 1
    return scaled


QUOTAS_B = _scaled(QUOTAS, TOTAL)


def used_ids() -> set[str]:
    """Every article id named by a JSON or JSON Lines file of ``evaluation/data/`` (batch B and the
    sets drawn after it aside, so that the draw reproduces)."""
    return ids_named(path for path in sorted(HERE.glob("*.json*")) if path.name not in OWN | DRAWN_LATER)


def selection(articles: list[dict[str, Any]], used: set[str]) -> list[dict[str, Any]]:
    """The drawn sentences as rows of id, subset, split, start and end."""
    rng = random.Random(SEED_B)
    pools: dict[str, dict[str, list[tuple[int, int]]]] = {subset: {} for subset in QUOTAS_B}
    for article in articles:
        if article["subset"] in pools and article["id"] not in used:
            found = _candidates(article["text"])
            if found:
                pools[article["subset"]][article["id"]] = found
    return draw(pools, QUOTAS_B, rng, SEED_B + 1, ("dev_b", "untouched_b"))


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines."""
    for row in selection(corpus_articles(argv, __doc__), used_ids()):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
