"""Draw the session-16 CoNLL agreements check set: 24 eng.train documents with an agreement cue, seed 1616.

Documents are those of ``evaluation.conll_documents.read_documents`` (CoNLL-2003 train, Reuters August
1996; never eng.testa), at most 2,500 characters, with one of the cue words below, and not named by
any earlier check set (a ``doc`` or ``document`` index in a CHECK_SETS file, or a
``conll-train-N`` id or a CoNLL id list anywhere under evaluation/data; files tagged ``_s16`` or a
later session are not read, so the draw reproduces). Political and
diplomatic stories come first: the candidates with a political cue (ceasefire, truce, peace, accord,
pact, treaty, talks) are shuffled with ``random.Random(1616)`` and taken before the others (shuffled
by the same generator): the first 16 political ones, then 8 of the others, 24 in all. Half A
(tuned on) is every drawn document at an even position of the printed list, half B (never read)
every one at an odd position. Only the document indexes and the gold are stored; the eval rebuilds
the text from the corpus.
Run as ``python -m evaluation.data.select_agreements_conll_s16 CORPORA``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

from evaluation.conll_documents import read_documents, train_path
from evaluation.data.drawing import CHECK_SETS, DRAWN_AFTER_S16, tagged_before

CUE = re.compile(
    r"\b(cease-?fires?|truces?|accords?|agreements?|pacts?|deals?|treat(y|ies)|peace plan|mergers?"
    r"|takeovers?|signed|contracts?)\b",
    re.I,
)
POLITICAL = re.compile(r"\b(cease-?fires?|truces?|peace|accords?|pacts?|treat(y|ies)|talks)\b", re.I)
SEED = 1616
POLITICAL_COUNT = 16
COUNT = 24
MAX_CHARS = 2500
DATA = Path(__file__).resolve().parent
SESSION = 16
TRAIN_ID = re.compile(r"conll(?:2003)?-train-(\d+)")


def _earlier(name: str) -> bool:
    """Whether a data file predates this draw (no ``_sN`` tag of this session or later): it reproduces."""
    return tagged_before(name, SESSION)


def used_documents() -> set[int]:
    """The CoNLL indexes earlier check sets name: ``doc``/``document`` keys, train ids, CoNLL id lists."""
    used: set[int] = set()
    for name in sorted(CHECK_SETS):
        path = DATA / name
        if path.suffix != ".jsonl" or not path.is_file() or not _earlier(name) or name in DRAWN_AFTER_S16:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            for key in ("doc", "document"):
                if isinstance(row.get(key), int):
                    used.add(row[key])
    for path in sorted(DATA.iterdir()):
        if path.is_file() and path.suffix in (".jsonl", ".json", ".py", ".txt") and _earlier(path.name):
            text = path.read_text(encoding="utf-8")
            used.update(int(n) for n in TRAIN_ID.findall(text))
            if "conll" in path.name and path.suffix == ".txt":
                used.update(int(line.split()[0]) for line in text.splitlines() if line.strip())
    return used


def draw(corpora: Path) -> list[tuple[int, str]]:
    """The drawn (document index, half) pairs, in the seeded order."""
    used = used_documents()
    docs = [
        d
        for d in read_documents(train_path(corpora))
        if len(d.text) <= MAX_CHARS and CUE.search(d.text) and d.index not in used
    ]
    rng = random.Random(SEED)
    political = [d for d in docs if POLITICAL.search(d.text)]
    others = [d for d in docs if not POLITICAL.search(d.text)]
    rng.shuffle(political)
    rng.shuffle(others)
    chosen = political[:POLITICAL_COUNT] + others[: COUNT - min(POLITICAL_COUNT, len(political))]
    return [(doc.index, "AB"[k % 2]) for k, doc in enumerate(chosen)]


def main(corpora: str) -> None:
    """Print the draw: one ``index half`` line per document."""
    for index, half in draw(Path(corpora)):
        print(index, half)


if __name__ == "__main__":
    main(sys.argv[1])
