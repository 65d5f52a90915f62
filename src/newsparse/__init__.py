"""newsparse: news articles into typed documents (dates, quantities, entities, agreements, ...).

>>> import newsparse
>>> doc = newsparse.parse("Talks resumed on Monday.", published="2018-02-06")
>>> doc.meta.published.isoformat()
'2018-02-06'
"""

from __future__ import annotations

__version__ = "0.1.0"

import datetime as dt
import functools
from collections.abc import Iterable

from newsparse.annotations import (
    Agreement,
    DateRef,
    Entity,
    Evidence,
    Interval,
    Mention,
    Quantity,
    QuantityRef,
    TimeExpression,
    Violation,
)
from newsparse.batch import Failure, parse_many
from newsparse.errors import (
    ExtractorError,
    InvalidInput,
    NewsparseError,
    PipelineError,
    PluginError,
    SerializationError,
    TextTooLarge,
)
from newsparse.extractor import Extractor
from newsparse.hookspecs import hookimpl
from newsparse.model import Annotation, Document, Meta, Problem, RawAnnotation, Sentence, Span, Token
from newsparse.pipeline import DEFAULT_MAX_CHARS, Pipeline
from newsparse.render import Renderer

__all__ = [
    "DEFAULT_MAX_CHARS",
    "Agreement",
    "Annotation",
    "DateRef",
    "Document",
    "Entity",
    "Evidence",
    "Extractor",
    "ExtractorError",
    "Failure",
    "Interval",
    "InvalidInput",
    "Mention",
    "Meta",
    "NewsparseError",
    "Pipeline",
    "PipelineError",
    "PluginError",
    "Problem",
    "Quantity",
    "QuantityRef",
    "RawAnnotation",
    "Renderer",
    "Sentence",
    "SerializationError",
    "Span",
    "TextTooLarge",
    "TimeExpression",
    "Token",
    "Violation",
    "__version__",
    "default_pipeline",
    "hookimpl",
    "parse",
    "parse_many",
    "render_document",
]


@functools.lru_cache(maxsize=16)
def _pipeline(only: tuple[str, ...] | None, strict: bool, max_chars: int, selection: str | None) -> Pipeline:
    from newsparse.plugins import default_registry

    return Pipeline.build(default_registry().extractors, only=only, strict=strict, max_chars=max_chars)


def default_pipeline(
    *, only: Iterable[str] | None = None, strict: bool = False, max_chars: int | None = None
) -> Pipeline:
    """The pipeline of the installed plugins (built once per set of options and process)."""
    import os

    layers = None if only is None else tuple(only)
    limit = DEFAULT_MAX_CHARS if max_chars is None else max_chars
    return _pipeline(layers, strict, limit, os.environ.get("NEWSPARSE_LOAD_PLUGINS"))


def parse(
    text: str,
    published: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    *,
    language: str = "en",
    only: Iterable[str] | None = None,
    strict: bool = False,
    max_chars: int | None = None,
    time_limit: float | None = None,
) -> Document:
    """Parse one article with every installed extractor (or only the layers in ``only``).

    ``published`` anchors relative dates ("on Saturday"); without it they stay unanchored.
    Extractor failures are recorded in ``doc.problems`` unless ``strict=True``.  ``time_limit``
    (seconds; default ``$NEWSPARSE_TIME_LIMIT`` or 30, 0 for none) raises TimeLimitExceeded where
    SIGALRM can enforce it (POSIX, main thread).
    """
    from newsparse.timelimit import parse_within

    pipeline = default_pipeline(only=only, strict=strict, max_chars=max_chars)
    options = {"published": published, "title": title, "url": url, "language": language}
    return parse_within(pipeline, time_limit, text, **options)


def render_document(doc: Document, format: str = "table") -> str:
    """``doc`` in output format ``format`` (``table``, ``json``, ``jsonl`` or a plugin's)."""
    from newsparse.plugins import default_registry

    return default_registry().renderer(format).render(doc)
