"""The HTML page's text view: the article with each layer's marks highlighted, and the legend.

Overlapping marks are cut into segments at every mark boundary; each segment is wrapped in one
element per layer covering it (longer-span layers outside), each drawing its own underline one
step lower.  The output stays linear in the number of marks: a segment shows at most
``MAX_LAYERS`` layers and ``MAX_KEYS`` marks per layer, and its tooltip at most ``MAX_TIPS`` marks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from newsparse.humanize import clip
from newsparse.presentation import position
from newsparse.render.html_style import PALETTE
from newsparse.render.markup import esc, text
from newsparse.render.view import DocumentView

__all__ = ["MAX_KEYS", "MAX_LAYERS", "MAX_TIPS", "HtmlLayer", "article", "colours", "group_css", "legend"]

MAX_LAYERS = 6  # layers nested around one segment of text
MAX_KEYS = 4  # marks of one layer named on one segment
MAX_TIPS = 4  # marks described in one tooltip
_TIP_LINES = 8
# Blank lines between paragraphs: shown as a short gap instead of a full line of the tall line height.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n[ \t\r\n]*")


@attrs.frozen
class _Mark:
    """One highlighted stretch of text: its layer, the annotation it comes from and its tooltip."""

    start: int
    end: int
    layer: int
    key: str
    tip: str
    group: str | None = None  # shared by all marks of one annotation that has several (an entity)


@attrs.frozen
class HtmlLayer:
    """A layer as the page shows it: its name, colour, annotation count and nesting rank."""

    name: str
    title: str
    colour: str
    count: int
    rank: int


def colours(view: DocumentView) -> list[str]:
    """One distinct colour per layer: the presentation's when free, else the next free in the palette."""
    chosen: list[str] = []
    wanted = [layer.presentation.colour for layer in view.layers]
    spare = [c for c in (*PALETTE, *(w for w in wanted if w)) if c not in wanted]
    for colour in wanted:
        if colour is None or colour in chosen:
            colour = next((c for c in spare if c not in chosen), "#777777")
        chosen.append(colour)
    return chosen


def _tip(title: str, label: str, lines: Sequence[str], role: str) -> str:
    head = f"{title}: “{clip(label, 60)}”" + (f" ({role})" if role else "")
    return "\n".join([head, *(clip(line, 160) for line in lines[:_TIP_LINES])])


def marks_of(view: DocumentView) -> tuple[list[HtmlLayer], list[_Mark]]:
    """The layers (colour, nesting rank) and every non-empty mark of every layer."""
    marks: list[_Mark] = []
    lengths: dict[int, list[int]] = {}
    size = len(view.doc.text)
    for index, layer in enumerate(view.layers):
        for number, item in enumerate(layer.items):
            found = layer.marks(item)
            own = position(item)
            single = len(found) == 1 and own == (found[0].start, found[0].end)
            group = f"g{index}-{number}" if len(found) > 1 else None
            lines = layer.tooltip(item, view.context)
            for place, mark in enumerate(found):
                if not 0 <= mark.start < mark.end <= size:
                    continue
                key = f"{index}.{number}" if single else f"{index}.{number}.{place}"
                tip = _tip(layer.presentation.title, view.doc.text[mark.start : mark.end], lines, mark.role)
                marks.append(_Mark(mark.start, mark.end, index, key, tip, group))
                lengths.setdefault(index, []).append(mark.end - mark.start)
    # Layers with longer spans (agreements) wrap layers with shorter ones (dates, entities).
    order = sorted(range(len(view.layers)), key=lambda i: (-_mean(lengths.get(i, [0])), i))
    rank = {layer: position for position, layer in enumerate(order)}
    shades = colours(view)
    layers = [
        HtmlLayer(layer.name, layer.presentation.title, shades[i], len(layer.items), rank[i])
        for i, layer in enumerate(view.layers)
    ]
    return layers, marks


def _mean(values: Sequence[int]) -> float:
    return sum(values) / len(values)


