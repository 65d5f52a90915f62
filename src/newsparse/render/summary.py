"""One-line descriptions of annotations, for the table format and other human-facing output."""

from __future__ import annotations

from typing import Any

import attrs

_FACTORY: type = type(attrs.Factory(list))  # attrs types Factory as a function; this is its class
_SKIP = {"start", "end", "text", "mentions", "evidence"}


def _short(value: Any) -> str | None:
    if value is None or value == () or value == {}:
        return None
    if isinstance(value, tuple):
        parts = [_short(v) for v in value]
        return "[" + ", ".join(p for p in parts if p) + "]"
    if attrs.has(type(value)):
        text = getattr(value, "text", None)
        if isinstance(text, str):
            return repr(text)
        inner = [f"{f.name}={_short(getattr(value, f.name))}" for f in attrs.fields(type(value))]
        return "(" + ", ".join(inner) + ")"
    if isinstance(value, dict):
        return ",".join(f"{k}={v}" for k, v in value.items())
    return str(value)


def summarize(annotation: Any) -> str:
    """``field=value`` pairs of the fields set to something other than their default.

    Spans are shown by their text; an annotation without offsets of its own (an entity) shows how
    many mentions it has.
    """
    if not attrs.has(type(annotation)):
        return repr(annotation)
    parts = []
    fields = attrs.fields(type(annotation))
    for field in fields:
        if field.name in _SKIP:
            continue
        value = getattr(annotation, field.name)
        if (
            field.default is not attrs.NOTHING
            and not isinstance(field.default, _FACTORY)
            and value == field.default
        ):
            continue
        shown = _short(value)
        if shown is not None:
            parts.append(f"{field.name}={shown}")
    mentions = getattr(annotation, "mentions", None)
    if isinstance(mentions, tuple) and mentions and not any(f.name == "start" for f in fields):
        parts.append(f"mentions={len(mentions)}")
    return " ".join(parts)
