"""A per-document time budget for extractors, and a trace of which extractor is running.

In this process the budget is enforced with ``SIGALRM`` where the platform has it and the caller
is the main thread (POSIX); worker processes that ``parse_many`` and ``batch`` start are also
stopped from outside when they overrun (see :mod:`newsparse.workers`).  The extractor running
when the budget ran out is known because every extractor of a traced pipeline notes its name first.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import attrs

from newsparse.errors import NewsparseError
from newsparse.model import Annotation, Document
from newsparse.pipeline import Pipeline

__all__ = [
    "DEFAULT_TIME_LIMIT",
    "TIME_LIMIT_ENV",
    "Stage",
    "TimeLimitExceeded",
    "alarm_available",
    "parse_within",
    "resolve_time_limit",
    "run_within",
    "traced",
]

DEFAULT_TIME_LIMIT = 30.0
TIME_LIMIT_ENV = "NEWSPARSE_TIME_LIMIT"
_REPEAT = 0.05  # after the budget, interrupt again this often until the document is abandoned

T = TypeVar("T")


class TimeLimitExceeded(NewsparseError):
    """Parsing one document took longer than the time budget (``extractor`` was running, if known)."""

    def __init__(self, seconds: float, extractor: str | None = None) -> None:
        running = f"extractor {extractor!r} was still running" if extractor else "no extractor was running"
        super().__init__(f"parsing took longer than the time limit of {seconds:g} s ({running})")
        self.seconds = seconds
        self.extractor = extractor or None

    def __reduce__(self) -> tuple[type[TimeLimitExceeded], tuple[float, str | None]]:
        """Pickle by the constructor's arguments (the default re-calls it with the message)."""
        return type(self), (self.seconds, self.extractor)


def resolve_time_limit(value: float | None) -> float | None:
    """The budget in seconds: ``value``, else ``$NEWSPARSE_TIME_LIMIT``, else 30; 0 means none."""
    if value is None:
        raw = os.environ.get(TIME_LIMIT_ENV, "").strip()
        try:
            value = float(raw) if raw else DEFAULT_TIME_LIMIT
        except ValueError:
            raise NewsparseError(f"{TIME_LIMIT_ENV}={raw!r} is not a number of seconds") from None
    if value != value or value < 0:  # NaN or negative
        raise NewsparseError(f"the time limit must be a number of seconds >= 0, not {value!r}")
    return value or None


@attrs.define
class Stage:
    """Which extractor is running in this process (written before each extractor starts)."""

    current: str = ""

    def note(self, name: str) -> None:
        """Record that extractor ``name`` starts (an empty name: none is running)."""
        self.current = name


@attrs.frozen
class _Traced:
    """An extractor's ``extract`` that first notes the extractor's name."""

    name: str
    extract: Callable[[Document], Iterable[Annotation]]
    note: Callable[[str], None]

    def __call__(self, doc: Document) -> Iterable[Annotation]:
        self.note(self.name)
        return self.extract(doc)


def traced(pipeline: Pipeline, note: Callable[[str], None]) -> Pipeline:
    """``pipeline`` with every extractor noting its name through ``note`` before it runs."""
    extractors = tuple(attrs.evolve(e, extract=_Traced(e.name, e.extract, note)) for e in pipeline.extractors)
    return attrs.evolve(pipeline, extractors=extractors)


def alarm_available() -> bool:
    """Whether this thread can be interrupted by ``SIGALRM`` (POSIX, main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@attrs.define
class _Alarm:
    """An armed interval timer; the handler raises only while ``armed``."""

    seconds: float
    stage: Stage
    expired: list[TimeLimitExceeded] = attrs.field(factory=list)
    armed: bool = True

    def handle(self, signum: int, frame: Any) -> None:
        if not self.armed:
            return
        signal.setitimer(signal.ITIMER_REAL, _REPEAT)  # an extractor may swallow the first one
        error = TimeLimitExceeded(
            self.seconds, self.expired[0].extractor if self.expired else self.stage.current
        )
        self.expired.append(error)
        raise error


@contextlib.contextmanager
def _alarm(state: _Alarm) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, state.handle)
    signal.setitimer(signal.ITIMER_REAL, state.seconds)
    try:
        yield
    finally:
        state.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_within(seconds: float | None, stage: Stage, work: Callable[[], T]) -> T:
    """``work()``, raising TimeLimitExceeded if it ran over ``seconds`` (whatever it returned).

    Without ``SIGALRM`` (Windows, a thread other than the main one) ``work`` runs unbounded.
    """
    if not seconds or not alarm_available():
        return work()
    state = _Alarm(seconds, stage)
    result: T | None = None
    try:
        try:
            with _alarm(state):
                result = work()
        except TimeLimitExceeded:
            pass
    finally:
        state.armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
    if state.expired:
        raise state.expired[0]
    return result  # type: ignore[return-value]


def parse_within(pipeline: Pipeline, time_limit: float | None, text: str, **options: Any) -> Document:
    """``pipeline.parse(text, **options)`` within the time budget (see :func:`run_within`).

    ``time_limit`` None means ``$NEWSPARSE_TIME_LIMIT`` or 30 s, 0 no limit; over it, raises
    TimeLimitExceeded naming the extractor that was running.
    """
    seconds = resolve_time_limit(time_limit)
    if not seconds or not alarm_available():
        return pipeline.parse(text, **options)
    stage = Stage()
    bounded = traced(pipeline, stage.note)
    return run_within(seconds, stage, lambda: bounded.parse(text, **options))
