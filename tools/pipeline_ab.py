"""Dump and time the whole default pipeline on news articles: the two halves of a speed A/B.

Development only (never imported by the package). Run it with each checkout's own interpreter, so
each side imports its own newsparse and plugins, for example from the repository root:

    ../base/.venv/bin/python tools/pipeline_ab.py dump --out /tmp/base.jsonl
    .venv/bin/python tools/pipeline_ab.py dump --out /tmp/branch.jsonl
    cmp /tmp/base.jsonl /tmp/branch.jsonl          # a speed change keeps every byte

    ../base/.venv/bin/python tools/pipeline_ab.py time --count 300
    .venv/bin/python tools/pipeline_ab.py time --count 300

- ``dump``: every article whose id ``--ids`` lists (default: the news ids named nowhere under
  evaluation/ or tests/, as ``evaluation.outside_lists`` computes them), in that order, parsed with
  its publication date and title; one line each, ``Document.to_dict()`` as JSON with sorted keys
  (never an evaluation split).
- ``time``: ``--count`` of those articles drawn with ``--seed``; each extractor's own CPU time
  (``time.process_time``) inside the whole pipeline, summed over the articles, the least of
  ``--repeats`` passes (a loaded machine only adds time); ``core`` is the pipeline's time outside the
  extractors (segmentation, views, checks). Printed as one JSON object, in milliseconds.
- ``alternate --base-checkout PATH [--pairs N]``: the like-for-like A/B of two built checkouts
  (``tools/checkout_ab.py``): ``time`` run in subprocesses with each checkout's own
  ``.venv/bin/python`` (base = PATH, new = this checkout; compiled against compiled) on the same
  articles (this checkout's ``--ids`` list, passed to both): one run of each side thrown away, then
  ``--pairs`` pairs alternating which side goes first, both runs of a pair with the same
  ``PYTHONHASHSEED``; per layer and total each side's least and median over the pairs, the spread
  (min–max), the geometric mean of the pairs' new/base ratios and its 95% interval (t over the
  pairs): a difference is claimed only where the interval leaves out 1 (three pairs or more are
  needed to resolve a few percent on a loaded machine). A checkout with no ``.venv`` or a stale
  build (the build's own ``require_fresh``) is refused.
- ``identity --base-checkout PATH``: ``dump`` on both sides, each with its own interpreter, and
  the count of articles whose lines differ byte for byte (a speed change leaves it at 0).
- ``instructions --base-checkout PATH [--count N] [--keep DIR]``: the load-free A/B
  (``tools/callgrind_ab.py``): per side, ``--count`` drawn articles (default 40) parsed once to warm
  and once counted under ``valgrind --tool=callgrind`` (collection on only around the counted pass;
  a plain run first so every ``.pyc`` is written); per side the total instructions, each layer's
  (its ``extract`` inclusive), the consulted producers' (within the layers), ``core`` (the rest),
  and the ratio new/base. Needs valgrind and gcc (says so if either is missing). ``--keep`` keeps the
  callgrind output files (``callgrind_annotate --inclusive=yes DIR/new/callgrind.out``).

    .venv/bin/python tools/pipeline_ab.py alternate --base-checkout ../base --pairs 3 --count 300
    .venv/bin/python tools/pipeline_ab.py identity --base-checkout ../base
    .venv/bin/python tools/pipeline_ab.py instructions --base-checkout ../base --count 40
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
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
COUNT = 300  # articles drawn by time and alternate
INSTRUCTIONS_COUNT = 40  # by instructions: a callgrind pass of 40 takes ~1-2 minutes a side


def unused_ids(articles: Path) -> list[str]:
    """The ids of ``articles``, in file order, that no file under evaluation/ or tests/ names (no
    evaluation set uses them): ``evaluation.outside_lists``'s recipe, the one every outside tool reads.

    Imported here, not at the top, so that ``time`` and ``dump`` given ``--ids`` (the A/B's
    subprocesses) import nothing of the checkout beyond the installed package; the checkout's root goes
    last on the path, so the installed (compiled) newsparse stays the one imported.
    """
    if str(REPOSITORY) not in sys.path:
        sys.path.append(str(REPOSITORY))
    from evaluation import outside_lists

    return outside_lists.unused_article_ids(REPOSITORY, articles)


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


def _arguments() -> argparse.ArgumentParser:
    """The command line of every mode."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("dump", "time", "alternate", "identity", "instructions"))
    parser.add_argument("--ids", type=Path, help="article ids, one a line (default: the unused news ids)")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="the news JSONL")
    parser.add_argument("--out", type=Path, help="dump: the JSONL file to write")
    parser.add_argument(
        "--count",
        type=int,
        help=f"time, alternate, instructions: articles drawn (default {COUNT}, by instructions 40)",
    )
    parser.add_argument("--seed", type=int, default=14, help="time, alternate, instructions: the draw's seed")
    parser.add_argument(
        "--repeats", type=int, help="time, alternate: passes a run, the least kept (default 3; alternate 2)"
    )
    parser.add_argument("--base-checkout", type=Path, help="alternate, identity, instructions: the base")
    parser.add_argument("--pairs", type=int, default=3, help="alternate: base/new pairs of runs")
    parser.add_argument(
        "--new-checkout",
        type=Path,
        help="alternate, identity, instructions: the new side (default: this checkout)",
    )
    parser.add_argument("--keep", type=Path, help="instructions: a folder to keep callgrind's output in")
    parser.add_argument(
        "--cache-sim",
        action="store_true",
        help="instructions: simulate the caches too (I1/L2 instruction, D1/L2 data-read misses; slower)",
    )
    return parser


