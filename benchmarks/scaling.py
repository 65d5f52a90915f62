"""Scaling: run time against text length (one article repeated), and 2 worker processes against 1."""

from __future__ import annotations

import concurrent.futures
import contextlib
import gc
import resource
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from benchmarks.common import Article

REPEATS = (1, 4, 16, 64)


@contextlib.contextmanager
def _collector_time(into: list[float]) -> Iterator[None]:
    """Add the wall time CPython's garbage collector spends while the block runs to ``into[0]``."""
    started = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            into[0] += time.perf_counter() - started[0]

    gc.callbacks.append(callback)
    try:
        yield
    finally:
        gc.callbacks.remove(callback)


def repetition(text: str, published: str | None) -> list[dict[str, Any]]:
    """The whole pipeline on ``text`` repeated 1x, 4x, 16x, 64x (paragraphs): CPU seconds, us/char,
    and the garbage collector's share (full collections walk every live object, so a long
    document's own tokens make them dearer: the one cost here that is not linear in our code)."""
    import newsparse

    pipeline = newsparse.default_pipeline()
    pipeline.parse(text, published=published)
    rows = []
    for times in REPEATS:
        long = "\n\n".join([text] * times)
        best: tuple[float, float] | None = None  # (CPU seconds, collector seconds) of the fastest run
        for _ in range(3 if times < 64 else 2):
            collected = [0.0]
            with _collector_time(collected):
                started = time.process_time()
                pipeline.parse(long, published=published)
                seconds = time.process_time() - started
            if best is None or seconds < best[0]:
                best = (seconds, collected[0])
        assert best is not None
        rows.append(
            {"repeat": times, "chars": len(long), "seconds": round(best[0], 4), "gc_seconds": best[1]}
        )
    base = rows[0]["seconds"] / rows[0]["chars"]
    for row in rows:
        per_char = row["seconds"] / row["chars"]
        row["us_per_char"] = round(per_char * 1e6, 3)
        row["vs_1x"] = round(per_char / base, 2)
        row["gc_share"] = (
            round(min(1.0, row.pop("gc_seconds") / row["seconds"]), 3) if row["seconds"] else 0.0
        )
    return rows


def _drain(stream: Any) -> int:
    return sum(1 for _ in stream)


def _cpu() -> float:
    """CPU seconds of this process and of its finished (reaped) child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def workers(articles: Sequence[Article]) -> dict[str, Any]:
    """parse_many on the articles: in this process, 1 worker process, 2 worker processes.

    Wall time and CPU time (this process plus its workers): on a busy machine the wall-time
    speed-up says little, while ``2 * serial CPU / 2-worker CPU`` bounds what 2 idle cores give.
    Also the batch command's path (each worker returns the JSON line, not a Document).
    """
    import newsparse
    from newsparse.batch import PipelineSpec, ordered_map
    from newsparse.batch_cli import batch_task

    items = [a.item for a in articles]
    newsparse.default_pipeline().parse(items[0]["text"])  # plugins loaded before the clock starts
    figures: dict[str, Any] = {"articles": len(items)}

    def timed(name: str, run: Callable[[], int]) -> None:
        wall, cpu = time.perf_counter(), _cpu()
        assert run() == len(items)
        figures[f"{name}_s"] = round(time.perf_counter() - wall, 3)
        figures[f"{name}_cpu_s"] = round(_cpu() - cpu, 3)

    def one_process() -> int:
        with concurrent.futures.ProcessPoolExecutor(1) as pool:
            return _drain(newsparse.parse_many(items, executor=pool))

    timed("serial", lambda: _drain(newsparse.parse_many(items, workers=1)))
    timed("one_process", one_process)
    timed("two_processes", lambda: _drain(newsparse.parse_many(items, workers=2)))
    figures["speedup_vs_serial"] = round(figures["serial_s"] / figures["two_processes_s"], 2)
    figures["speedup_vs_one_process"] = round(figures["one_process_s"] / figures["two_processes_s"], 2)
    figures["speedup_bound_idle"] = round(2 * figures["serial_cpu_s"] / figures["two_processes_cpu_s"], 2)

    task = batch_task(PipelineSpec())
    pairs = list(enumerate(items))
    timed("batch_serial", lambda: _drain(ordered_map(task, pairs, workers=1, executor=None)))
    timed("batch_two_processes", lambda: _drain(ordered_map(task, pairs, workers=2, executor=None)))
    figures["batch_speedup"] = round(figures["batch_serial_s"] / figures["batch_two_processes_s"], 2)
    figures["batch_speedup_bound_idle"] = round(
        2 * figures["batch_serial_cpu_s"] / figures["batch_two_processes_cpu_s"], 2
    )
    return figures
