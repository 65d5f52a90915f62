"""Select the entities check set of session 13: 16 unused news articles (Reuters general, BBC
business, politics, sport, tech), 500-1,600 characters, with a "said" (a named source: the trigger
of the entity cues); the business ones also with a company word (firm, company, shares, bank), the
session's error class.  Each is cut at the first paragraph end after 900 characters.

Run as ``python -m evaluation.data.select_entities_check_s13 UNUSED_IDS`` from the repository root;
prints one JSON line per article (id, subset, cut, half).  Seeded, so the selection is reproducible.
The half is fixed by draw order: the even-numbered draws (0, 2, ...) are half A (tuned on), the odd
ones half B (only its summary figures are ever printed).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from evaluation.data.select_entities_check import CORPUS, _cut

QUOTA = {
    "reuters21578/general": 2, "bbc/business": 5, "bbc/politics": 3, "bbc/sport": 3, "bbc/tech": 3,
}
COMPANY_WORD = re.compile(r"\b(?:firm|company|shares|bank)\b")


def _fits(key: str, text: str) -> bool:
    """Whether an article of subset ``key`` is of the right length and carries the trigger words."""
    if not 500 <= len(text) <= 1600 or " said" not in text:
        return False
    return key != "bbc/business" or bool(COMPANY_WORD.search(text))


def main(unused: str) -> None:
    """Print the selection."""
    ids = set(Path(unused).read_text(encoding="utf-8").split())
    pools: dict[str, list[dict[str, str]]] = {k: [] for k in QUOTA}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        key = next((k for k in QUOTA if rec["subset"].startswith(k)), None)
        if key and rec["id"] in ids and _fits(key, rec["text"]):
            pools[key].append(rec)
    rng = random.Random("newsparse-s13-entities-check")
    k = 0
    for key, n in QUOTA.items():
        for rec in rng.sample(sorted(pools[key], key=lambda r: r["id"]), n):
            half = "A" if k % 2 == 0 else "B"
            row = {"id": rec["id"], "subset": rec["subset"], "cut": _cut(rec["text"]), "half": half}
            print(json.dumps(row))
            k += 1


if __name__ == "__main__":
    main(sys.argv[1])
