"""Parsing many articles: in input order, streaming, in worker processes no plugin can take down.

Memory stays bounded: at most ``window`` items are in flight (handed out and not yet yielded) at
once, whatever the input's length, because items are read from the iterable only as results are
handed out.

Nothing is ever dropped: an item that cannot be parsed (bad input, a text over ``max_chars``, an
exception, a document over the time budget, a worker process that died) yields a
:class:`Failure` in its place, so the output has exactly one record per input record, in input
order.  Worker processes that ``parse_many`` starts itself are supervised
(:mod:`newsparse.workers`): one that overruns the time budget or dies is replaced, and only the
item it was parsing is reported.  On an executor you pass in, items travel in chunks of
``chunksize`` and the budget is enforced where the executor runs them on a main thread.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import functools
import os
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs

from newsparse.errors import InvalidInput, NewsparseError
from newsparse.model import Document, _assemble
from newsparse.pipeline import Pipeline
from newsparse.timelimit import Stage, TimeLimitExceeded, resolve_time_limit, run_within, traced
from newsparse.workers import Job, Supervisor, WorkerCrashed

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "Failure",
    "ParseJob",
    "PipelineSpec",
    "Task",
    "WorkerCrashed",
    "a_kind",
    "as_record",
    "failure_of",
    "item_id",
    "ordered_map",
    "parse_many",
    "parse_one",
    "warm_up",
]

DEFAULT_CHUNKSIZE = 4
_WINDOW_PER_WORKER = 4  # items (chunks on an executor) in flight per worker: keeps every worker busy

R = TypeVar("R")
Chunk = list[tuple[int, Any]]

_KINDS = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "true or false",
    "NoneType": "null",
    "list": "a list",
    "dict": "an object",
    "bytes": "bytes",
    "tuple": "a list",
}


def a_kind(value: object) -> str:
    """What ``value`` is, in plain English ("an integer", "a list", "null")."""
    name = type(value).__name__
    return _KINDS.get(name, f"a {name}")


@attrs.frozen
class Failure:
    """The record of an input that could not be parsed: its position, its id, the error and why.

    ``extractor`` names the extractor that was running when it can be known (a time limit, a
    worker that died).
    """

    index: int
    error: str
    message: str
    id: str | None = None
    extractor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The failure as JSON-ready data (the ``error`` object of a batch error record)."""
        return {
            "index": self.index,
            "id": self.id,
            "error": self.error,
            "message": self.message,
            "extractor": self.extractor,
        }


@attrs.frozen
class PipelineSpec:
    """How a worker builds the installed plugins' pipeline (cheap to send; built once per process)."""

    only: tuple[str, ...] | None = None
    strict: bool = False
    max_chars: int | None = None

    def build(self) -> Pipeline:
        """The pipeline this spec describes, from the plugins installed where this runs."""
        from newsparse.api import default_pipeline

        return default_pipeline(only=self.only, strict=self.strict, max_chars=self.max_chars)


def as_record(item: Any) -> Any:
    """``item`` as the pipeline takes it: a (key, text or record) pair becomes a record with ``id``."""
    if isinstance(item, tuple) and len(item) == 2:
        key, value = item
        if isinstance(value, Mapping):
            return {**value, "id": key}
        return {"text": value, "id": key}
    if isinstance(item, Mapping) and not isinstance(item, dict):
        return dict(item)
    return item


def item_id(item: Any) -> str | None:
    """The id of an item (a record's ``id``, a pair's key) as a string; None for a bare text."""
    record = as_record(item)
    if isinstance(record, dict) and record.get("id") is not None:
        return str(record["id"])
    return None


def failure_of(index: int, item: Any, exc: BaseException, prefix: str = "") -> Failure:
    """The Failure that records ``exc`` raised while parsing ``item``."""
    message = str(exc) if isinstance(exc, NewsparseError) else f"{prefix}{type(exc).__name__}: {exc}"
    extractor = getattr(exc, "extractor", None)
    return Failure(index, type(exc).__name__, message, item_id(item), extractor)


def _resolve(pipeline: Pipeline | PipelineSpec) -> Pipeline:
    return pipeline.build() if isinstance(pipeline, PipelineSpec) else pipeline


def _with_id(doc: Document, key: str | None) -> Document:
    """``doc`` whose ``meta.id`` is ``key`` (its layers were checked already: not checked again)."""
    if key is None or doc.meta.id == key:
        return doc
    meta = attrs.evolve(doc.meta, id=key)
    return _assemble(doc.text, meta, doc.sentences, doc.layers, doc.problems, doc._tokens)


def _parse_record(pipeline: Pipeline, item: Any) -> Document:
    record = as_record(item)
    if isinstance(record, dict) and "text" in record and not isinstance(record["text"], str):
        raise InvalidInput(f"field 'text' must be a string, got {a_kind(record['text'])}")
    return _with_id(pipeline.parse_item(record), item_id(record))


