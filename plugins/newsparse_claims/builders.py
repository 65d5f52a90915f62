"""Spans and claims built from compiled code: what ``newsparse.trusted``'s builders do, frame-free.

A trusted builder is generated Python code: ``object.__new__`` of the class, then one slot setter
per field. Called from the compiled layer, its frame and bytecode cost about as much as the setters
themselves (a tenth of the layer's time went to building its spans and claims). These functions take
the same steps, compiled with the layer (mypyc): the same objects, every field set, unchecked as
before (the pipeline checks every claim it is handed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from newsparse import Claim, Span

__all__ = ["CLAIM_FIELDS", "build_claim", "build_span"]


def _setter(kind: type, name: str) -> Callable[[Any, Any], None]:
    """The slot setter of field ``name`` of a slotted class (on it or the base class declaring it)."""
    for owner in kind.__mro__:
        if name in vars(owner).get("__slots__", ()):
            setter: Callable[[Any, Any], None] = vars(owner)[name].__set__
            return setter
    raise TypeError(f"{kind.__name__}.{name} is not a slot")


_NEW: Final = object.__new__
_SPAN_START: Final = _setter(Span, "start")
_SPAN_END: Final = _setter(Span, "end")
_SPAN_TEXT: Final = _setter(Span, "text")
CLAIM_FIELDS: Final = (
    "start end text cue content source source_text antecedent quantities dates kind negated modality "
    "content_parts"
).split()
_SET_START: Final = _setter(Claim, "start")
_SET_END: Final = _setter(Claim, "end")
_SET_TEXT: Final = _setter(Claim, "text")
_SET_CUE: Final = _setter(Claim, "cue")
_SET_CONTENT: Final = _setter(Claim, "content")
_SET_SOURCE: Final = _setter(Claim, "source")
_SET_SOURCE_TEXT: Final = _setter(Claim, "source_text")
_SET_ANTECEDENT: Final = _setter(Claim, "antecedent")
_SET_QUANTITIES: Final = _setter(Claim, "quantities")
_SET_DATES: Final = _setter(Claim, "dates")
_SET_KIND: Final = _setter(Claim, "kind")
_SET_NEGATED: Final = _setter(Claim, "negated")
_SET_MODALITY: Final = _setter(Claim, "modality")
_SET_CONTENT_PARTS: Final = _setter(Claim, "content_parts")


def build_span(start: int, end: int, text: str) -> Span:
    """A :class:`Span` of offsets and text already checked (the text is the slice they give)."""
    span: Span = _NEW(Span)
    _SPAN_START(span, start)
    _SPAN_END(span, end)
    _SPAN_TEXT(span, text)
    return span


def build_claim(
    start: int,
    end: int,
    text: str,
    cue: Span,
    content: Span,
    source: str | None,
    source_text: Span | None,
    antecedent: Span | None,
    quantities: tuple[Any, ...],
    dates: tuple[Any, ...],
    kind: str | None,
    negated: bool | None,
    modality: str | None,
    content_parts: tuple[Span, ...],
) -> Claim:
    """A :class:`Claim` of every field's value, in the class's field order (``CLAIM_FIELDS``)."""
    claim: Claim = _NEW(Claim)
    _SET_START(claim, start)
    _SET_END(claim, end)
    _SET_TEXT(claim, text)
    _SET_CUE(claim, cue)
    _SET_CONTENT(claim, content)
    _SET_SOURCE(claim, source)
    _SET_SOURCE_TEXT(claim, source_text)
    _SET_ANTECEDENT(claim, antecedent)
    _SET_QUANTITIES(claim, quantities)
    _SET_DATES(claim, dates)
    _SET_KIND(claim, kind)
    _SET_NEGATED(claim, negated)
    _SET_MODALITY(claim, modality)
    _SET_CONTENT_PARTS(claim, content_parts)
    return claim
