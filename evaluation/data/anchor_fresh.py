"""Resolve the hand anchors of the `fresh` claims split and check the offsets of all three fresh files.

The claims are written by hand in `anchors_fresh/claims/<id>.json` (the anchor syntax of
`anchor_b.py`) and resolved with `anchor_b.resolve_claims` against the article text up to its
`cut` (from `fresh_selection.jsonl`) into `fresh_claims.jsonl`. `--check` verifies, without
rewriting anything, that every stored offset of `fresh_claims.jsonl`, `fresh_events.jsonl` and
`fresh_agreements.jsonl` gives its text or anchor, lies before the cut, and that every line is
`"split": "fresh"`. The events and agreements files are resolved with `anchor.py`.
Run: python -m evaluation.data.anchor_fresh [--check] [--corpora PATH].
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluation.data.anchor import check_record
from evaluation.data.anchor_b import AnchorError, load_corpus, resolve_claims

HERE = Path(__file__).resolve().parent
ANCHORS = HERE / "anchors_fresh" / "claims"
SELECTION = HERE / "fresh_selection.jsonl"
KINDS = {"direct", "indirect", "according_to", "belief", "perception"}


def selection(which: str) -> list[dict[str, Any]]:
    """The selection rows of one set (`claims`, `events`, `agreements`), in drawn order."""
    rows = [json.loads(line) for line in SELECTION.read_text(encoding="utf-8").splitlines() if line]
    return [row for row in rows if row["set"] == which]


def build_from_hand(
    rows: list[dict[str, Any]], corpus: dict[str, dict[str, Any]], anchors: Path, field: str,
    resolve: Callable[[str, Any], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """Resolve the hand file of each selection row into a fresh gold line holding ``field``."""
    lines = []
    for row in rows:
        text = corpus[row["id"]]["text"][: row["cut"]]
        hand = json.loads((anchors / f"{row['id']}.json").read_text(encoding="utf-8"))
        try:
            records = resolve(text, hand)
        except AnchorError as error:
            raise AnchorError(f"{row['id']}: {error}") from error
        lines.append({"id": row["id"], "subset": row["subset"], "split": "fresh",
                      "published": row["published"], "cut": row["cut"], field: records})
    return lines


def build_claims(corpus: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Resolve every hand file of the fresh claims split, in the selection's order."""
    return build_from_hand(selection("claims"), corpus, ANCHORS, "claims", resolve_claims)


def check_claims(row: dict[str, Any], text: str) -> list[str]:
    """Problems of one fresh claims line: slices that differ, spans past the cut, unknown kinds."""
    problems = []
    limit = row["cut"] if row["cut"] is not None else len(text)
    for index, claim in enumerate(row["claims"]):
        where = f"{row['id']} claim {index}"
        spans = [claim["cue"]] + ([claim["source"]] if claim["source"] else [])
        for span in spans:
            if text[span["start"]:span["end"]] != span["text"]:
                problems.append(f"{where}: {span['text']!r} is not at {span['start']}")
        for piece in claim["content"]:
            found = text[piece["start"]:piece["end"]]
            first = re.sub(r"#\d+$", "", piece["from"].split("|", 1)[0])
            if not (found.startswith(first) and found.endswith(piece["to"])):
                problems.append(f"{where}: content {first!r}..{piece['to']!r} is not at {piece['start']}")
        ends = [s["end"] for s in spans] + [p["end"] for p in claim["content"]]
        if max(ends) > limit:
            problems.append(f"{where}: a span ends after the cut {limit}")
        if claim["kind"] not in KINDS:
            problems.append(f"{where}: unknown kind {claim['kind']!r}")
    return problems


def check(corpus: dict[str, dict[str, Any]]) -> list[str]:
    """Every problem of the three fresh files; an empty list when all offsets hold."""
    problems: list[str] = []
    for which in ("claims", "events", "agreements"):
        path = HERE / f"fresh_{which}.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        if [r["id"] for r in rows] != [s["id"] for s in selection(which)]:
            problems.append(f"{path.name}: its articles differ from the selection")
        for row in rows:
            text = corpus[row["id"]]["text"]
            if row.get("split") != "fresh":
                problems.append(f"{path.name} {row['id']}: split is not 'fresh'")
            problems += check_claims(row, text) if which == "claims" else check_record(row, text)
    return problems


def resolve_and_check(
    argv: list[str] | None, description: str | None, out: Path, field: str,
    build: Callable[[dict[str, dict[str, Any]]], list[dict[str, Any]]],
    check: Callable[[dict[str, dict[str, Any]]], list[str]],
) -> int:
    """Resolve the hand files into ``out`` (unless --check), then check the files; 1 on problems."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="only check the stored offsets")
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    args = parser.parse_args(argv)
    corpus = load_corpus(Path(args.corpora))
    if not args.check:
        try:
            rows = build(corpus)
        except AnchorError as error:
            print(f"Error: {error}", file=sys.stderr)
            return 1
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{field}: {len(rows)} articles, {sum(len(r[field]) for r in rows)} records -> {out.name}")
    problems = check(corpus)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    """Resolve the fresh claims (unless --check), then check the three fresh files."""
    return resolve_and_check(argv, __doc__, HERE / "fresh_claims.jsonl", "claims", build_claims, check)


if __name__ == "__main__":
    raise SystemExit(main())
