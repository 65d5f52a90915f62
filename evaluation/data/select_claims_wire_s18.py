"""Draw the session-18 wire claims check set: 20 unused TempEval-3 train stories rich in attribution cues.

Candidates are TempEval-3 **train** files (TimeBank and AQUAINT, never platinum; text = the TEXT element
without its tags, ``evaluation.dates.read_tml``) of 600 to 3,000 characters with at least three
attribution cues (said, told, according to, accused, believes, announced, denied, statement; whole
words, any case) whose file name no earlier file of ``evaluation/data`` names (files tagged ``_s18`` or
later and committed pools skipped, so the draw reproduces) and that neither session-18 wire draw pooled
(``events_wire_s18_pool.txt``, ``agreements_wire_s18_pool.txt``). Each candidate is marked with its news
source (the letters that open its file name, upper-cased: APW, NYT, XIE, WSJ, ...). The candidates are
shuffled with ``random.Random(18184)`` and taken in that order, at most 6 from one source, until 20.
Half A (tuned on) is every even position, half B (summary only) every odd one. The pool is committed as
``claims_wire_s18_pool.txt`` (``CORPORA --pool``), the draw as ``claims_wire_s18_ids.txt``.
Run as ``python -m evaluation.data.select_claims_wire_s18 CORPORA [POOL_FILE]``.
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from evaluation.data.drawing import earlier_text, run_draw, tempeval_stories
from evaluation.data.select_agreements_wire_s18 import POOL as AGREEMENTS_POOL
from evaluation.data.select_events_wire_s18 import POOL as EVENTS_POOL

SEED = 18184
SESSION = 18
SIZE = 20
PER_SOURCE = 6
MIN_CHARS, MAX_CHARS, MIN_CUES = 600, 3000, 3
DATA = Path(__file__).resolve().parent
POOL = DATA / "claims_wire_s18_pool.txt"
CUE = re.compile(r"\b(said|told|according to|accused|believes|announced|denied|statement)\b", re.I)
_SOURCE = re.compile(r"[A-Za-z]+")


def cue_count(text: str) -> int:
    """How many attribution cues a text holds (whole words, any case)."""
    return len(CUE.findall(text))


def news_source(name: str) -> str:
    """The news source of a TempEval-3 file name: its opening letters, upper-cased ("wsj_0006" -> WSJ)."""
    match = _SOURCE.match(name)
    return match.group().upper() if match else "?"


def _pooled() -> set[str]:
    """The ids either earlier session-18 wire draw pooled (their first column)."""
    return {
        line.split()[0]
        for path in (EVENTS_POOL, AGREEMENTS_POOL)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def pool(corpora: Path) -> list[str]:
    """The candidates in file order, each with its news source: ``id SOURCE`` (a tagged folder such as
    ``anchors_wire_s18/`` counts as this session's, so its files are not read)."""
    named = earlier_text(DATA, SESSION, whole_path=True)
    return [
        f"{set_id} {news_source(stem)}"
        for set_id, stem, text in tempeval_stories(corpora, named, _pooled())
        if MIN_CHARS <= len(text) <= MAX_CHARS and cue_count(text) >= MIN_CUES
    ]


def draw(lines: Iterable[str]) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs: the seeded shuffle of the pool, at most ``PER_SOURCE`` per source."""
    rows = [line.split() for line in lines if line.strip()]
    random.Random(SEED).shuffle(rows)
    chosen: list[str] = []
    per_source: Counter[str] = Counter()
    for identifier, source in rows:
        if per_source[source] < PER_SOURCE:
            chosen.append(identifier)
            per_source[source] += 1
        if len(chosen) == SIZE:
            break
    return [(i, "AB"[position % 2]) for position, i in enumerate(chosen)]


def main(argv: list[str]) -> None:
    """Print the pool (``CORPORA --pool``) or the draw from a pool file, one ``id half`` a line."""
    run_draw(argv, pool, draw, POOL)


if __name__ == "__main__":
    main(sys.argv[1:])
