"""Resolve the fresh entities split and check the offsets of the fresh dates, entities, quantities.

The fresh splits of session 5 (`fresh_b_selection.jsonl`, drawn by `select_fresh_b`): the entity
mentions are written by hand in `anchors_fresh_b/entities/<id>.json` (the anchor syntax of
`anchor_b.py`) and resolved with `anchor_b.resolve_entities` against the text up to the article's
`cut` into `fresh_entities.jsonl`; the dates and quantities files hold their anchors and are
resolved by `anchor_dates` and `quantities_gold` (`--file`). `--check` verifies, without rewriting
anything, every stored offset of the three files against the corpus text: the dates through
`anchor_dates.check_dates`, the sentences through `quantities_gold.check_sentence`, the mentions
by slice, cut, order and overlap; and that every line is `"split": "fresh"` and was drawn.
Run: python -m evaluation.data.anchor_fresh_b [--check] [--corpora PATH].
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

from evaluation.data.anchor_b import resolve_entities
from evaluation.data.anchor_dates import check_dates
from evaluation.data.anchor_fresh import build_from_hand, resolve_and_check
from evaluation.data.quantities_gold import check_sentence

__all__ = ["build_entities", "check", "check_entities", "main"]

HERE = Path(__file__).resolve().parent
ANCHORS = HERE / "anchors_fresh_b" / "entities"
SELECTION = HERE / "fresh_b_selection.jsonl"
FILES = {"dates": "fresh_dates.jsonl", "entities": "fresh_entities.jsonl",
         "quantities": "fresh_quantities.jsonl"}


def _lines(path: Path) -> list[dict[str, Any]]:
    """The JSON lines of a file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def selection(which: str) -> list[dict[str, Any]]:
    """The selection rows of one set (`dates`, `entities`, `quantities`), in drawn order."""
    return [row for row in _lines(SELECTION) if row["set"] == which]


def build_entities(corpus: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Resolve every hand file of the fresh entities split, in the selection's order."""
    return build_from_hand(selection("entities"), corpus, ANCHORS, "entities", resolve_entities)


def check_entities(row: dict[str, Any], text: str) -> list[str]:
    """Problems of one fresh entities line: slices that differ, spans past the cut, overlaps."""
    problems = []
    limit = row["cut"] if row["cut"] is not None else len(text)
    spans = []
    for entity in row["entities"]:
        if not entity["mentions"]:
            problems.append(f"{row['id']} {entity['canonical']}: no mention")
        for mention in entity["mentions"]:
            pieces = [mention] + ([mention["title"]] if mention.get("title") else [])
            for piece in pieces:
                if text[piece["start"]:piece["end"]] != piece["text"] or piece["end"] > limit:
                    where = f"{row['id']} {entity['canonical']}"
                    problems.append(f"{where}: {piece['text']!r} at {piece['start']}")
            spans.append((mention["start"], mention["end"]))
    spans.sort()
    overlaps = [b[0] for a, b in itertools.pairwise(spans) if b[0] < a[1]]
    problems += [f"{row['id']}: mentions overlap at {start}" for start in overlaps]
    return problems


def check(corpus: dict[str, dict[str, Any]]) -> list[str]:
    """Every problem of the three fresh files (an empty list when all offsets hold)."""
    problems: list[str] = []
    for which, name in FILES.items():
        rows = _lines(HERE / name)
        drawn = {(r["id"], r.get("start")) for r in selection(which)}
        for row in rows:
            text = corpus[row["id"]]["text"]
            if row["split"] != "fresh" or (row["id"], row.get("start")) not in drawn:
                problems.append(f"{name} {row['id']}: not a drawn fresh line")
            if which == "dates":
                problems += check_dates(row, text)
            elif which == "entities":
                problems += check_entities(row, text)
            else:
                problems += check_sentence(row, text)
        if len(rows) != len(drawn):
            problems.append(f"{name}: {len(rows)} lines for {len(drawn)} drawn")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Resolve the entities file (unless --check), then check the three files; non-zero on problems."""
    return resolve_and_check(argv, __doc__, HERE / FILES["entities"], "entities", build_entities, check)


if __name__ == "__main__":
    sys.exit(main())
