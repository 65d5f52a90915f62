"""The functions most users need: parse an article, build the default pipeline, read and render documents.

They sit at the top of the core: they ask the plugin registry for the installed extractors,
renderers and layer types, and pass them down to the pipeline, the renderers and the model.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from typing import Any

from newsparse.model import Document
from newsparse.pipeline import DEFAULT_MAX_CHARS, Pipeline
from newsparse.plugins import Registry, default_registry
from newsparse.serialize import document_from_dict, document_from_json
from newsparse.timelimit import parse_within

__all__ = ["default_pipeline", "parse", "read_dict", "read_json", "render_document"]


@functools.lru_cache(maxsize=16)
def _pipeline(registry: Registry, only: tuple[str, ...] | None, strict: bool, max_chars: int) -> Pipeline:
    return Pipeline.build(registry.extractors, only=only, strict=strict, max_chars=max_chars)


def default_pipeline(
    *, only: Iterable[str] | None = None, strict: bool = False, max_chars: int | None = None
) -> Pipeline:
    """The pipeline of the installed plugins (built once per set of options and registry)."""
    layers = None if only is None else tuple(only)
    limit = DEFAULT_MAX_CHARS if max_chars is None else max_chars
    return _pipeline(default_registry(), layers, strict, limit)


def parse(
    text: str,
    published: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    *,
    language: str = "en",
    id: str | None = None,
    only: Iterable[str] | None = None,
    strict: bool = False,
    max_chars: int | None = None,
    time_limit: float | None = None,
) -> Document:
    """Parse one article with every installed extractor (or only the layers in ``only``).

    ``published`` anchors relative dates ("on Saturday"); without it they stay unanchored.
    ``id`` records which input the text came from (``doc.meta.id``).  Extractor failures are
    recorded in ``doc.problems`` unless ``strict=True``.  ``time_limit`` (seconds; default
    ``$NEWSPARSE_TIME_LIMIT`` or 30, 0 for none) raises TimeLimitExceeded where SIGALRM can
    enforce it (POSIX, main thread).
    """
    pipeline = default_pipeline(only=only, strict=strict, max_chars=max_chars)
    options = {"published": published, "title": title, "url": url, "language": language, "id": id}
    return parse_within(pipeline, time_limit, text, **options)


def read_json(text: str | bytes) -> Document:
    """A document from JSON text (str or bytes), every layer read with its installed plugin's type.

    Raises only :class:`~newsparse.errors.SerializationError`, naming the path to a bad field.
    """
    return document_from_json(text)


def read_dict(data: Mapping[str, Any]) -> Document:
    """A document from :meth:`Document.to_dict` output, with the installed plugins' types."""
    return document_from_dict(data)


def render_document(doc: Document, format: str = "table") -> str:
    """``doc`` in output format ``format`` (``table``, ``json``, ``jsonl`` or a plugin's)."""
    return default_registry().renderer(format).render(doc)
