"""Select the sentences of check set H of the quantities layer from CoNLL-2003 train (issue 18, s16).

Drawn as set G was (``select_quantities_g``: non-sport ``eng.train`` stories rebuilt by
``evaluation.conll_documents``, prose sentences with a digit or number word after the dateline), with
a new seed and every CoNLL story index already named excluded: a ``doc``/``document`` key of any
JSON Lines file under ``evaluation/data/``, a ``conll-train-N`` id or a CoNLL id list there (set H
itself and files tagged ``_s17`` or later are not read, so the draw reproduces), and the session-15
indexes of ``HEAD_USED``. The draw leans to the issue's miss classes: a sentence is a *miss-class* sentence
when ``MISS`` finds a rate or compound unit, a change verb, an age or an amount modifier in it.
Documents are shuffled with ``random.Random(SEED_H)``; the first ``MISS_ROWS`` rows come from
documents holding a miss-class sentence (one of those, chosen by the same generator), then the rest
from the other documents in the same order (any qualifying sentence), until ``SIZE`` rows. The events
s16 set was drawn the same round, independently: its stories are not excluded before the draw (so
it reproduces) but 8 rows that fell on them are replaced in place afterwards (:func:`selection`). Rows keep
the document and sentence index only. Even rows are half A (``check_h_a``, tuned on), odd rows
half B (``check_h_b``, held out: only its summary figures are printed).
Run: python -m evaluation.data.select_quantities_h [--corpora PATH]; it prints one JSON line per
sentence (doc, sentence, split), in the order of ``real_quantities_h.jsonl``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evaluation.conll_documents import ConllDocument, read_documents, sentence_spans, train_path
from evaluation.data.drawing import DRAWN_AFTER_S16, corpora_folder
from evaluation.data.select_quantities_g import SPORT, qualifies

__all__ = ["HALVES", "MISS", "SEED_H", "SIZE", "main", "same_day_documents", "selection", "used_documents"]

SEED_H = 20261605
SIZE = 120
MISS_ROWS = 90
HALVES = ("check_h_a", "check_h_b")
DATA = Path(__file__).resolve().parent
#: session 15's CoNLL check-set indexes (agreements and events, halves A and B; s16/HEAD.md)
HEAD_USED = frozenset({
    761, 74, 794, 542, 361, 876, 177, 373, 206, 728, 607, 454, 290, 101, 88, 534, 21, 199, 572, 692,
    469, 203, 531, 862, 456, 380, 375, 58, 892, 809, 275, 363, 285, 450, 754, 817, 662, 365, 102,
    585, 569, 725, 873, 567, 539, 360, 286,
})
MISS = re.compile(
    r"\b(?:a|per|an) (?:barrel|share|tonne|ton|ounce|day|year|month|week|hour|gallon)\b|\bbpd\b"
    r"|\b(?:rose|fell|gained|lost|dropped|climbed|slipped|eased|jumped|rising|falling|up|down|cut|"
    r"increased|decreased|declined|rise|fall|increase|decrease)\b[^.]{0,30}\d"
    r"|year-old|\baged \d|\b(?:near|nearly|about|around|some|up to|more than|less than|at least|over|"
    r"almost|roughly|approximately|fewer than|under) [$\d]|\b(?:pct|percent|points?)\b",
    re.IGNORECASE,
)
_TRAIN_ID = re.compile(r"conll(?:2003)?-train-(\d+)")
_LATER = re.compile(r"_s(?:1[7-9]|[2-9]\d)")
#: the events s16 set, drawn the same round independently: its stories are replaced after the draw
_SAME_DAY = re.compile(r"^check_events_conll_s16_[ab]\.jsonl$")


def used_documents(data: Path = DATA) -> set[int]:
    """Every CoNLL index named under ``data`` (keys, train ids, id lists) plus ``HEAD_USED``."""
    used = set(HEAD_USED)
    for path in sorted(data.iterdir()):
        if not path.is_file() or path.suffix not in (".jsonl", ".json", ".py", ".txt"):
            continue
        if _LATER.search(path.name) or path.name in DRAWN_AFTER_S16 or _SAME_DAY.match(path.name):
            continue
        text = path.read_text(encoding="utf-8")
        used.update(int(n) for n in _TRAIN_ID.findall(text))
        if "conll" in path.name and path.suffix == ".txt":
            used.update(int(line.split()[0]) for line in text.splitlines() if line.strip())
        if path.suffix == ".jsonl":
            for line in text.splitlines():
                row = json.loads(line) if line.strip() else {}
                used.update(row[k] for k in ("doc", "document") if isinstance(row.get(k), int))
    return used


def same_day_documents(data: Path = DATA) -> set[int]:
    """The stories of the events s16 check set (drawn the same round): set H's rows there are replaced."""
    found: set[int] = set()
    for path in sorted(data.iterdir()):
        if _SAME_DAY.match(path.name):
            lines = path.read_text(encoding="utf-8").splitlines()
            rows = [json.loads(line) for line in lines if line.strip()]
            found.update(row["doc"] for row in rows if isinstance(row.get("doc"), int))
    return found


