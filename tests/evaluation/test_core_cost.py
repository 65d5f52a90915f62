"""tools/core_cost.py times the core's pieces and the consultations, and changes nothing the pipeline does."""

from __future__ import annotations

from collections.abc import Iterable

import newsparse
from newsparse import Document, Extractor, Pipeline, Span, model
from newsparse import pipeline as pipeline_module
from tests.evaluation.tool_modules import tool_module

_ARTICLES = [
    {
        "id": "a",
        "text": "On March 3, 2019 the minister said talks would resume. Ann Lee of Acme Bank agreed.",
        "published": "2019-03-04",
    },
    {
        "id": "b",
        "text": "Three days later 40 people were killed in Idlib, the ministry said.",
        "published": None,
    },
]


def _words_within(doc: Document, span: Span) -> list[Span]:
    """A span-by-span producer: each space-separated word inside ``span``."""
    found, at = [], span.start
    for word in doc.text[span.start : span.end].split(" "):
        if word:
            found.append(Span(at, at + len(word), word))
        at += len(word) + 1
    return found


def _asker(doc: Document) -> Iterable[Span]:
    """A consumer consulting the words of every sentence, producing nothing."""
    for sentence in doc.sentences:
        doc.consult("words", sentence)
    return []


def _pipeline() -> Pipeline:
    words = Extractor(
        name="words",
        produces="words",
        extract=lambda doc: [],
        annotation_types=Span,
        on_demand=True,
        extract_within=_words_within,
    )
    asker = Extractor(
        name="asker", produces="asks", extract=_asker, annotation_types=Span, consults=("words",)
    )
    return Pipeline.build([words, asker], only=["asks"])


def test_the_core_pieces_are_timed_and_everything_is_restored_after() -> None:
    cost = tool_module("core_cost")
    saved = {name: getattr(pipeline_module, name) for name in cost.CORE_CALLS}
    properties = {name: vars(model.Document)[name] for name in cost.DERIVED}
    costs = cost.Costs()
    full = newsparse.default_pipeline(only=["dates"])
    plain = [cost.parse(full, article).to_dict() for article in _ARTICLES]
    with cost.core_wrapped(costs):
        timed = [cost.parse(full, article).to_dict() for article in _ARTICLES]
    assert timed == plain  # the wrappers change no output
    assert costs.calls["fresh_document"] == 2 and costs.calls["result_of"] == 2
    assert costs.calls["_check_annotations"] >= 2
    assert {name: getattr(pipeline_module, name) for name in cost.CORE_CALLS} == saved
    assert {name: vars(model.Document)[name] for name in cost.DERIVED} == properties


def test_each_consultation_is_charged_to_the_extractor_that_asked() -> None:
    cost = tool_module("core_cost")
    found = cost.consults(_pipeline(), _ARTICLES)
    assert [c.asker for c in found] == ["asker"] * 3  # one span a sentence, three sentences
    assert sum(c.words for c in found) == sum(len(a["text"].split()) for a in _ARTICLES)
    rows = cost.consult_rows(found)
    assert [row[:3] for row in rows] == [("asker", 3, 28), ("all", 3, 28)]


def test_the_layer_times_split_the_consulted_producer_from_its_consumer() -> None:
    cost = tool_module("core_cost")
    costs = cost.Costs()
    counted = cost.inside(_pipeline(), costs)
    for article in _ARTICLES:
        cost.parse(counted, article)
    assert costs.calls["asker"] == 2 and costs.calls["words (consulted)"] == 3
    assert costs.seconds["asker"] >= 0.0
