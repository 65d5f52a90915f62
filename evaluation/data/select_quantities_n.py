"""Select the sentences of check set N of the quantities layer (issue 18, session 42).

Set N is the counting set of the class "an amount that qualifies a change noun" ("a 5% pay rise", "the
£4bn tax cuts"), which the older check sets hold almost none of. The committed pool
``quantities_n_s42_pool.txt`` lists, one a line, ``news <id>`` for each id at the **even** places (from
0) of the session's unused news list (``evaluation.outside_lists --write-unused``: duplicates and copies
of gold texts removed; the odd places are the outside half the scanners read) that no file under
evaluation/ or tests/ names: 387 BBC texts. The selection is by surface form, wider than any rule: a
*near* sentence holds a number (digits other than a year, or a number word) followed within four words
by a change word (``CHANGE``: nouns and verb forms of rise and fall from general English, written before
the draw); a *wide* sentence holds a number and a change word anywhere. Both must be amount sentences
of 6-70 words with a capital start (set K's shape, number words added). The texts are shuffled with
``random.Random(SEED_N)``; each text in turn gives one near sentence (drawn among its near sentences)
while fewer than ``NEAR`` are taken, else one wide sentence while fewer than ``WIDE`` are taken. The
rows are shuffled by the same generator and alternate between ``check_n_a`` (even rows) and
``check_n_b`` (odd rows). Rows keep the news id and the sentence index only. Run:
``python -m evaluation.data.select_quantities_n [--corpora PATH]``.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

from evaluation.data.drawing import corpora_folder
from evaluation.data.select_quantities import sentences
from evaluation.data.select_quantities_k import pool_texts

__all__ = ["HALVES", "NEAR", "POOL", "QUOTAS", "SEED_N", "WIDE", "kind", "main", "selection", "texts"]

SEED_N = 20264207
HALVES = ("check_n_a", "check_n_b")
POOL = Path(__file__).resolve().parent / "quantities_n_s42_pool.txt"
NEAR = 70
WIDE = 30
#: the draw's groups (name, how many sentences), for the tests' shared checks
QUOTAS: tuple[tuple[str, int | None], ...] = (("near", NEAR), ("wide", WIDE))
#: change words from general English (nouns and verb forms of rise and fall), written before the draw
CHANGE = frozenset(
    {
        "rise", "rises", "rising", "rose", "risen",
        "increase", "increases", "increased", "increasing",
        "fall", "falls", "falling", "fell", "fallen",
        "drop", "drops", "dropped", "dropping",
        "cut", "cuts", "cutting",
        "gain", "gains", "gained",
        "growth", "grow", "grew", "grown", "grows",
        "decline", "declines", "declined", "declining",
        "hike", "hikes", "jump", "jumps", "jumped",
        "reduction", "reductions", "reduce", "reduced",
        "loss", "losses", "boost", "boosts", "boosted",
        "saving", "savings", "surge", "surged", "slump", "slumped",
        "climb", "climbed", "decrease", "decreased", "decreases",
        "slide", "slid", "plunge", "plunged", "soar", "soared",
        "upturn", "downturn", "uplift", "shortfall", "slowdown",
    }
)
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?"
    "|thousands?|millions?|billions?|dozens?"
)
_YEAR = re.compile(r"\b(?:18|19|20)\d\d\b")
_NUMBER = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_WORD = re.compile(r"\S+")


def _is_change(token: str) -> bool:
    """Whether a token, stripped of punctuation and case, is a change word."""
    return token.strip(".,;:!?\"'()[]").lower() in CHANGE


def kind(piece: str) -> str | None:
    """``near``, ``wide`` or None for a sentence (module docstring)."""
    if not (6 <= len(piece.split()) <= 70 and piece[:1].isupper()):
        return None
    tokens = _WORD.findall(_YEAR.sub("", piece))
    numbers = [i for i, t in enumerate(tokens) if _NUMBER.search(t)]
    changes = [i for i, t in enumerate(tokens) if _is_change(t)]
    if not numbers or not changes:
        return None
    near = any(0 < c - n <= 4 for n in numbers for c in changes)
    return "near" if near else "wide"


def texts(corpora: Path) -> dict[str, str]:
    """The pool's texts by pool line ("news <id>")."""
    return pool_texts(corpora, POOL)


def _kinds(text: str) -> dict[str, list[int]]:
    """The text's sentence indices by kind."""
    found: dict[str, list[int]] = {"near": [], "wide": []}
    for i, (s, e) in enumerate(sentences(text)):
        which = kind(text[s:e])
        if which is not None:
            found[which].append(i)
    return found


def selection(pool: dict[str, str]) -> list[dict[str, Any]]:
    """The seeded draw (module docstring): rows of ``news``, ``sentence`` and ``split``."""
    rng = random.Random(SEED_N)
    order = sorted(pool)
    rng.shuffle(order)
    chosen: list[tuple[str, int]] = []
    taken = {"near": 0, "wide": 0}
    for key in order:
        found = _kinds(pool[key])
        for which, quota in QUOTAS:
            if found[which] and quota is not None and taken[which] < quota:
                chosen.append((key, rng.choice(found[which])))
                taken[which] += 1
                break
    rng.shuffle(chosen)
    return [
        {"news": key.split(" ", 1)[1], "sentence": index, "split": HALVES[n % 2]}
        for n, (key, index) in enumerate(chosen)
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines."""
    for row in selection(texts(corpora_folder(argv, __doc__))):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
