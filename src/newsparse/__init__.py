"""newsparse: news articles into typed documents (dates, quantities, entities, agreements, ...).

>>> import newsparse
>>> doc = newsparse.parse("Talks resumed on Monday.", published="2018-02-06")
>>> doc.meta.published.isoformat()
'2018-02-06'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsparse.annotations import (
    Agreement,
    Claim,
    Contest,
    DateRef,
    Entity,
    Event,
    Evidence,
    Figure,
    Interval,
    Mention,
    Quantity,
    QuantityRef,
    SourceRef,
    TimeExpression,
    Violation,
)
from newsparse.api import default_pipeline, parse, read_dict, read_json, render_document
from newsparse.contracts import LAYER_CONTRACTS
from newsparse.errors import (
    ExtractorError,
    InvalidInput,
    NewsparseError,
    PipelineError,
    PluginError,
    SerializationError,
    TextTooLarge,
    UnknownExtractor,
    UnknownLayer,
)
from newsparse.extractor import Extractor
from newsparse.hookspecs import hookimpl
from newsparse.model import Document, Meta, Problem
from newsparse.pipeline import DEFAULT_MAX_CHARS, Pipeline
from newsparse.render import Renderer
from newsparse.spans import Annotation, RawAnnotation, Sentence, Span, Token
from newsparse.version import __version__

if TYPE_CHECKING:
    from newsparse.batch import Failure, parse_many

__all__ = [
    "DEFAULT_MAX_CHARS",
    "LAYER_CONTRACTS",
    "Agreement",
    "Annotation",
    "Claim",
    "Contest",
    "DateRef",
    "Document",
    "Entity",
    "Event",
    "Evidence",
    "Extractor",
    "ExtractorError",
    "Failure",
    "Figure",
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
    "SourceRef",
    "Span",
    "TextTooLarge",
    "TimeExpression",
    "Token",
    "UnknownExtractor",
    "UnknownLayer",
    "Violation",
    "__version__",
    "default_pipeline",
    "hookimpl",
    "parse",
    "parse_many",
    "read_dict",
    "read_json",
    "render_document",
]


# Imported when first used: parallel parsing brings multiprocessing and concurrent.futures, which a
# single parse does not need (a part of the cold start of ``import newsparse`` and a first parse).
_LAZY = {"Failure": "newsparse.batch", "parse_many": "newsparse.batch"}


def __getattr__(name: str) -> Any:
    """``parse_many`` and ``Failure``, imported from :mod:`newsparse.batch` on first use."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsparse' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # found directly from now on
    return value
