"""The issue's expectations on the seed article, one assertion per expectation."""

from __future__ import annotations

import pytest

from newsparse import Document
from tests.entities.helpers import entity_at, parse


@pytest.fixture(scope="module")
def doc(seed_text: str) -> Document:
    """The seed parsed by the entities layer."""
    return parse(seed_text)


@pytest.mark.parametrize(
    ("surface", "nth", "ident", "form"),
    [
        ("Russia", 0, "russia", "name"),
        ("Russian", 0, "russia", "demonym"),
        ("Moscow", 0, "russia", "capital"),
        ("Ankara", 0, "turkey", "capital"),
        ("Tehran", 0, "iran", "capital"),
        ("MOSCOW", 0, "geonames:524901", "dateline"),
        ("Daesh", 0, "isis", "alias"),
        ("Assad regime", 0, "syrian-government", "alias"),
        ("Regime forces", 0, "syrian-government", "alias"),
        ("Assad forces", 0, "syrian-government", "alias"),
        ("Syrian regime", 0, "syrian-government", "alias"),
        ("Kazakh", 0, "kazakhstan", "demonym"),
        ("Astana", 0, "geonames:1526273", "name"),
        ("Viktor Vodolatsky", 0, "person:viktor-vodolatsky", "name"),
        ("Russian State Duma", 0, "state-duma", "alias"),
        ("Anadolu Agency", 0, "anadolu-agency", "name"),
        ("UN", 0, "un", "acronym"),
        ("Idlib", 0, "iso3166-2:SY-ID", "name"),
        ("Hama", 0, "geonames:170017", "alias"),
        ("Turkish", 0, "turkey", "demonym"),
        ("Al-Nusra", 0, "al-nusra", "alias"),
    ],
)
def test_seed_mentions(doc: Document, surface: str, nth: int, ident: str, form: str) -> None:
    entity = entity_at(doc, surface, nth)
    assert entity is not None, surface
    assert entity.id == ident
    assert [m.form for m in entity.mentions if m.text == surface][nth] == form


def test_seed_types(doc: Document) -> None:
    types = {e.id: e.type for e in doc.entities}
    assert types["russia"] == "GPE"
    assert types["person:viktor-vodolatsky"] == "PERSON"
    assert types["state-duma"] == "ORG"
    assert types["anadolu-agency"] == "ORG"
    assert types["isis"] == "GROUP"
    assert types["geonames:1526273"] == "GPE"


def test_defense_ministry_is_an_organisation_of_russia(doc: Document) -> None:
    entity = entity_at(doc, "Russian Defense Ministry")
    assert entity is not None
    assert entity.type == "ORG"
    assert entity.identifiers["parent"] == "russia"


def test_one_entity_per_id_and_all_mentions_valid(doc: Document) -> None:
    ids = [e.id for e in doc.entities]
    assert len(ids) == len(set(ids))
    for e in doc.entities:
        for m in e.mentions:
            assert doc.text[m.start : m.end] == m.text


def test_astana_is_in_kazakhstan(doc: Document) -> None:
    astana = entity_at(doc, "Astana")
    assert astana is not None
    assert astana.identifiers["country"] == "KZ"
    assert isinstance(astana.identifiers["coordinates"], tuple)  # read-only, like every layer
