"""Scaling: run time against text length (one article repeated), and 2 worker processes against 1."""

from __future__ import annotations

import concurrent.futures
import functools
import time
from collections.abc import Sequence
from typing import Any

from benchmarks.common import Article, best_of

REPEATS = (1, 4, 16, 64)


def repetition(text: str, published: str | None) -> list[dict[str, Any]]:
    """The whole pipeline on ``text`` repeated 1x, 4x, 16x, 64x (paragraphs): seconds and us/char."""
    import newsparse

    pipeline = newsparse.default_pipeline()
    pipeline.parse(text, published=published)
    rows = []
    for times in REPEATS:
        long = "\n\n".join([text] * times)
        seconds = best_of(
            3 if times < 64 else 1, functools.partial(pipeline.parse, long, published=published)
        )
        rows.append({"repeat": times, "chars": len(long), "seconds": round(seconds, 4)})
    base = rows[0]["seconds"] / rows[0]["chars"]
    for row in rows:
        per_char = row["seconds"] / row["chars"]
        row["us_per_char"] = round(per_char * 1e6, 3)
        row["vs_1x"] = round(per_char / base, 2)
    return rows


def _drain(stream: Any) -> int:
    return sum(1 for _ in stream)


def workers(articles: Sequence[Article]) -> dict[str, Any]:
    """parse_many on the articles: in this process, 1 worker process, 2 worker processes.

    Also the batch command's path (each worker returns the JSON line, not a Document).
    """
    import newsparse
    from newsparse.batch import PipelineSpec, Task, ordered_map
    from newsparse.batch_cli import _encode_chunk, _fail

    items = [a.item for a in articles]
    newsparse.default_pipeline().parse(items[0]["text"])  # plugins loaded before the clock starts
    figures: dict[str, Any] = {"articles": len(items)}

    def timed(**options: Any) -> float:
        started = time.perf_counter()
        count = _drain(newsparse.parse_many(items, **options))
        assert count == len(items)
        return time.perf_counter() - started

    figures["serial_s"] = round(timed(workers=1), 3)
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        figures["one_process_s"] = round(timed(executor=pool), 3)
    figures["two_processes_s"] = round(timed(workers=2), 3)
    figures["speedup_vs_serial"] = round(figures["serial_s"] / figures["two_processes_s"], 2)
    figures["speedup_vs_one_process"] = round(figures["one_process_s"] / figures["two_processes_s"], 2)

    task = Task(_encode_chunk, PipelineSpec(), _fail)
    pairs = list(enumerate(items))
    for name, count in (("batch_serial_s", 1), ("batch_two_processes_s", 2)):
        started = time.perf_counter()
        _drain(ordered_map(task, pairs, workers=count, executor=None))
        figures[name] = round(time.perf_counter() - started, 3)
    figures["batch_speedup"] = round(figures["batch_serial_s"] / figures["batch_two_processes_s"], 2)
    return figures
