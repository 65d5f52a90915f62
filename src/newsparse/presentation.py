"""How people see a layer: the interface every renderer reads, so no renderer knows a layer by name.

A plugin gives its :class:`~newsparse.Extractor` a :class:`Presentation`: a title, a one-line
summary of an annotation, table columns with human headers, tooltip lines, the spans to mark in
the text and, for time layers, where an annotation sits on a timeline.  A layer without one (a
plugin that gives none, or a layer read from JSON that no installed plugin declares) is shown by
:func:`generic_presentation`, which lists its fields.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from newsparse.humanize import clip, number
from newsparse.model import RawAnnotation

__all__ = [
    "Column",
    "Context",
    "Mark",
    "Presentation",
    "When",
    "field_value",
    "fields_of",
    "generic_presentation",
    "own_marks",
    "position",
    "shown",
]

MAX_DEPTH = 4  # nesting of values shown (deeper values are elided, never recursed into)
MAX_ITEMS = 8  # items of a list shown in one cell


@attrs.frozen
class Context:
    """What a presentation may use besides the annotation: names of ids, the publication date."""

    names: Mapping[str, str] = attrs.field(factory=dict)
    published: dt.date | None = None

    def name(self, ident: object) -> str:
        """The display name of an id (an entity's canonical name), else the id itself."""
        if not isinstance(ident, str):
            return "" if ident is None else str(ident)
        return self.names.get(ident, ident)

    def names_of(self, idents: Iterable[object]) -> str:
        """Several ids as ``Turkey, Russia and Iran``."""
        names = [self.name(i) for i in idents if i]
        if len(names) < 2:
            return "".join(names)
        return ", ".join(names[:-1]) + " and " + names[-1]


@attrs.frozen
class Column:
    """One column of a layer's table: a human header and the cell text of an annotation."""

    header: str
    value: Callable[[Any, Context], str]


@attrs.frozen
class Mark:
    """A stretch of text to highlight for an annotation, with its role there (``cue``, ``source``)."""

    start: int
    end: int
    role: str = ""


@attrs.frozen
class When:
    """Where an annotation sits on a timeline: first and last day, a kind (its bar colour)."""

    first: dt.date
    last: dt.date
    kind: str = "date"
    value: str = ""


_COLOUR = re.compile(r"^#[0-9a-f]{6}$")


def _valid_colour(instance: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and (not isinstance(value, str) or not _COLOUR.match(value)):
        raise ValueError(f"colour must be written #rrggbb in lower case, not {value!r}")


@attrs.frozen
class Presentation:
    """What renderers show of one layer's annotations (register it with the layer's Extractor).

    Only ``title`` and ``summary`` are required; every callable gets one annotation of the
    extractor's declared types (and a :class:`Context` where it shows ids).  ``lead`` puts the
    layer's table near the top of the HTML page (lower first); None lists it further down.
    ``label_header`` heads the table's first column (the label).  ``colour`` (``#rrggbb``) is the
    layer's highlight colour; a free one is picked if it is taken.
    """

    title: str
    summary: Callable[[Any, Context], str]
    columns: tuple[Column, ...] = ()
    label: Callable[[Any, Context], str] | None = None
    tooltip: Callable[[Any, Context], Sequence[str]] | None = None
    details: Callable[[Any], str] | None = None
    marks: Callable[[Any], Sequence[Mark]] | None = None
    names: Callable[[Any], Iterable[tuple[str, str]]] | None = None
    when: Callable[[Any], When | None] | None = None
    lead: int | None = None
    label_header: str = "Text"
    colour: str | None = attrs.field(default=None, validator=_valid_colour)


def _get(annotation: Any, name: str) -> Any:
    if isinstance(annotation, RawAnnotation):
        return annotation.data.get(name)
    if isinstance(annotation, Mapping):
        return annotation.get(name)
    return getattr(annotation, name, None)


def position(item: Any) -> tuple[int, int] | None:
    """An annotation's own ``(start, end)``, or None when it has no integer offsets."""
    start, end = _get(item, "start"), _get(item, "end")
    ok = all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end))
    return (start, end) if ok else None


