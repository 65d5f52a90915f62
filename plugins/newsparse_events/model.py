"""The annotation types of the ``events`` and ``contested`` layers.

Every ref is a small attrs class with ``start``/``end``/``text``, so the pipeline checks its offsets.
"""

from __future__ import annotations

import attrs

from newsparse import Annotation, DateRef, QuantityRef, Span

__all__ = ["ROLES", "Contest", "DateRef", "Event", "Figure", "QuantityRef", "SourceRef"]

ROLES = ("killed", "wounded", "casualties", "missing", "displaced", "arrested", "abducted")


@attrs.frozen
class SourceRef:
    """Who reports an event: the claim (of the ``claims`` layer) whose content holds it, by its span."""

    start: int
    end: int
    text: str
    source: str | None = None
    source_text: str | None = None
    cue: str | None = None


@attrs.frozen
class Event(Annotation):
    """One casualty or conflict fact: a role (killed, wounded, ...), a count, a victim group, context."""

    start: int
    end: int
    text: str
    kind: str
    role: str = attrs.field(validator=attrs.validators.in_(ROLES))
    trigger: Span
    count: QuantityRef | None = None
    victims: Span | None = None
    perpetrator: str | None = None
    perpetrator_text: Span | None = None
    place: str | None = None
    place_text: Span | None = None
    date: DateRef | None = None
    source: SourceRef | None = None


@attrs.frozen
class Figure:
    """One side of a contested figure: the count as written, its bounds, and who claims it."""

    start: int
    end: int
    text: str
    value: int | float | None
    low: int | float | None
    high: int | float | None
    source: str | None
    source_text: str | None
    claim: Span


@attrs.frozen
class Contest(Annotation):
    """Two or more sources of one document giving different figures for the same measure."""

    start: int
    end: int
    text: str
    role: str
    victims: str | None
    figures: tuple[Figure, ...] = ()
