"""One-line descriptions of annotations, for the table format and other human-facing output."""

from __future__ import annotations

from typing import Any

import attrs

from newsparse.model import iter_spans

_SKIP = {"start", "end", "text", "mentions", "evidence"}


def _short(value: Any) -> str | None:
    if value is None or value == () or value == {} or value is False:
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
    """``field=value`` pairs of the fields that are set, spans shown by their text."""
    if not attrs.has(type(annotation)):
        return repr(annotation)
    parts = []
    for field in attrs.fields(type(annotation)):
        if field.name in _SKIP:
            continue
        shown = _short(getattr(annotation, field.name))
        if shown is not None:
            parts.append(f"{field.name}={shown}")
    mentions = getattr(annotation, "mentions", None)
    if isinstance(mentions, tuple) and mentions and not isinstance(getattr(annotation, "start", None), int):
        parts.append(f"mentions={len(list(iter_spans(mentions)))}")
    return " ".join(parts)