def own_marks(annotation: Any) -> list[Mark]:
    """An annotation's own span, else each of its mentions: what the text view marks by default."""
    own = position(annotation)
    if own is not None:
        return [Mark(*own)]
    mentions = _get(annotation, "mentions")
    found = []
    if isinstance(mentions, (tuple, list)):
        for mention in mentions:
            where = position(mention)
            if where is not None:
                found.append(Mark(*where, _get(mention, "form") or ""))
    return found


def fields_of(annotation: Any, *, defaults: bool = True) -> Iterator[tuple[str, Any]]:
    """``(name, value)`` of an attrs annotation's fields (or a raw annotation's data).

    With ``defaults=False`` fields still at their declared default are left out.
    """
    if isinstance(annotation, RawAnnotation):
        yield from annotation.data.items()
    elif attrs.has(type(annotation)):
        for field in attrs.fields(type(annotation)):
            value = getattr(annotation, field.name)
            if defaults or not _is_default(field, value):
                yield field.name, value


def _is_default(field: attrs.Attribute[Any], value: Any) -> bool:
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


def shown(value: Any, context: Context, *, plain: bool = False, depth: int = 0) -> str:
    """Any field value as short text: spans by their quoted text, ids by their names, numbers spaced.

    ``plain`` keeps strings and numbers as they are (identifiers).  Nesting deeper than
    ``MAX_DEPTH`` is elided, so a hostile value cannot exhaust the stack.
    """
    if value is None or value == () or value == [] or value == {}:
        return ""
    if depth > MAX_DEPTH:
        return "…"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return value if plain else context.name(value)
    if isinstance(value, (int, float)):
        return str(value) if plain else number(value)
    if isinstance(value, (tuple, list)):
        parts = [shown(v, context, plain=plain, depth=depth + 1) for v in value[:MAX_ITEMS]]
        more = f" … (+{len(value) - MAX_ITEMS})" if len(value) > MAX_ITEMS else ""
        return "; ".join(p for p in parts if p) + more
    text = _get(value, "text") if isinstance(value, Mapping) or attrs.has(type(value)) else None
    if isinstance(text, str) and position(value) is not None:
        return f"“{clip(text, 60)}”"
    if isinstance(value, Mapping):
        inner = ((k, shown(v, context, plain=True, depth=depth + 1)) for k, v in value.items())
        return ", ".join(f"{k}={v}" for k, v in inner if v)
    if attrs.has(type(value)):
        pairs = fields_of(value, defaults=False)
        inner = ((k, shown(v, context, plain=plain, depth=depth + 1)) for k, v in pairs)
        return ", ".join(f"{k}={v}" for k, v in inner if v)
    return str(value)


def field_value(name: str) -> Callable[[Any, Context], str]:
    """A column's cell function showing field ``name`` (an id field plainly, others resolved)."""

    def cell(annotation: Any, context: Context) -> str:
        """The field's value as text."""
        return shown(_get(annotation, name), context, plain=name == "id")

    return cell


_NOT_SHOWN = frozenset({"start", "end", "text", "evidence", "mentions"})


def _generic_summary(annotation: Any, context: Context) -> str:
    parts = []
    for name, value in fields_of(annotation, defaults=False):
        if name in _NOT_SHOWN:
            continue
        text = shown(value, context, plain=name == "id")
        if text:
            parts.append(f"{name.replace('_', ' ')}: {text}")
    mentions = _get(annotation, "mentions")
    if isinstance(mentions, (tuple, list)) and mentions and position(annotation) is None:
        parts.append(f"{len(mentions)} mention{'s' if len(mentions) != 1 else ''}")
    return " · ".join(parts)


def generic_columns(items: Sequence[Any], context: Context) -> tuple[Column, ...]:
    """A column per field set (to something other than its default) in some of ``items``."""
    names: list[str] = []
    for annotation in items:
        for name, value in fields_of(annotation, defaults=False):
            if name not in _NOT_SHOWN and name not in names and shown(value, context):
                names.append(name)
    return tuple(Column(n.replace("_", " "), field_value(n)) for n in names)


def generic_presentation(layer: str) -> Presentation:
    """The presentation of a layer that brings none: its fields, named as they are."""
    return Presentation(title=layer.replace("_", " ").capitalize(), summary=_generic_summary)
