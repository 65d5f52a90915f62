"""Worker processes that no plugin can take the run down with: stuck, exiting or crashing.

A :class:`Supervisor` starts ``workers`` processes and hands each the item it parses and, when
small, the next one.  A worker
that overruns the per-document time budget (plus a short grace) is killed and replaced; one that
exits (``os._exit``, a segfault, the OOM killer) is replaced; either way that one item gets a
failure record naming the extractor that was running, and the run goes on, in input order.
Workers die with their parent: ``PR_SET_PDEATHSIG`` on Linux, and everywhere a thread that
watches ``os.getppid()`` and an end-of-file on the pipe to the parent.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import multiprocessing.connection
import multiprocessing.reduction
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.sharedctypes import RawArray
from typing import Any, Generic, TypeVar

import attrs

from newsparse.errors import NewsparseError
from newsparse.timelimit import Stage, TimeLimitExceeded, run_within

__all__ = ["GRACE", "Job", "Supervisor", "WorkerCrashed", "exit_description"]

R = TypeVar("R")
GRACE = 1.0  # seconds a worker gets past the budget to report the overrun itself before it is killed
STARTUP_LIMIT = 60.0  # seconds a fresh worker may take to build its pipeline and say it is ready
_STAGE_BYTES = 128
_WATCH_INTERVAL = 0.5
_PR_SET_PDEATHSIG = 1
_READY = "ready"
_DEPTH = 2  # items a worker holds at once: the one it parses and the next, waiting in the pipe
_QUEUED_BYTES = 32 * 1024  # the largest pickled item that may wait in a pipe (its buffer: 64 KiB)
_PICKLER = multiprocessing.reduction.ForkingPickler


class WorkerCrashed(NewsparseError):
    """A worker process died (killed, out of memory, a crash in C code) while parsing an item."""

    def __init__(self, message: str, extractor: str | None = None) -> None:
        super().__init__(message)
        self.extractor = extractor or None


@attrs.frozen
class Job(Generic[R]):
    """What a worker does: ``prepare(payload, note)`` once, then ``run(prepared, index, item)``
    per item; ``fail(index, item, error)`` makes the record of an item that could not be run."""

    run: Callable[[Any, int, Any], R]
    payload: Any
    fail: Callable[[int, Any, BaseException], R]
    prepare: Callable[[Any, Callable[[str], None]], Any]


def exit_description(exitcode: int | None) -> str:
    """How a process ended, in words ("exited with status 3", "was killed by SIGSEGV")."""
    if exitcode is None:
        return "stopped answering"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"was killed by {name}"
    return f"exited with status {exitcode}"


def _die_with_parent(parent: int) -> None:
    """Make this worker end when its parent does (Linux at once, elsewhere within half a second)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_WATCH_INTERVAL)
        os._exit(1)

    threading.Thread(target=watch, name="newsparse-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the watch started
        os._exit(1)


def _stage_note(stage: Any, local: Stage) -> Callable[[str], None]:
    def note(name: str) -> None:
        local.current = name
        stage.value = name.encode("utf-8", "replace")[: _STAGE_BYTES - 1]

    return note


def _serve(conn: Any, stage: Any, job: Job[Any], budget: float | None, parent: int) -> None:
    """A worker's life: get (index, item), answer (index, record), until the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    gc.freeze()  # what was inherited lives as long as the worker: keep the collector off it
    local = Stage()
    prepared = job.prepare(job.payload, _stage_note(stage, local))
    conn.send(_READY)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, item = message
        record = _run_one(job, prepared, index, item, budget, local)
        try:
            conn.send((index, record))
        except (EOFError, OSError):
            return
        except Exception as exc:  # a record that cannot be pickled
            conn.send((index, job.fail(index, item, exc)))


def _run_one(job: Job[R], prepared: Any, index: int, item: Any, budget: float | None, stage: Stage) -> R:
    stage.note("")
    try:
        return run_within(budget, stage, lambda: job.run(prepared, index, item))
    except TimeLimitExceeded as exc:
        return job.fail(index, item, exc)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # SystemExit from a plugin, or anything the job let through
        return job.fail(index, item, exc)


@attrs.define
class _Worker:
    """One worker process, the parent's end of its pipe, and the items sent to it (oldest first).

    The oldest item is being parsed; a second may wait in the pipe, so that the worker starts on
    it as soon as it has answered, not after a round trip through a parent that may be busy.
    """

    process: Any
    conn: Any
    stage: Any
    ready: bool = False
    queue: list[tuple[int, Any]] = attrs.field(factory=list)
    deadline: float = float("inf")

    def running(self) -> str | None:
        """The extractor the worker last noted (None if none)."""
        try:
            name = bytes(self.stage.value).decode("utf-8", "replace")
        except Exception:
            return None
        return name or None

    def kill(self) -> None:
        """Kill the process at once and reap it."""
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.process.join(2)
        with contextlib.suppress(Exception):
            self.conn.close()


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and sys.platform != "darwin" else "spawn")


@attrs.define
class Supervisor(Generic[R]):
    """``workers`` processes running ``job`` over items, in input order, two items each at most.

    A second item goes to a busy worker only when it is small (it then waits in the pipe's
    buffer, so neither end can block on a full pipe); the time budget runs for the item being
    parsed, from when the worker could start it.
    """

    job: Job[R]
    workers: int
    budget: float | None
    grace: float = GRACE
    _pool: list[_Worker] = attrs.field(factory=list)
    _retry: list[tuple[int, Any]] = attrs.field(factory=list)  # queued behind an item whose worker died

    def _start(self) -> _Worker:
        ctx = _context()
        parent_end, child_end = ctx.Pipe()
        stage = RawArray(ctypes.c_char, _STAGE_BYTES)
        process = ctx.Process(
            target=_serve,
            args=(child_end, stage, self.job, self.budget, os.getpid()),
            name="newsparse-worker",
            daemon=True,
        )
        process.start()
        child_end.close()
        return _Worker(process, parent_end, stage, deadline=time.monotonic() + STARTUP_LIMIT)

    def close(self) -> None:
        """Stop every worker: idle ones are asked to leave, busy ones are killed; none survives."""
        for worker in self._pool:
            if not worker.queue and worker.process.is_alive():
                with contextlib.suppress(Exception):
                    worker.conn.send(None)
        end = time.monotonic() + 0.5
        for worker in self._pool:
            if not worker.queue:
                with contextlib.suppress(Exception):
                    worker.process.join(max(0.0, end - time.monotonic()))
            worker.kill()
        self._pool.clear()

    def map(self, items: Iterable[Any], window: int) -> Iterator[R]:
        """One record per item, in input order; at most ``window`` items dispatched and unyielded."""
        source = enumerate(items)
        done: dict[int, R] = {}
        sent = emitted = 0
        exhausted = False
        try:
            self._pool = [self._start() for _ in range(self.workers)]
            while True:
                for depth in range(_DEPTH):
                    for worker in self._pool:
                        if not (worker.ready and len(worker.queue) == depth):
                            continue
                        if self._retry:
                            self._dispatch(worker, *self._retry.pop(0), done)
                            continue
                        if exhausted or sent - emitted >= window:
                            break
                        pair = next(source, None)
                        if pair is None:
                            exhausted = True
                            break
                        self._dispatch(worker, *pair, done)
                        sent += 1
                if emitted in done:  # hand out what is in order, then dispatch again before waiting
                    while emitted in done:
                        yield done.pop(emitted)
                        emitted += 1
                    continue
                if exhausted and emitted == sent:
                    return
                self._wait(done)
        finally:
            self.close()

    def _dispatch(self, worker: _Worker, index: int, item: Any, done: dict[int, R]) -> None:
        try:
            message = _PICKLER.dumps((index, item))
        except Exception as exc:  # an item that cannot be pickled
            done[index] = self.job.fail(index, item, exc)
            return
        if worker.queue and len(message) > _QUEUED_BYTES:
            self._retry.insert(0, (index, item))  # too big to wait in the pipe: the next idle worker's
            return
        if not worker.queue:
            worker.deadline = self._deadline()
        worker.queue.append((index, item))
        with contextlib.suppress(OSError, EOFError):  # the worker died: its sentinel tells
            worker.conn.send_bytes(message)

    def _deadline(self) -> float:
        return time.monotonic() + self.budget + self.grace if self.budget else float("inf")

    def _wait(self, done: dict[int, R]) -> None:
        """Wait for an answer, a death or a deadline, and handle what happened."""
        deadlines = [w.deadline for w in self._pool if w.queue or not w.ready]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        if timeout == float("inf"):
            timeout = None
        handles = [w.conn for w in self._pool] + [w.process.sentinel for w in self._pool]
        ready = set(multiprocessing.connection.wait(handles, timeout))
        for position, worker in enumerate(list(self._pool)):
            if worker.conn in ready:
                self._receive(position, worker, done)
            elif worker.process.sentinel in ready:
                self._replace(position, worker, done, None)
        now = time.monotonic()
        for position, worker in enumerate(list(self._pool)):
            if now < worker.deadline:
                continue
            if not worker.ready:
                worker.kill()
                raise NewsparseError(f"a worker process did not start within {STARTUP_LIMIT:g} s")
            assert self.budget is not None
            self._replace(position, worker, done, TimeLimitExceeded(self.budget, worker.running()))

    def _receive(self, position: int, worker: _Worker, done: dict[int, R]) -> None:
        try:
            message = worker.conn.recv()
        except Exception:  # the pipe broke: the worker died, possibly in the middle of an answer
            self._replace(position, worker, done, None)
            return
        if message == _READY:
            worker.ready, worker.deadline = True, float("inf")
            return
        index, record = message
        done[index] = record
        if worker.queue and worker.queue[0][0] == index:
            worker.queue.pop(0)
        worker.deadline = self._deadline() if worker.queue else float("inf")

    def _replace(
        self, position: int, worker: _Worker, done: dict[int, R], error: BaseException | None
    ) -> None:
        """Kill ``worker``, record its item as failed (``error``, or how it died), start a new one.

        An item queued behind the failed one was never started: it goes to the next free worker.
        """
        running = worker.running()
        worker.kill()
        if worker.queue:
            index, item = worker.queue[0]
            if error is None:
                where = f" while extractor {running!r} was running" if running else ""
                how = exit_description(worker.process.exitcode)
                error = WorkerCrashed(f"the worker process {how}{where}; it was replaced", running)
            done[index] = self.job.fail(index, item, error)
            self._retry[:0] = worker.queue[1:]
        elif not worker.ready:
            how = exit_description(worker.process.exitcode)
            raise NewsparseError(f"a worker process {how} while starting")
        self._pool[position] = self._start()
