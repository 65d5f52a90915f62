"""Select the sentences of check set K of the quantities layer (issue 18, session 26).

Every tuned-on split reads .92-.99 value+unit while held-out news reads .83-.86 and few tuning errors
are left, so set K widens the tuning sets from text no set names: the committed pool
``quantities_k_s26_pool.txt`` lists, one a line, ``news <id>`` for each id of the session's unused
news list (news articles no file under evaluation/ or tests/ names: 3 Reuters-21578 wire stories, 2
Wikinews, BBC of every section) and ``polnear <file>`` for each text of the session's PolNeAR
outside list (train texts of 2015-2016 US news no set names) that no earlier file names (set J's 59
are left out). Sentences come from ``select_quantities.sentences``: an *amount* sentence has 6 to 70
words, a capital start, and a digit outside a year (a four-digit 18xx/19xx/20xx number) or a scale
word (hundred, thousand, million, billion, dozens). The draw takes one amount sentence per text, in
four groups each shuffled with ``random.Random(SEED_K)``: every Reuters-21578 story, then 12 BBC
business, 15 other BBC (politics, sport, tech, entertainment) and 30 PolNeAR texts (``QUOTAS``), so
that wire business, BBC of mixed sections and US political news stand beside one another. The rows
are then shuffled by the same generator and alternate between half A (``check_k_a``, even rows, tuned
on) and half B (``check_k_b``, odd rows, held out: only its summary figures are printed); the rule was
written down before any gold or system run. Rows keep the source (``news`` id or PolNeAR ``file``) and
the sentence index only; texts are read from the corpus at run time. Run: ``python -m
evaluation.data.select_quantities_k [--corpora PATH]``: one JSON line per sentence.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluation.data.drawing import corpora_folder
from evaluation.data.select_quantities import sentences

__all__ = [
    "HALVES",
    "POOL",
    "QUOTAS",
    "SEED_K",
    "SESSION",
    "amount_sentence",
    "main",
    "pool_texts",
    "seeded_draw",
    "selection",
    "texts",
]

SEED_K = 20262618
SESSION = 26
HALVES = ("check_k_a", "check_k_b")
DATA = Path(__file__).resolve().parent
POOL = DATA / "quantities_k_s26_pool.txt"
#: the groups of the draw, in order: (name, how many texts; None for all of them)
QUOTAS: tuple[tuple[str, int | None], ...] = (
    ("reuters", None),
    ("bbc-business", 12),
    ("bbc-other", 15),
    ("polnear", 30),
)
_YEAR = re.compile(r"\b(?:18|19|20)\d\d\b")
_AMOUNT = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens)\b", re.IGNORECASE)


def amount_sentence(piece: str) -> bool:
    """An amount sentence (module docstring): 6-70 words, a capital start, a non-year digit or scale word."""
    return (
        6 <= len(piece.split()) <= 70 and piece[:1].isupper() and bool(_AMOUNT.search(_YEAR.sub("", piece)))
    )


def _group(key: str) -> str:
    """The draw group of a pool line's key ("news reuters21578-5" -> "reuters")."""
    kind, name = key.split(" ", 1)
    if kind == "polnear":
        return "polnear"
    if name.startswith("reuters21578-"):
        return "reuters"
    return (
        "bbc-business"
        if name.startswith("bbc-business-")
        else ("bbc-other" if name.startswith("bbc-") else "")
    )


def texts(corpora: Path) -> dict[str, str]:
    """The pool's texts by pool line ("news <id>" or "polnear <file>")."""
    return pool_texts(corpora, POOL)


def selection(pool: dict[str, str]) -> list[dict[str, Any]]:
    """The seeded draw (module docstring): rows of ``news`` or ``file``, ``sentence`` and ``split``."""
    return seeded_draw(pool, random.Random(SEED_K), QUOTAS, _group, HALVES)


def pool_texts(corpora: Path, pool_file: Path) -> dict[str, str]:
    """The texts of a committed pool file's lines ("news <id>" or "polnear <file>"), by line, in its
    order (sets K and L read their pools so)."""
    keys = [line.strip() for line in pool_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    news = {k.split(" ", 1)[1] for k in keys if k.startswith("news ")}
    found: dict[str, str] = {}
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in news:
                found[f"news {article['id']}"] = article["text"]
    folder = corpora / "polnear" / "train" / "text"
    for key in keys:
        if key.startswith("polnear "):
            found[key] = (folder / key.split(" ", 1)[1]).read_text(encoding="utf-8")
    return {k: found[k] for k in keys if k in found}


def seeded_draw(
    pool: dict[str, str],
    rng: random.Random,
    quotas: tuple[tuple[str, int | None], ...],
    group: Callable[[str], str],
    halves: tuple[str, str],
) -> list[dict[str, Any]]:
    """One amount sentence per text, group by group (each shuffled by ``rng``, up to its quota), the
    rows shuffled again and alternating between ``halves``: the draw of sets K and L."""
    chosen: list[tuple[str, int]] = []
    for name, quota in quotas:
        order = sorted(k for k in pool if group(k) == name)
        rng.shuffle(order)
        taken = 0
        for key in order:
            text = pool[key]
            found = [i for i, (s, e) in enumerate(sentences(text)) if amount_sentence(text[s:e])]
            if found and (quota is None or taken < quota):
                chosen.append((key, rng.choice(found)))
                taken += 1
    rng.shuffle(chosen)
    rows = []
    for n, (key, index) in enumerate(chosen):
        kind, name = key.split(" ", 1)
        rows.append(
            {("file" if kind == "polnear" else "news"): name, "sentence": index, "split": halves[n % 2]}
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines."""
    for row in selection(texts(corpora_folder(argv, __doc__))):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