def _candidates(doc: ConllDocument) -> list[int]:
    """The qualifying sentence indices of a non-sport document (after its dateline)."""
    lines = [doc.text[s:e] for s, e in sentence_spans(doc)]
    if not lines or SPORT.match(lines[0]):
        return []
    dateline = next((i for i, line in enumerate(lines[:4]) if re.search(r"\d{4}-\d{2}-\d{2}$", line)), None)
    if dateline is None:
        return []
    return [i for i in range(dateline + 1, len(lines)) if qualifies(lines[i])]


def _missing(doc: ConllDocument, found: list[int]) -> list[int]:
    """The candidates of a document that are miss-class sentences."""
    spans = sentence_spans(doc)
    return [i for i in found if MISS.search(doc.text[spans[i][0] : spans[i][1]])]


def _draw(docs: Sequence[ConllDocument], skip: set[int]) -> tuple[list[tuple[int, int]], list[int]]:
    """The first draw: ``MISS_ROWS`` miss-class rows then other rows, and the documents left over."""
    rng = random.Random(SEED_H)
    order = [i for i in range(len(docs)) if i not in skip]
    rng.shuffle(order)
    picked: list[tuple[int, int]] = []
    rest: list[int] = []
    for index in order:
        found = _candidates(docs[index])
        miss = _missing(docs[index], found) if found else []
        if miss and len(picked) < MISS_ROWS:
            picked.append((index, rng.choice(miss)))
        elif found:
            rest.append(index)
    for index in rest[: SIZE - len(picked)]:
        picked.append((index, rng.choice(_candidates(docs[index]))))
    return picked, rest[SIZE - len(picked) :]


def selection(
    docs: Sequence[ConllDocument], used: set[int] | None = None, same_day: set[int] | None = None
) -> list[dict[str, Any]]:
    """The drawn rows, a row whose story is in ``same_day`` replaced in place (same position, half).

    A replacement is the next left-over document in seeded order (not same-day) with a sentence of
    the replaced row's kind (miss-class for the first ``MISS_ROWS``), chosen by ``SEED_H + 1``.
    """
    picked, spare = _draw(docs, used_documents() if used is None else used)
    late = same_day_documents() if same_day is None else same_day
    rng = random.Random(SEED_H + 1)
    spare = [i for i in spare if i not in late]
    for position, (index, _) in enumerate(picked):
        if index not in late:
            continue
        while True:
            found = _candidates(docs[spare[0]])
            kind = _missing(docs[spare[0]], found) if position < MISS_ROWS else found
            candidate = spare.pop(0)
            if kind:
                picked[position] = (candidate, rng.choice(kind))
                break
    return [{"doc": d, "sentence": s, "split": HALVES[n % 2]} for n, (d, s) in enumerate(picked)]


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines."""
    docs = read_documents(train_path(corpora_folder(argv, __doc__)))
    for row in selection(docs):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