def parse_one(pipeline: Pipeline, index: int, item: Any) -> Document | Failure:
    """Parse one item; every exception becomes a Failure (a Failure item is passed through).

    ``SystemExit`` and other ``BaseException`` s from a plugin are contained too; only Ctrl-C
    (``KeyboardInterrupt``) goes through.
    """
    if isinstance(item, Failure):
        return item
    try:
        return _parse_record(pipeline, item)
    except (KeyboardInterrupt, TimeLimitExceeded):
        raise
    except BaseException as exc:  # never lose a record (nor the run) because of one bad article
        return failure_of(index, item, exc, prefix="unexpected ")


@attrs.frozen
class ParseJob:
    """What a worker needs to parse a chunk: the pipeline (or how to build it)."""

    pipeline: Pipeline | PipelineSpec


# touches every built-in layer's lazily loaded data (a dateline, dates, quantities, money, a quote,
# a casualty, an agreement, a company, a contract), so that the first real item is not slowed by it
WARM_UP_TEXT = (
    "BEIRUT (Reuters) - On Monday, 3 km east of Ankara, over 1,000 people met; talks resumed. "
    "Officials said airstrikes killed 12 civilians in Idlib, Syria, on Tuesday. "
    '"We will sign," U.S. Secretary of State John Kerry said. '
    "Russia and the United States agreed a ceasefire in Geneva, brokered by the UN. "
    "Shares of Goldman Sachs rose 3% to $40 a barrel. The company bought rival Acme Inc. for "
    "$2 billion, its chief executive told reporters last week. "
    "Manchester United signed the striker on a four-year contract, according to a statement on 3 March 2004."
)
WARM_UP_PUBLISHED = "2016-02-15"


def warm_up(pipeline: Pipeline | PipelineSpec) -> None:
    """Parse a short text once per process and pipeline, so that lazily loaded plugin data is loaded
    (errors are ignored: the real items will report them).

    What a warm-up loads stays loaded in this process, so a second batch over the same pipeline does
    not parse the text again before it forks (a pipeline that cannot be hashed is warmed each time)."""
    try:
        _warm_once(pipeline)
    except TypeError:  # an extractor with an unhashable field
        _warm(pipeline)


def _warm(pipeline: Pipeline | PipelineSpec) -> None:
    """The warm-up parse itself (see :func:`warm_up`)."""
    with contextlib.suppress(Exception):  # a broken plugin shows up on the first real item instead
        _resolve(pipeline).parse(WARM_UP_TEXT, published=WARM_UP_PUBLISHED)


@functools.lru_cache(maxsize=16)
def _warm_once(pipeline: Pipeline | PipelineSpec) -> None:
    """:func:`_warm`, once per (equal) pipeline in this process."""
    _warm(pipeline)


def _warm_job(job: ParseJob) -> None:
    warm_up(job.pipeline)


def _prepare_job(job: ParseJob, note: Callable[[str], None]) -> ParseJob:
    return ParseJob(traced(_resolve(job.pipeline), note))


def _parse_chunk(job: ParseJob, chunk: Chunk) -> list[Document | Failure]:
    """Parse a chunk of (index, item) pairs in whatever process runs it."""
    resolved = _resolve(job.pipeline)
    return [parse_one(resolved, index, item) for index, item in chunk]


def _chunks(items: Iterable[Any], size: int) -> Iterator[Chunk]:
    chunk: Chunk = []
    for pair in enumerate(items):
        chunk.append(pair)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _as_is(payload: Any, note: Callable[[str], None]) -> Any:
    return payload


@attrs.frozen
class Task(Generic[R]):
    """What to run on each chunk, with what, and how to record an item whose task failed.

    ``warm`` (optional) runs once in this process before worker processes are forked, so that
    they inherit whatever the first run loads lazily (unit registries, gazetteers).  ``prepare``
    turns the payload into what ``run`` gets, once per process, given a function each extractor
    calls with its name before it runs (so that an overrun or a crash can name it).
    """

    run: Callable[[Any, Chunk], list[R]]
    payload: Any
    fail: Callable[[int, Any, BaseException], R]
    warm: Callable[[Any], object] | None = None
    prepare: Callable[[Any, Callable[[str], None]], Any] = _as_is


@attrs.frozen
class _OneItem(Generic[R]):
    """A task's ``run`` applied to one (index, item) pair, for a supervised worker."""

    run: Callable[[Any, Chunk], list[R]]

    def __call__(self, prepared: Any, index: int, item: Any) -> R:
        return self.run(prepared, [(index, item)])[0]


@attrs.frozen
class _Bounded(Generic[R]):
    """A task's ``run`` with the time budget applied to each item (on an executor's worker)."""

    task: Task[R]
    budget: float | None

    def __call__(self, payload: Any, chunk: Chunk) -> list[R]:
        return [_bounded_one(self.task, payload, index, item, self.budget, Stage()) for index, item in chunk]


def _bounded_one(
    task: Task[R], prepared: Any, index: int, item: Any, budget: float | None, stage: Stage
) -> R:
    stage.note("")
    try:
        return run_within(budget, stage, lambda: task.run(prepared, [(index, item)])[0])
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # the time limit, or a SystemExit the task let through
        return task.fail(index, item, exc)


