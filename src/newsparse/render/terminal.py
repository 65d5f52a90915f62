"""The ``table`` format: what a reader takes in at a glance on a terminal, one block per layer.

Each annotation is one row (its text, then its summary in words), wrapped to the line width
(100 columns by default) with continuation lines indented, never broken by a newline from the
text.  Technical values (TIMEX3, offsets) appear only with ``verbose``.  On a terminal that
supports it headings are bold and labels dimmed (ANSI); piped output is plain text.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from newsparse.humanize import clip, day, plural
from newsparse.model import Document
from newsparse.render import RenderOptions
from newsparse.render.view import DocumentView, LayerView, Presentations, view_of

__all__ = ["ordered_layers", "render_terminal"]

_LABEL = 30  # width of the label column
_MIN_WIDTH = 60
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def ordered_layers(view: DocumentView) -> list[LayerView]:
    """Layers that lead (events, contested figures, ...) first, by their rank; the rest in order."""
    indexed = list(enumerate(view.layers))
    lead = [(i, layer) for i, layer in indexed if layer.presentation.lead is not None]
    lead.sort(key=lambda pair: (pair[1].presentation.lead or 0, pair[0]))
    rest = [(i, layer) for i, layer in indexed if layer.presentation.lead is None]
    return [layer for _, layer in lead + rest]


def _style(text: str, code: str, options: RenderOptions) -> str:
    return f"{code}{text}{_RESET}" if options.styled and text else text


def _header(doc: Document, width: int) -> list[str]:
    published = day(doc.meta.published.isoformat()) if doc.meta.published else "unknown"
    facts = [
        plural(len(doc.text), "character"),
        plural(len(doc.sentences), "sentence"),
        f"published {published}",
    ]
    lines = [clip("newsparse: " + ", ".join(facts), width)]
    for label, value in (("title", doc.meta.title), ("url", doc.meta.url)):
        if value:
            lines.append(clip(f"{label}: {value}", width))
    return lines


def _row(label: str, summary: str, width: int, options: RenderOptions) -> Iterator[str]:
    """One annotation: its label padded to a column, then its summary wrapped beside it."""
    label = clip(label, _LABEL)
    indent = " " * (_LABEL + 4)
    text_width = max(width - len(indent), 20)
    lines = textwrap.wrap(" ".join(summary.split()), text_width) or [""]
    first = f"  {label:<{_LABEL}}  "
    yield (_style(first, _DIM, options) + lines[0]).rstrip()
    for line in lines[1:]:
        yield (indent + line).rstrip()


def _details(layer: LayerView, item: object, width: int) -> Iterator[str]:
    """The verbose line of one annotation: where it is and its technical values."""
    marks = layer.marks(item)
    where = ", ".join(f"{m.start}-{m.end}" for m in marks[:4]) + (" …" if len(marks) > 4 else "")
    detail = "; ".join(part for part in (f"at {where}" if where else "", layer.details(item)) if part)
    indent = " " * (_LABEL + 4)
    for line in textwrap.wrap(detail, max(width - len(indent), 20)):
        yield indent + line


def _block(layer: LayerView, view: DocumentView, options: RenderOptions, width: int) -> list[str]:
    heading = f"{layer.presentation.title} ({len(layer.items)})"
    lines = [_style(heading, _BOLD, options)]
    for item in layer.items:
        label = layer.label(item, view.context)
        summary = layer.summary(item, view.context)
        lines.extend(_row(label, summary, width, options))
        if options.verbose:
            lines.extend(_details(layer, item, width))
    return lines


def _problems(doc: Document, width: int, options: RenderOptions) -> list[str]:
    if not doc.problems:
        return ["No problems."]
    lines = [_style(f"Problems ({len(doc.problems)})", _BOLD, options)]
    for problem in doc.problems:
        text = f"{problem.extractor}: {problem.error}: {problem.message}"
        lines.extend(
            textwrap.wrap(" ".join(text.split()), width - 2, initial_indent="  ", subsequent_indent="    ")
        )
    return lines


def render_terminal(
    doc: Document, options: RenderOptions | None = None, presentations: Presentations | None = None
) -> str:
    """The document as a readable summary: a header, one block per layer, then the problems."""
    options = options or RenderOptions()
    width = max(options.width, _MIN_WIDTH)
    view = view_of(doc, presentations)
    lines = _header(doc, width)
    empty = []
    for layer in ordered_layers(view):
        if not layer.items:
            empty.append(layer.presentation.title.lower())
            continue
        lines.append("")
        lines.extend(_block(layer, view, options, width))
    lines.append("")
    if empty:
        lines.extend(textwrap.wrap("Nothing found for: " + ", ".join(empty) + ".", width))
    lines.extend(_problems(doc, width, options))
    return "\n".join(lines) + "\n"
