"""The shipped gazetteer: what the packages got wrong is fixed, and the data is small (load time: bench)."""

from __future__ import annotations

import pytest

from newsparse_entities.gazetteer import DATA, fold, load, slug


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Turkey", "turkey"),
        ("Türkiye", "turkey"),
        ("Russia", "russia"),
        ("Iran", "iran"),
        ("Syria", "syria"),
        ("South Korea", "south-korea"),
        ("U.S.", "united-states"),
        ("Britain", "united-kingdom"),
        ("Astana", "geonames:1526273"),
        ("Nur-Sultan", "geonames:1526273"),
        ("Kiev", "geonames:703448"),
        ("Moscow", "geonames:524901"),
        ("State Duma", "state-duma"),
        ("Duma", "state-duma"),
        ("Daesh", "isis"),
        ("Nusra Front", "al-nusra"),
        ("HTS", "hts"),
        ("Syrian", "syria"),
        ("Kazakh", "kazakhstan"),
    ],
)
def test_first_candidate(name: str, ident: str) -> None:
    assert load().candidates(name)[0][0] == ident


def test_capitals_point_at_their_states() -> None:
    gaz = load()
    assert gaz.capital_of["geonames:524901"] == "russia"
    assert gaz.capital_of["geonames:1526273"] == "kazakhstan"
    assert gaz.capital_of["geonames:323786"] == "turkey"


def test_identifiers_are_json_values() -> None:
    gaz = load()
    turkey = gaz.info("turkey")
    assert turkey is not None and turkey.identifiers["iso3166"] == "TR"
    moscow = gaz.info("geonames:524901")
    assert moscow is not None and moscow.identifiers["geonames"] == 524901
    assert isinstance(moscow.identifiers["coordinates"], list)


def test_fold_and_slug() -> None:
    assert fold("Ḩamāh") == "Hamah"
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    assert slug("  South  Korea ") == "south-korea"


def test_data_is_compact_and_attributed() -> None:
    size = sum(p.stat().st_size for p in DATA.iterdir() if p.is_file())
    assert size < 8_000_000
    assert (DATA / "ATTRIBUTION.md").exists()