def compare_checkouts(args: argparse.Namespace) -> int:
    """``alternate`` or ``identity``: this checkout against ``--base-checkout``, each side's own build."""
    import checkout_ab  # (tools/: run as a script, this file's folder is on the path)

    checkouts = {"base": args.base_checkout, "new": args.new_checkout or REPOSITORY}
    try:
        states = {side: checkout_ab.build_state(path) for side, path in checkouts.items()}
    except checkout_ab.CheckoutError as error:
        print(f"pipeline_ab {args.mode}: {error}", file=sys.stderr)
        return 2
    for side, path in checkouts.items():
        print(f"{side}: {path} ({states[side]})")
    if len({"pure Python" in state for state in states.values()}) > 1:
        print("NOT LIKE FOR LIKE: one checkout runs compiled, the other pure Python (build both)")
    with tempfile.TemporaryDirectory() as folder:
        ids = args.ids
        if ids is None:  # this checkout's unused ids, given to both sides: the same articles
            ids = Path(folder) / "ids.txt"
            ids.write_text("\n".join(unused_ids(args.articles)) + "\n", encoding="utf-8")
        shared = ["--ids", str(ids.resolve()), "--articles", str(args.articles.resolve())]
        if args.mode == "identity":
            count, differing, first = checkout_ab.identity(checkouts, shared)
            print(f"articles {count}, differing {differing}: lines {first}")
            return 0
        if args.mode == "instructions":
            return count_instructions(args, checkouts, shared, Path(folder))
        repeats = 2 if args.repeats is None else args.repeats
        options = [*shared, "--count", str(args.count), "--seed", str(args.seed), "--repeats", str(repeats)]
        runs = checkout_ab.alternate(checkouts, args.pairs, checkout_ab.subprocess_runner(options))
    print(
        f"{args.count} drawn articles (seed {args.seed}), a warm-up run of each side thrown away, then "
        f"{args.pairs} pairs alternating who goes first (a hash seed a pair), least of {repeats} passes "
        "a run; CPU ms"
    )
    print(checkout_ab.report(checkout_ab.summarise(runs)))
    return 0


def count_instructions(
    args: argparse.Namespace, checkouts: dict[str, Path], shared: list[str], folder: Path
) -> int:
    """``instructions``: both sides' warm pass counted by callgrind (``tools/callgrind_ab.py``)."""
    import callgrind_ab  # (tools/: run as a script, this file's folder is on the path)

    keep = folder if args.keep is None else args.keep.resolve()
    keep.mkdir(parents=True, exist_ok=True)
    articles = load_articles(args.articles, Path(shared[1]))
    drawn = random.Random(args.seed).sample(articles, min(args.count, len(articles)))  # as ``time`` draws
    options = ["--drawn", str(callgrind_ab.write_drawn(drawn, keep / "drawn.jsonl"))]
    try:
        figures = callgrind_ab.compare(checkouts, options, keep, args.cache_sim)
    except callgrind_ab.InstructionsError as error:
        print(f"pipeline_ab instructions: {error}", file=sys.stderr)
        return 2
    print(
        f"{args.count} drawn articles (seed {args.seed}), parsed once to warm, then once counted by "
        f"callgrind (PYTHONHASHSEED={callgrind_ab.HASH_SEED}); instructions of the counted pass"
    )
    for event in figures["base"]:
        print(callgrind_ab.report({side: by_event[event] for side, by_event in figures.items()}, event))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``dump``, ``time``, ``alternate``, ``identity`` or ``instructions`` as the command line says."""
    parser = _arguments()
    args = parser.parse_args(argv)
    if args.count is None:
        args.count = INSTRUCTIONS_COUNT if args.mode == "instructions" else COUNT
    if args.count < 1:
        parser.error("--count must be 1 or more")
    if args.keep is not None and args.mode != "instructions":
        parser.error("--keep is for instructions only")
    if args.cache_sim and args.mode != "instructions":
        parser.error("--cache-sim is for instructions only")
    if args.mode in ("alternate", "identity", "instructions"):
        if args.base_checkout is None:
            parser.error(f"{args.mode} needs --base-checkout")
        if args.pairs < 1:
            parser.error("--pairs must be 1 or more")
        return compare_checkouts(args)
    articles = load_articles(args.articles, args.ids)
    if args.mode == "dump":
        if args.out is None:
            parser.error("dump needs --out")
        dump(articles, args.out)
        return 0
    drawn = random.Random(args.seed).sample(articles, min(args.count, len(articles)))
    print(json.dumps(layer_times(drawn, 3 if args.repeats is None else args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
