"""Claims cued by a word before "that": session 42's sentence set (``data/claims_that_s42.jsonl``).

Usage: python -m evaluation.claims_that [--corpora PATH] [--gold FILE] [--verbose]

Each gold row names one drawn word of a news article (a word ending in "-ed" or "-s" right before
"that", outside the claims layer's cue lists; ``data/select_claims_that_s42.py``) and says whether it
is a claim's cue by ``data/guidelines/claims.md``, with the source phrase and the content when it is.
The whole article is parsed; a *firing* is a system claim whose cue overlaps the drawn word; it is
*right* when the word is a cue by the gold and the source and the content are right by the
``claims_real`` rules (source phrase overlap, or both absent; content character F1 at least 0.8).
Per half: words, gold cues, firings, right, P = right / firings, R = right / gold cues.
``--verbose`` lists the firings and gold cues of half A only (half B is read as summary figures).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evaluation.claims_real import CONTENT_RIGHT, PredClaim, content_f1, overlap, source_right, system_claims
from evaluation.real_common import article_texts

GOLD = Path(__file__).resolve().parent / "data" / "claims_that_s42.jsonl"
LISTED = frozenset({"A"})  # the halves --verbose may list


def gold_of(row: dict[str, Any]) -> dict[str, Any]:
    """A row's gold claim in the form ``claims_real.source_right`` reads (no source entity)."""
    source = row.get("source")
    return {"source": (source["start"], source["end"]) if source else None, "entities": frozenset(),
            "content": tuple((p["start"], p["end"]) for p in row.get("content", []))}


def score_row(text: str, row: dict[str, Any], predicted: Sequence[PredClaim]) -> dict[str, Any]:
    """Whether a claim is cued at the row's drawn word, and whether it is right against the gold."""
    word = (row["word"]["start"], row["word"]["end"])
    fired = [p for p in predicted if overlap(p.cue, word) > 0]
    right = False
    if fired and row["cue"]:
        gold = gold_of(row)
        right = any(source_right(gold, p) and content_f1(text, gold["content"], p.content) >= CONTENT_RIGHT
                    for p in fired)
    return {"gold": bool(row["cue"]), "fired": bool(fired), "right": right}


def summarise(scores: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """A half's figures from its rows' scores."""
    gold = sum(s["gold"] for s in scores)
    fired = sum(s["fired"] for s in scores)
    right = sum(s["right"] for s in scores)
    return {"words": len(scores), "gold_cues": gold, "firings": fired, "right": right,
            "precision": round(right / fired, 3) if fired else None,
            "recall": round(right / gold, 3) if gold else None}


def evaluate(rows: Sequence[dict[str, Any]], texts: dict[str, str], pipeline: Any,
             verbose: bool = False) -> dict[str, dict[str, Any]]:
    """Parse each drawn article once and score its drawn word; the figures per half and pooled."""
    scores: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        text = texts[row["id"]]
        predicted = system_claims(pipeline.parse(text), len(text))
        score = score_row(text, row, predicted)
        scores.setdefault(row["half"], []).append(score)
        if verbose and row["half"] in LISTED and (score["fired"] or score["gold"]):
            print(f"{row['id']} {row['word']['text']!r}: gold {score['gold']}, fired {score['fired']}, "
                  f"right {score['right']}")
    figures = {half: summarise(s) for half, s in sorted(scores.items())}
    figures["all"] = summarise([s for half in scores.values() for s in half])
    return figures


def main(argv: list[str] | None = None) -> int:
    """Score the current system on the set; skip cleanly without the corpora."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.claims_that", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--verbose", action="store_true", help="list half A's firings and gold cues")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = article_texts(Path(args.corpora), (r["id"] for r in rows))
    if texts is None:
        print(f"claims_that: skipped (corpus not found under {args.corpora})")
        return 0
    from evaluation.claims_events import build_pipeline

    for half, figures in evaluate(rows, texts, build_pipeline(), args.verbose).items():
        print(f"claims_that {half}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
