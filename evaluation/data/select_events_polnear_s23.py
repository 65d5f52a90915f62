"""Draw the session-23 events check set from PolNeAR **train**: 32 texts with casualty cues, seed 2323.

Source: ``polnear/train/text/`` (2015-2016 US election news; never dev, never test), restricted to the
407 texts the session reserved for new gold (the lead's list of train texts named by no file under
evaluation/ or tests/, given as ``RESERVED``), one text per article (a file stem), whose stem no
earlier file under evaluation/ or tests/ names. The pool is every such text with at least two casualty
cues (``CUE``, the layer's trigger words), ``id chars cues dense`` a line (``dense``: how many cues are
death or injury words, ``DENSE``; political "attacks" and "shot" as in "a long shot" are the rest).
The draw takes every pooled text of at most 5,500 characters with a death or injury cue (the pool
holds only 32: all are taken, as the brief allows when ~30 events need them), first those with two
dense cues or more, then those with one, each group in a seeded order (one ``random.Random(2323)``);
the order fixes the halves: A (to tune on) every even position, B (summary only) every odd one. The
pool is committed as ``events_polnear_s23_pool.txt`` (``CORPORA --pool RESERVED``), the draw as
``events_polnear_s23_ids.txt``. Research only: ids, never texts, are stored.
Run as ``python -m evaluation.data.select_events_polnear_s23 CORPORA [POOL_FILE]``.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from evaluation.data.drawing import ids_named_before, run_draw

SEED = 2323
SESSION = 23
MAX_CHARS = 5500
DATA = Path(__file__).resolve().parent
ROOT = DATA.parent.parent
POOL = DATA / "events_polnear_s23_pool.txt"
PREFIX = "polnear-"
CUE = re.compile(
    r"\b(killed|killings?|dead|died|deaths?|death toll|wounded|injured|shot|shootings?|massacres?"
    r"|bombings?|attacks?|casualties|murder(?:ed|s)?)\b",
    re.I,
)
DENSE = re.compile(
    r"\b(killed|killings?|dead|died|deaths?|wounded|injured|massacres?|casualties|murder(?:ed|s)?)\b", re.I
)


def cues(text: str) -> tuple[int, int]:
    """How many casualty cues the text holds, and how many of them are death or injury words."""
    return len(CUE.findall(text)), len(DENSE.findall(text))


def pool(corpora: Path, reserved: Iterable[str]) -> list[str]:
    """The candidates among the reserved file names, ``polnear-STEM CHARS CUES DENSE`` a line, by stem:
    texts with two cues or more whose stem no earlier file under evaluation/ or tests/ names."""
    folder = corpora / "polnear" / "train" / "text"
    texts = {Path(n).stem: (folder / n).read_text(encoding="utf-8") for n in reserved if n.strip()}
    named = ids_named_before(ROOT, set(texts), SESSION)
    lines = []
    for stem in sorted(texts):
        found, dense = cues(texts[stem])
        if stem not in named and found >= 2:
            lines.append(f"{PREFIX}{stem} {len(texts[stem])} {found} {dense}")
    return lines


def draw(lines: Iterable[str]) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs of the pool's lines: every text of at most ``MAX_CHARS`` with a death or
    injury cue, those with two or more first, each group shuffled by one seeded generator."""
    pooled = [line.split() for line in lines if line.strip()]
    short = [(i, int(dense)) for i, chars, _, dense in pooled if int(chars) <= MAX_CHARS and int(dense) >= 1]
    rng = random.Random(SEED)
    chosen: list[str] = []
    for group in ([i for i, d in short if d >= 2], [i for i, d in short if d == 1]):
        chosen += rng.sample(group, len(group))
    return [(i, "AB"[position % 2]) for position, i in enumerate(chosen)]


def main(argv: list[str]) -> None:
    """Print the pool (``CORPORA --pool RESERVED``: the reserved file names, one a line) or the draw from
    a pool file (``CORPORA [POOL_FILE]``), one ``id half`` a line."""
    if len(argv) == 3 and argv[1] == "--pool":
        print("\n".join(pool(Path(argv[0]), Path(argv[2]).read_text(encoding="utf-8").splitlines())))
        return
    run_draw(argv, lambda corpora: [], draw, POOL)


if __name__ == "__main__":
    main(sys.argv[1:])
