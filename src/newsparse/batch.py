"""Parsing many articles: in input order, streaming, on any ``concurrent.futures.Executor``.

Memory stays bounded: at most ``window`` items are in flight (submitted and not yet yielded) at
once, whatever the input's length, because items are read from the iterable only as results are
handed out.  Items travel to the executor in chunks of ``chunksize`` so that the per-task cost of
a process pool (or of Dask) is paid once per chunk, not once per article.

Nothing is ever dropped: an item that cannot be parsed (bad input, a text over ``max_chars``, an
exception, a worker process that died) yields a :class:`Failure` in its place, so the output has
exactly one record per input record, in input order.  When a process pool that ``parse_many``
started itself breaks (a worker killed by the OOM killer or a crashing C extension), the pool is
restarted and the items that were in flight are retried one at a time, so only the item that kills
its worker is reported as ``WorkerCrashed``.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import gc
import os
import signal
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

import attrs

from newsparse.errors import NewsparseError
from newsparse.model import Document
from newsparse.pipeline import Pipeline

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "Failure",
    "ParseJob",
    "PipelineSpec",
    "Task",
    "WorkerCrashed",
    "failure_of",
    "item_id",
    "ordered_map",
    "parse_many",
    "parse_one",
    "warm_up",
]

DEFAULT_CHUNKSIZE = 4
_WINDOW_PER_WORKER = 4  # chunks in flight per worker: enough to keep every worker busy

R = TypeVar("R")
Chunk = list[tuple[int, Any]]


class WorkerCrashed(NewsparseError):
    """A worker process died (killed, out of memory, a crash in C code) while parsing an item."""


@attrs.frozen
class Failure:
    """The record of an input that could not be parsed: its position, its id, the error and why."""

    index: int
    error: str
    message: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The failure as JSON-ready data (the ``error`` object of a batch error record)."""
        return {"index": self.index, "id": self.id, "error": self.error, "message": self.message}


@attrs.frozen
class PipelineSpec:
    """How a worker builds the installed plugins' pipeline (cheap to send; built once per process)."""

    only: tuple[str, ...] | None = None
    strict: bool = False
    max_chars: int | None = None

    def build(self) -> Pipeline:
        """The pipeline this spec describes, from the plugins installed where this runs."""
        from newsparse import default_pipeline

        return default_pipeline(only=self.only, strict=self.strict, max_chars=self.max_chars)


def item_id(item: Any) -> str | None:
    """The ``id`` of a dict item, as a string (None for a bare text or a dict without one)."""
    if isinstance(item, dict) and item.get("id") is not None:
        return str(item["id"])
    return None


def failure_of(index: int, item: Any, exc: BaseException, prefix: str = "") -> Failure:
    """The Failure that records ``exc`` raised while parsing ``item``."""
    message = str(exc) if isinstance(exc, NewsparseError) else f"{prefix}{type(exc).__name__}: {exc}"
    return Failure(index, type(exc).__name__, message, item_id(item))


def _resolve(pipeline: Pipeline | PipelineSpec) -> Pipeline:
    return pipeline.build() if isinstance(pipeline, PipelineSpec) else pipeline


def parse_one(pipeline: Pipeline, index: int, item: Any) -> Document | Failure:
    """Parse one item; every exception becomes a Failure (a Failure item is passed through)."""
    if isinstance(item, Failure):
        return item
    try:
        return pipeline.parse_item(item)
    except Exception as exc:  # never lose a record because of one bad article
        return failure_of(index, item, exc, prefix="unexpected ")


@attrs.frozen
class ParseJob:
    """What a worker needs to parse a chunk: the pipeline (or how to build it)."""

    pipeline: Pipeline | PipelineSpec


WARM_UP_TEXT = "On Monday, 3 km east of Ankara, over 1,000 people met; talks resumed."


def warm_up(pipeline: Pipeline | PipelineSpec) -> None:
    """Parse a short text once, so that lazily loaded plugin data is loaded (errors are ignored:
    the real items will report them)."""
    with contextlib.suppress(Exception):  # a broken plugin shows up on the first real item instead
        _resolve(pipeline).parse(WARM_UP_TEXT)


def _warm_job(job: ParseJob) -> None:
    warm_up(job.pipeline)


def _parse_chunk(job: ParseJob, chunk: Chunk) -> list[Document | Failure]:
    """Parse a chunk of (index, item) pairs in whatever process runs it."""
    resolved = _resolve(job.pipeline)
    results = [parse_one(resolved, index, item) for index, item in chunk]
    return results


def _init_worker() -> None:
    """Initializer of the worker processes parse_many starts (never of an executor it is given).

    Ctrl-C is the parent's to handle (no traceback from every worker).  What the worker inherited
    from its parent (interpreter, plugins, their data) is moved out of the garbage collector's
    sight with ``gc.freeze()``: it lives as long as the worker anyway, and a collection that walks
    it costs time and un-shares the pages the fork shared.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.freeze()


def _chunks(items: Iterable[Any], size: int) -> Iterator[Chunk]:
    chunk: Chunk = []
    for pair in enumerate(items):
        chunk.append(pair)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@attrs.define
class _Pool:
    """The executor in use; a process pool we started ourselves can be restarted if it breaks."""

    executor: concurrent.futures.Executor
    workers: int
    owned: bool

    @classmethod
    def start(cls, workers: int) -> _Pool:
        """A fresh process pool of ``workers`` processes that ignore Ctrl-C."""
        pool = concurrent.futures.ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)
        return cls(pool, workers, owned=True)

    def restart(self) -> None:
        """Replace a broken pool by a fresh one."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = concurrent.futures.ProcessPoolExecutor(
            max_workers=self.workers, initializer=_init_worker
        )

    def close(self) -> None:
        """Shut the pool down if we own it (cancelling what has not started)."""
        if self.owned:
            self.executor.shutdown(wait=True, cancel_futures=True)


