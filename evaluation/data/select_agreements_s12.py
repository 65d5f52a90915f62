"""Draw the session-12 agreements check set: 24 unused news articles with an agreement word, seed 1212.

Groups (count): Reuters world-politics-conflict and general (7), BBC business (5), BBC politics (5),
BBC sport (5), Wikinews politics-conflicts (2: only two short unused ones have a trigger word).
Only ids of ``/work/brief/unused_ids.txt``, at most 2,000 characters, with one of the brief's
trigger words, one id per text (the lowest). Half A (tuned on) is every drawn id at an
even position of the printed list, half B (never read) every id at an odd position.
Run as ``python evaluation/data/select_agreements_s12.py CORPORA UNUSED_IDS``.
"""

from __future__ import annotations

import json
import random
import re
import sys

CUE = re.compile(
    r"\b(pacts?|accords?|deals?|truces?|cease-?fires?|treat(y|ies)|agreements?|memorand(um|a)|mergers?"
    r"|takeovers?|acquir\w*|contracts?|agreed to)\b",
    re.I,
)
GROUPS = (
    ("reuters21578", 7),
    ("bbc/business", 5),
    ("bbc/politics", 5),
    ("bbc/sport", 5),
    ("wikinews", 2),
)


def draw(
    corpora: str,
    unused_path: str,
    cue: re.Pattern[str],
    groups: tuple[tuple[str, int], ...],
    seed: int,
    max_chars: int = 2000,
) -> None:
    """Print the drawn ids with their half (A or B), one per line, group by group (a group with fewer
    articles of at most ``max_chars`` characters with a cue than its count gives all it has)."""
    unused = set(open(unused_path, encoding="utf-8").read().split())
    with open(f"{corpora}/news/articles.jsonl", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    rng = random.Random(seed)
    position = 0
    for prefix, count in groups:
        by_text = {
            a["text"]: a["id"]
            for a in sorted(articles, key=lambda a: a["id"], reverse=True)
            if a["id"] in unused
            and a["subset"].startswith(prefix)
            and len(a["text"]) <= max_chars
            and cue.search(a["text"])
        }
        pool = sorted(by_text.values())  # one id per text: the corpus repeats a few articles
        for chosen in rng.sample(pool, min(count, len(pool))):
            print(chosen, "AB"[position % 2])
            position += 1


def main(corpora: str, unused_path: str) -> None:
    """Print the session-12 draw."""
    draw(corpora, unused_path, CUE, GROUPS, 1212)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
