"""Dump and time the whole default pipeline on news articles: the two halves of a speed A/B.

Development only (never imported by the package). Run it with each checkout's own interpreter, so
each side imports its own newsparse and plugins, for example from the repository root:

    ../base/.venv/bin/python tools/pipeline_ab.py dump --out /tmp/base.jsonl
    .venv/bin/python tools/pipeline_ab.py dump --out /tmp/branch.jsonl
    cmp /tmp/base.jsonl /tmp/branch.jsonl          # a speed change keeps every byte

    ../base/.venv/bin/python tools/pipeline_ab.py time --count 300
    .venv/bin/python tools/pipeline_ab.py time --count 300

- ``dump``: every article whose id ``--ids`` lists (default: the news ids named nowhere under
  evaluation/ or tests/), in that order, parsed with its publication date and title; one line
  each, ``Document.to_dict()`` as JSON with sorted keys (never an evaluation split).
- ``time``: ``--count`` of those articles drawn with ``--seed``; each extractor's own CPU time
  (``time.process_time``) inside the whole pipeline, summed over the articles, the least of
  ``--repeats`` passes (a loaded machine only adds time); ``core`` is the pipeline's time outside the
  extractors (segmentation, views, checks). Printed as one JSON object, in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

import newsparse
from newsparse import Document, Extractor, Pipeline

REPOSITORY = Path(__file__).resolve().parents[1]
_NEXT_TO_REPOSITORY = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPORA = Path(os.environ.get("NEWSPARSE_CORPORA", _NEXT_TO_REPOSITORY))
DEFAULT_ARTICLES = CORPORA / "news" / "articles.jsonl"


def unused_ids(articles: Path) -> list[str]:
    """The news ids named nowhere under evaluation/ or tests/ (no evaluation set uses them), in file order.

    A draw's committed pool (``*_pool.txt``) lists candidates, not uses: it names none.
    """
    named: set[str] = set()
    for folder in ("evaluation", "tests"):
        for path in (REPOSITORY / folder).rglob("*"):
            if path.name.endswith("_pool.txt"):
                continue
            if path.is_file() and path.suffix in {".py", ".json", ".jsonl", ".txt", ".md"}:
                named.update(
                    re.findall(r"[A-Za-z0-9_:-]{6,}", path.read_text(encoding="utf-8", errors="replace"))
                )
    with articles.open(encoding="utf-8") as lines:
        return [i for i in (json.loads(line)["id"] for line in lines) if i not in named]


def load_articles(articles: Path, ids: Path | None) -> list[dict[str, Any]]:
    """The articles whose ids the file ``ids`` lists (one a line), in its order; unknown ids skipped.

    Without ``ids``, the unused news articles (:func:`unused_ids`).
    """
    if ids is None:
        wanted = unused_ids(articles)
    else:
        wanted = [line.strip() for line in ids.read_text(encoding="utf-8").splitlines() if line.strip()]
    chosen = set(wanted)
    found: dict[str, dict[str, Any]] = {}
    with articles.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("id") in chosen:
                found[record["id"]] = record
    return [found[i] for i in wanted if i in found]


def parse(pipeline: Pipeline, article: dict[str, Any]) -> Document:
    """One article through ``pipeline``, with its publication date, title and id."""
    return pipeline.parse(
        article["text"], published=article.get("published"), title=article.get("title"), id=article["id"]
    )


def dump(articles: Sequence[dict[str, Any]], out: Path) -> None:
    """Write each article's whole document (``to_dict``, sorted keys) as one JSON line to ``out``."""
    pipeline = newsparse.default_pipeline()
    with out.open("w", encoding="utf-8") as sink:
        for article in articles:
            sink.write(json.dumps(parse(pipeline, article).to_dict(), sort_keys=True) + "\n")


def _timed(extractor: Extractor, spent: dict[str, float]) -> Extractor:
    """``extractor`` adding the CPU time of each call (its output read whole) to ``spent``."""

    def extract(doc: Document) -> list[Any]:
        started = time.process_time()
        try:
            return list(extractor.extract(doc))
        finally:
            spent[extractor.name] = spent.get(extractor.name, 0.0) + time.process_time() - started

    return attrs.evolve(extractor, extract=extract)


def layer_times(articles: Sequence[dict[str, Any]], repeats: int) -> dict[str, float]:
    """Each extractor's CPU milliseconds over ``articles`` and the pipeline's own, least of ``repeats``."""
    full = newsparse.default_pipeline()
    spent: dict[str, float] = {}
    wrapped = attrs.evolve(full, extractors=tuple(_timed(e, spent) for e in full.extractors))
    for article in articles:  # a warm-up pass: compiled patterns, unit caches, lazy tables
        parse(wrapped, article)
    best: dict[str, float] = {}
    for _ in range(max(1, repeats)):
        spent.clear()
        started = time.process_time()
        for article in articles:
            parse(wrapped, article)
        total = time.process_time() - started
        figures = {**spent, "core": total - sum(spent.values()), "total": total}
        for name, seconds in figures.items():
            best[name] = min(best.get(name, seconds), seconds)
    return {name: round(seconds * 1000, 1) for name, seconds in best.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``dump`` or ``time`` as the command line says."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("dump", "time"))
    parser.add_argument("--ids", type=Path, help="article ids, one a line (default: the unused news ids)")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="the news JSONL")
    parser.add_argument("--out", type=Path, help="dump: the JSONL file to write")
    parser.add_argument("--count", type=int, default=300, help="time: articles drawn")
    parser.add_argument("--seed", type=int, default=14, help="time: the draw's seed")
    parser.add_argument("--repeats", type=int, default=3, help="time: passes, the least kept")
    args = parser.parse_args(argv)
    articles = load_articles(args.articles, args.ids)
    if args.mode == "dump":
        if args.out is None:
            parser.error("dump needs --out")
        dump(articles, args.out)
        return 0
    drawn = random.Random(args.seed).sample(articles, min(args.count, len(articles)))
    print(json.dumps(layer_times(drawn, args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