@attrs.frozen
class Task(Generic[R]):
    """What to run on each chunk, with what, and how to record an item whose task failed.

    ``warm`` (optional) runs once in this process before a process pool is forked, so that the
    workers inherit whatever the first run loads lazily (unit registries, gazetteers).
    """

    run: Callable[[Any, Chunk], list[R]]
    payload: Any
    fail: Callable[[int, Any, BaseException], R]
    warm: Callable[[Any], object] | None = None


def ordered_map(
    task: Task[R],
    items: Iterable[Any],
    *,
    workers: int | None,
    executor: concurrent.futures.Executor | None,
    chunksize: int | None = None,
    window: int | None = None,
) -> Generator[R, None, None]:
    """Run ``task`` over ``items`` (in chunks, on ``executor`` or a pool of ``workers`` processes,
    or in this process when neither is given), yielding one result per item in input order."""
    if executor is None and (workers is None or workers <= 1):
        for chunk in _chunks(items, 1):
            yield from task.run(task.payload, chunk)
        return
    size = max(1, chunksize or DEFAULT_CHUNKSIZE)
    parallel = workers or os.cpu_count() or 1
    limit = max(size, window or size * _WINDOW_PER_WORKER * parallel)
    if executor is None and task.warm is not None:
        task.warm(task.payload)
    pool = _Pool(executor, parallel, owned=False) if executor is not None else _Pool.start(parallel)
    pending: collections.deque[tuple[Chunk, concurrent.futures.Future[list[R]]]] = collections.deque()
    in_flight = 0
    source = _chunks(items, size)
    try:
        while True:
            while in_flight + size <= limit:
                fresh: Chunk | None = next(source, None)
                if fresh is None:
                    break
                pending.append((fresh, _submit(pool.executor, task, fresh)))
                in_flight += len(fresh)
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                if not pool.owned:
                    yield from (task.fail(index, item, exc) for index, item in chunk)
                    in_flight -= len(chunk)
                    continue
                suspects = chunk + [pair for waiting, _ in pending for pair in waiting]
                pending.clear()
                in_flight = 0
                pool.restart()
                yield from _one_at_a_time(task, pool, suspects)
                continue
            except Exception as exc:  # an executor that failed the task (unpicklable item, lost worker)
                results = [task.fail(index, item, exc) for index, item in chunk]
            in_flight -= len(chunk)
            yield from results
    finally:
        for _, future in pending:
            future.cancel()
        pool.close()


def _submit(
    executor: concurrent.futures.Executor, task: Task[R], chunk: Chunk
) -> concurrent.futures.Future[list[R]]:
    """Submit ``chunk``; if submitting itself fails (a pool that broke since the last result), a
    future that holds the error, so that it is handled in order like any failed task."""
    try:
        return executor.submit(task.run, task.payload, chunk)
    except Exception as exc:
        failed: concurrent.futures.Future[list[R]] = concurrent.futures.Future()
        failed.set_exception(exc)
        return failed


def _one_at_a_time(task: Task[R], pool: _Pool, suspects: Chunk) -> Iterator[R]:
    """Retry the items that were in flight when the pool broke, alone, to find the one that kills it."""
    for index, item in suspects:
        try:
            yield from pool.executor.submit(task.run, task.payload, [(index, item)]).result()
        except BrokenProcessPool:
            pool.restart()
            yield task.fail(index, item, WorkerCrashed("the worker process died while parsing this item"))
        except Exception as exc:
            yield task.fail(index, item, exc)


def _fail(index: int, item: Any, exc: BaseException) -> Failure:
    return failure_of(index, item, exc, prefix="worker failed: ")


def parse_many(
    items: Iterable[Any],
    *,
    workers: int | None = None,
    executor: concurrent.futures.Executor | None = None,
    only: Iterable[str] | None = None,
    max_chars: int | None = None,
    strict: bool = False,
    pipeline: Pipeline | None = None,
    chunksize: int | None = None,
    window: int | None = None,
) -> Generator[Document | Failure, None, None]:
    """Parse ``items`` (texts, or dicts with ``text`` and optional ``published``, ``title``, ``url``,
    ``id``), yielding a Document or a :class:`Failure` for each, in input order, as a stream.

    ``workers`` > 1 starts a process pool of that size; ``executor`` may be any
    ``concurrent.futures.Executor`` (a Dask ``distributed`` client's ``get_executor()`` works).
    With neither, items are parsed in this process.  ``only``, ``max_chars`` and ``strict`` choose
    the installed plugins' pipeline (built once in each worker); ``pipeline`` gives one instead (it
    is pickled with every chunk, so its extractors must be picklable).  At most ``window`` items
    (default ``4 * chunksize`` per worker) are in flight; ``chunksize`` (default 4) items go to the
    executor per task.  An item that is already a Failure is passed through in its place.
    """
    spec: Pipeline | PipelineSpec
    if pipeline is not None:
        spec = pipeline
    else:
        spec = PipelineSpec(None if only is None else tuple(only), strict, max_chars)
        spec.build()  # an unknown layer or a broken plugin fails here, not in every worker
    # documents cross a process boundary unless the executor runs threads (or there is none)
    # Documents cross process boundaries light: Document.__reduce__ leaves the tokens out and
    # the receiving side recomputes them, without validating the document a second time.
    task: Task[Document | Failure] = Task(_parse_chunk, ParseJob(spec), _fail, _warm_job)
    return ordered_map(task, items, workers=workers, executor=executor, chunksize=chunksize, window=window)
