"""Resolve and check the span anchors of the real dates set (``real_dates.jsonl``).

Each gold time expression is ``{"id", "span": {"anchor", "start", "end", "text"}, "type", "value",
"mod", "anchor"}``: the span's ``anchor`` is a text anchor (the syntax of ``evaluation.data.anchor``:
``surface``, ``surface#k``, ``surface@context``), and the expression's own ``anchor`` is its
reference time (``"published"``, the id of an earlier expression, or null). The generic resolver
would mistake that reference time for a text anchor, hence this one. Resolving fills the offsets;
checking also verifies ids, types, reference ids and that spans are in text order without overlap.
Run: python -m evaluation.data.anchor_dates [--check] [--corpora PATH] [FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from evaluation.data.anchor import AnchorError, corpus_texts, locate

__all__ = ["TYPES", "check_dates", "main", "resolve_dates"]

TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
MODS = frozenset(
    {"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}
)
DEFAULT = Path(__file__).parent / "real_dates.jsonl"


def resolve_dates(record: dict[str, Any], text: str) -> None:
    """Fill ``start``, ``end`` and ``text`` of every expression's span, in place."""
    for expression in record["dates"]:
        span = expression["span"]
        start, end = locate(text, span["anchor"])
        span["start"], span["end"], span["text"] = start, end, text[start:end]


def _field_problems(expression: Mapping[str, Any], seen: set[str]) -> list[str]:
    """Problems of one expression's own fields (type, mod, reference time)."""
    problems = []
    if expression["type"] not in TYPES:
        problems.append(f"{expression['id']}: type {expression['type']!r}")
    if expression["mod"] is not None and expression["mod"] not in MODS:
        problems.append(f"{expression['id']}: mod {expression['mod']!r}")
    if not isinstance(expression["value"], str) or not expression["value"]:
        problems.append(f"{expression['id']}: empty value")
    reference = expression["anchor"]
    if reference not in (None, "published") and reference not in seen:
        problems.append(f"{expression['id']}: reference time {reference!r} is not an earlier id")
    return problems


def _inside_word(text: str, start: int, end: int) -> bool:
    """Whether a span cuts a word (a letter or digit on both sides of its start or its end)."""
    cut_start = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    cut_end = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return cut_start or cut_end


def check_dates(record: Mapping[str, Any], text: str) -> list[str]:
    """Problems of one article's record: offsets, order, overlaps, ids and fields."""
    problems: list[str] = []
    seen: set[str] = set()
    previous_end = -1
    for expression in record["dates"]:
        span = expression["span"]
        where = f"{record['id']} {expression.get('id')}"
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            problems.append(f"{where}: {span['anchor']!r} has no offsets")
            continue
        if text[start:end] != span.get("text") or locate(text, span["anchor"]) != (start, end):
            problems.append(f"{where}: {span['anchor']!r} -> {text[start:end]!r}")
        if _inside_word(text, start, end):
            problems.append(f"{where}: {span['anchor']!r} starts or ends inside a word")
        if start < previous_end:
            problems.append(f"{where}: out of text order or overlapping the previous expression")
        if expression["id"] in seen:
            problems.append(f"{where}: duplicate id")
        problems += [f"{record['id']} {p}" for p in _field_problems(expression, seen)]
        seen.add(expression["id"])
        previous_end = end
    return problems


def main(argv: list[str] | None = None) -> int:
    """Resolve (rewrite in place) or check the gold file; non-zero exit on any problem."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--check", action="store_true", help="only check the stored offsets")
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    args = parser.parse_args(argv)
    texts = corpus_texts(Path(args.corpora))
    records = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line]
    problems: list[str] = []
    for record in records:
        try:
            if not args.check:
                resolve_dates(record, texts[record["id"]])
            problems += check_dates(record, texts[record["id"]])
        except AnchorError as error:
            problems.append(f"{record['id']}: {error}")
    if not args.check and not problems:
        args.file.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
        )
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
