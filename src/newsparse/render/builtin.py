"""The core's own output formats: ``table`` (for people), ``json`` and ``jsonl`` (for programs)."""

from __future__ import annotations

from collections.abc import Callable

from newsparse.hookspecs import hookimpl
from newsparse.model import Annotation, Document
from newsparse.render import Renderer
from newsparse.render.summary import summarize

_WIDTH = 34


def _clip(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _where(annotation: Annotation) -> str:
    start = getattr(annotation, "start", None)
    end = getattr(annotation, "end", None)
    return f"{start}-{end}" if isinstance(start, int) and isinstance(end, int) else ""


def _label(annotation: Annotation) -> str:
    text = getattr(annotation, "text", None)
    if isinstance(text, str):
        return text
    canonical = getattr(annotation, "canonical", None)
    return canonical if isinstance(canonical, str) else type(annotation).__name__


def render_table(doc: Document) -> str:
    """A readable summary: metadata, then one block per layer, then the problems."""
    published = doc.meta.published.isoformat() if doc.meta.published else "unknown"
    lines = [
        f"newsparse: {len(doc.text):,} characters, {len(doc.sentences)} sentences, published {published}"
        + (f", title {doc.meta.title!r}" if doc.meta.title else "")
    ]
    for name, items in doc.layers.items():
        lines.append("")
        lines.append(f"== {name} ({len(items)}) ==")
        for item in items:
            lines.append(f"  {_where(item):>11}  {_clip(_label(item)):<{_WIDTH}}  {summarize(item)}".rstrip())
    lines.append("")
    if doc.problems:
        lines.append(f"== problems ({len(doc.problems)}) ==")
        for problem in doc.problems:
            lines.append(f"  {problem.extractor}: {problem.error}: {problem.message}")
    else:
        lines.append("no problems")
    return "\n".join(lines) + "\n"


def render_json(doc: Document) -> str:
    """The document as indented JSON (the format of docs/json-format.md)."""
    return doc.to_json(indent=2) + "\n"


def render_jsonl(doc: Document) -> str:
    """The document as one line of JSON, for streams of documents."""
    return doc.to_json() + "\n"


@hookimpl
def newsparse_register_renderers(register: Callable[[Renderer], None]) -> None:
    register(Renderer("table", render_table, "a readable summary per layer", "txt"))
    register(Renderer("json", render_json, "the document as indented JSON", "json"))
    register(Renderer("jsonl", render_jsonl, "the document as one line of JSON", "jsonl"))
