"""The annotation types of the layers whose JSON shape is fixed by the contract.

They live in the core, not in the plugins that produce them, so that any plugin may read a layer
it requires (agreements read entities and dates, events read claims) without importing another
plugin, and so that a third party can write a drop-in replacement extractor for a built-in layer.
:data:`newsparse.contracts.LAYER_CONTRACTS` says which type each layer holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import attrgetter
from typing import Any

import attrs

from newsparse.frozen import freeze
from newsparse.spans import Annotation, Span
from newsparse.trusted import reduce_by_fields

__all__ = [
    "AGREEMENT_STATUSES",
    "CLAIM_KINDS",
    "DATE_REFERENCES",
    "DATE_TYPES",
    "ENTITY_TYPES",
    "EVENT_ROLES",
    "EVENT_SCOPES",
    "QUANTITY_MODIFIERS",
    "Agreement",
    "Claim",
    "Contest",
    "DateRef",
    "Entity",
    "Event",
    "Evidence",
    "Figure",
    "Interval",
    "Mention",
    "Quantity",
    "QuantityRef",
    "SourceRef",
    "TimeExpression",
    "Violation",
]

DATE_TYPES = ("DATE", "TIME", "DURATION", "SET")
# what a time expression's value was resolved against: nothing, the publication date, an earlier date
DATE_REFERENCES = (None, "published", "narrative")
ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "GROUP", "NORP", "FACILITY", "EVENT", "PRODUCT")
QUANTITY_MODIFIERS = (None, "approx", "over", "under", "at_least", "at_most", "range")
AGREEMENT_STATUSES = (
    None,
    "proposed",
    "negotiating",
    "signed",
    "in_force",
    "violated",
    "suspended",
    "collapsed",
    "extended",
    "rejected",
)


_START = attrgetter("start")


def _ids(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _mentions(value: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(value)


def _violations(value: Iterable[Violation]) -> tuple[Violation, ...]:
    return tuple(value)


def _evidence(value: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(value)


def _one_of(choices: tuple[object, ...]) -> Any:
    return attrs.validators.in_(choices)


@attrs.frozen
class Interval:
    """A calendar interval, first and last day inclusive, as ISO strings (date or date-time)."""

    __reduce_ex__ = reduce_by_fields  # pickled as field values (unpickled without checks)

    first: str
    last: str


@attrs.frozen
class TimeExpression(Annotation):
    """A time expression of the ``dates`` layer, normalised to a TIMEX3 value."""

    start: int
    end: int
    text: str
    type: str = attrs.field(validator=_one_of(DATE_TYPES))
    value: str
    mod: str | None = None
    anchored: bool = False
    interval: Interval | None = None
    quant: str | None = None
    freq: str | None = None
    reference: str | None = attrs.field(default=None, validator=_one_of(DATE_REFERENCES))
    reference_span: Span | None = None


@attrs.frozen
class Quantity(Annotation):
    """An amount of the ``quantities`` layer: number, bounds, modifier, unit, counted noun and change.

    ``change`` is ``up`` or ``down`` when the amount is the size of a rise or a fall ("fell 3.2%"),
    with ``change_to`` the level reached when the text gives it ("rose by 3 to 40": 3 up, to 40).
    """

    start: int
    end: int
    text: str
    value: int | float | None
    low: int | float | None = None
    high: int | float | None = None
    modifier: str | None = attrs.field(default=None, validator=_one_of(QUANTITY_MODIFIERS))
    unit: str | None = None
    counted: Span | None = None
    unit_text: str | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    kind: str | None = None
    change: str | None = attrs.field(default=None, validator=_one_of((None, "up", "down")))
    change_to: int | float | None = None


@attrs.frozen
class Mention(Span):
    """One place an entity is named; ``form`` says how (name, alias, demonym, capital, ...).

    ``title`` is the title or role written with a person's name, before it ("Secretary of State
    John Kerry") or in an apposition after it ("Ken Kutaragi, Chief Operating Officer of Sony"),
    kept apart from the name, or None."""

    form: str | None = None
    title: Span | None = None


@attrs.frozen
class Entity(Annotation):
    """A real-world entity of the ``entities`` layer with every mention of it in the document."""

    id: str
    type: str = attrs.field(validator=_one_of(ENTITY_TYPES))
    canonical: str
    mentions: tuple[Mention, ...] = attrs.field(converter=_mentions)
    identifiers: Mapping[str, Any] = attrs.field(factory=dict, converter=freeze)  # read-only
    # None: the type rests on evidence (a list, a title, a head word...); below 1: a guess, how sure
    confidence: float | None = None
    # common-noun descriptions standing for the entity ("the chancellor" after "Chancellor Gerhard
    # Schroeder", form "role"; "the company" after "Acme Corp", form "description", over the noun):
    # kept apart from the names, which the annotation guidelines count
    descriptions: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions)

    @property
    def start(self) -> int:
        """Offset of the first mention (entities are sorted by it)."""
        return min(map(_START, self.mentions)) if self.mentions else 0  # C-level: sorted by it per doc


@attrs.frozen
class DateRef:
    """A reference to a time expression of the ``dates`` layer: its span, value and interval.

    ``first``/``last`` repeat the expression's calendar interval (ISO strings) when it has one.
    """

    __reduce_ex__ = reduce_by_fields  # pickled as field values (unpickled without checks)

    start: int
    end: int
    text: str
    value: str | None = None
    first: str | None = None
    last: str | None = None

    @classmethod
    def of(cls, expression: TimeExpression) -> DateRef:
        """The reference to ``expression``, carrying its value and calendar interval."""
        interval = expression.interval
        first, last = (interval.first, interval.last) if interval is not None else (None, None)
        return cls(expression.start, expression.end, expression.text, expression.value, first, last)


@attrs.frozen
class QuantityRef:
    """A reference to an amount of the ``quantities`` layer: its span, value, bounds and modifier."""

    __reduce_ex__ = reduce_by_fields  # pickled as field values (unpickled without checks)

    start: int
    end: int
    text: str
    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    modifier: str | None = None

    @classmethod
    def of(cls, quantity: Quantity) -> QuantityRef:
        """The reference to ``quantity``, carrying its value, bounds and modifier."""
        q = quantity
        return cls(q.start, q.end, q.text, q.value, q.low, q.high, q.modifier)


@attrs.frozen
class Violation:
    """A reported violation of an agreement: who (an entity id, or None) and the span saying so."""

    __reduce_ex__ = reduce_by_fields  # pickled as field values (unpickled without checks)

    start: int
    end: int
    text: str
    violator: str | None = None


@attrs.frozen
class Evidence:
    """The span a field of an agreement record was read from."""

    __reduce_ex__ = reduce_by_fields  # pickled as field values (unpickled without checks)

    field: str
    start: int
    end: int
    text: str


@attrs.frozen
class Agreement(Annotation):
    """An agreement of the ``agreements`` layer, all its mentions merged into one record."""

    start: int
    end: int
    text: str
    kind: str
    parties: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    guarantors: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    venue: str | None = None
    date: DateRef | None = None
    status: str | None = attrs.field(default=None, validator=_one_of(AGREEMENT_STATUSES))
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    mediators: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    endorsers: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    observers: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    provisions: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    violations: tuple[Violation, ...] = attrs.field(default=(), converter=_violations)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence)
    # Business roles (entity ids), empty unless the text names them: who buys, what is bought, who sells;
    # the club and the player of a transfer or contract; who lends and who borrows.
    acquirer: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    target: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    seller: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    club: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    player: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    lender: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    borrower: tuple[str, ...] = attrs.field(default=(), converter=_ids)


#: How a claim attributes: a quotation, reported speech, "according to", a belief or intention, a finding.
CLAIM_KINDS = ("direct", "indirect", "according_to", "belief", "perception")


@attrs.frozen
class Claim(Annotation):
    """A claim of the ``claims`` layer: a source, the cue that attributes, and the content reported.

    ``source`` is an entity id or None; ``source_text`` the span naming the source as written;
    ``antecedent`` the span a pronoun source stands for; ``quantities``/``dates`` lie in ``content``;
    ``kind`` is one of :data:`CLAIM_KINDS`, ``negated``/``modality`` qualify the cue (None: not given);
    ``content_parts`` the pieces of a content its own cue interrupts ('"A," he said, "B."' -> A, B),
    empty when the content is the ``content`` span alone.
    """

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
    kind: str | None = None  # one of CLAIM_KINDS
    negated: bool | None = None
    modality: str | None = None
    # added in 0.2 (optional, so older JSON still loads): the content without the cue that interrupts it
    content_parts: tuple[Span, ...] = attrs.field(default=(), converter=_spans)


EVENT_ROLES = ("killed", "wounded", "casualties", "missing", "displaced", "arrested", "abducted")
EVENT_SCOPES = ("incident", "cumulative")


@attrs.frozen
class SourceRef:
    """Who reports an event: the claim (of the ``claims`` layer) whose content holds it, by its span."""

    __reduce_ex__ = reduce_by_fields  # pickled as field values (unpickled without checks)

    start: int
    end: int
    text: str
    source: str | None = None
    source_text: str | None = None
    cue: str | None = None


@attrs.frozen
class Event(Annotation):
    """An event of the ``events`` layer: a role (killed, wounded, ...), a count, a victim group, context."""

    start: int
    end: int
    text: str
    kind: str
    role: str = attrs.field(validator=_one_of(EVENT_ROLES))
    trigger: Span
    count: QuantityRef | None = None
    victims: Span | None = None
    perpetrator: str | None = None
    perpetrator_text: Span | None = None
    place: str | None = None
    place_text: Span | None = None
    date: DateRef | None = None
    source: SourceRef | None = None
    # added in 0.2 (optional, so older JSON still loads): the means, whether it is a running total,
    # and the spans of the other events that report the same toll (competing figures, never summed)
    instrument: Span | None = None
    scope: str = attrs.field(default="incident", validator=_one_of(EVENT_SCOPES))
    period: Span | None = None
    alternatives: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    # added in 0.3: told as the occasion of the act the text reports ("protested over the killing of"),
    # and the larger places written with the place ("Pir Laka area of Jani Khel district, Paktika")
    background: bool = False
    areas: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    # added in 0.4: for a ``casualties`` figure, the roles the text says it joins ("killing and
    # injuring 12": killed, wounded), so that its deaths are told apart; empty when the text does not
    # say which ("casualties", "killed or wounded")
    includes: tuple[str, ...] = attrs.field(
        default=(), converter=_ids, validator=attrs.validators.deep_iterable(_one_of(EVENT_ROLES))
    )


@attrs.frozen
class Figure:
    """One side of a contested figure: the count as written, its bounds, and who claims it."""

    __reduce_ex__ = reduce_by_fields  # pickled as field values (unpickled without checks)

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
    """A record of the ``contested`` layer: sources giving different figures for the same measure."""

    start: int
    end: int
    text: str
    role: str
    victims: str | None
    figures: tuple[Figure, ...] = ()
