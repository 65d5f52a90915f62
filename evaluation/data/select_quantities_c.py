"""Select the sentences of check set C of the quantities layer, reproducibly (issue 18, session 11).

Check set C draws 150 sentences with a number from kinds under-represented so far (BBC sport
scores and records, tech specs, politics polls, Reuters commodity and market reports), only from
articles of ``/work/brief/unused_ids.txt``-style id lists that no file of ``evaluation/data/``
names, with the sentence splitter and candidate rule of ``select_quantities``. All rows are in the
split ``check_c``: a check set annotated before the system was run on it, tuned on afterwards.
Run: python -m evaluation.data.select_quantities_c IDS_FILE [--corpora PATH]; it prints one JSON
line per sentence (id, subset, split, start, end), in the order of ``real_quantities_c.jsonl``.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from evaluation.data.drawing import CHECK_SETS, corpus_articles, ids_named
from evaluation.data.select_quantities import _candidates, draw

__all__ = ["OWN", "QUOTAS_C", "SEED_C", "main", "selection", "used_ids"]

HERE = Path(__file__).resolve().parent
SEED_C = 20261204
QUOTAS_C = {"bbc/sport": 40, "bbc/tech": 35, "bbc/politics": 30, "reuters21578/general": 45}
#: files of set C itself, which must not exclude the articles they were drawn from.
OWN = frozenset({"real_quantities_c.jsonl"})


def used_ids() -> set[str]:
    """Every article id named by a JSON or JSON Lines file of ``evaluation/data/`` (the check sets aside).

    Set C and the other check sets of session 11 were drawn independently, in the same hour, from
    the same unused pool: they may share an article with each other, never with a scripted set.
    """
    return ids_named(path for path in sorted(HERE.glob("*.json*")) if path.name not in OWN | CHECK_SETS)


def candidate_pools(
    articles: list[dict[str, Any]], allowed: set[str], used: set[str], subsets: Iterable[str]
) -> dict[str, dict[str, list[tuple[int, int]]]]:
    """Per subset, the candidate sentences (start, end) of each allowed, unused article that has any."""
    pools: dict[str, dict[str, list[tuple[int, int]]]] = {subset: {} for subset in subsets}
    for article in articles:
        if article["subset"] in pools and article["id"] in allowed and article["id"] not in used:
            found = _candidates(article["text"])
            if found:
                pools[article["subset"]][article["id"]] = found
    return pools


def selection(articles: list[dict[str, Any]], allowed: set[str], used: set[str]) -> list[dict[str, Any]]:
    """The drawn sentences as rows of id, subset, split, start and end."""
    rng = random.Random(SEED_C)
    pools = candidate_pools(articles, allowed, used, QUOTAS_C)
    return draw(pools, QUOTAS_C, rng, SEED_C + 1, ("check_c", "check_c"))


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines (the first argument is the file of allowed ids)."""
    args = list(sys.argv[1:] if argv is None else argv)
    allowed = set(Path(args.pop(0)).read_text(encoding="utf-8").split())
    for row in selection(corpus_articles(args, __doc__), allowed, used_ids()):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
