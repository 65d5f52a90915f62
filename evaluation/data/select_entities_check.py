"""Select the entities check set of session 11: 15 unused news articles (BBC business, politics,
sport, tech; Reuters), 500-1,600 characters, cut at the first paragraph end after 900 characters.

Run as ``python -m evaluation.data.select_entities_check UNUSED_IDS`` from the repository root;
prints one JSON line per article (id, subset, cut).  Seeded, so the selection is reproducible.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

QUOTA = {"bbc/business": 3, "bbc/politics": 3, "bbc/sport": 3, "bbc/tech": 3, "reuters21578": 3}
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "news" / "articles.jsonl"


def _cut(text: str) -> int:
    """The first paragraph end at or after 900 characters (the whole text if none)."""
    k = text.find("\n", 900)
    return len(text) if k < 0 else k


def main(unused: str) -> None:
    """Print the selection."""
    ids = set(Path(unused).read_text(encoding="utf-8").split())
    pools: dict[str, list[dict[str, str]]] = {k: [] for k in QUOTA}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        key = next((k for k in QUOTA if rec["subset"].startswith(k)), None)
        if key and rec["id"] in ids and 500 <= len(rec["text"]) <= 1600:
            pools[key].append(rec)
    rng = random.Random("newsparse-s11-entities-check")
    for key, n in QUOTA.items():
        for rec in rng.sample(sorted(pools[key], key=lambda r: r["id"]), n):
            print(json.dumps({"id": rec["id"], "subset": rec["subset"], "cut": _cut(rec["text"])}))


if __name__ == "__main__":
    main(sys.argv[1])
