"""Hand-built ``entities`` and ``dates`` layers, so the agreements layer is tested on its own."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import newsparse_agreements
from newsparse import Agreement, Document, Entity, Mention, Meta, TimeExpression

__all__ = ["COUNTRIES", "SEED_ENTITIES", "agreements_of", "make_dates", "make_entities", "parse"]

# id -> (type, canonical, surface forms, identifiers)
Spec = Mapping[str, tuple[str, str, Sequence[str], Mapping[str, str]]]

COUNTRIES: dict[str, str] = {
    "turkey": "Turkey",
    "russia": "Russia",
    "iran": "Iran",
    "israel": "Israel",
    "egypt": "Egypt",
    "qatar": "Qatar",
    "ukraine": "Ukraine",
    "armenia": "Armenia",
    "azerbaijan": "Azerbaijan",
    "sudan": "Sudan",
    "ethiopia": "Ethiopia",
    "eritrea": "Eritrea",
    "colombia": "Colombia",
    "norway": "Norway",
    "france": "France",
    "germany": "Germany",
    "china": "China",
    "japan": "Japan",
    "india": "India",
    "pakistan": "Pakistan",
    "kenya": "Kenya",
    "somalia": "Somalia",
    "peru": "Peru",
    "chile": "Chile",
    "canada": "Canada",
    "mexico": "Mexico",
    "brazil": "Brazil",
    "serbia": "Serbia",
}

SEED_ENTITIES: Spec = {
    "turkey": ("GPE", "Turkey", ("Turkey", "Ankara", "Turkish"), {"iso3166": "TR"}),
    "russia": ("GPE", "Russia", ("Russia", "Moscow", "Russian"), {"iso3166": "RU"}),
    "iran": ("GPE", "Iran", ("Iran", "Tehran"), {"iso3166": "IR"}),
    "syria": ("GPE", "Syria", ("Syria", "Syrian"), {"iso3166": "SY"}),
    "idlib": ("GPE", "Idlib", ("Idlib",), {}),
    "astana": ("GPE", "Astana", ("Astana",), {}),
    "kazakhstan": ("GPE", "Kazakhstan", ("Kazakh",), {"iso3166": "KZ"}),
    "hama": ("GPE", "Hama", ("Hama",), {}),
    "assad_regime": ("ORG", "Assad regime", ("Assad regime", "Bashar al-Assad regime", "Assad"), {}),
    "daesh": ("GROUP", "Daesh", ("Daesh",), {}),
    "anadolu_agency": ("ORG", "Anadolu Agency", ("Anadolu Agency",), {}),
    "al_nusra": ("GROUP", "Al-Nusra", ("Al-Nusra",), {}),
}


def make_entities(text: str, spec: Spec) -> tuple[Entity, ...]:
    """Entities whose mentions are every whole-word occurrence of their surface forms."""
    out = []
    for eid, (etype, canonical, forms, identifiers) in spec.items():
        mentions: list[Mention] = []
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                if not any(x.start < m.end() and m.start() < x.end for x in mentions):
                    mentions.append(Mention(m.start(), m.end(), m.group()))
        if mentions:
            mentions.sort(key=lambda x: x.start)
            found: Any = tuple(mentions)
            out.append(Entity(eid, etype, canonical, found, dict(identifiers)))
    return tuple(out)


def make_dates(text: str, values: Mapping[str, str]) -> tuple[TimeExpression, ...]:
    """DATE expressions at the first occurrence of each phrase, with the value given."""
    out = []
    for phrase, value in values.items():
        i = text.find(phrase)
        if i >= 0:
            out.append(TimeExpression(i, i + len(phrase), phrase, "DATE", value))
    return tuple(sorted(out, key=lambda d: d.start))


def parse(
    text: str, spec: Spec, dates: Mapping[str, str] | None = None, published: str = "2018-02-06"
) -> Document:
    """A document with the given hand-made entities and dates layers."""
    layers = {"entities": make_entities(text, spec), "dates": make_dates(text, dates or {})}
    return Document(text, meta=Meta(published=published), layers=layers)


def agreements_of(doc: Document) -> list[Agreement]:
    """The agreements the plugin extracts from ``doc``."""
    return list(newsparse_agreements.extract(doc))
