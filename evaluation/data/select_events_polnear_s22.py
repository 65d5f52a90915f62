"""Draw the session-22 events check set from PolNeAR **train**: 26 texts with casualty cues, seed 2222.

Source: ``polnear/train/text/`` (2016 US election news of 7 publishers; never dev, never test), one
text per article (copies deduplicated by filename stem), whose stem no file under evaluation/ or
tests/ names. A candidate has at most 3,000 characters and at least two casualty cues (``CUE``, the
layer's trigger words). The draw takes a seeded sample of the wire stories (``metadata.tsv``'s
``wire`` column: AP, AFP, Reuters, UPI) up to 16, then the others (2 wire in the pool) (one
``random.Random(2222)``). Half A (tuned on) is every even position, half B (summary only) every odd
one. A second stage, added before any gold was written because the first 16 held few casualty facts
(election news), draws 10 more from the texts not drawn that have at most 4,000 characters and at
least two death or injury cues (``DENSE``). The pool is committed as ``events_polnear_s22_pool.txt``
(``CORPORA --pool``), one ``id wire first dense`` a line (the two flags 0 or 1: which stage may take
it), the draw as ``events_polnear_s22_ids.txt``. Research only: ids, never texts, are stored.
Run as ``python -m evaluation.data.select_events_polnear_s22 CORPORA [POOL_FILE]``.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from evaluation.data.drawing import ids_named_before, polnear_metadata, run_draw

SEED = 2222
SESSION = 22
SIZE = 16
SIZE_DENSE = 10
MAX_CHARS = 3000
MAX_CHARS_DENSE = 4000
DATA = Path(__file__).resolve().parent
ROOT = DATA.parent.parent
POOL = DATA / "events_polnear_s22_pool.txt"
PREFIX = "polnear-"
#: ``wire`` values of a wire copy (``NA``, ``None`` and blank are a publisher's own story)
WIRE = frozenset({"ap", "afp", "reuters", "upi", "wire"})
CUE = re.compile(
    r"\b(killed|killing|dead|died|death toll|wounded|injured|shot|bombings?|attacks?|massacre|clashes)\b",
    re.I,
)
DENSE = re.compile(r"\b(killed|killing|dead|died|death toll|wounded|injured|massacre)\b", re.I)


def qualifies(text: str) -> bool:
    """At most 3,000 characters and two casualty cues."""
    return len(text) <= MAX_CHARS and len(CUE.findall(text)) >= 2


def dense(text: str) -> bool:
    """At most 4,000 characters and two death or injury cues (the second stage)."""
    return len(text) <= MAX_CHARS_DENSE and len(DENSE.findall(text)) >= 2


def pool(corpora: Path) -> list[str]:
    """The candidates, ``polnear-STEM WIRE FIRST DENSE`` a line (flags 0/1), sorted by stem."""
    texts = {
        p.stem: p.read_text(encoding="utf-8") for p in (corpora / "polnear" / "train" / "text").glob("*.txt")
    }
    named = ids_named_before(ROOT, set(texts), SESSION)
    wire = {stem: r["wire"] for stem, r in polnear_metadata(corpora).items()}
    return [
        f"{PREFIX}{stem} {wire.get(stem) or 'None'} {int(qualifies(texts[stem]))} {int(dense(texts[stem]))}"
        for stem in sorted(texts)
        if stem not in named and (qualifies(texts[stem]) or dense(texts[stem]))
    ]


def draw(lines: Iterable[str]) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs of the pool's lines: a seeded sample of first-stage wire stories up to
    ``SIZE``, then of the other first-stage ones, then ``SIZE_DENSE`` of the dense texts not drawn."""
    pooled = [line.split() for line in lines if line.strip()]
    first = [(i, kind) for i, kind, stage, _ in pooled if stage == "1"]
    wire = [i for i, kind in first if kind.lower() in WIRE]
    news = [i for i, kind in first if kind.lower() not in WIRE]
    rng = random.Random(SEED)
    chosen = rng.sample(wire, min(SIZE, len(wire)))
    chosen += rng.sample(news, min(SIZE - len(chosen), len(news)))
    rest = [i for i, _, _, more in pooled if more == "1" and i not in chosen]
    chosen += rng.sample(rest, min(SIZE_DENSE, len(rest)))
    return [(i, "AB"[position % 2]) for position, i in enumerate(chosen)]


def main(argv: list[str]) -> None:
    """Print the pool (``CORPORA --pool``) or the draw from a pool file, one ``id half`` a line."""
    run_draw(argv, pool, draw, POOL)


if __name__ == "__main__":
    main(sys.argv[1:])
