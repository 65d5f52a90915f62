"""Draw the session-14 CoNLL agreements check set: 20 eng.train documents with an agreement cue, seed 1414.

Documents are those of ``evaluation.conll_documents.read_documents`` (CoNLL-2003 train, Reuters August
1996; never eng.testa), at most 2,500 characters, with one of the cue words below. The candidates
are shuffled with ``random.Random(1414)`` and the first 20 kept; half A (tuned on) is every drawn
document at an even position of the printed list, half B (never read) every one at an odd position.
Only the document indexes and the gold are stored; the eval rebuilds the text from the corpus.
Run as ``python -m evaluation.data.select_agreements_conll_s14 CORPORA``.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from evaluation.conll_documents import read_documents, train_path

CUE = re.compile(
    r"\b(cease-?fires?|truces?|accords?|agreements?|pacts?|deals?|treat(y|ies)|peace plan|mergers?|signed)\b",
    re.I,
)
SEED = 1414
COUNT = 20
MAX_CHARS = 2500


def draw(corpora: Path) -> list[tuple[int, str]]:
    """The drawn (document index, half) pairs, in the seeded order."""
    docs = [d for d in read_documents(train_path(corpora)) if len(d.text) <= MAX_CHARS and CUE.search(d.text)]
    random.Random(SEED).shuffle(docs)
    return [(doc.index, "AB"[k % 2]) for k, doc in enumerate(docs[:COUNT])]


def main(corpora: str) -> None:
    """Print the draw: one ``index half`` line per document."""
    for index, half in draw(Path(corpora)):
        print(index, half)


if __name__ == "__main__":
    main(sys.argv[1])
