"""Draw ``check_dates_conll_s14.jsonl``: 24 dated Reuters wire stories of CoNLL-2003 train that tell
earlier events with dates (session 14, issue 19's narrative timelines).

A story qualifies when its body (after the dateline) is 500-2,200 characters, names a month or a year
before 1996, and has a past-narrative word (trial, court, sentenced, died, anniversary, investigation,
arrested, killed, history, ago, earlier, last year). 24 are drawn with ``random.Random(1419)`` from the
qualifying stories in file order; half ``A`` (tuned on) is the even positions of the drawn indexes in
ascending order, half ``B`` (never read) the odd ones. Printed: the drawn indexes, one per line with
their half. The check set stores document indexes, offsets and values only: the text is rebuilt by
``evaluation.conll_documents``.
"""

from __future__ import annotations

import random
import re
import sys

from evaluation.conll_documents import read_documents, train_path
from evaluation.data.drawing import corpora_folder

SEED = 1419
SIZE = 24
_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_OLD_YEAR = re.compile(r"\b19(?:[0-8]\d|9[0-5])\b")
_NARRATIVE = re.compile(
    r"\b(?:trial|court|sentenced|died|anniversary|investigation|arrested|killed|history|ago|earlier|"
    r"last year)\b",
    re.I,
)


def qualifies(text: str) -> bool:
    """A story of the right length that dates earlier events (module docstring)."""
    body = text.split("\n", 2)[-1]
    return (
        500 <= len(body) <= 2200
        and bool(_MONTH.search(body) or _OLD_YEAR.search(body))
        and bool(_NARRATIVE.search(body))
    )


def draw(argv: list[str] | None = None) -> list[tuple[int, str]]:
    """The drawn document indexes in ascending order, each with its half (``A`` or ``B``)."""
    corpora = corpora_folder(argv, __doc__)
    documents = read_documents(train_path(corpora))
    pool = [d.index for d in documents if qualifies(d.text)]
    chosen = sorted(random.Random(SEED).sample(pool, SIZE))
    return [(index, "A" if at % 2 == 0 else "B") for at, index in enumerate(chosen)]


def main(argv: list[str] | None = None) -> int:
    """Print the draw."""
    for index, half in draw(argv):
        print(index, half)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
