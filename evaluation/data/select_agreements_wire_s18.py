"""Draw the session-18 wire agreements check set: 24 unused TempEval-3 train stories with an agreement cue.

Candidates are TempEval-3 **train** files (TimeBank and AQUAINT, never platinum; text = the TEXT element
without its tags, ``evaluation.dates.read_tml``) of at most 4,000 characters with an agreement cue (the
``CUE`` of ``select_agreements_s17`` or "peace plan", "talks on", "signed") whose file name no earlier
file of ``evaluation/data`` names (files tagged ``_s18`` or later and committed pools skipped, so the
draw reproduces) and that the session-18 wire events draw did not pool (``events_wire_s18_pool.txt``,
38 ids). Political stories first: the candidates with a political cue (ceasefire, truce, accord, pact,
treaty, peace deal) are shuffled with ``random.Random(18183)``, then the others by the same generator;
the draw takes 16 political ones, then fills to 24 with the others. Half A (tuned on) is every even
position, half B (summary only) every odd one. The pool is committed as
``agreements_wire_s18_pool.txt`` (``CORPORA --pool``), the draw as ``agreements_wire_s18_ids.txt``.
Run as ``python -m evaluation.data.select_agreements_wire_s18 CORPORA [POOL_FILE]``.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from evaluation.data.drawing import earlier_text, run_draw, tempeval_stories
from evaluation.data.select_agreements_s17 import CUE as S17_CUE
from evaluation.data.select_events_wire_s18 import POOL as EVENTS_POOL

SEED = 18183
SESSION = 18
SIZE = 24
POLITICAL_COUNT = 16
MAX_CHARS = 4000
DATA = Path(__file__).resolve().parent
POOL = DATA / "agreements_wire_s18_pool.txt"
EXTRA_CUE = re.compile(r"\b(peace plans?|talks on|signed)\b", re.I)
POLITICAL = re.compile(r"\b(cease-?fires?|truces?|accords?|pacts?|treat(y|ies)|peace deals?)\b", re.I)


def has_cue(text: str) -> bool:
    """Whether a text holds an agreement cue: the session-17 cue words, "peace plan", "talks on"."""
    return bool(S17_CUE.search(text) or EXTRA_CUE.search(text))


def pool(corpora: Path) -> list[str]:
    """The candidates in file order, each ``P`` (political cue) or ``O`` (other cue): ``id kind``."""
    events = set(EVENTS_POOL.read_text(encoding="utf-8").split())
    return [
        f"{set_id} {'P' if POLITICAL.search(text) else 'O'}"
        for set_id, _, text in tempeval_stories(corpora, earlier_text(DATA, SESSION), events)
        if len(text) <= MAX_CHARS and has_cue(text)
    ]


def draw(lines: Iterable[str]) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs: 16 political candidates in seeded order, then the seeded fill."""
    rows = [line.split() for line in lines if line.strip()]
    political = [i for i, kind in rows if kind == "P"]
    others = [i for i, kind in rows if kind == "O"]
    rng = random.Random(SEED)
    rng.shuffle(political)
    rng.shuffle(others)
    chosen = political[:POLITICAL_COUNT]
    chosen += others[: SIZE - len(chosen)]
    return [(i, "AB"[position % 2]) for position, i in enumerate(chosen)]


def main(argv: list[str]) -> None:
    """Print the pool (``CORPORA --pool``) or the draw from a pool file, one ``id half`` a line."""
    run_draw(argv, pool, draw, POOL)


if __name__ == "__main__":
    main(sys.argv[1:])
