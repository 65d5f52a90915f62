"""Select the sentences of check set J of the quantities layer from PolNeAR train texts (issue 18, s23).

The tuned quantities sets read .92-.99 value+unit while held-out news reads .83-.86, so set J draws
from a genre no set has: PolNeAR **train** texts (2015-2016 US election news of seven publishers:
polls, money, votes, delegates, ages), only those of the committed pool
``quantities_j_s23_pool.txt`` (383 file names of ``polnear/train/text/`` that no set names and no
annotation of session 23 reserves). Sentences come from ``select_quantities.sentences``: *number*
sentences have 6 to 70 words, a digit or number word (``select_quantities.has_number``) and a capital
start; *plain* sentences (negatives) have 8 to 50 words, a capital start, a closing full stop or
quote and no digit or number word. Texts are shuffled with ``random.Random(SEED_J)``; up to two number
sentences per text (chosen by the same generator) until ``NUMBERS``, then, from a second pass over the
same order, one plain sentence per text until ``PLAIN`` (one to three sentences per text). The rows
are then shuffled by the same generator and alternate between half A (``check_j_a``, even rows, tuned
on) and half B (``check_j_b``, odd rows, held out: only its summary figures are printed). Rows keep
the file name and the sentence index only; the text is read from the corpus at run time (research
only). Run: ``python -m evaluation.data.select_quantities_j [--corpora PATH]``: one JSON line per
sentence (file, sentence, split), in the order of ``real_quantities_j_s23.jsonl``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evaluation.data.drawing import corpora_folder
from evaluation.data.select_quantities import number_and_plain_rows

__all__ = ["HALVES", "NUMBERS", "PLAIN", "POOL", "SEED_J", "SESSION", "files", "main", "selection"]

SEED_J = 20262318
SESSION = 23
NUMBERS = 106
PLAIN = 54
HALVES = ("check_j_a", "check_j_b")
DATA = Path(__file__).resolve().parent
POOL = DATA / "quantities_j_s23_pool.txt"


def files(corpora: Path) -> list[tuple[str, str]]:
    """The pool's (file name, text) pairs in name order; the texts of ``polnear/train/text/``."""
    folder = corpora / "polnear" / "train" / "text"
    names = sorted(n for n in POOL.read_text(encoding="utf-8").split() if n)
    return [(name, (folder / name).read_text(encoding="utf-8")) for name in names]


def selection(candidates: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The seeded draw (module docstring): rows of ``file``, ``sentence`` and ``split``."""
    return number_and_plain_rows(candidates, SEED_J, (NUMBERS, PLAIN), HALVES, "file", ".\"'\u201d")


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines."""
    for row in selection(files(corpora_folder(argv, __doc__))):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
