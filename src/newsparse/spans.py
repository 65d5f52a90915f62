"""The bottom of the model: annotations, spans of the text, and the checks of their offsets.

Offsets are Python string indexes, end exclusive; a span's ``text`` equals ``document.text[start:end]``.
Everything else in newsparse builds on this module, which imports only :mod:`newsparse.frozen` and
:mod:`newsparse.trusted`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

import attrs

from newsparse.frozen import freeze
from newsparse.trusted import reduce_by_fields

__all__ = [
    "Annotation",
    "RawAnnotation",
    "Sentence",
    "Span",
    "Token",
    "has_offsets",
    "iter_spans",
    "offset_error",
    "span_errors",
]


def _non_negative(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int and not is_offset(value):
        raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _end_after_start(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int and not is_offset(value):
        raise TypeError(f"{attribute.name} must be an int, not {type(value).__name__}")
    if value < instance.start:
        raise ValueError(f"end ({value}) must be >= start ({instance.start})")


def is_offset(value: object) -> bool:
    """Whether ``value`` may be an offset: an ``int`` (a ``bool`` is not one)."""
    return type(value) is int or (isinstance(value, int) and not isinstance(value, bool))


class Annotation:
    """Marker base class of everything an extractor may put in a layer.

    Subclasses are frozen attrs classes.  Any attrs value inside an annotation (the annotation
    itself included) with ``start``/``end`` fields is a span that the pipeline checks against the
    document text.  Annotations pickle as their field values (:func:`~newsparse.trusted.reduce_by_fields`).
    """

    __slots__ = ()
    __reduce_ex__ = reduce_by_fields


@attrs.frozen
class Span(Annotation):
    """A stretch of the document: ``text == document.text[start:end]``."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_end_after_start)
    text: str = attrs.field()

    @text.validator
    def _text_length(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"span text must be a str, not {type(value).__name__}")
        if len(value) != self.end - self.start:
            raise ValueError(
                f"span text {value!r} has {len(value)} characters but the span "
                f"[{self.start}, {self.end}) has {self.end - self.start}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``[start, end)`` of ``text``, its text taken from the slice."""
        if cls is Span and type(start) is int and type(end) is int and 0 <= start <= end <= len(text):
            # what the validators would check holds: the span is built without them (extractors
            # build thousands per article, and the pipeline checks what they return anyway)
            span = _new(Span)
            _set_start(span, start)
            _set_end(span, end)
            _set_text(span, text[start:end])
            return span
        return cls(start, end, text[start:end])


_new = object.__new__
# the slots of Span's fields: setting them directly is how its frozen __init__ sets them too
_set_start, _set_end, _set_text = (vars(Span)[name].__set__ for name in ("start", "end", "text"))


@attrs.frozen
class Sentence:
    """A sentence: offsets only (its text is ``document.text[start:end]``)."""

    __reduce_ex__ = reduce_by_fields
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_end_after_start)


class Token(NamedTuple):
    """A word, number or punctuation mark, with its text (computed by ``newsparse.text``).

    A named tuple rather than an attrs class: documents hold hundreds of them, built on every
    parse and every unpickling, and a tuple is several times cheaper to build.
    """

    start: int
    end: int
    text: str


@attrs.frozen
class RawAnnotation(Annotation):
    """An annotation of a layer whose type no installed plugin declares (kept as its JSON, read-only)."""

    data: Mapping[str, Any] = attrs.field(converter=freeze)


def has_offsets(kind: type) -> bool:
    """Whether attrs class ``kind`` has ``start`` and ``end`` fields (so its values are spans)."""
    names = {field.name for field in attrs.fields(kind)}
    return "start" in names and "end" in names


def offset_error(start: object, end: object, written: object, text: str) -> str | None:
    """What is wrong with the span ``[start, end)`` saying ``written`` on ``text`` (None when it holds)."""
    if not (is_offset(start) and is_offset(end)):
        return f"offsets [{start!r}, {end!r}) are not integers"
    assert isinstance(start, int) and isinstance(end, int)
    if not 0 <= start <= end <= len(text):
        return f"offsets [{start}, {end}) are outside the text (length {len(text)})"
    if written is not None and written != text[start:end]:
        return f"span [{start}, {end}) says {written!r} but the text there is {text[start:end]!r}"
    return None


def iter_spans(value: object) -> Iterator[Any]:
    """Yield every attrs value with ``start``/``end`` fields inside ``value`` (itself included)."""
    found: list[Any] = []
    _collect_spans(value, found, 0)
    return iter(found)


_MAX_DEPTH = 64


def _collect_spans(value: object, found: list[Any], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, (tuple, list)):
        for item in value:
            _collect_spans(item, found, depth + 1)
        return
    kind = type(value)
    if not attrs.has(kind):
        return
    if has_offsets(kind):
        found.append(value)
    for field in attrs.fields(kind):
        _collect_spans(getattr(value, field.name), found, depth + 1)


def span_errors(value: object, text: str) -> list[str]:
    """What is wrong with the offsets inside ``value`` against ``text`` (empty when all hold)."""
    errors = []
    for span in iter_spans(value):
        written = getattr(span, "text", None)
        error = offset_error(span.start, span.end, written if isinstance(written, str) else None, text)
        if error is not None:
            errors.append(error)
    return errors
