"""Draw the session-11 agreements check set: 12 unused news articles (4 per group), seed 1111.

Groups: BBC business with a merger/takeover/deal word; BBC sport with a contract/transfer word;
Reuters with trade or treaty talks. Only ids of ``/work/brief/unused_ids.txt``, at most 2,500
characters. Run as ``python evaluation/data/select_agreements_s11.py CORPORA UNUSED_IDS``.
"""

from __future__ import annotations

import json
import random
import re
import sys

GROUPS = (
    ("bbc/business", re.compile(r"\b(merger|takeover|acquisition|deal|buy-out)s?\b", re.I)),
    ("bbc/sport", re.compile(r"\b(contract|transfer|signed|deal)s?\b", re.I)),
    ("reuters21578", re.compile(r"\b(trade talks|treaty|trade agreement|trade pact|accord)\b", re.I)),
)


def main(corpora: str, unused_path: str) -> None:
    """Print the drawn ids, one per line, group by group."""
    unused = set(open(unused_path, encoding="utf-8").read().split())
    with open(f"{corpora}/news/articles.jsonl", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    rng = random.Random(1111)
    for prefix, cue in GROUPS:
        pool = sorted(
            a["id"] for a in articles
            if a["id"] in unused and a["subset"].startswith(prefix)
            and len(a["text"]) <= 2500 and cue.search(a["text"])
        )
        for chosen in rng.sample(pool, 4):
            print(chosen)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
