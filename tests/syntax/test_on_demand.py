"""The layer runs on demand, and is written to JSON only when asked for; then it round-trips."""

from __future__ import annotations

import json

from click.testing import CliRunner

import newsparse
from newsparse import Document, Extractor, Span
from newsparse.cli import cli
from newsparse.pipeline import Pipeline, plan
from newsparse.syntax import Word
from newsparse_syntax import syntax_of

TEXT = "MOSCOW: Russia and Turkey agreed on Monday to freeze the fighting."


def _syntax() -> Extractor:
    return Extractor("syntax", "syntax", syntax_of, Word, on_demand=True)


def _subjects(doc: Document) -> list[Span]:
    words = doc.layer("syntax")
    return [Span.of(doc.text, w.start, w.end) for w in words if isinstance(w, Word) and w.deprel == "nsubj"]


def test_on_demand_extractor_is_planned_only_when_asked_or_required() -> None:
    subjects = Extractor("subjects", "subjects", _subjects, Span, requires="syntax")
    assert [e.name for e in plan([_syntax()])] == []
    assert [e.name for e in plan([_syntax()], only=["syntax"])] == ["syntax"]
    assert [e.name for e in plan([_syntax(), subjects])] == ["syntax", "subjects"]
    doc = Pipeline.build([_syntax(), subjects]).parse(TEXT)
    assert [s.text for s in doc.layer("subjects")] == ["Russia"]


def test_default_pipeline_leaves_syntax_out() -> None:
    assert "syntax" not in newsparse.default_pipeline().layers
    assert newsparse.default_pipeline(only=["syntax"]).layers == ("syntax",)


def test_json_leaves_the_layer_out_unless_included_and_round_trips() -> None:
    doc = newsparse.parse(TEXT, only=["syntax", "dates"])
    assert len(doc.layer("syntax")) == 13
    assert "syntax" not in doc.to_dict()["layers"]
    data = doc.to_dict(include=["syntax"])
    assert data["layers"]["syntax"][2] == {
        "start": 8, "end": 14, "text": "Russia", "upos": "PROPN", "head": 5, "deprel": "nsubj",
    }  # fmt: skip
    again = Document.from_json(doc.to_json(include=["syntax"]))
    assert again == doc and again.layer("syntax") == doc.layer("syntax")


def test_cli_layers_option_produces_and_writes_the_layer() -> None:
    result = CliRunner().invoke(
        cli, ["parse", "-", "--only", "dates", "--layers", "syntax", "--format", "json"], input=TEXT
    )
    assert result.exit_code == 0, result.output
    layers = json.loads(result.stdout)["layers"]
    assert list(layers) == ["dates", "syntax"]
    assert [w["text"] for w in layers["syntax"] if w["deprel"] == "root"] == ["agreed"]
    plain = CliRunner().invoke(cli, ["parse", "-", "--only", "syntax", "--format", "json"], input=TEXT)
    assert "syntax" not in json.loads(plain.stdout)["layers"]
