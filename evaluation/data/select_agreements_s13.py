"""Draw the session-13 agreements check set: 16 unused news articles with an agreement cue, seed 1313.

Groups (count): Reuters (5: all the pool has), BBC business (6), BBC politics (3), BBC sport (2);
no Wikinews article of the pool is short enough and has a cue.
Only ids of ``/work/brief/unused_ids.txt`` (session 13's pool), at most 2,000 characters, with one
of the cue words below (agreement nouns and the verbs that tell a deal: business and political),
one id per text (the lowest). Half A (tuned on) is every drawn id at an even position of the
printed list, half B (never read) every id at an odd position.
Run as ``python evaluation/data/select_agreements_s13.py CORPORA UNUSED_IDS``.
"""

from __future__ import annotations

import json
import random
import re
import sys

CUE = re.compile(
    r"\b(pacts?|accords?|deals?|truces?|cease-?fires?|treat(y|ies)|agreements?|memorand(um|a)|mergers?"
    r"|takeovers?|acquir\w*|contracts?|agreed to|signed|struck|buy-?out|merge)\b",
    re.I,
)
GROUPS = (
    ("reuters21578", 5),
    ("bbc/business", 6),
    ("bbc/politics", 3),
    ("bbc/sport", 2),
)


def main(corpora: str, unused_path: str) -> None:
    """Print the drawn ids with their half (A or B), one per line, group by group."""
    unused = set(open(unused_path, encoding="utf-8").read().split())
    with open(f"{corpora}/news/articles.jsonl", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    rng = random.Random(1313)
    position = 0
    for prefix, count in GROUPS:
        by_text = {
            a["text"]: a["id"] for a in sorted(articles, key=lambda a: a["id"], reverse=True)
            if a["id"] in unused and a["subset"].startswith(prefix)
            and len(a["text"]) <= 2000 and CUE.search(a["text"])
        }
        pool = sorted(by_text.values())  # one id per text: the corpus repeats a few articles
        for chosen in rng.sample(pool, min(count, len(pool))):
            print(chosen, "AB"[position % 2])
            position += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
