"""Draw the session-14 events check set from CoNLL-2003 train: 20 documents with casualty words.

A seeded random sample (seed 1614) of the rebuilt train documents (``evaluation.conll_documents``)
whose text has killed, dead, died, wounded or injured as a word; halves by draw order (even
positions A, odd B). Prints the indexes; ``events_conll_s14_gold.py`` holds the gold. eng.testa
is never drawn from.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from evaluation.conll_documents import train_documents

SEED = 1614
SIZE = 20
CASUALTY = re.compile(r"\b(killed|dead|died|wounded|injured)\b", re.IGNORECASE)


def draw(corpora: Path) -> tuple[list[int], list[int]]:
    """The (A, B) document indexes of the draw."""
    docs = train_documents(corpora)
    pool = [doc.index for doc in docs if CASUALTY.search(doc.text)]
    chosen = random.Random(SEED).sample(pool, SIZE)
    return chosen[0::2], chosen[1::2]


if __name__ == "__main__":
    half_a, half_b = draw(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
    print("A", *half_a)
    print("B", *half_b)
