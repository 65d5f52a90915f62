"""Parsing many articles: in order, streaming, on any ``concurrent.futures.Executor``.

Memory stays bounded: at most ``window`` items are in flight at once, whatever the input's
length.  An item that cannot be parsed yields a :class:`Failure` in its place, so the output has
exactly one record per input record, in input order.
"""

from __future__ import annotations

import collections
import concurrent.futures
import os
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsparse.errors import NewsparseError
from newsparse.model import Document

__all__ = ["Failure", "parse_many"]


@attrs.frozen
class Failure:
    """The record of an input that could not be parsed: its position, the error and why."""

    index: int
    error: str
    message: str
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The failure as a JSON-ready error record."""
        return {"index": self.index, "id": self.id, "error": self.error, "message": self.message}


def _item_id(item: Any) -> str | None:
    if isinstance(item, dict) and item.get("id") is not None:
        return str(item["id"])
    return None


def _parse_one(index: int, item: Any, only: tuple[str, ...] | None, max_chars: int | None) -> Document | Failure:
    """Parse one item in whatever process runs it; every error becomes a Failure."""
    from newsparse import default_pipeline

    try:
        return default_pipeline(only=only, max_chars=max_chars).parse_item(item)
    except NewsparseError as exc:
        return Failure(index, type(exc).__name__, str(exc), _item_id(item))
    except Exception as exc:  # never lose a record because of one bad article
        return Failure(index, type(exc).__name__, f"unexpected: {exc}", _item_id(item))


def parse_many(
    items: Iterable[Any],
    *,
    workers: int | None = None,
    executor: concurrent.futures.Executor | None = None,
    only: Iterable[str] | None = None,
    max_chars: int | None = None,
    window: int | None = None,
) -> Iterator[Document | Failure]:
    """Parse ``items`` (texts, or dicts with ``text`` and optional ``published``, ``title``,
    ``url``, ``id``), yielding a Document or a Failure for each, in input order.

    ``workers`` > 1 starts a process pool of that size; ``executor`` may be any
    ``concurrent.futures.Executor`` (a Dask ``distributed`` client's ``get_executor()`` works).
    With neither, items are parsed in this process.
    """
    layers = None if only is None else tuple(only)
    if executor is None and (workers is None or workers <= 1):
        for index, item in enumerate(items):
            yield _parse_one(index, item, layers, max_chars)
        return
    owned = executor is None
    pool = executor or concurrent.futures.ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1)
    limit = window or max(4, 4 * (workers or os.cpu_count() or 1))
    pending: collections.deque[tuple[int, Any, concurrent.futures.Future[Document | Failure]]] = collections.deque()
    try:
        for index, item in enumerate(items):
            pending.append((index, item, pool.submit(_parse_one, index, item, layers, max_chars)))
            if len(pending) >= limit:
                yield _result(*pending.popleft())
        while pending:
            yield _result(*pending.popleft())
    finally:
        for _, _, future in pending:
            future.cancel()
        if owned:
            pool.shutdown(wait=True, cancel_futures=True)


def _result(index: int, item: Any, future: concurrent.futures.Future[Document | Failure]) -> Document | Failure:
    try:
        return future.result()
    except Exception as exc:  # the worker died (killed, out of memory, unpicklable result)
        return Failure(index, type(exc).__name__, f"worker failed: {exc}", _item_id(item))
