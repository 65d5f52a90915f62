"""Select the session-11 events check set (10 unused articles; gold in ``events_check_gold.py``).

Reads ``/work/brief/unused_ids.txt`` (ids no evaluation set uses) and the news corpus. Only three
unused Reuters world-politics-conflict / Wikinews politics-conflicts articles hold a plain casualty
word, so the set takes every such article with two or more casualty or violence words (8; those
without a casualty test precision), then the BBC politics articles under 1,500 characters with a
word of killing, wounding or kidnapping (2). Research only.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CONFLICT = ("reuters21578/world-politics-conflict", "wikinews/politics-conflicts")
WIDE = re.compile(
    r"\b(kill\w*|wound\w*|injur\w*|died|dead|deaths?|kidnap\w*|abduct\w*|arrest\w*|detain\w*|hostages?|"
    r"casualt\w*|shot|missing|fled|evacuat\w*|bomb\w*|murder\w*|massacre\w*)\b",
    re.IGNORECASE,
)
VIOLENT = re.compile(r"\b(kill\w*|wound\w*|kidnap\w*|abduct\w*)\b", re.IGNORECASE)


def select(corpora: Path, unused: Path) -> list[str]:
    """The ids of the check set, in corpus order within each of the two groups."""
    ids = set(unused.read_text().split())
    conflict, bbc = [], []
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record["text"]
            if record["id"] not in ids:
                continue
            if record["subset"] in CONFLICT and len(WIDE.findall(text)) >= 2:
                conflict.append(record["id"])
            elif record["subset"] == "bbc/politics" and len(text) < 1500 and VIOLENT.search(text):
                bbc.append(record["id"])
    return conflict + bbc


if __name__ == "__main__":
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora")
    print("\n".join(select(base, Path("/work/brief/unused_ids.txt"))))
