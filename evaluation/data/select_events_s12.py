"""Select the session-12 events check set (20 unused articles; gold in ``events_s12_gold.py``).

Reads ``/work/brief/unused_ids.txt`` and the news corpus. Candidates: Reuters and Wikinews
articles with a casualty word or two violence words, and BBC articles (not sport) with a casualty
word and two violence words. Every Reuters/Wikinews candidate is taken (12), then a seeded sample
of the BBC candidates fills the set to 20. Half A (tuned on) is every even position of the
selection order, half B (never read) every odd one. Research only.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 1212
SIZE = 20
CASUALTY = re.compile(
    r"\b(killed|killing|died|wounded|injured|murder\w*|bombings?|bombed|shot dead|dead)\b", re.IGNORECASE
)
VIOLENCE = re.compile(r"\b(killed|dead|died|wounded|injured|bomb\w*|shot|attack\w*)\b", re.IGNORECASE)


def select(corpora: Path, unused: Path) -> list[str]:
    """The ids of the check set in selection order (wire candidates, then the seeded BBC sample)."""
    ids = set(unused.read_text().split())
    wire, bbc = [], []
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text, subset = record["text"], record["subset"]
            if record["id"] not in ids or subset == "bbc/sport":
                continue
            casualty, violence = len(CASUALTY.findall(text)), len(VIOLENCE.findall(text))
            if subset.startswith("bbc/"):
                if casualty and violence >= 2:
                    bbc.append(record["id"])
            elif casualty or violence >= 2:
                wire.append(record["id"])
    return wire + sorted(random.Random(SEED).sample(sorted(bbc), SIZE - len(wire)))


def halves(chosen: list[str]) -> tuple[list[str], list[str]]:
    """Half A (even positions) and half B (odd positions) of the selection."""
    return chosen[0::2], chosen[1::2]


if __name__ == "__main__":
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora")
    half_a, half_b = halves(select(base, Path("/work/brief/unused_ids.txt")))
    print("A:", " ".join(half_a))
    print("B:", " ".join(half_b))