def ordered_map(
    task: Task[R],
    items: Iterable[Any],
    *,
    workers: int | None,
    executor: concurrent.futures.Executor | None,
    chunksize: int | None = None,
    window: int | None = None,
    time_limit: float | None = None,
    isolate: bool = False,
) -> Generator[R, None, None]:
    """Run ``task`` over ``items`` (on ``executor``, on ``workers`` supervised processes, or in this
    process when neither is given), yielding one result per item in input order.

    ``time_limit`` is the per-item budget in seconds (None: none); ``isolate`` runs even a single
    worker in its own supervised process.
    """
    if executor is not None:
        yield from _on_executor(task, items, executor, chunksize, window, time_limit)
        return
    if not isolate and (workers is None or workers <= 1):
        if task.warm is not None and time_limit is not None:  # lazy loading is not the first item's time
            task.warm(task.payload)
        stage = Stage()
        prepared = task.prepare(task.payload, stage.note)
        for index, item in enumerate(items):
            yield _bounded_one(task, prepared, index, item, time_limit, stage)
        return
    if task.warm is not None:
        task.warm(task.payload)
    job = Job(_OneItem(task.run), task.payload, task.fail, task.prepare)
    count = max(1, workers or 1)
    supervisor = Supervisor(job, count, time_limit)
    yield from supervisor.map(items, window or _WINDOW_PER_WORKER * count)


def _on_executor(
    task: Task[R],
    items: Iterable[Any],
    executor: concurrent.futures.Executor,
    chunksize: int | None,
    window: int | None,
    time_limit: float | None,
) -> Iterator[R]:
    size = max(1, chunksize or DEFAULT_CHUNKSIZE)
    limit = max(size, window or size * _WINDOW_PER_WORKER * (os.cpu_count() or 1))
    bounded = attrs.evolve(task, run=_Bounded(task, time_limit))
    pending: collections.deque[tuple[Chunk, concurrent.futures.Future[list[R]]]] = collections.deque()
    in_flight = 0
    source = _chunks(items, size)
    try:
        while True:
            while in_flight + size <= limit:
                fresh: Chunk | None = next(source, None)
                if fresh is None:
                    break
                pending.append((fresh, _submit(executor, bounded, fresh)))
                in_flight += len(fresh)
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except Exception as exc:  # an executor that failed the task (unpicklable item, lost worker)
                results = [task.fail(index, item, exc) for index, item in chunk]
            in_flight -= len(chunk)
            yield from results
    finally:
        for _, future in pending:
            future.cancel()


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


def _fail(index: int, item: Any, exc: BaseException) -> Failure:
    return failure_of(index, item, exc, prefix="worker failed: ")


def _keyed(items: Iterable[Any] | Mapping[Any, Any]) -> Iterable[Any]:
    return items.items() if isinstance(items, Mapping) else items


def parse_many(
    items: Iterable[Any] | Mapping[Any, Any],
    *,
    workers: int | None = None,
    executor: concurrent.futures.Executor | None = None,
    only: Iterable[str] | None = None,
    max_chars: int | None = None,
    strict: bool = False,
    pipeline: Pipeline | None = None,
    chunksize: int | None = None,
    window: int | None = None,
    time_limit: float | None = None,
) -> Generator[Document | Failure, None, None]:
    """Parse ``items``, yielding a Document or a :class:`Failure` for each, in input order, as a stream.

    ``items``: texts, dicts with ``text`` and optional ``published``, ``title``, ``url``, ``id``,
    ``(key, text or dict)`` pairs, or a mapping of keys to texts or dicts; the id or key becomes
    ``meta.id`` (and ``Failure.id``).  ``workers`` > 1 runs supervised worker processes;
    ``executor`` may be any ``concurrent.futures.Executor`` (a Dask client's ``get_executor()``
    works).  With neither, items are parsed in this process.  ``time_limit`` is the budget per
    document in seconds (default ``$NEWSPARSE_TIME_LIMIT`` or 30; 0 for none): a document over it
    becomes a ``TimeLimitExceeded`` failure naming the extractor that was running.  ``only``,
    ``max_chars`` and ``strict`` choose the installed plugins' pipeline; ``pipeline`` gives one
    instead.  At most ``window`` items are in flight; ``chunksize`` (default 4) items go to an
    executor per task.  An item that is already a Failure is passed through in its place.
    """
    spec: Pipeline | PipelineSpec
    if pipeline is not None:
        spec = pipeline
    else:
        spec = PipelineSpec(None if only is None else tuple(only), strict, max_chars)
        spec.build()  # an unknown layer or a broken plugin fails here, not in every worker
    budget = resolve_time_limit(time_limit)
    task: Task[Document | Failure] = Task(_parse_chunk, ParseJob(spec), _fail, _warm_job, _prepare_job)
    return ordered_map(
        task,
        _keyed(items),
        workers=workers,
        executor=executor,
        chunksize=chunksize,
        window=window,
        time_limit=budget,
    )
