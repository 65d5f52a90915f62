"""Resolve and check the gold of the real quantities set, ``real_quantities.jsonl`` (issue 18).

Each line is one sentence: the article ``id``, ``subset``, ``split``, the sentence's ``start`` and
``end`` in the corpus text, and its ``quantities``. The anchors of a quantity (``span``, and
``counted`` when there is one) are resolved inside the sentence, not the whole article, with the
anchor syntax of ``evaluation.data.anchor`` (``surface``, ``surface#k``, ``surface@context``);
the stored ``start``/``end`` are offsets into the article text. Checking also verifies that the
sentence is still one sentence of ``select_quantities.sentences`` and that every field is valid.
Run: python -m evaluation.data.quantities_gold [--check] [--corpora PATH]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from pathlib import Path
from typing import Any

from evaluation.data.anchor import AnchorError, corpus_texts, locate
from evaluation.data.select_quantities import sentences

__all__ = ["CHANGES", "GOLD", "check_sentence", "field_problems", "main", "resolve_sentence"]

GOLD = Path(__file__).resolve().parent / "real_quantities.jsonl"
CHANGES = frozenset({"=", "~", ">", "<", "up", "down"})


def _resolve_span(span: dict[str, Any], text: str, start: int, end: int) -> None:
    """Fill a span's offsets and text from its anchor, searched inside text[start:end]."""
    found = locate(text[start:end], span["anchor"])
    span["start"], span["end"] = start + found[0], start + found[1]
    span["text"] = text[span["start"] : span["end"]]


def _spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every anchored span of a sentence record."""
    spans = []
    for quantity in record["quantities"]:
        spans.append(quantity["span"])
        if quantity.get("counted"):
            spans.append(quantity["counted"])
    return spans


def resolve_sentence(record: dict[str, Any], text: str) -> None:
    """Fill ``start``, ``end`` and ``text`` of every span of one sentence record, in place."""
    for span in _spans(record):
        _resolve_span(span, text, record["start"], record["end"])


def field_problems(record: dict[str, Any]) -> list[str]:
    """Invalid fields of one sentence record: a value and a range at once, an unknown change..."""
    problems = []
    where = f"{record['id']}@{record['start']}"
    for quantity in record["quantities"]:
        anchor = quantity["span"]["anchor"]
        has_value = quantity["value"] is not None
        has_range = quantity["low"] is not None or quantity["high"] is not None
        if has_value == has_range:
            problems.append(f"{where}: {anchor!r} needs a value or a range, not both")
        low, high = quantity["low"], quantity["high"]
        if has_range and (low is None or high is None or low > high):
            problems.append(f"{where}: {anchor!r} has a bad range")
        if quantity["change"] not in CHANGES:
            problems.append(f"{where}: {anchor!r} has change {quantity['change']!r}")
        if quantity.get("counted") and quantity["unit"] is None:
            problems.append(f"{where}: {anchor!r} counts a noun but has no unit")
    spans = sorted((q["span"].get("start", -1), q["span"].get("end", -1)) for q in record["quantities"])
    if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
        problems.append(f"{where}: two quantity spans overlap")
    return problems


def check_sentence(record: dict[str, Any], text: str) -> list[str]:
    """Problems of one sentence record against its article text (offsets, anchors, fields)."""
    where = f"{record['id']}@{record['start']}"
    problems = []
    if (record["start"], record["end"]) not in sentences(text):
        problems.append(f"{where}: not a sentence of the splitter any more")
    for span in _spans(record):
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            problems.append(f"{where}: {span['anchor']!r} has no offsets")
            continue
        if not record["start"] <= start < end <= record["end"]:
            problems.append(f"{where}: {span['anchor']!r} lies outside the sentence")
        expected = dict(span)
        try:
            _resolve_span(expected, text, record["start"], record["end"])
        except AnchorError as error:
            problems.append(f"{where}: {error}")
            continue
        if (expected["start"], expected["end"], expected["text"]) != (start, end, span.get("text")):
            problems.append(f"{where}: {span['anchor']!r} -> {text[start:end]!r}")
    for quantity in record["quantities"]:
        counted = quantity.get("counted")
        if counted and counted.get("start", 0) < quantity["span"].get("end", 0) and quantity["span"].get(
            "start", 0
        ) < counted.get("end", 0):
            problems.append(f"{where}: the counted noun {counted['anchor']!r} lies inside the amount's span")
    return problems + field_problems(record)


def main(argv: list[str] | None = None) -> int:
    """Resolve (rewrite the gold file in place) or check it; non-zero exit on any problem."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check the stored offsets and fields")
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--file", type=Path, default=GOLD)
    args = parser.parse_args(argv)
    texts = corpus_texts(Path(args.corpora))
    records = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line]
    problems: list[str] = []
    for record in records:
        text = texts[record["id"]]
        try:
            if not args.check:
                resolve_sentence(record, text)
            problems += check_sentence(record, text)
        except AnchorError as error:
            problems.append(f"{record['id']}@{record['start']}: {error}")
    if not args.check and not problems:
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        args.file.write_text(lines, encoding="utf-8")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
