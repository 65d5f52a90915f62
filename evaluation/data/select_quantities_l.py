"""Select the sentences of check set L of the quantities layer (issue 18, session 27).

The tuning splits' errors left at session 27's start were too few and too scattered for a rule
(their classes are in the session's design section), so set L widens the tuning sets again from
text no set names: the committed pool ``quantities_l_s27_pool.txt`` lists, one a line, ``news <id>``
for each id of the session's unused news list that no file under evaluation/ or tests/ names (945
BBC of every section, 2 Wikinews) and ``polnear <file>`` for each text of the session's PolNeAR
outside list (the counting half of PolNeAR train, never the reserved half) that no file there names
(294; sets J's and K's texts are named, so left out). Sentences and the *amount* rule are set K's
(``select_quantities_k.amount_sentence``: 6-70 words, a capital start, a non-year digit or a scale
word). One amount sentence per text, in four groups each shuffled with ``random.Random(SEED_L)``:
every Wikinews story, then 22 BBC business, 16 other BBC and 20 PolNeAR texts (``QUOTAS``: business
and election news carry most of the rates, changes and counted nouns the held-out gap is made of).
The rows are shuffled by the same generator and alternate between half A (``check_l_a``, even rows,
tuned on) and half B (``check_l_b``, odd rows, held out: only its summary figures are printed); the
rule was written down before any gold or system run. Rows keep the source and the sentence index
only. Run: ``python -m evaluation.data.select_quantities_l [--corpora PATH]``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from evaluation.data.drawing import corpora_folder
from evaluation.data.select_quantities_k import pool_texts, seeded_draw

__all__ = ["HALVES", "POOL", "QUOTAS", "SEED_L", "main", "selection", "texts"]

SEED_L = 20262718
HALVES = ("check_l_a", "check_l_b")
POOL = Path(__file__).resolve().parent / "quantities_l_s27_pool.txt"
#: the groups of the draw, in order: (name, how many texts; None for all of them)
QUOTAS: tuple[tuple[str, int | None], ...] = (
    ("wire", None),
    ("bbc-business", 22),
    ("bbc-other", 16),
    ("polnear", 20),
)


def _group(key: str) -> str:
    """The draw group of a pool line's key ("news bbc-business-5" -> "bbc-business")."""
    kind, name = key.split(" ", 1)
    if kind == "polnear":
        return "polnear"
    if not name.startswith("bbc-"):
        return "wire"
    return "bbc-business" if name.startswith("bbc-business-") else "bbc-other"


def texts(corpora: Path) -> dict[str, str]:
    """The pool's texts by pool line ("news <id>" or "polnear <file>")."""
    return pool_texts(corpora, POOL)


def selection(pool: dict[str, str]) -> list[dict[str, Any]]:
    """The seeded draw (module docstring): rows of ``news`` or ``file``, ``sentence`` and ``split``."""
    return seeded_draw(pool, random.Random(SEED_L), QUOTAS, _group, HALVES)


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines."""
    for row in selection(texts(corpora_folder(argv, __doc__))):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
