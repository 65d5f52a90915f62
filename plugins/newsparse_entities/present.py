"""How people see the ``entities`` layer: a name, what it is, how often it is named, its identifiers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from newsparse import Entity
from newsparse.humanize import plural
from newsparse.presentation import Column, Context, Presentation

__all__ = ["KINDS", "PRESENTATION"]

KINDS: Final = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "country, region or city",
    "LOC": "place",
    "GROUP": "armed or political group",
    "NORP": "nationality or group",
    "FACILITY": "facility",
    "EVENT": "event",
    "PRODUCT": "product",
}
_IDENTIFIERS: Final = {
    "iso3166": "ISO 3166",
    "iso3166_alpha3": "ISO alpha-3",
    "iso3166_2": "ISO 3166-2",
    "geonames": "GeoNames",
    "wikidata": "Wikidata",
    "country": "country",
    "parent": "part of",
    "subdivision_type": "subdivision",
    "coordinates": "coordinates",
}


def _identifiers(entity: Entity, context: Context) -> str:
    parts = []
    for key, value in entity.identifiers.items():
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        shown = context.name(value) if key == "parent" else str(value)
        parts.append(f"{_IDENTIFIERS.get(key, key)} {shown}")
    return "; ".join(parts)


def _summary(entity: Entity, context: Context) -> str:
    kind = KINDS.get(entity.type, entity.type)
    return f"{kind}, {plural(len(entity.mentions), 'mention')}"


def _tooltip(entity: Entity, context: Context) -> list[str]:
    lines = [f"{entity.canonical}: {KINDS.get(entity.type, entity.type)}", f"id {entity.id}"]
    identifiers = _identifiers(entity, context)
    if identifiers:
        lines.append(identifiers)
    lines.append(plural(len(entity.mentions), "mention"))
    return lines


def _names(entity: Entity) -> Iterator[tuple[str, str]]:
    yield entity.id, entity.canonical


def _forms(entity: Entity) -> str:
    seen: list[str] = []
    for mention in entity.mentions:
        if mention.text not in seen:
            seen.append(mention.text)
    return ", ".join(f"“{t}”" for t in seen[:6]) + (" …" if len(seen) > 6 else "")


PRESENTATION: Final = Presentation(
    title="Entities",
    summary=_summary,
    label=lambda entity, context: entity.canonical,
    columns=(
        Column("What", lambda entity, context: KINDS.get(entity.type, entity.type)),
        Column("Mentions", lambda entity, context: str(len(entity.mentions))),
        Column("Written as", lambda entity, context: _forms(entity)),
        Column("Identifiers", _identifiers),
    ),
    tooltip=_tooltip,
    details=lambda entity: f"id={entity.id} type={entity.type}",
    names=_names,
    lead=50,
    label_header="Name",
    colour="#1a9e4b",
)
