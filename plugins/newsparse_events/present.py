"""How people see the ``events`` and ``contested`` layers: who was killed, how many, when, where, who says."""

from __future__ import annotations

from newsparse.humanize import amount, clip, interval, iso_value
from newsparse.presentation import Column, Context, Presentation
from newsparse_events.model import Contest, Event, Figure, QuantityRef, SourceRef

__all__ = ["CONTESTED", "EVENTS", "role_words", "told_roles", "what"]


def _count(count: QuantityRef | None) -> str:
    if count is None:
        return ""
    if count.value is None and count.low is None and count.high is None:
        return count.text
    return amount(count.value, count.low, count.high, count.modifier)


def told_roles(roles: tuple[str, ...]) -> str:
    """Roles joined as a sentence joins them: ``killed and wounded``, ``killed, wounded and missing``."""
    if len(roles) < 2:
        return "".join(roles)
    return ", ".join(roles[:-1]) + " and " + roles[-1]


def role_words(event: Event) -> str:
    """The event's role; a ``casualties`` figure that tells its roles (``includes``) names them instead."""
    if event.role == "casualties" and event.includes:
        return told_roles(event.includes)
    return event.role


def what(event: Event) -> str:
    """``211 civilians killed``, ``pilot killed``, ``1,447 wounded``, ``7 militants killed and wounded``."""
    parts = [_count(event.count), event.victims.text if event.victims is not None else "", role_words(event)]
    return " ".join(p for p in parts if p)


def _details(event: Event) -> str:
    """The technical values of the verbose table: kind, role and the roles a figure includes."""
    told = f" includes={','.join(event.includes)}" if event.includes else ""
    return f"kind={event.kind} role={event.role}{told}"


def when(event: Event) -> str:
    """The event's date in words (the text as written when it did not resolve)."""
    if event.date is None:
        return ""
    shown = iso_value(event.date.value)
    if shown is None and event.date.first and event.date.last:
        shown = interval(event.date.first, event.date.last)
    return shown or f"“{event.date.text}”"


def _source(source: SourceRef | None, context: Context) -> str:
    if source is None:
        return ""
    name = context.name(source.source) if source.source else ""
    written = source.source_text or ""
    if name and written and written != name:
        return f"{name} (“{written}”)"
    return name or (f"“{written}”" if written else "")


def _place(event: Event, context: Context) -> str:
    if event.place:
        return context.name(event.place)
    return event.place_text.text if event.place_text is not None else ""


def _perpetrator(event: Event, context: Context) -> str:
    if event.perpetrator:
        return context.name(event.perpetrator)
    return event.perpetrator_text.text if event.perpetrator_text is not None else ""


def _event_summary(event: Event, context: Context) -> str:
    parts = [what(event)]
    for prefix, value in (
        ("by", _perpetrator(event, context)),
        ("in", _place(event, context)),
        ("", when(event)),
        ("according to", _source(event.source, context)),
    ):
        if value:
            parts.append(f"{prefix} {value}".strip())
    return " · ".join(parts)


EVENTS = Presentation(
    title="Casualty events",
    summary=_event_summary,
    columns=(
        Column("What", lambda event, context: what(event)),
        Column("When", lambda event, context: when(event)),
        Column("Where", _place),
        Column("By whom", _perpetrator),
        Column("According to", lambda event, context: _source(event.source, context)),
    ),
    tooltip=lambda event, context: _event_summary(event, context).split(" · "),
    details=_details,
    lead=10,
    label_header="As written",
    colour="#d62839",
)


def _figure(figure: Figure, context: Context) -> str:
    shown = amount(figure.value, figure.low, figure.high)
    who = context.name(figure.source) if figure.source else (figure.source_text or "unnamed source")
    return f"{shown} according to {who}"


def _measure(contest: Contest) -> str:
    return " ".join(p for p in (contest.victims, contest.role) if p)


def _as_written(contest: Contest) -> str:
    return "; ".join(f"“{clip(f.text, 40)}”" for f in contest.figures)


def _contest_summary(contest: Contest, context: Context) -> str:
    return f"{_measure(contest)}: " + " vs ".join(_figure(f, context) for f in contest.figures)


CONTESTED = Presentation(
    title="Contested figures",
    summary=_contest_summary,
    columns=(
        Column("Measure", lambda contest, context: _measure(contest)),
        Column("Figures", lambda contest, context: "; ".join(_figure(f, context) for f in contest.figures)),
        Column("Figures as written", lambda contest, context: _as_written(contest)),
    ),
    tooltip=lambda contest, context: [_measure(contest), *(_figure(f, context) for f in contest.figures)],
    details=lambda contest: f"role={contest.role} figures={len(contest.figures)}",
    lead=20,
    label_header="Where it is said",
    colour="#6d4c41",
)