def _segments(length: int, marks: Sequence[_Mark]) -> Iterator[tuple[int, int, list[_Mark]]]:
    """Cut ``[0, length)`` at every mark boundary; yield each piece with the marks covering it."""
    bounds = sorted({0, length, *(m.start for m in marks), *(m.end for m in marks)})
    by_start: dict[int, list[_Mark]] = {}
    for mark in marks:
        by_start.setdefault(mark.start, []).append(mark)
    active: list[_Mark] = []
    for left, right in itertools.pairwise(bounds):
        active = [m for m in active if m.end > left] + by_start.get(left, [])
        if right > left:
            yield left, right, active


def _wrap(piece: str, active: Sequence[_Mark], layers: Sequence[HtmlLayer]) -> str:
    """One segment in its layers' elements, the innermost carrying the tooltip."""
    grouped: dict[int, list[_Mark]] = {}
    for mark in reversed(active):  # the latest started (the innermost) first
        shown = grouped.setdefault(mark.layer, [])
        if len(shown) < MAX_KEYS:
            shown.append(mark)
    nesting = sorted(grouped, key=lambda i: layers[i].rank)[-MAX_LAYERS:]
    tips = [m.tip for i in reversed(nesting) for m in grouped[i]][:MAX_TIPS]
    hidden = sum(len(grouped[i]) for i in nesting) - len(tips)
    tip = "\n\n".join(tips) + (f"\n\n(and {hidden} more)" if hidden > 0 else "")
    opened = []
    for depth, layer in enumerate(nesting):
        keys = " ".join(m.key for m in grouped[layer])
        groups = "".join(f" {m.group}" for m in grouped[layer] if m.group)
        data = f' data-tip="{esc(tip)}"' if depth == len(nesting) - 1 else ""
        opened.append(f'<span class="hl L{layer} d{min(depth, 4)}{groups}" data-ann="{keys}"{data}>')
    return "".join(opened) + piece + "</span>" * len(opened)


def article(view: DocumentView, layers: Sequence[HtmlLayer], marks: Sequence[_Mark]) -> str:
    """The text with nested highlight elements, one per layer covering each segment."""
    out: list[str] = []
    for start, end, active in _segments(len(view.doc.text), marks):
        piece = text(view.doc.text[start:end])
        if active:
            out.append(_wrap(piece, active, layers))
        else:
            out.append(_PARAGRAPH_BREAK.sub(r'<span class="pb">\g<0></span>', piece))
    return "".join(out)


def group_css(marks: Iterable[_Mark]) -> str:
    """Hovering one mark of an annotation outlines all its marks (CSS only, one rule per annotation)."""
    groups = sorted({m.group for m in marks if m.group})
    return "\n".join(f"body:has(.{g}:hover) .hl.{g} {{ outline: 2px solid var(--c); }}" for g in groups)


def legend(layers: Sequence[HtmlLayer]) -> tuple[str, str]:
    """The legend bar (a checkbox per layer, and "only this one") and the CSS of colours and toggles."""
    items = ['<span class="title">Layers</span>']
    css = []
    for i, layer in enumerate(layers):
        items.append(
            f'<label class="L{i}"><input type="checkbox" id="layer-{i}" checked> '
            f'<span class="swatch"></span>{text(layer.name)} '
            f'<span class="count">({layer.count})</span></label>'
        )
        css.append(f".L{i} {{ --c: {layer.colour}; --t: {layer.colour}2b; }}")
        css.append(f"body:has(#layer-{i}:not(:checked)) .hl.L{i} {{ background-image: none; }}")
        css.append(f"body:has(#only-{i}:checked) .hl:not(.L{i}) {{ background-image: none; }}")
    if not layers:
        items.append('<span class="empty">no layers</span>')
    else:
        choices = "".join(
            f'<label class="only"><input type="radio" name="only" id="only-{i}"> '
            f"only {text(layer.name)}</label>"
            for i, layer in enumerate(layers)
        )
        items.append(
            '<span class="title">Show</span><label class="only"><input type="radio" name="only" '
            f'id="only-all" checked> all ticked</label>{choices}'
        )
    return '<nav class="legend">' + "".join(items) + "</nav>", "\n".join(css)
