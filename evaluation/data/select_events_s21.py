"""Draw the session-21 events check set: 20 unused texts with casualty cues, seed 2121.

Sources: TempEval-3 **train** files (TimeBank, AQUAINT; never platinum, never the dates layer's held
fifth, which ``evaluation/data/README.md`` names) whose stem no earlier file of this folder names,
CoNLL-2003 **train** stories no earlier file names (``select_events_wire_s18`` reading, files tagged
``_s21`` or later skipped), then unused news articles (``/work/brief/unused_ids.txt``, rebuilt at
session 21, less any id a file under evaluation/ or tests/ names). A candidate has at most 4,000
characters and at least three casualty cues (``CUE``). The draw takes every wire candidate (TempEval
and CoNLL) in seeded order, then a seeded sample of news ones up to 20 (one ``random.Random(2121)``).
Half A (tuned on) is every even position, half B (summary only) every odd one. The pool is committed
as ``events_s21_pool.txt`` (``CORPORA --pool [UNUSED_IDS]``), the draw as ``events_s21_ids.txt``.
Run as ``python -m evaluation.data.select_events_s21 CORPORA [POOL_FILE]``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from evaluation.conll_documents import train_documents
from evaluation.data.drawing import earlier_files, earlier_text, ids_named_before, run_draw, tempeval_stories
from evaluation.data.select_events_conll_s16 import used as s16_used
from evaluation.data.select_events_wire_s18 import _indexes_named

SEED = 2121
SESSION = 21
SIZE = 20
MAX_CHARS = 4000
DATA = Path(__file__).resolve().parent
ROOT = DATA.parent.parent
POOL = DATA / "events_s21_pool.txt"
UNUSED = Path("/work/brief/unused_ids.txt")
CUE = re.compile(
    r"\b(killed|killing|killings|dead|died|deaths?|wounded|injured|bodies|massacre|bomb|bombing|shot"
    r"|clash|clashes|attack|attacks|explosion|crash)\b",
    re.I,
)


def qualifies(text: str) -> bool:
    """At most 4,000 characters and three casualty cues."""
    return len(text) <= MAX_CHARS and len(CUE.findall(text)) >= 3


def conll_used(corpora: Path) -> set[int]:
    """CoNLL train indexes that an earlier check set or id list names."""
    taken = set(s16_used(corpora))
    for path in earlier_files(DATA, SESSION):
        taken |= _indexes_named(path, path.read_text(encoding="utf-8", errors="ignore"))
    return taken


def news_candidates(corpora: Path, unused: set[str]) -> list[str]:
    """The unused news ids that no file under evaluation/ or tests/ names and that qualify, sorted."""
    path = corpora / "news" / "articles.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {r["id"]: r["text"] for r in rows if r["id"] in unused}
    named = ids_named_before(ROOT, set(texts), SESSION)
    return sorted(i for i, text in texts.items() if i not in named and qualifies(text))


def pool(corpora: Path, unused_file: Path = UNUSED) -> list[str]:
    """The candidates: unnamed TempEval-3 train files, unused CoNLL train stories, unused news ids."""
    stories = tempeval_stories(corpora, earlier_text(DATA, SESSION), set())
    wire = [set_id for set_id, _, text in stories if qualifies(text)]
    taken = conll_used(corpora)
    wire += [
        f"conll-train-{d.index}"
        for d in train_documents(corpora)
        if d.index not in taken and qualifies(d.text)
    ]
    unused = set(unused_file.read_text(encoding="utf-8").split())
    return wire + news_candidates(corpora, unused)


def is_wire(set_id: str) -> bool:
    """Whether a pool id is a wire story (TempEval-3 or CoNLL) rather than a news-corpus article."""
    return set_id.startswith(("tempeval3-", "conll-train-"))


def draw(lines: Iterable[str]) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs of the pool's lines: every wire candidate in seeded order, then a
    seeded sample of news ones up to ``SIZE``."""
    pooled = [i for line in lines for i in line.split()]
    wire = [i for i in pooled if is_wire(i)]
    news = [i for i in pooled if not is_wire(i)]
    rng = random.Random(SEED)
    chosen = rng.sample(wire, min(SIZE, len(wire)))
    chosen += rng.sample(news, min(SIZE - len(chosen), len(news)))
    return [(i, "AB"[position % 2]) for position, i in enumerate(chosen)]


def main(argv: list[str]) -> None:
    """Print the pool (``CORPORA --pool``) or the draw from a pool file, one ``id half`` a line."""
    run_draw(argv, pool, draw, POOL)


if __name__ == "__main__":
    main(sys.argv[1:])
