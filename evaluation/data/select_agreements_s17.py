"""Draw the session-17 agreements check set: 16 unused news articles with an agreement cue, seed 1717.

Only ids of session 17's pool (``/work/brief/unused_ids.txt`` as it was in session 17, committed as
``agreements_s17_pool.txt``: session 18's list plus the 16 drawn ids, 1,041 ids) that no file under
``evaluation/`` or ``tests/`` names (files tagged ``_s17`` or a later session are not read, so the draw
reproduces), at most 2,500 characters, with one of the cue words below, one id per text. Groups (count):
BBC politics (8), BBC business (8): political and business stories mixed (the pool's few Reuters and
Wikinews stories with a cue are all longer than 2,500 characters). Half A (tuned on) is every drawn id
at an even position of the printed list, half B (never read) every id at an odd position.
Run as ``python -m evaluation.data.select_agreements_s17 CORPORA [UNUSED_IDS]`` (default: the committed
pool, so the draw reproduces after the session's unused list changes).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from evaluation.data.drawing import ids_named_before

CUE = re.compile(
    r"\b(cease-?fires?|truces?|accords?|treat(y|ies)|deals?|agreements?|pacts?|mergers?|takeovers?"
    r"|contracts?|signed|memorand(um|a)|buy-?outs?|acquisitions?)\b",
    re.I,
)
GROUPS = (
    ("bbc/politics", 8),
    ("bbc/business", 8),
)
SEED = 1717
SESSION = 17
MAX_CHARS = 2500
ROOT = Path(__file__).resolve().parents[2]
POOL = Path(__file__).with_name("agreements_s17_pool.txt")


def draw(corpora: str, unused_path: str) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs, group by group, each group in the seeded order."""
    unused = set(Path(unused_path).read_text(encoding="utf-8").split())
    unused -= ids_named_before(ROOT, unused, SESSION)
    with open(f"{corpora}/news/articles.jsonl", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    rng = random.Random(SEED)
    drawn: list[tuple[str, str]] = []
    for prefix, count in GROUPS:
        by_text = {
            a["text"]: a["id"]
            for a in sorted(articles, key=lambda a: a["id"], reverse=True)
            if a["id"] in unused
            and a["subset"].startswith(prefix)
            and len(a["text"]) <= MAX_CHARS
            and CUE.search(a["text"])
        }
        pool = sorted(by_text.values())  # one id per text: the corpus repeats a few articles
        for chosen in rng.sample(pool, min(count, len(pool))):
            drawn.append((chosen, "AB"[len(drawn) % 2]))
    return drawn


def main(corpora: str, unused_path: str = str(POOL)) -> None:
    """Print the session-17 draw, one ``id half`` per line."""
    for chosen, half in draw(corpora, unused_path):
        print(chosen, half)


if __name__ == "__main__":
    main(*sys.argv[1:3])
