"""Draw the session-15 events check set from CoNLL-2003 train: 24 unused stories with casualty words.

A seeded random sample (seed 1615) of the train documents (``evaluation.conll_documents``) that no
earlier CoNLL check set uses and whose text has at least two casualty words (killed, dead, died,
wounded, injured, bodies, massacre, shot dead, bomb): two keep the draw to conflict and crime
reports rather than a passing obituary or a sports "dead heat". Halves by draw order (even
positions A, odd B). Prints the indexes; ``events_conll_s15_gold.py`` holds the gold. eng.testa is
never drawn from.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from evaluation.conll_documents import train_documents
from evaluation.data.select_dates_conll_s14 import draw as dates_draw
from evaluation.data.select_events_conll_s14 import draw as events_s14_draw

SEED = 1615
SIZE = 24
CASUALTY = re.compile(r"\b(killed|dead|died|wounded|injured|bodies|massacre|bomb)\b", re.IGNORECASE)
USED_FILES = ("check_agreements_conll_s14.jsonl", "real_quantities_g.jsonl")


def used(corpora: Path) -> set[int]:
    """Document indexes already in a CoNLL check set (events s14, dates s14, agreements, quantities g)."""
    half_a, half_b = events_s14_draw(corpora)
    taken = set(half_a) | set(half_b) | {index for index, _, _ in dates_draw()}
    for name in USED_FILES:
        with Path(__file__).with_name(name).open(encoding="utf-8") as handle:
            taken |= {row["doc"] for row in map(json.loads, handle) if "doc" in row}
    return taken


def draw(corpora: Path) -> tuple[list[int], list[int]]:
    """The (A, B) document indexes of the draw."""
    docs = train_documents(corpora)
    taken = used(corpora)
    pool = [d.index for d in docs if d.index not in taken and len(CASUALTY.findall(d.text)) >= 2]
    chosen = random.Random(SEED).sample(pool, SIZE)
    return chosen[0::2], chosen[1::2]


if __name__ == "__main__":
    half_a, half_b = draw(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
    print("A", *half_a)
    print("B", *half_b)
