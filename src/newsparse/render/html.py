"""The ``html`` output format: one self-contained page showing a document's layers in its text.

The page loads nothing from the network (a Content-Security-Policy forbids it): styles are inline
and there is no script; layers are toggled by checkboxes through CSS ``:has()``.  Overlapping spans
are cut into segments at every span boundary and each segment is wrapped in one nested element per
layer covering it, each drawing its own underline one step lower, so overlaps stay readable.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from newsparse.annotations import Agreement, Entity, Quantity, TimeExpression
from newsparse.hookspecs import hookimpl
from newsparse.model import Document, RawAnnotation
from newsparse.render import Renderer
from newsparse.render.summary import summarize

__all__ = ["render_html"]

# Colour of each layer: the built-in layers keep theirs, others take the next free one in order.
_PREFERRED = {
    "dates": "#1f6fd1",
    "quantities": "#e07b00",
    "entities": "#1a9e4b",
    "agreements": "#8e3fc7",
    "claims": "#0f9a9a",
    "events": "#d62839",
}
_PALETTE = ("#c2185b", "#3949ab", "#7c9a12", "#6d4c41", "#00838f", "#5d6d7e", "#b5651d", "#ad1457")
_GENERIC_TABLES = ("claims", "events")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|T)")
_CLIP = 60
_NOT_COLUMNS = ("start", "end", "text", "evidence")
_MAX_ITEMS = 8  # items of a list field shown in tables and tooltips
# Blank lines between paragraphs: shown as a short gap instead of a full line of the tall line height.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n[ \t\r\n]*")

_CSS = """
:root { --ink: #1d232b; --muted: #5b6572; --rule: #d8dde3; --paper: #ffffff; --wash: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--wash); color: var(--ink);
  font: 16px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
header.top { background: var(--paper); border-bottom: 1px solid var(--rule); padding: 18px 32px 10px; }
header.top h1 { margin: 0 0 4px; font-size: 24px; line-height: 1.25; }
.meta { color: var(--muted); font-size: 14px; margin: 0; }
nav.legend { position: sticky; top: 0; z-index: 2; background: var(--paper);
  border-bottom: 1px solid var(--rule); padding: 8px 32px; display: flex; flex-wrap: wrap; gap: 6px 18px;
  align-items: center; font-size: 14px; }
nav.legend .title { font-weight: bold; color: var(--muted); }
nav.legend label { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; user-select: none; }
.swatch { display: inline-block; width: 26px; height: 14px; border-radius: 3px;
  background: var(--t); border-bottom: 3px solid var(--c); }
.count { color: var(--muted); }
main { max-width: 1180px; margin: 0 auto; padding: 8px 32px 40px; }
section { background: var(--paper); border: 1px solid var(--rule); border-radius: 6px;
  margin: 18px 0; padding: 14px 22px; }
section > h2 { margin: 0 0 10px; font-size: 18px; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; font: 17px/1.95 Georgia, "DejaVu Serif", serif; }
.hl { --pad: 3px; padding-bottom: var(--pad);
  background-image: linear-gradient(var(--c), var(--c)), linear-gradient(var(--t), var(--t));
  background-size: 100% 3px, 100% calc(100% - var(--pad));
  background-position: 0 100%, 0 0; background-repeat: no-repeat; }
.hl.d1 { --pad: 7px; } .hl.d2 { --pad: 11px; } .hl.d3 { --pad: 15px; } .hl.d4 { --pad: 19px; }
.hl[title] { cursor: help; }
.pb { display: block; height: 14px; font-size: 0; line-height: 0; overflow: hidden; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--rule); }
th { background: var(--wash); font-weight: 600; }
td.quote { font-style: italic; color: #39424d; }
.violation { font-size: 12px; color: #8a1c27; margin-top: 4px; }
.role { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
.badge { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px;
  background: var(--wash); border: 1px solid var(--rule); }
details > summary { cursor: pointer; font-weight: 600; margin: 4px 0; }
.empty { color: var(--muted); font-style: italic; margin: 4px 0; }
ul.problems { margin: 0; padding-left: 20px; }
svg.timeline { display: block; width: 100%; height: auto;
  font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; }
svg .axis { stroke: #4a5560; stroke-width: 1; }
svg .grid { stroke: #e3e7eb; stroke-width: 1; }
svg .tick { font-size: 11px; fill: #4a5560; }
svg .label { font-size: 12px; fill: #1d232b; }
svg .value { font-size: 11px; fill: #5b6572; }
svg .bar { fill: #1f6fd1; fill-opacity: .75; }
svg .dot { fill: #1f6fd1; stroke: #0b3d7a; stroke-width: 1; }
svg .bar.t-duration, svg .dot.t-duration { fill: #0f9a9a; }
svg .bar.t-set, svg .dot.t-set, svg .bar.t-time, svg .dot.t-time { fill: #8e3fc7; }
.key { font-size: 12px; color: var(--muted); font-weight: normal; margin-left: 12px; }
.key i { display: inline-block; width: 18px; height: 9px; border-radius: 2px; margin: 0 4px 0 8px; }
svg .pub { stroke: #d62839; stroke-width: 1.5; stroke-dasharray: 5 3; }
svg .publabel { font-size: 12px; fill: #d62839; font-weight: bold; }
svg .break { stroke: #4a5560; stroke-width: 1.5; fill: none; }
svg .row:nth-child(odd) rect.band { fill: #f6f8fa; }
svg rect.band { fill: transparent; }
"""


@attrs.frozen
class _Mark:
    """One highlighted stretch of text: its layer, the annotation it comes from and its tooltip."""

    start: int
    end: int
    layer: int
    key: str
    tip: str
    group: str | None = None  # shared by all spans of one annotation that has several (an entity)


@attrs.frozen
class _Layer:
    """A layer as shown: its name, colour, annotation count and nesting rank."""

    name: str
    colour: str
    count: int
    rank: int


def _esc(text: object) -> str:
    """Text escaped for HTML content and quoted attributes (newlines kept as character references)."""
    return html.escape(str(text), quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


def _text(text: object) -> str:
    """Text escaped for HTML element content (newlines kept as they are)."""
    return html.escape(str(text), quote=False)


def _clip(text: str, width: int = _CLIP) -> str:
    """One line of at most ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _number(value: object) -> str:
    """A number as people read it (thousands separated, integral floats without ``.0``)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def _fields(annotation: Any, *, defaults: bool = True) -> Iterator[tuple[str, Any]]:
    """``(name, value)`` of the fields of an attrs annotation (or a raw annotation's data).

    With ``defaults=False`` fields still at their declared default are left out (tables stay narrow).
    """
    if isinstance(annotation, RawAnnotation):
        yield from annotation.data.items()
    elif attrs.has(type(annotation)):
        for field in attrs.fields(type(annotation)):
            value = getattr(annotation, field.name)
            if not defaults and _is_default(field, value):
                continue
            yield field.name, value


def _is_default(field: attrs.Attribute[Any], value: Any) -> bool:
    """Whether ``value`` is the declared default of ``field``."""
    default: Any = field.default
    if default is attrs.NOTHING:
        return False
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:
            return False
        default = default.factory()
    try:
        return bool(value == default) and type(value) is type(default)
    except Exception:  # an odd __eq__ must not break rendering
        return False


def _value(value: Any, names: Mapping[str, str], *, plain: bool = False) -> str:
    """A field value as short text: spans by their text, entity ids by their canonical name.

    ``plain`` shows strings and numbers as they are (identifiers: no name lookup, no separators).
    """
    if value is None or value == () or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        if plain or value not in names:
            return value
        name = names[value]
        return name if name.casefold() == value.casefold() else f"{name} ({value})"
    if isinstance(value, (int, float)):
        return str(value) if plain else _number(value)
    if isinstance(value, (tuple, list)):
        parts = [part for part in (_value(item, names, plain=plain) for item in value[:_MAX_ITEMS]) if part]
        more = f" … (+{len(value) - _MAX_ITEMS})" if len(value) > _MAX_ITEMS else ""
        return "; ".join(parts) + more
    if isinstance(value, Mapping):
        text = value.get("text")
        if isinstance(text, str) and isinstance(value.get("start"), int):
            return f"“{_clip(text)}”"
        return ", ".join(f"{k}={_value(v, names, plain=True)}" for k, v in value.items())
    if attrs.has(type(value)):
        text = getattr(value, "text", None)
        if isinstance(text, str):
            return f"“{_clip(text)}”"
        first, last = getattr(value, "first", None), getattr(value, "last", None)
        if isinstance(first, str) and isinstance(last, str):
            return first if first == last else f"{first} … {last}"
        shown = ((k, _value(v, names, plain=plain)) for k, v in _fields(value, defaults=False))
        return ", ".join(f"{k}={text}" for k, text in shown if text)
    return str(value)


def _describe(annotation: Any, names: Mapping[str, str]) -> list[str]:
    """The key fields of an annotation, one per line, for its tooltip."""
    lines: list[str] = []
    if isinstance(annotation, TimeExpression):
        lines.append(
            f"{annotation.type} {annotation.value}" + (f" ({annotation.mod})" if annotation.mod else "")
        )
        if annotation.interval is not None:
            lines.append(f"interval: {_value(annotation.interval, names)}")
        if annotation.quant or annotation.freq:
            lines.append(
                " ".join(f"{k}={v}" for k, v in (("quant", annotation.quant), ("freq", annotation.freq)) if v)
            )
        if annotation.anchored:
            lines.append("anchored to the publication date")
    elif isinstance(annotation, Quantity):
        if annotation.value is not None or annotation.modifier:
            lines.append(
                f"value: {'' if annotation.value is None else _number(annotation.value)}"
                + (f" ({annotation.modifier})" if annotation.modifier else "")
            )
        if annotation.low is not None or annotation.high is not None:
            low = "" if annotation.low is None else _number(annotation.low)
            high = "" if annotation.high is None else _number(annotation.high)
            lines.append(
                f"bounds: {'[' if annotation.low_inclusive else '('}{low} … {high}"
                f"{']' if annotation.high_inclusive else ')'}"
            )
        if annotation.unit or annotation.unit_text:
            lines.append(
                f"unit: {annotation.unit or ''}"
                + (f" (“{annotation.unit_text}”)" if annotation.unit_text else "")
            )
        if annotation.counted is not None:
            lines.append(f"counted: {annotation.counted.text}")
        if annotation.kind:
            lines.append(f"kind: {annotation.kind}")
    elif isinstance(annotation, Entity):
        lines.append(f"{annotation.canonical} [{annotation.type}]")
        lines.append(f"id: {annotation.id}")
        lines.extend(f"{k}: {_value(v, {}, plain=True)}" for k, v in annotation.identifiers.items())
        lines.append(f"{len(annotation.mentions)} mention(s)")
    elif isinstance(annotation, Agreement):
        lines.append(f"{annotation.kind}" + (f" — {annotation.status}" if annotation.status else ""))
        for role in ("parties", "guarantors", "mediators", "endorsers", "observers", "venue"):
            shown = _value(getattr(annotation, role), names)
            if shown:
                lines.append(f"{role}: {shown}")
        if annotation.date is not None:
            lines.append(
                f"date: {annotation.date.text}"
                + (f" = {annotation.date.value}" if annotation.date.value else "")
            )
    elif isinstance(annotation, RawAnnotation):
        lines.extend(
            f"{k}: {_value(v, names)}"
            for k, v in _fields(annotation)
            if k not in ("start", "end", "text") and _value(v, names)
        )
    else:
        lines.append(summarize(annotation))
    return [line for line in lines if line]


def _spans_of(annotation: Any) -> list[tuple[int, int, Any]]:
    """Where an annotation sits: its own start/end, else each of its mentions (with the mention)."""

    def position(item: Any) -> tuple[int, int] | None:
        if isinstance(item, Mapping):
            start, end = item.get("start"), item.get("end")
        else:
            start, end = getattr(item, "start", None), getattr(item, "end", None)
        if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool):
            return start, end
        return None

    own = position(annotation.data if isinstance(annotation, RawAnnotation) else annotation)
    if own is not None:
        return [(own[0], own[1], None)]
    mentions = (
        annotation.data.get("mentions")
        if isinstance(annotation, RawAnnotation)
        else getattr(annotation, "mentions", None)
    )
    found = []
    if isinstance(mentions, (tuple, list)):
        for mention in mentions:
            where = position(mention)
            if where is not None:
                found.append((where[0], where[1], mention))
    return found


def _entity_names(doc: Document) -> dict[str, str]:
    """Entity id -> canonical name, to show ids readably wherever they appear."""
    names: dict[str, str] = {}
    for entity in doc.layer("entities"):
        ident, canonical = getattr(entity, "id", None), getattr(entity, "canonical", None)
        if isinstance(ident, str) and isinstance(canonical, str):
            names[ident] = canonical
    return names


def _layers_and_marks(doc: Document, names: Mapping[str, str]) -> tuple[list[_Layer], list[_Mark]]:
    """The layers (colour, nesting rank) and every non-empty span of every layer."""
    marks: list[_Mark] = []
    lengths: dict[int, list[int]] = {}
    layer_names = list(doc.layers)
    spare = [
        c for c in _PALETTE + tuple(_PREFERRED.values()) if c not in {_PREFERRED.get(n) for n in layer_names}
    ]
    colours: list[str] = []
    for name in layer_names:
        colour = _PREFERRED.get(name)
        if colour is None:
            colour = spare.pop(0) if spare else "#777777"
        colours.append(colour)
    text = doc.text
    for index, name in enumerate(layer_names):
        for number, annotation in enumerate(doc.layers[name]):
            described = _describe(annotation, names)
            spans = _spans_of(annotation)
            group = f"g{index}-{number}" if len(spans) > 1 else None
            for position, (start, end, mention) in enumerate(spans):
                if not 0 <= start < end <= len(text):
                    continue
                extra = [f"form: {mention.form}"] if getattr(mention, "form", None) else []
                head = f"{name}: “{_clip(text[start:end])}”"
                key = f"{index}.{number}" + (f".{position}" if mention is not None else "")
                marks.append(_Mark(start, end, index, key, "\n".join([head, *described, *extra]), group))
                lengths.setdefault(index, []).append(end - start)
    # Layers with longer spans (agreements, claims) wrap layers with shorter ones (dates, entities).
    order = sorted(range(len(layer_names)), key=lambda i: (-_mean(lengths.get(i, [0])), i))
    rank = {layer: position for position, layer in enumerate(order)}
    layers = [_Layer(name, colours[i], len(doc.layers[name]), rank[i]) for i, name in enumerate(layer_names)]
    return layers, marks


def _mean(values: Sequence[int]) -> float:
    """The arithmetic mean of a non-empty sequence."""
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


def _article(doc: Document, layers: Sequence[_Layer], marks: Sequence[_Mark]) -> str:
    """The text with nested highlight elements, one per layer covering each segment."""
    out: list[str] = []
    for start, end, active in _segments(len(doc.text), marks):
        piece = _text(doc.text[start:end])
        if not active:
            out.append(_PARAGRAPH_BREAK.sub(r'<span class="pb">\g<0></span>', piece))
            continue
        grouped: dict[int, list[_Mark]] = {}
        for mark in active:
            grouped.setdefault(mark.layer, []).append(mark)
        nesting = sorted(grouped, key=lambda i: layers[i].rank)
        tip = "\n\n".join(m.tip for i in nesting for m in grouped[i])
        opened = []
        for depth, layer in enumerate(nesting):
            keys = " ".join(m.key for m in grouped[layer])
            groups = "".join(f" {m.group}" for m in grouped[layer] if m.group)
            title = f' title="{_esc(tip)}"' if depth == len(nesting) - 1 else ""
            opened.append(f'<span class="hl L{layer} d{min(depth, 4)}{groups}" data-ann="{keys}"{title}>')
        out.append("".join(opened) + piece + "</span>" * len(opened))
    return "".join(out)


def _group_css(marks: Iterable[_Mark]) -> str:
    """Hovering one mention of an entity outlines all its mentions (CSS only, one rule per entity)."""
    groups = sorted({m.group for m in marks if m.group})
    return "\n".join(f"body:has(.{g}:hover) .hl.{g} {{ outline: 2px solid var(--c); }}" for g in groups)


def _legend(layers: Sequence[_Layer]) -> tuple[str, str]:
    """The legend bar (one checkbox per layer) and the CSS giving each layer its colour and toggle."""
    items = ['<span class="title">Layers</span>']
    css = []
    for i, layer in enumerate(layers):
        items.append(
            f'<label class="L{i}"><input type="checkbox" id="layer-{i}" checked> '
            f'<span class="swatch"></span>{_text(layer.name)} '
            f'<span class="count">({layer.count})</span></label>'
        )
        css.append(f".L{i} {{ --c: {layer.colour}; --t: {layer.colour}2b; }}")
        css.append(f"body:has(#layer-{i}:not(:checked)) .hl.L{i} {{ background-image: none; }}")
    if not layers:
        items.append('<span class="empty">no layers</span>')
    return '<nav class="legend">' + "".join(items) + "</nav>", "\n".join(css)


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], quote_column: int | None = None) -> str:
    """An HTML table of already-escaped cells."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = []
    for row in rows:
        cells = "".join(
            f'<td class="quote">{cell}</td>' if j == quote_column else f"<td>{cell}</td>"
            for j, cell in enumerate(row)
        )
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _agreements(doc: Document, names: Mapping[str, str]) -> str:
    """The agreements section: kind, status, parties, third parties, venue, date and text."""
    items = doc.layer("agreements")
    if not items:
        return (
            '<section id="agreements"><h2>Agreements</h2><p class="empty">No agreements found.</p></section>'
        )
    rows = []
    for agreement in items:
        others = []
        for role in ("guarantors", "endorsers", "mediators", "observers"):
            shown = _value(_get(agreement, role), names)
            if shown:
                others.append(f'<span class="role">{role}</span> {_text(shown)}')
        status = _value(_get(agreement, "status"), names)
        violations = []
        for violation in _get(agreement, "violations") or ():
            violator = (
                _get(violation, "violator")
                if not isinstance(violation, Mapping)
                else violation.get("violator")
            )
            who = _value(violator, names) or "unknown"
            text = violation.get("text") if isinstance(violation, Mapping) else _get(violation, "text")
            violations.append(f"{_text(who)}: <i>{_text(_clip(str(text or ''), 80))}</i>")
        date = _get(agreement, "date")
        date_text = _value(date, names)
        date_value = date.get("value") if isinstance(date, Mapping) else getattr(date, "value", None)
        if date_value:
            date_text += f" = {date_value}"
        rows.append(
            [
                _text(_value(_get(agreement, "kind"), names)),
                (f'<span class="badge">{_text(status)}</span>' if status else "")
                + "".join(f'<div class="violation">{v}</div>' for v in violations),
                _text(_value(_get(agreement, "parties"), names)),
                "<br>".join(others),
                _text(_value(_get(agreement, "venue"), names)),
                _text(date_text),
                _text(_clip(str(_get(agreement, "text") or ""), 120)),
            ]
        )
    headers = ["Kind", "Status", "Parties", "Guarantors / endorsers", "Venue", "Date", "Text"]
    return f'<section id="agreements"><h2>Agreements ({len(items)})</h2>{_table(headers, rows, 6)}</section>'


def _generic(name: str, items: Sequence[Any], names: Mapping[str, str]) -> str:
    """A table of any layer: its text, then every field set (not to its default) in some annotation."""
    columns: list[str] = []
    rows_values = [dict(_fields(annotation, defaults=False)) for annotation in items]
    for values in rows_values:
        for field, value in values.items():
            if field not in _NOT_COLUMNS and field not in columns and _value(value, names):
                columns.append(field)
    rows = []
    for annotation, values in zip(items, rows_values, strict=True):
        text = _get(annotation, "text")
        if not isinstance(text, str):
            spans = _spans_of(annotation)
            text = " · ".join(
                _clip(str(getattr(m, "text", "") or "")) for _, _, m in spans[:3] if m is not None
            )
        cells = [_text(_value(values.get(c), names, plain=c == "id")) for c in columns]
        rows.append([_text(_clip(text, 120)), *cells])
    return _table(["text", *columns], rows, 0)


def _layer_tables(doc: Document, names: Mapping[str, str]) -> str:
    """Claims and events as open tables; every other layer's annotations in a collapsed table."""
    parts = []
    for name in _GENERIC_TABLES:
        items = doc.layer(name)
        if items:
            parts.append(
                f'<section id="layer-{_esc(name)}"><h2>{_text(name.capitalize())} ({len(items)})</h2>'
                f"{_generic(name, items, names)}</section>"
            )
    rest = [n for n in doc.layers if n not in _GENERIC_TABLES and doc.layers[n]]
    if rest:
        blocks = "".join(
            f"<details><summary>{_text(n)} ({len(doc.layers[n])})</summary>"
            f"{_generic(n, doc.layers[n], names)}</details>"
            for n in rest
        )
        parts.append(f'<section id="all-layers"><h2>All annotations</h2>{blocks}</section>')
    return "".join(parts)


def _problems(doc: Document) -> str:
    """The problems section: which extractor failed and why."""
    if not doc.problems:
        return '<section id="problems"><h2>Problems</h2><p class="empty">No problems.</p></section>'
    items = "".join(
        f"<li><b>{_text(p.extractor)}</b>"
        + (f" (layer {_text(p.layer)})" if p.layer else "")
        + f": {_text(p.error)}: {_text(p.message)}</li>"
        for p in doc.problems
    )
    heading = f"<h2>Problems ({len(doc.problems)})</h2>"
    return f'<section id="problems">{heading}<ul class="problems">{items}</ul></section>'


# -- Timeline ----------------------------------------------------------------------------------


def _day(value: object) -> dt.date | None:
    """The calendar day an ISO date or date-time string starts with, if it is one."""
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _resolved(annotation: Any) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a time expression with an interval or a full ISO date value."""
    if isinstance(annotation, RawAnnotation):
        interval, value = (
            annotation.data.get("interval"),
            annotation.data.get("value"),
        )
        first = interval.get("first") if isinstance(interval, Mapping) else None
        last = interval.get("last") if isinstance(interval, Mapping) else None
    else:
        interval, value = getattr(annotation, "interval", None), getattr(annotation, "value", None)
        first, last = getattr(interval, "first", None), getattr(interval, "last", None)
    if interval is not None:
        low, high = _day(first), _day(last)
        if low is not None and high is not None:
            return (low, high) if low <= high else (high, low)
    day = _day(value)
    return (day, day) if day is not None else None


@attrs.frozen
class _Scale:
    """Days to x positions, linear except that very long empty gaps are squeezed behind a break."""

    x0: float
    width: float
    knots: tuple[tuple[int, float], ...]  # (day ordinal, virtual position), increasing in both

    @classmethod
    def build(cls, days: Iterable[int], x0: float, width: float) -> _Scale:
        """A scale covering ``days``, squeezing every gap longer than a third of the whole span."""
        points = sorted(set(days))
        if len(points) == 1:
            points = [points[0] - 1, points[0] + 1]
        span = points[-1] - points[0]
        gaps = list(itertools.pairwise(points))
        big = {g for g in gaps if g[1] - g[0] > max(60, span / 3)}
        rest = span - sum(b - a for a, b in big)
        squeezed = max(rest * 0.18, 1.0)
        knots = [(points[0], 0.0)]
        for a, b in gaps:
            step = squeezed if (a, b) in big and rest > 0 else float(b - a)
            knots.append((b, knots[-1][1] + step))
        return cls(x0, width, tuple(knots))

    @property
    def breaks(self) -> list[tuple[float, float]]:
        """The x ranges squeezed behind a break mark."""
        found = []
        for (a, va), (b, vb) in zip(self.knots, self.knots[1:], strict=False):
            if vb - va < b - a:
                found.append((self.x(a), self.x(b)))
        return found

    def squeezed(self, day: int) -> bool:
        """Whether ``day`` lies strictly inside a squeezed gap."""
        for (a, va), (b, vb) in zip(self.knots, self.knots[1:], strict=False):
            if a < day < b:
                return vb - va < b - a
        return False

    def x(self, day: int) -> float:
        """The x position of the start of ``day`` (an ordinal)."""
        knots = self.knots
        total = knots[-1][1] or 1.0
        if day <= knots[0][0]:
            virtual = knots[0][1] - (knots[0][0] - day)
        elif day >= knots[-1][0]:
            virtual = knots[-1][1] + (day - knots[-1][0])
        else:
            virtual = knots[-1][1]
            for (a, va), (b, vb) in itertools.pairwise(knots):
                if a <= day <= b:
                    virtual = va + (vb - va) * (day - a) / (b - a)
                    break
        return self.x0 + self.width * virtual / total


_LAST_DAY = dt.date.max.toordinal()
_UNITS = (
    ("day", 1),
    ("week", 7),
    ("month", 30),
    ("quarter", 91),
    ("year", 365),
    ("5 years", 1826),
    ("decade", 3652),
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _ticks(first: dt.date, last: dt.date, unit: str) -> Iterator[tuple[dt.date, str]]:
    """Tick days and labels (without the year, except for yearly ticks) at a whole ``unit``."""
    if unit in ("day", "week"):
        day = first if unit == "day" else first + dt.timedelta(days=(7 - first.weekday()) % 7)
        step = dt.timedelta(days=1 if unit == "day" else 7)
        while day <= last:
            yield day, f"{day.day} {_MONTHS[day.month - 1]}"
            day += step
        return
    months = {"month": 1, "quarter": 3, "year": 12, "5 years": 60, "decade": 120}[unit]
    index = first.year * 12 + first.month - 1
    index += (-index) % months
    while True:
        year, month = divmod(index, 12)
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            return
        day = dt.date(year, month + 1, 1)
        if day > last:
            return
        if day >= first:
            yield day, (str(year) if months >= 12 else _MONTHS[month])
        index += months


def _timeline(doc: Document) -> str:
    """An SVG timeline with one bar (or dot, for one day) per resolved time expression."""
    found = []
    for layer_name, items in doc.layers.items():
        for annotation in items:
            is_time = isinstance(annotation, TimeExpression) or (
                layer_name == "dates" and isinstance(annotation, RawAnnotation)
            )
            resolved = _resolved(annotation) if is_time else None
            if resolved is not None:
                found.append((resolved[0], resolved[1], annotation))
    found.sort(key=lambda item: (item[0], item[1], _start(item[2])))
    published = doc.meta.published_date
    if not found:
        return '<section id="timeline"><h2>Timeline</h2><p class="empty">No resolved dates.</p></section>'
    left, right, row_height, top = 310.0, 1070.0, 24.0, 46.0
    days = [ordinal for first, last, _ in found for ordinal in (first.toordinal(), last.toordinal() + 1)]
    if published is not None:
        days += [published.toordinal(), published.toordinal() + 1]
    scale = _Scale.build(days, left, right - left)
    height = top + row_height * len(found) + 14
    parts = [
        f'<svg class="timeline" viewBox="0 0 1100 {height:.0f}" width="1100" height="{height:.0f}" '
        'role="img" aria-label="timeline of resolved dates">'
    ]
    axis_y = top - 10
    parts.append(f'<line class="axis" x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}"/>')
    # Ticks: the finest unit whose visible ticks are not crowded.
    first_day = dt.date.fromordinal(min(max(scale.knots[0][0], 1), _LAST_DAY))
    last_day = dt.date.fromordinal(min(max(scale.knots[-1][0], 1), _LAST_DAY))
    previous, labelled_year = -1e9, 0
    for unit, unit_days in _UNITS:
        if (last_day - first_day).days / unit_days > 5000 and unit != "decade":
            continue  # far too many ticks to consider
        ticks = [
            (d, label) for d, label in _ticks(first_day, last_day, unit) if not scale.squeezed(d.toordinal())
        ]
        xs = [scale.x(d.toordinal()) for d, _ in ticks]
        if all(b - a >= 58 for a, b in itertools.pairwise(xs)):
            break
    for (tick_day, label), x in zip(ticks, xs, strict=False):
        if x - previous < 58:
            continue
        previous = x
        if unit not in ("year", "5 years", "decade") and tick_day.year != labelled_year:
            label, labelled_year = f"{label} {tick_day.year}", tick_day.year
        parts.append(f'<line class="grid" x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{height - 8:.0f}"/>')
        parts.append(f'<line class="axis" x1="{x:.1f}" y1="{axis_y - 4}" x2="{x:.1f}" y2="{axis_y + 4}"/>')
        parts.append(
            f'<text class="tick" x="{x:.1f}" y="{axis_y - 8}" text-anchor="middle">{_text(label)}</text>'
        )
    for a, b in scale.breaks:
        middle = (a + b) / 2
        parts.append(
            f'<rect x="{a + 2:.1f}" y="{axis_y - 3}" width="{max(b - a - 4, 1):.1f}" '
            'height="6" fill="#ffffff"/><path class="break" '
            f'd="M{middle - 6:.1f},{axis_y + 6} l6,-12 M{middle:.1f},{axis_y + 6} l6,-12"/>'
        )
    parts.append("<g>")
    for row, (first, last, annotation) in enumerate(found):
        y = top + row * row_height
        text = str(_get(annotation, "text") or "")
        value = str(_get(annotation, "value") or "")
        mod = _get(annotation, "mod")
        kind = str(_get(annotation, "type") or "DATE")
        value = f"{value} {mod}" if mod else value
        span = first.isoformat() if first == last else f"{first.isoformat()} … {last.isoformat()}"
        tip = f"“{text}” = {value}\n{span}"
        x1 = scale.x(first.toordinal())
        x2 = scale.x(last.toordinal() + 1)
        parts.append(
            f'<g class="row"><rect class="band" x="0" y="{y:.0f}" width="1100" height="{row_height:.0f}"/>'
        )
        parts.append(
            f'<text class="label" x="8" y="{y + 16:.0f}">“{_text(_clip(text, 34))}”'
            f'<tspan class="value" dx="6">{_text(_clip(value, 22))}</tspan></text>'
        )
        mark_data = f'data-first="{first.isoformat()}" data-last="{last.isoformat()}"'
        if x2 - x1 >= 6:
            parts.append(
                f'<rect class="bar tl-mark t-{_esc(kind.lower())}" {mark_data} '
                f'x="{x1:.1f}" y="{y + 6:.0f}" width="{x2 - x1:.1f}" height="12" '
                f'rx="3"><title>{_text(tip)}</title></rect>'
            )
        else:
            parts.append(
                f'<circle class="dot tl-mark t-{_esc(kind.lower())}" {mark_data} '
                f'cx="{(x1 + x2) / 2:.1f}" cy="{y + 12:.0f}" r="5">'
                f"<title>{_text(tip)}</title></circle>"
            )
        parts.append("</g>")
    parts.append("</g>")
    if published is not None:
        x = (
            scale.x(published.toordinal())
            + (scale.x(published.toordinal() + 1) - scale.x(published.toordinal())) / 2
        )
        parts.append(
            f'<line class="pub" x1="{x:.1f}" y1="{axis_y - 20}" x2="{x:.1f}" y2="{height - 4:.0f}"/>'
        )
        anchor = "end" if x > left + (right - left) * 0.6 else "start"
        dx = -5 if anchor == "end" else 5
        parts.append(
            f'<text class="publabel" x="{x + dx:.1f}" y="{axis_y - 22}" text-anchor="{anchor}">'
            f"published {published.isoformat()}</text>"
        )
    parts.append("</svg>")
    count = f"{len(found)} resolved date{'s' if len(found) != 1 else ''}"
    key = (
        '<span class="key"><i style="background:#1f6fd1"></i>date<i style="background:#0f9a9a"></i>duration'
        '<i style="background:#8e3fc7"></i>time / set'
        '<i style="background:#d62839;height:2px"></i>published</span>'
    )
    return (
        f'<section id="timeline"><h2>Timeline <span class="count">({count})</span>{key}</h2>'
        f"{''.join(parts)}</section>"
    )


def _start(annotation: Any) -> int:
    """An annotation's start offset (0 when it has none), for stable ordering."""
    start = getattr(annotation, "start", None)
    if start is None and isinstance(annotation, RawAnnotation):
        start = annotation.data.get("start")
    return start if isinstance(start, int) else 0


def _get(annotation: Any, field: str) -> Any:
    """A field of a typed annotation, or a key of a raw annotation's data (None when absent)."""
    if isinstance(annotation, RawAnnotation):
        return annotation.data.get(field)
    return getattr(annotation, field, None)


# -- Page ----------------------------------------------------------------------------------------


def _title(doc: Document) -> str:
    """The page title: the article's title, else its first line."""
    if doc.meta.title:
        return doc.meta.title
    for line in doc.text.splitlines():
        if line.strip():
            return _clip(line, 100)
    return "newsparse document"


def render_html(doc: Document) -> str:
    """A self-contained HTML page: highlighted text, legend, agreements, tables, timeline, problems."""
    names = _entity_names(doc)
    layers, marks = _layers_and_marks(doc, names)
    legend, layer_css = _legend(layers)
    published = doc.meta.published.isoformat() if doc.meta.published else "unknown"
    facts = [f"published {published}", f"{len(doc.text):,} characters", f"{len(doc.sentences)} sentences"]
    if doc.meta.url:
        facts.append(f"source {doc.meta.url}")
    title = _title(doc)
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="',
            _esc(doc.meta.language or "en"),
            '">\n<head>\n<meta charset="utf-8">\n',
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'; img-src data:\">\n",
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="generator" content="newsparse">\n',
            f"<title>{_text(title)}</title>\n<style>{_CSS}\n{layer_css}\n{_group_css(marks)}\n</style>\n",
            "</head>\n<body>\n",
            f'<header class="top"><h1>{_text(title)}</h1>',
            f'<p class="meta">{_text(" · ".join(facts))}</p></header>\n',
            legend,
            "\n<main>\n",
            '<section id="text"><h2>Text <span class="key">hover a highlight for its details; '
            "untick a layer above to hide it</span></h2>",
            f'<div class="article">{_article(doc, layers, marks)}</div></section>\n',
            _timeline(doc),
            "\n",
            _agreements(doc, names),
            "\n",
            _layer_tables(doc, names),
            "\n",
            _problems(doc),
            "\n</main>\n</body>\n</html>\n",
        ]
    )


@hookimpl
def newsparse_register_renderers(register: Callable[[Renderer], None]) -> None:
    register(
        Renderer("html", render_html, "a self-contained HTML page with highlights and a timeline", "html")
    )
