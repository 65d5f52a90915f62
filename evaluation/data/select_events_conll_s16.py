"""Draw the session-16 events check set from CoNLL-2003 train: 20 unused stories with casualty words.

A seeded random sample (seed 1616) of the train documents (``evaluation.conll_documents``) that no
earlier CoNLL check set uses (events s14 and s15, dates s14, agreements s14 and s15, quantities g,
and any ``doc`` index of a CHECK_SETS file or an id list under ``evaluation/data/``), at most 2,500
characters, and whose text has at least two casualty words of the wider list below (s15's list
alone leaves no unused story: its 52 matches are all taken). Halves by draw order (even positions A,
odd B). Drawn the same day as the agreements s16 set, independently: three stories are in both
(545: events A, agreements B; 576: events B, agreements A; 269: both B). Prints the indexes;
``events_conll_s16_gold.py`` holds the gold. eng.testa is never drawn from.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from evaluation.conll_documents import train_documents
from evaluation.data.drawing import CHECK_SETS, DRAWN_AFTER_S16, tagged_before
from evaluation.data.events_conll_s15_gold import HALF_A as S15_A
from evaluation.data.events_conll_s15_gold import HALF_B as S15_B
from evaluation.data.select_events_conll_s15 import used as s15_used

SEED = 1616
SIZE = 20
MAX_CHARS = 2500
DATA = Path(__file__).resolve().parent
CASUALTY = re.compile(
    r"\b(kill(ed|s|ing)?|dead|died|deaths?|wounded|injur(ed|ies)|bodies|massacre|bomb(s|ing)?|shot"
    r"|hostages?|kidnapp(ed|ing)|abducted|arrested|detained|missing|fled|refugees|victims?|casualties)\b",
    re.IGNORECASE,
)
ID_LISTS = ("agreements_conll_s14_ids.txt", "agreements_conll_s15_ids.txt")


def _earlier(name: str) -> bool:
    """Whether a data file predates this draw (no ``_sN`` tag of session 16 or later)."""
    return tagged_before(name, 16)


def _named_in_files() -> set[int]:
    """Document indexes named by a CHECK_SETS ``.jsonl`` file (``doc``/``document``) or an id list,
    except files of session 16 or later (this draw's own, and the agreements s16 set drawn the same
    day): so that the draw still reproduces."""
    taken: set[int] = set()
    for name in sorted(CHECK_SETS):
        path = DATA / name
        if path.suffix != ".jsonl" or not path.is_file() or not _earlier(name) or name in DRAWN_AFTER_S16:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            taken |= {row[key] for key in ("doc", "document") if isinstance(row.get(key), int)}
    for name in ID_LISTS:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.split() and line.split()[0].isdigit():
                taken.add(int(line.split()[0]))
    return taken


def used(corpora: Path) -> set[int]:
    """Document indexes already in a CoNLL check set (s15's exclusions, the s15 sets, every file's)."""
    return s15_used(corpora) | set(S15_A) | set(S15_B) | _named_in_files()


def draw(corpora: Path) -> tuple[list[int], list[int]]:
    """The (A, B) document indexes of the draw."""
    docs = train_documents(corpora)
    taken = used(corpora)
    pool = [
        d.index
        for d in docs
        if d.index not in taken and len(d.text) <= MAX_CHARS and len(CASUALTY.findall(d.text)) >= 2
    ]
    chosen = random.Random(SEED).sample(pool, SIZE)
    return chosen[0::2], chosen[1::2]


if __name__ == "__main__":
    half_a, half_b = draw(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
    print("A", *half_a)
    print("B", *half_b)
