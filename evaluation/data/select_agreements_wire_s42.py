"""Draw the session-42 wire agreements check set: about 30 TempEval-3 train stories with an agreement word.

Candidates are TempEval-3 **train** files (TimeBank and AQUAINT; text = the TEXT element without its
tags, ``evaluation.dates.read_tml``) of the dates layer's **tune part only**: the held fifth (the 5th,
10th, ... file of each corpus in name order, ``evaluation.dates.part_of``) is dropped by file name
before any text is read. Files whose stem an earlier file of ``evaluation/data`` names are skipped
(files tagged ``_s42`` or later and committed pools left out, so the draw reproduces). A candidate has
at most 4,000 characters and an agreement word by surface form (``CUE``); it is political (``P``) when
it holds a political or diplomatic word (``POLITICAL``), else other (``O``). Both groups are shuffled by
``random.Random(42917)``. TempEval ran short (3 candidates: earlier sets named nearly every tune file), so
the even places (counting from 0) of the session's unused news list (``python -m
evaluation.outside_lists --write-unused FILE``) top it up by the same filters (``CORPORA --news-pool
FILE``). The draw takes every TempEval candidate, then news political ones up to 20 political in all,
then fills to 30 with news others. Half A is every even position, half B every odd one. The pool (both
sources) is committed as ``agreements_wire_s42_pool.txt``, the draw as ``agreements_wire_s42_ids.txt``.
Run as ``python -m evaluation.data.select_agreements_wire_s42 CORPORA [POOL_FILE]``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from evaluation.data.drawing import earlier_text, run_draw, tempeval_id, tempeval_stories

SEED: Final = 42917
SESSION: Final = 42
SIZE: Final = 30
POLITICAL_COUNT: Final = 20
MAX_CHARS: Final = 4000
HELD_EVERY: Final = 5
DATA: Final = Path(__file__).resolve().parent
POOL: Final = DATA / "agreements_wire_s42_pool.txt"
CUE: Final = re.compile(
    r"\b(deals?|agreements?|accords?|pacts?|treat(?:y|ies)|cease-?fires?|truces?|contracts?|mergers?"
    r"|takeovers?|acquisitions?|talks|signed|agreed)\b",
    re.I,
)
POLITICAL: Final = re.compile(
    r"\b(cease-?fires?|truces?|accords?|pacts?|treat(?:y|ies)|peace|talks|diplomat\w*|minister\w*"
    r"|government|president)\b",
    re.I,
)


def held_ids(corpora: Path) -> set[str]:
    """The ids of the dates layer's held fifth, by file name only (no text is read)."""
    out: set[str] = set()
    for corpus in ("timebank", "aquaint"):
        names = sorted(p.name for p in (corpora / "tempeval3" / corpus).glob("*.tml"))
        out |= {tempeval_id(f"{corpus}/{n}") for i, n in enumerate(names) if i % HELD_EVERY == HELD_EVERY - 1}
    return out


def pool(corpora: Path) -> list[str]:
    """The candidates in file order, each ``P`` (political word) or ``O`` (other): ``id kind``."""
    return [
        f"{set_id} {'P' if POLITICAL.search(text) else 'O'}"
        for set_id, _, text in tempeval_stories(corpora, earlier_text(DATA, SESSION), held_ids(corpora))
        if len(text) <= MAX_CHARS and CUE.search(text)
    ]


def news_pool(corpora: Path, unused: Path) -> list[str]:
    """The news candidates: even places of the unused list, same filters, ``id kind`` in list order."""
    ids = unused.read_text(encoding="utf-8").split()[::2]
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        texts = {a["id"]: a["text"] for a in map(json.loads, handle) if a["id"] in set(ids)}
    return [
        f"{i} {'P' if POLITICAL.search(texts[i]) else 'O'}"
        for i in ids
        if i in texts and len(texts[i]) <= MAX_CHARS and CUE.search(texts[i])
    ]


def draw(lines: Iterable[str]) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs: TempEval, news political to 20, news others to 30, each seeded."""
    rows = [line.split() for line in lines if line.strip()]
    wire = [i for i, _ in rows if i.startswith("tempeval3-")]
    political = [i for i, kind in rows if kind == "P" and i not in wire]
    others = [i for i, kind in rows if kind == "O" and i not in wire]
    rng = random.Random(SEED)
    rng.shuffle(wire)
    rng.shuffle(political)
    rng.shuffle(others)
    chosen = wire[:SIZE]
    chosen += political[: max(0, POLITICAL_COUNT - len(chosen))]
    chosen += others[: SIZE - len(chosen)]
    return [(i, "AB"[position % 2]) for position, i in enumerate(chosen)]


def main(argv: list[str]) -> None:
    """Print the pool (``CORPORA --pool``) or the draw from a pool file, one ``id half`` a line."""
    if len(argv) == 3 and argv[1] == "--news-pool":
        print("\n".join(news_pool(Path(argv[0]), Path(argv[2]))))
        return
    run_draw(argv, pool, draw, POOL)


if __name__ == "__main__":
    main(sys.argv[1:])
