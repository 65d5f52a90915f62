"""The HTML page's tables: one per layer, with the columns and human headers of its presentation.

Layers whose presentation ``lead`` is set open the page (lowest first: casualty events, contested
figures, agreements, claims, entities); the others are listed, collapsed, further down.
"""

from __future__ import annotations

from newsparse.humanize import clip
from newsparse.render.markup import esc, table, text
from newsparse.render.terminal import ordered_layers
from newsparse.render.view import DocumentView, LayerView

__all__ = ["layer_table", "lead_tables", "other_tables", "problems"]

_MAX_ROWS = 500  # rows of one table (the rest is counted, not shown)


def layer_table(layer: LayerView, view: DocumentView) -> str:
    """A table of one layer: its text, then the presentation's columns (those empty in every row left out)."""
    columns = layer.columns(view.context)
    shown = layer.items[:_MAX_ROWS]
    cells = [[clip(layer.cell(c, item, view.context), 400) for c in columns] for item in shown]
    used = [j for j in range(len(columns)) if any(row[j] for row in cells)]
    rows = [
        [clip(layer.label(item, view.context), 120), *(row[j] for j in used)]
        for item, row in zip(shown, cells, strict=True)
    ]
    more = len(layer.items) - _MAX_ROWS
    note = f'<p class="empty">and {more:,} more</p>' if more > 0 else ""
    headers = [layer.presentation.label_header, *(columns[j].header for j in used)]
    return table(headers, rows, css=f"t-{layer.name}") + note


def _index(view: DocumentView, layer: LayerView) -> int:
    return next(i for i, candidate in enumerate(view.layers) if candidate is layer)


def lead_tables(view: DocumentView) -> str:
    """The open sections of the layers that lead, each titled and coloured like its highlights."""
    parts = []
    for layer in ordered_layers(view):
        if layer.presentation.lead is None:
            continue
        index = _index(view, layer)
        heading = f"<h2>{text(layer.presentation.title)} ({len(layer.items)})</h2>"
        body = layer_table(layer, view) if layer.items else '<p class="empty">None found.</p>'
        parts.append(f'<section class="lead L{index}" id="layer-{esc(layer.name)}">{heading}{body}</section>')
    return "\n".join(parts)


def other_tables(view: DocumentView) -> str:
    """Every other non-empty layer in a collapsed table."""
    blocks = "".join(
        f"<details><summary>{text(layer.presentation.title)} ({len(layer.items)})</summary>"
        f"{layer_table(layer, view)}</details>"
        for layer in view.layers
        if layer.presentation.lead is None and layer.items
    )
    return f'<section id="other-layers"><h2>More layers</h2>{blocks}</section>' if blocks else ""


def problems(view: DocumentView) -> str:
    """The problems section: which extractor failed and why."""
    found = view.doc.problems
    if not found:
        return '<section id="problems"><h2>Problems</h2><p class="empty">No problems.</p></section>'
    items = "".join(
        f"<li><b>{text(p.extractor)}</b>"
        + (f" (layer {text(p.layer)})" if p.layer else "")
        + f": {text(p.error)}: {text(p.message)}</li>"
        for p in found
    )
    heading = f"<h2>Problems ({len(found)})</h2>"
    return f'<section id="problems">{heading}<ul class="problems">{items}</ul></section>'
