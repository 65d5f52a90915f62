"""Draw the session-22 PolNeAR agreements check set: 24 PolNeAR **train** texts holding an agreement cue.

Candidates: the texts of ``corpora/polnear/train/text/`` (never dev, which claims' public figure reads;
never anything named test) whose ``metadata.tsv`` compartment is ``train`` and whose file stem no file
under ``evaluation/`` or ``tests/`` names (files tagged ``_s22`` or later and committed pools skipped, so
the draw reproduces), one per article (by file stem), holding at least one agreement cue (``CUE``: agreement,
accord, deal, treaty, ceasefire/truce, pact, talks, memorandum, merger/acquisition/takeover, signed; whole
words, any case). The pool is committed as ``agreements_polnear_s22_pool.txt`` (``stem wire cues chars``,
``wire`` the metadata's wire service or ``-``). The draw keeps texts of at most 5,500 characters: wire
copies (AP, AFP, Reuters, UPI) with a cue, at most 8, then other texts with at least two cues, until 16,
each group by ``random.Random(2022)`` in turn. A second stage (decided after stage 1's gold, 10
records, was committed and before any layer ran on the texts, because 10 fell short of the 30 wanted)
draws 8 more by the same generator from the short non-wire texts with at least three cues that stage 1
left. Half A (tuned on) is every even position, half B (summary only) every odd one.
The texts are never stored: the scorer rebuilds them from the corpus.
Run as ``python -m evaluation.data.select_agreements_polnear_s22 CORPORA [--pool]``.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from evaluation.data.drawing import ids_named_before, polnear_metadata

SEED = 2022
SESSION = 22
SIZE = 16
WIRE_MOST = 8
MAX_CHARS = 5500
LEAST_OTHER = 2
TOP_UP = 8
LEAST_TOP_UP = 3
DATA = Path(__file__).resolve().parent
ROOT = DATA.parents[1]
POOL = DATA / "agreements_polnear_s22_pool.txt"
CUE = re.compile(
    r"\b(agreements?|accords?|deals?|treat(?:y|ies)|cease-?fires?|truces?|pacts?|talks|memorand(?:um|a)"
    r"|mergers?|acquisitions?|takeovers?|signed)\b",
    re.IGNORECASE,
)
NO_WIRE = frozenset({"", "None", "NA"})


def cue_count(text: str) -> int:
    """How many agreement cues a text holds (whole words, any case)."""
    return len(CUE.findall(text))


def wire_of(value: str) -> str:
    """The wire service of a metadata ``wire`` cell, upper-cased, or ``-`` when the text is no wire copy."""
    return "-" if value.strip() in NO_WIRE else value.strip().upper()


def train_metadata(corpora: Path) -> dict[str, dict[str, str]]:
    """The ``metadata.tsv`` rows of PolNeAR's train compartment, by file stem."""
    return {stem: r for stem, r in polnear_metadata(corpora).items() if r["compartment"] == "train"}


def pool(corpora: Path) -> list[str]:
    """The candidates in stem order: ``stem wire cues chars``."""
    folder = corpora / "polnear"
    meta = train_metadata(corpora)
    texts = {p.stem: p for p in sorted((folder / "train" / "text").glob("*.txt")) if p.stem in meta}
    texts = {s: p for s, p in texts.items() if "test" not in s}
    named = ids_named_before(ROOT, set(texts), SESSION)
    out = []
    for stem, path in sorted(texts.items()):
        text = path.read_text(encoding="utf-8")
        if stem not in named and cue_count(text):
            out.append(f"{stem} {wire_of(meta[stem]['wire'])} {cue_count(text)} {len(text)}")
    return out


def draw(lines: list[str]) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs from the pool's lines: short wire copies, then short cue-rich others,
    then the second stage's top-up of short texts richer still."""
    rows = [line.split() for line in lines if line.strip()]
    short = [r for r in rows if int(r[3]) <= MAX_CHARS]
    wire = [r[0] for r in short if r[1] != "-"]
    other = [r[0] for r in short if r[1] == "-" and int(r[2]) >= LEAST_OTHER]
    rng = random.Random(SEED)
    chosen = rng.sample(wire, min(WIRE_MOST, len(wire)))
    chosen += rng.sample(other, min(SIZE - len(chosen), len(other)))
    richer = [r[0] for r in short if r[1] == "-" and int(r[2]) >= LEAST_TOP_UP and r[0] not in chosen]
    chosen += rng.sample(richer, min(TOP_UP, len(richer)))
    return [(f"polnear-{stem}", "AB"[position % 2]) for position, stem in enumerate(chosen)]


def main(argv: list[str]) -> None:
    """Print the pool (``--pool``) or the draw from the committed pool, one ``id half`` per line."""
    if "--pool" in argv:
        print("\n".join(pool(Path(argv[0]))))
        return
    for chosen, half in draw(POOL.read_text(encoding="utf-8").splitlines()):
        print(chosen, half)


if __name__ == "__main__":
    main(sys.argv[1:] if len(sys.argv) > 1 else ["../shared/corpora"])
