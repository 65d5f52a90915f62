"""The annotation types of the ``claims`` layer: who said what, with the figures and dates said.

Contract for readers in other plugins (they may not import this module): a claim annotation has
``start``/``end``/``text`` (the whole attributed statement), ``source`` (an entity id or None),
``source_text`` (the span naming the source as written, or None), ``antecedent`` (when
``source_text`` is a pronoun, the span it stands for), ``cue`` and ``content`` (spans), and
``quantities``/``dates`` (refs with ``start``/``end``/``text`` inside ``content``).
"""

from __future__ import annotations

import attrs

from newsparse import Annotation, DateRef, QuantityRef, Span

__all__ = ["Claim", "DateRef", "QuantityRef"]


@attrs.frozen
class Claim(Annotation):
    """An attributed statement: a source, the cue that attributes, and the content reported."""

    start: int
    end: int
    text: str
    cue: Span
    content: Span
    source: str | None = None
    source_text: Span | None = None
    antecedent: Span | None = None
    quantities: tuple[QuantityRef, ...] = ()
    dates: tuple[DateRef, ...] = ()
