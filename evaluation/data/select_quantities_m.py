"""Select the sentences of check set M of the quantities layer (issue 18, session 41).

Session 40 found the tuning sets tuned out (24 value+unit errors in 702 gold quantities), so set M
widens them from news no set names, weighted to the classes the held-out gap is made of. The
committed pool ``quantities_m_s41_pool.txt`` lists, one a line, ``news <id>`` for each id at the
**odd** places (from 0) of the session's unused news list (duplicates and copies of gold texts
removed; the even places are the outside counting half and stay unread) that no file under
evaluation/ or tests/ names: 414 texts (50 BBC business, 363 other BBC, 1 Wikinews). Sentences and
the *amount* rule are set K's (``select_quantities_k.amount_sentence``). One amount sentence per
text, in three groups each shuffled with ``random.Random(SEED_M)``: every Wikinews story, then 40
BBC business and 79 other BBC texts (``QUOTAS``). Within a text the sentence is drawn among its
amount sentences that carry a *class cue* (``class_cue``: a rate "per"/"a day"/"a share"..., a verb
or noun of change, an age), else among all its amount sentences: the classes issue 18 names
(rates and compound units, changes, ages; counted nouns come with them). The rows are shuffled by
the same generator and alternate between half A (``check_m_a``, even rows: the tuning part of the
next session) and half B (``check_m_b``, odd rows: its counting part, summary figures only until a
rule is counted on it). The rule was written down before any gold or system run. Rows keep the
news id and the sentence index only. Run: ``python -m evaluation.data.select_quantities_m
[--corpora PATH]``.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

from evaluation.data.drawing import corpora_folder
from evaluation.data.select_quantities import sentences
from evaluation.data.select_quantities_k import amount_sentence, pool_texts

__all__ = ["HALVES", "POOL", "QUOTAS", "SEED_M", "class_cue", "main", "selection", "texts"]

SEED_M = 20264118
HALVES = ("check_m_a", "check_m_b")
POOL = Path(__file__).resolve().parent / "quantities_m_s41_pool.txt"
#: the groups of the draw, in order: (name, how many texts; None for all of them)
QUOTAS: tuple[tuple[str, int | None], ...] = (
    ("wire", None),
    ("bbc-business", 40),
    ("bbc-other", 79),
)
#: the cues of issue 18's classes: rates, changes, ages (a closed list written before any draw)
_CUE = re.compile(
    r"\b(?:per|a (?:day|week|month|year|share|barrel|tonne|ton|head|litre|gallon)|each (?:day|year)"
    r"|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|up|down|increase[sd]?|decrease[sd]?|cut|cuts"
    r"|drop(?:s|ped)?|gain(?:s|ed)?|jump(?:s|ed)?|climb(?:s|ed)?|grew|growth|lost|slump(?:s|ed)?"
    r"|aged|year-old|years old)\b",
    re.IGNORECASE,
)


def class_cue(piece: str) -> bool:
    """Whether a sentence carries a cue of issue 18's classes (a rate, a change or an age)."""
    return _CUE.search(piece) is not None


def _group(key: str) -> str:
    """The draw group of a pool line's key ("news bbc-business-5" -> "bbc-business")."""
    name = key.split(" ", 1)[1]
    if not name.startswith("bbc-"):
        return "wire"
    return "bbc-business" if name.startswith("bbc-business-") else "bbc-other"


def texts(corpora: Path) -> dict[str, str]:
    """The pool's texts by pool line ("news <id>")."""
    return pool_texts(corpora, POOL)


def _choice(text: str, rng: random.Random) -> int | None:
    """A drawn amount sentence of the text, one with a class cue when there is one; None if none."""
    found = [(i, text[s:e]) for i, (s, e) in enumerate(sentences(text)) if amount_sentence(text[s:e])]
    cued = [i for i, piece in found if class_cue(piece)]
    among = cued or [i for i, _ in found]
    return rng.choice(among) if among else None


def selection(pool: dict[str, str]) -> list[dict[str, Any]]:
    """The seeded draw (module docstring): rows of ``news``, ``sentence`` and ``split``."""
    rng = random.Random(SEED_M)
    chosen: list[tuple[str, int]] = []
    for name, quota in QUOTAS:
        order = sorted(k for k in pool if _group(k) == name)
        rng.shuffle(order)
        taken = 0
        for key in order:
            if quota is not None and taken >= quota:
                break
            index = _choice(pool[key], rng)
            if index is not None:
                chosen.append((key, index))
                taken += 1
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
