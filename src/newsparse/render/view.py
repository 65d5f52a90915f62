"""A document as renderers see it: each layer with the presentation its plugin registered.

The presentations come from the installed extractors (``Extractor.presentation``); a layer whose
annotations are not all of the extractor's declared types (read from JSON with no plugin for it,
or hostile) gets the generic presentation.  A presentation that raises is never fatal: the
call falls back to the generic view of that annotation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from newsparse.errors import NewsparseError
from newsparse.model import Document
from newsparse.plugins import default_registry
from newsparse.presentation import (
    Column,
    Context,
    Mark,
    Presentation,
    When,
    generic_columns,
    generic_presentation,
    own_marks,
)

__all__ = ["DocumentView", "LayerView", "Presentations", "installed_presentations", "view_of"]

T = TypeVar("T")
# layer name -> (its presentation, the annotation types it applies to)
Presentations = Mapping[str, tuple[Presentation, tuple[type, ...]]]


def installed_presentations() -> dict[str, tuple[Presentation, tuple[type, ...]]]:
    """The presentations of the installed extractors, by layer (none if the plugins cannot load)."""
    try:
        extractors = default_registry().extractors
    except NewsparseError:
        return {}
    return {e.produces: (e.presentation, e.annotation_types) for e in extractors if e.presentation}


def _safe(function: Callable[..., T], fallback: T, *args: Any) -> T:
    try:
        return function(*args)
    except Exception:  # a plugin's presentation must not break a page
        return fallback


@attrs.frozen
class LayerView:
    """One layer as shown: its annotations, presentation, and whether that is the plugin's own."""

    name: str
    items: tuple[Any, ...]
    presentation: Presentation
    own: bool

    def summary(self, item: Any, context: Context) -> str:
        """The one-line summary of ``item`` (the generic one if the plugin's fails)."""
        generic = generic_presentation(self.name).summary
        return _safe(self.presentation.summary, "", item, context) or _safe(generic, "", item, context)

    def label(self, item: Any, context: Context) -> str:
        """The short name of ``item``: its presentation's label, else its text or canonical name."""
        if self.presentation.label is not None:
            found = _safe(self.presentation.label, "", item, context)
            if found:
                return found
        for field in ("text", "canonical", "name"):
            value = item.data.get(field) if hasattr(item, "data") else getattr(item, field, None)
            if isinstance(value, str):
                return value
        return ""

    def columns(self, context: Context) -> tuple[Column, ...]:
        """The table columns: the presentation's, else one per field in use."""
        return self.presentation.columns or generic_columns(self.items, context)

    def cell(self, column: Column, item: Any, context: Context) -> str:
        """The text of one table cell (empty if the column's function fails)."""
        return _safe(column.value, "", item, context)

    def tooltip(self, item: Any, context: Context) -> list[str]:
        """Tooltip lines: the presentation's, else ``header: value`` of each non-empty column."""
        if self.presentation.tooltip is not None:
            lines = _safe(self.presentation.tooltip, None, item, context)
            if lines is not None:
                return [str(line) for line in lines if line]
        summary = self.summary(item, context)
        return [summary] if summary else []

    def details(self, item: Any) -> str:
        """Technical detail (e.g. the TIMEX3 value) for verbose output; empty if none."""
        if self.presentation.details is None:
            return ""
        return _safe(self.presentation.details, "", item)

    def marks(self, item: Any) -> list[Mark]:
        """The stretches of text to highlight for ``item``."""
        if self.presentation.marks is not None:
            found = _safe(self.presentation.marks, None, item)
            if found is not None:
                return [m for m in found if isinstance(m, Mark)]
        return own_marks(item)

    def when(self, item: Any) -> When | None:
        """Where ``item`` sits on a timeline, if its presentation says."""
        if self.presentation.when is None:
            return None
        found = _safe(self.presentation.when, None, item)
        return found if isinstance(found, When) else None


@attrs.frozen
class DocumentView:
    """Every layer of a document with its presentation, and the context they share."""

    doc: Document
    layers: tuple[LayerView, ...]
    context: Context


def _layer_view(name: str, items: Sequence[Any], registered: Presentations) -> LayerView:
    found = registered.get(name)
    typed = found is not None and all(isinstance(i, found[1]) for i in items)
    if found is not None and typed and isinstance(found[0], Presentation):
        return LayerView(name, tuple(items), found[0], True)
    return LayerView(name, tuple(items), generic_presentation(name), False)


def _names(layers: Iterable[LayerView]) -> dict[str, str]:
    names: dict[str, str] = {}
    for layer in layers:
        if layer.presentation.names is None:
            continue
        for item in layer.items:
            pairs: Iterable[tuple[str, str]] = _safe(layer.presentation.names, (), item)
            for ident, name in pairs:
                if isinstance(ident, str) and isinstance(name, str):
                    names.setdefault(ident, name)
    return names


def view_of(doc: Document, presentations: Presentations | None = None) -> DocumentView:
    """The view of ``doc`` with ``presentations`` (default: those of the installed plugins)."""
    registered = installed_presentations() if presentations is None else presentations
    layers = tuple(_layer_view(name, items, registered) for name, items in doc.layers.items())
    context = Context(names=_names(layers), published=doc.meta.published_date)
    return DocumentView(doc, layers, context)
