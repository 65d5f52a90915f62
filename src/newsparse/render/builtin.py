"""The core's own output formats: ``table`` (for people), ``json`` and ``jsonl`` (for programs)."""

from __future__ import annotations

from collections.abc import Callable

from newsparse.hookspecs import hookimpl
from newsparse.model import Document
from newsparse.render import Renderer, RenderOptions
from newsparse.render.terminal import render_terminal


def render_table(doc: Document) -> str:
    """A readable summary, 100 columns wide: one block per layer in words, then the problems."""
    return render_terminal(doc)


def _table_with(doc: Document, options: RenderOptions) -> str:
    return render_terminal(doc, options)


def render_json(doc: Document) -> str:
    """The document as indented JSON (the format of docs/json-format.md)."""
    return doc.to_json(indent=2) + "\n"


def render_jsonl(doc: Document) -> str:
    """The document as one line of JSON, for streams of documents."""
    return doc.to_json() + "\n"


@hookimpl
def newsparse_register_renderers(register: Callable[[Renderer], None]) -> None:
    """Register the ``table``, ``json`` and ``jsonl`` formats."""
    register(Renderer("table", render_table, "a readable summary per layer", "txt", _table_with))
    register(Renderer("json", render_json, "the document as indented JSON", "json"))
    register(Renderer("jsonl", render_jsonl, "the document as one line of JSON", "jsonl"))
