"""How much of the whole pipeline's time the ``syntax`` layer takes, and which sentences it analyses.

Development only (never imported by the package). Usage, from the repository root:

    python tools/syntax_consults.py [--ids FILE] [--count 300] [--repeats 3] [--corpora PATH]

The relational extractors consult the layer sentence by sentence (``doc.consult``), so it is never
run over a whole document inside ``newsparse.parse``. This prints, on the same articles and in one
process (CPU time, the least of ``--repeats`` runs): the whole pipeline's time; the time spent
answering ``syntax`` consults and its share; how many sentences each consuming layer asked for, out
of all sentences; and the time of the whole layer when it is requested (``only=["syntax"]``).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "src")]

import newsparse  # noqa: E402
from newsparse import consultation  # noqa: E402

Article = tuple[str, "str | None"]  # text, publication date


def load_articles(corpora: Path, ids: Path | None, count: int) -> list[Article]:
    """The articles ``ids`` lists (one a line), else the first ``count`` of the news corpus."""
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    if ids is None:
        return [(row["text"], row.get("published")) for row in rows[:count]]
    by_id = {row["id"]: row for row in rows}
    wanted = ids.read_text(encoding="utf-8").split()[:count]
    return [(by_id[i]["text"], by_id[i].get("published")) for i in wanted if i in by_id]


def consumer_module() -> str:
    """The plugin module (not the syntax plugin's) that made the consult being answered."""
    frame = sys._getframe(2)
    while frame is not None:
        name = str(frame.f_globals.get("__name__", ""))
        if name.startswith("newsparse_") and not name.startswith("newsparse_syntax"):
            return name
        frame = frame.f_back  # type: ignore[assignment]
    return "?"


@contextmanager
def watched(stats: dict[str, float], consumers: collections.Counter[str]) -> Iterator[None]:
    """Count and time every consult answered while inside (the consult cache's misses)."""
    produce = consultation.Consultations._produce

    def timed(self: Any, producer: Any, span: Any) -> Any:
        started = time.process_time()
        found = produce(self, producer, span)
        stats["seconds"] += time.process_time() - started
        stats["sentences"] += 1
        stats["words"] += len(found)
        consumers[consumer_module()] += 1
        return found

    consultation.Consultations._produce = timed  # type: ignore[method-assign]
    try:
        yield
    finally:
        consultation.Consultations._produce = produce  # type: ignore[method-assign]


def least_time(run: Callable[[], object], repeats: int) -> float:
    """The least CPU time of ``repeats`` calls of ``run``."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def report(articles: Sequence[Article], repeats: int) -> None:
    """Print the pipeline's time, the consults' share and who asked for which sentences."""
    full = newsparse.default_pipeline()
    alone = newsparse.default_pipeline(only=["syntax"])

    def run_all(pipeline: Any) -> Callable[[], list[Any]]:
        return lambda: [pipeline.parse(text, published=published) for text, published in articles]

    sentences = sum(len(doc.sentences) for doc in run_all(full)())  # (warms every layer up)
    run_all(alone)()
    pipeline_time = least_time(run_all(full), repeats)
    least: dict[str, float] = {"seconds": float("inf")}
    consumers: collections.Counter[str] = collections.Counter()
    watched_time = float("inf")
    for _ in range(repeats):  # the counts are the same each run; the least time is kept
        stats: dict[str, float] = collections.defaultdict(float)
        consumers.clear()
        with watched(stats, consumers):
            watched_time = min(watched_time, least_time(run_all(full), 1))
        least = min(least, stats, key=lambda found: found["seconds"])
    stats = least
    layer_time = least_time(run_all(alone), repeats)
    n = len(articles)
    print(f"{n} articles, {sentences} sentences; CPU time, least of {repeats} runs")
    print(f"whole pipeline: {pipeline_time:.3f} s ({n / pipeline_time:.0f} articles/s)")
    print(
        f"syntax consults: {stats['seconds']:.3f} s = {stats['seconds'] / watched_time:.1%} of its run "
        f"({watched_time:.3f} s); {stats['sentences']:.0f} sentences ({stats['sentences'] / sentences:.1%}), "
        f"{stats['words']:.0f} words, {1000 * stats['seconds'] / max(1, stats['sentences']):.2f} ms each"
    )
    for module, count in consumers.most_common():
        print(f"  asked by {module}: {count} sentences")
    print(f"syntax layer requested (only=['syntax']): {layer_time:.3f} s ({n / layer_time:.0f} articles/s)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--ids", type=Path, help="ids of the articles, one a line (default: the first)")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    report(load_articles(Path(args.corpora), args.ids, args.count), args.repeats)


if __name__ == "__main__":
    main()
