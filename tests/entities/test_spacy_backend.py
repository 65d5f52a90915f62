"""The optional spaCy backend, with a real pipeline built without downloads (blank English + EntityRuler)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsparse_entities import spacy_backend
from tests.entities.helpers import entity_at, parse

spacy = pytest.importorskip("spacy")

TEXT = (
    "Viktor Vodolatsky met officials of Globex Industries in Moscow. "
    "Vodolatsky said Russian jets would keep flying over Idlib."
)


@pytest.fixture()
def ruler_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A saved blank-English pipeline whose EntityRuler labels a few spans; named by path in the env."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PERSON", "pattern": "Viktor Vodolatsky"},
            {"label": "PERSON", "pattern": "Vodolatsky"},
            {"label": "ORG", "pattern": "Globex Industries"},
            {"label": "GPE", "pattern": "Moscow"},
            {"label": "NORP", "pattern": "Russian"},
            {"label": "DATE", "pattern": "Monday"},
        ]
    )
    path = tmp_path / "ruler_model"
    nlp.to_disk(path)
    monkeypatch.setenv(spacy_backend.ENV_VAR, str(path))
    spacy_backend.load_model.cache_clear()
    yield path
    spacy_backend.load_model.cache_clear()


def test_model_spans_are_linked(ruler_model: Path) -> None:
    assert spacy_backend.configured_model() is not None
    doc = parse(TEXT)
    person = entity_at(doc, "Viktor Vodolatsky")
    assert person is not None and person.id == "person:viktor-vodolatsky"
    assert entity_at(doc, "Vodolatsky") is person
    org = entity_at(doc, "Globex Industries")
    assert org is not None and org.type == "ORG" and org.id == "org:globex-industries"
    assert entity_at(doc, "Moscow").id == "geonames:524901"
    assert entity_at(doc, "Russian").id == "russia"


def test_gazetteer_matches_outside_model_spans_are_kept(ruler_model: Path) -> None:
    assert entity_at(parse(TEXT), "Idlib").id == "geonames:169389"


def test_no_model_named_means_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(spacy_backend.ENV_VAR, raising=False)
    assert spacy_backend.configured_model() is None


def test_pipeline_without_ner_is_refused(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.to_disk(tmp_path / "blank")
    spacy_backend.load_model.cache_clear()
    with pytest.raises(ValueError, match="no 'ner'"):
        spacy_backend.load_model(str(tmp_path / "blank"))
    spacy_backend.load_model.cache_clear()
