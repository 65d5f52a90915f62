"""Select the claims check set of session 14 (``check_claims_s14.jsonl``), reproducibly.

Draws from the pool of unused news ids given by ``--pool`` (one id a line; session 14's pool is
``/work/brief/unused_ids.txt``): keeps articles of 600 to 2,000 characters with at least three
reported-speech trigger words (said, told, according to, accused, believes), shuffles them with
``random.Random(14)``, and takes the first 14, at most 3 from one corpus subset (such as
``bbc/business``). Half A (tuned on) is the articles at even places of the draw, half B (never
read) those at odd places. The gold was
written from ``guidelines/claims.md`` before the claims layer was run on these articles, as anchors
in ``anchors_s14/claims.json`` (syntax of ``anchor_b``). Run:
python -m evaluation.data.select_claims_s14 --pool FILE [--corpora PATH] prints id and half;
with ``--build`` it resolves the anchors and writes ``check_claims_s14.jsonl`` (splits
``check_s14_A`` and ``check_s14_B``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

from evaluation.data.select_claims_s12 import build_gold, drawable, run_script

MAX_CHARS = 2000  # the trigger words, MIN_CHARS and MIN_TRIGGERS are those of s12
SIZE, PER_SOURCE, SEED = 14, 3, 14
HERE = Path(__file__).resolve().parent
ANCHORS, OWN = HERE / "anchors_s14" / "claims.json", HERE / "check_claims_s14.jsonl"


def selection(articles: list[dict[str, Any]], pool: set[str]) -> list[tuple[str, str]]:
    """The chosen (id, half) pairs: a seeded shuffle of the kept articles, a quota per source."""
    kept = sorted((a for a in articles if drawable(a, pool, MAX_CHARS)), key=lambda a: a["id"])
    random.Random(SEED).shuffle(kept)
    chosen: list[str] = []
    subsets: list[str] = []
    for article in kept:
        if subsets.count(article["subset"]) < PER_SOURCE:
            chosen.append(article["id"])
            subsets.append(article["subset"])
        if len(chosen) == SIZE:
            break
    return [(identifier, "A" if n % 2 == 0 else "B") for n, identifier in enumerate(chosen)]


def build(articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold rows: every hand-anchored article of both halves with offsets resolved."""
    return build_gold(ANCHORS, "s14", articles)


def main(argv: list[str] | None = None) -> int:
    """Print the chosen ids and their halves, one a line (or, with --build, write the gold)."""
    return run_script(argv, __doc__, OWN, build, selection)


if __name__ == "__main__":
    sys.exit(main())
