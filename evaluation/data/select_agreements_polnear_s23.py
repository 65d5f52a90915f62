"""Draw the session-23 PolNeAR agreements check set: 23 PolNeAR **train** texts holding agreement cues.

Candidates: the PolNeAR **train** texts reserved for this session's new gold (407 texts of
``corpora/polnear/train/text/`` that no file under ``evaluation/`` or ``tests/`` named, kept apart from
the texts the rules are counted on; never dev, never anything named test), one per article (by file
stem), whose stem no file under evaluation/ or tests/ names (files tagged ``_s23`` or later and committed
pools skipped, so the draw reproduces), holding at least one agreement cue (``CUE``: agreement, accord,
deal, treaty, pact, ceasefire, truce, armistice, contract, merger, takeover, acquisition, memorandum;
whole words, any case; unlike session 22's cue, never "talks" or "signed", which are mostly not deals).
The pool is committed as ``agreements_polnear_s23_pool.txt`` (``stem wire cues chars``; 92 texts, none
a wire copy). The draw (``random.Random(2323)``) takes, in seeded order, every text of at most 5,500
characters with two cues or more (6), then 10 of the texts of 5,501 to 10,000 characters with two cues
or more (17): short texts first, none over 10,000. A second stage (decided after stage 1's gold, 26
records of which 9 in half A, was committed and before any layer ran on the texts, because 26 fell
short of the 30 wanted) takes, by the same generator, the 7 texts of 5,501 to 10,000 characters with
two cues or more that stage 1 left: 23 texts. Half A (tuned on) is every even position, half B
(summary only) every odd one. The texts are never stored: the scorer rebuilds them from the corpus.
Run as ``python -m evaluation.data.select_agreements_polnear_s23 CORPORA [POOL_FILE]``, or
``CORPORA --pool RESERVED`` (the reserved stems, one a line) to print the pool.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from evaluation.data.drawing import ids_named_before, polnear_metadata, run_draw

SEED = 2323
SESSION = 23
SHORT_CHARS = 5500
LONG_CHARS = 10000
LEAST_CUES = 2
LONG_TAKEN = 10
DATA = Path(__file__).resolve().parent
ROOT = DATA.parents[1]
POOL = DATA / "agreements_polnear_s23_pool.txt"
PREFIX = "polnear-"
CUE = re.compile(
    r"\b(agreements?|accords?|deals?|treat(?:y|ies)|pacts?|cease-?fires?|truces?|armistices?|contracts?"
    r"|mergers?|takeovers?|acquisitions?|memorand(?:um|a))\b",
    re.IGNORECASE,
)
NO_WIRE = frozenset({"", "None", "NA"})


def cue_count(text: str) -> int:
    """How many agreement cues a text holds (whole words, any case)."""
    return len(CUE.findall(text))


def wire_of(value: str) -> str:
    """The wire service of a metadata ``wire`` cell, upper-cased, or ``-`` when the text is no wire copy."""
    return "-" if value.strip() in NO_WIRE else value.strip().upper()


def pool_line(corpora: Path, stem: str, wire: str) -> str | None:
    """A candidate's pool line (``stem wire cues chars``), or None when its text holds no cue."""
    text = (corpora / "polnear" / "train" / "text" / f"{stem}.txt").read_text(encoding="utf-8")
    return f"{stem} {wire_of(wire)} {cue_count(text)} {len(text)}" if cue_count(text) else None


def pool(corpora: Path, reserved: list[str]) -> list[str]:
    """The candidates among the ``reserved`` stems, in stem order: train texts that no earlier file names
    and that hold a cue."""
    meta = {s: r for s, r in polnear_metadata(corpora).items() if r["compartment"] == "train"}
    stems = {s.removesuffix(".txt") for s in reserved if s.strip()} & set(meta)
    stems = {s for s in stems if "test" not in s}
    named = ids_named_before(ROOT, stems, SESSION)
    lines = (pool_line(corpora, stem, meta[stem]["wire"]) for stem in sorted(stems - named))
    return [line for line in lines if line]


def draw(lines: list[str]) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs from the pool's lines: every short cue-rich text, then 10 longer ones,
    then (the second stage) the longer ones left."""
    rows = [line.split() for line in lines if line.strip()]
    rich = [r for r in rows if int(r[2]) >= LEAST_CUES]
    short = [r[0] for r in rich if int(r[3]) <= SHORT_CHARS]
    longer = [r[0] for r in rich if SHORT_CHARS < int(r[3]) <= LONG_CHARS]
    rng = random.Random(SEED)
    chosen = rng.sample(short, len(short))
    chosen += rng.sample(longer, min(LONG_TAKEN, len(longer)))
    rest = [stem for stem in longer if stem not in chosen]
    chosen += rng.sample(rest, len(rest))
    return [(f"{PREFIX}{stem}", "AB"[position % 2]) for position, stem in enumerate(chosen)]


def main(argv: list[str]) -> None:
    """Print the pool (``CORPORA --pool RESERVED``) or the draw from a pool file, one ``id half`` a line."""
    if len(argv) == 3 and argv[1] == "--pool":
        print("\n".join(pool(Path(argv[0]), Path(argv[2]).read_text(encoding="utf-8").split())))
        return
    run_draw(argv, lambda corpora: [], draw, POOL)


if __name__ == "__main__":
    main(sys.argv[1:] if len(sys.argv) > 1 else ["../shared/corpora"])
