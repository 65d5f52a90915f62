"""How people see the ``agreements`` layer: kind, status, who is bound or backs it, provisions, violations."""

from __future__ import annotations

from newsparse import Agreement
from newsparse.humanize import clip, iso_value
from newsparse.presentation import Column, Context, Presentation

__all__ = ["PRESENTATION", "provisions", "violations"]

_ROLES = (
    ("parties", "between"),
    ("guarantors", "guaranteed by"),
    ("endorsers", "endorsed by"),
    ("mediators", "mediated by"),
    ("observers", "observed by"),
)


def _words(value: str | None) -> str:
    return (value or "").replace("de_", "de-").replace("_", " ")


def _kind(agreement: Agreement) -> str:
    status = _words(agreement.status)
    return f"{_words(agreement.kind)}, {status}" if status else _words(agreement.kind)


def _date(agreement: Agreement) -> str:
    if agreement.date is None:
        return ""
    return iso_value(agreement.date.value) or f"“{agreement.date.text}”"


def _roles(agreement: Agreement, context: Context) -> list[str]:
    found = []
    for field, words in _ROLES:
        names = context.names_of(i.removeprefix("text:") for i in getattr(agreement, field))  # "text:Fiat"
        if names:
            found.append(f"{words} {names}")
    return found


def provisions(agreement: Agreement) -> str:
    """The provisions, each once, quoted."""
    seen = dict.fromkeys(clip(p.text, 80) for p in agreement.provisions)
    return "; ".join(f"“{text}”" for text in seen)


def violations(agreement: Agreement, context: Context) -> str:
    """Who violated it and how: ``Russia and Syrian government: “airstrikes by …”``."""
    by_text: dict[str, list[str]] = {}
    for violation in agreement.violations:
        who = by_text.setdefault(clip(violation.text, 80), [])
        if violation.violator:
            who.append(violation.violator)
    return "; ".join(f"{context.names_of(who) or 'unknown'}: “{text}”" for text, who in by_text.items())


def _summary(agreement: Agreement, context: Context) -> str:
    parts = [_kind(agreement), *_roles(agreement, context)]
    if agreement.venue:
        parts.append(f"in {context.name(agreement.venue)}")
    if agreement.date is not None:
        parts.append(f"dated {_date(agreement)}")
    if agreement.provisions:
        parts.append(f"provides {provisions(agreement)}")
    if agreement.violations:
        parts.append(f"violated by {violations(agreement, context)}")
    return " · ".join(parts)


def _tooltip(agreement: Agreement, context: Context) -> list[str]:
    lines = [_kind(agreement), *_roles(agreement, context)]
    if agreement.venue:
        lines.append(f"venue: {context.name(agreement.venue)}")
    if agreement.date is not None:
        lines.append(f"date: {_date(agreement)}")
    return lines


PRESENTATION = Presentation(
    title="Agreements",
    summary=_summary,
    columns=(
        Column("Agreement", lambda agreement, context: _kind(agreement)),
        Column("Who", lambda agreement, context: "; ".join(_roles(agreement, context))),
        Column("Where", lambda agreement, context: context.name(agreement.venue)),
        Column("When", lambda agreement, context: _date(agreement)),
        Column("Provisions", lambda agreement, context: provisions(agreement)),
        Column("Violations", violations),
    ),
    tooltip=_tooltip,
    details=lambda agreement: f"kind={agreement.kind} status={agreement.status}",
    lead=30,
    label_header="Named as",
    colour="#8e3fc7",
)
