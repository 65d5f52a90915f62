"""Draw the session-18 events check set: 24 unused news articles with casualty words, seed 1818.

Input: the corpora folder and the unused-id list of the session (``/work/brief/unused_ids.txt``,
session 18's pool), given on the command line. Only ids of that list that no file under
``evaluation/`` or ``tests/`` names (files tagged ``_s18`` or a later session are not read, so the
draw reproduces), one id per text. First tier: every article of at most 3,000 characters with at
least two casualty words (killed, dead, died, wounded, injured, bodies, massacre, bomb, shot), in
seeded order; the pool held only 19 such articles, all BBC (its five Reuters and Wikinews articles
have no casualty word), so a second tier fills the set to 24: a seeded sample of the articles of
3,001 to 4,000 characters with at least two casualty words. Half A (tuned on) is every drawn id at
an even position of the printed list, half B (never read) every id at an odd position; the list is
committed as ``events_s18_ids.txt``. Run as ``python -m evaluation.data.select_events_s18 CORPORA
UNUSED_IDS``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from evaluation.data.drawing import tagged_before

CASUALTY = re.compile(r"\b(killed|dead|died|wounded|injured|bodies|massacre|bomb|shot)\b", re.I)
SEED = 1818
SESSION = 18
SIZE = 24
MAX_CHARS = 3000
FILL_MAX_CHARS = 4000
ROOT = Path(__file__).resolve().parents[2]


def named_ids(ids: set[str]) -> set[str]:
    """The ids of ``ids`` that a file under evaluation/ or tests/ names (files of this session or later
    skipped)."""
    named: set[str] = set()
    for folder in ("evaluation", "tests"):
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or not tagged_before(path.name, SESSION):
                continue
            text = path.read_text(encoding="utf-8", errors="ignore")
            named.update(i for i in ids if i in text)
    return named


def candidates(corpora: str, unused_path: str) -> dict[str, int]:
    """Unused, unnamed ids with at least two casualty words -> their text length (one id per text)."""
    unused = set(Path(unused_path).read_text(encoding="utf-8").split())
    unused -= named_ids(unused)
    with open(f"{corpora}/news/articles.jsonl", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    by_text = {
        a["text"]: a["id"]
        for a in sorted(articles, key=lambda a: a["id"], reverse=True)
        if a["id"] in unused and len(CASUALTY.findall(a["text"])) >= 2
    }
    return {aid: len(text) for text, aid in by_text.items()}


def draw(corpora: str, unused_path: str) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs: the first tier in seeded order, then the seeded fill."""
    lengths = candidates(corpora, unused_path)
    first = sorted(aid for aid, n in lengths.items() if n <= MAX_CHARS)
    fill = sorted(aid for aid, n in lengths.items() if MAX_CHARS < n <= FILL_MAX_CHARS)
    rng = random.Random(SEED)
    chosen = rng.sample(first, min(SIZE, len(first)))
    chosen += rng.sample(fill, min(SIZE - len(chosen), len(fill)))
    return [(aid, "AB"[position % 2]) for position, aid in enumerate(chosen)]


def main(corpora: str, unused_path: str) -> None:
    """Print the session-18 draw, one ``id half`` per line."""
    for chosen, half in draw(corpora, unused_path):
        print(chosen, half)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
