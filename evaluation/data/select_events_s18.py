"""Draw the session-18 events check set: 24 unused news articles with casualty words, seed 1818.

Input: the corpora folder and an id list, by default ``events_s18_pool.txt`` beside this script (the
committed copy of the draw's input). That file was written by ``--pool UNUSED_IDS`` from the
session's unused list (``/work/brief/unused_ids.txt``): the ids no file under ``evaluation/`` or
``tests/`` names (files tagged ``_s18`` or later not read), one id per text, with at least two
casualty words (killed, dead, died, wounded, injured, bodies, massacre, bomb, shot) and at most
4,000 characters; the unused list itself changes from session to session, so the draw reads the
copy. First tier: every pooled article of at most 3,000 characters, in seeded order; the pool held
only 19, all BBC (its five Reuters and Wikinews articles have no casualty word), so a second tier
fills the set to 24: a seeded sample of the pooled articles of 3,001 to 4,000 characters. Half A
(tuned on) is every drawn id at an even position of the printed list, half B (never read) every id
at an odd position; the list is committed as ``events_s18_ids.txt``. Run as ``python -m
evaluation.data.select_events_s18 CORPORA [ID_LIST]`` (or ``CORPORA --pool UNUSED_IDS``).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from evaluation.data.drawing import ids_named_before

CASUALTY = re.compile(r"\b(killed|dead|died|wounded|injured|bodies|massacre|bomb|shot)\b", re.I)
SEED = 1818
SESSION = 18
SIZE = 24
MAX_CHARS = 3000
FILL_MAX_CHARS = 4000
ROOT = Path(__file__).resolve().parents[2]
POOL = Path(__file__).with_name("events_s18_pool.txt")


def candidates(corpora: str, ids: Iterable[str]) -> dict[str, int]:
    """Ids of ``ids`` with at least two casualty words and at most 4,000 characters -> their text
    length (one id per text: the corpus repeats a few articles)."""
    wanted = set(ids)
    with open(f"{corpora}/news/articles.jsonl", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    by_text = {
        a["text"]: a["id"]
        for a in sorted(articles, key=lambda a: a["id"], reverse=True)
        if a["id"] in wanted and len(a["text"]) <= FILL_MAX_CHARS and len(CASUALTY.findall(a["text"])) >= 2
    }
    return {aid: len(text) for text, aid in by_text.items()}


def pool(corpora: str, unused_path: str) -> list[str]:
    """The draw's input from a session's unused list: its unnamed candidates, sorted."""
    unused = set(Path(unused_path).read_text(encoding="utf-8").split())
    return sorted(candidates(corpora, unused - ids_named_before(ROOT, unused, SESSION)))


def draw(corpora: str, ids: Iterable[str]) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs: the first tier in seeded order, then the seeded fill."""
    lengths = candidates(corpora, ids)
    first = sorted(aid for aid, n in lengths.items() if n <= MAX_CHARS)
    fill = sorted(aid for aid, n in lengths.items() if n > MAX_CHARS)
    rng = random.Random(SEED)
    chosen = rng.sample(first, min(SIZE, len(first)))
    chosen += rng.sample(fill, min(SIZE - len(chosen), len(fill)))
    return [(aid, "AB"[position % 2]) for position, aid in enumerate(chosen)]


def main(argv: list[str]) -> None:
    """Print the pool of an unused list (``CORPORA --pool UNUSED_IDS``) or the draw, one ``id half``
    per line."""
    if len(argv) == 3 and argv[1] == "--pool":
        print("\n".join(pool(argv[0], argv[2])))
        return
    source = Path(argv[1]) if len(argv) > 1 else POOL
    for chosen, half in draw(argv[0], source.read_text(encoding="utf-8").split()):
        print(chosen, half)


if __name__ == "__main__":
    main(sys.argv[1:])
