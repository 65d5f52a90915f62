"""The pipeline: ordering by requires/produces, validation, failure isolation, strict mode."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse.model
from newsparse import (
    Annotation,
    Document,
    Extractor,
    ExtractorError,
    InvalidInput,
    PipelineError,
    PluginError,
    TextTooLarge,
    Token,
)
from newsparse.pipeline import Pipeline, _sort_by_offsets, _sort_key
from newsparse.plugins import make_plugin_manager, registry_from
from newsparse.testing import pipeline_for
from newsparse.text import TokenColumns, tokenize, tokens_of

from .plugins_for_tests import CYCLE, MISSING, BadOffsets, Pairs, Raises, Word, Words, WrongType


def test_requires_orders_extractors_whatever_the_registration_order() -> None:
    pipeline = pipeline_for(Pairs(), Words())
    assert pipeline.layers == ("pairs", "words") or pipeline.layers.index("words") < pipeline.layers.index(
        "pairs"
    )
    assert pipeline.layers.index("words") < pipeline.layers.index("pairs")
    doc = pipeline.parse("Bashar Assad met Vladimir Putin in Sochi.")
    assert [p.text for p in doc.layer("pairs")] == ["Bashar Assad", "Vladimir Putin"]
    assert doc.problems == ()


def test_only_keeps_requirements() -> None:
    pipeline = pipeline_for(Words(), Pairs(), Raises(), only=["pairs"])
    assert pipeline.layers == ("words", "pairs")


def test_cycle_is_an_error_at_build_time() -> None:
    with pytest.raises(PipelineError, match="cycle: a -> b -> a"):
        pipeline_for(*CYCLE)


def test_missing_requirement_is_an_error_at_build_time() -> None:
    with pytest.raises(PipelineError, match="requires layer 'nowhere'"):
        pipeline_for(MISSING)


def test_unknown_only_layer_names_what_is_available() -> None:
    with pytest.raises(PipelineError, match="available: words"):
        pipeline_for(Words(), only=["weapons"])


def test_raising_extractor_becomes_a_problem_and_other_layers_survive() -> None:
    doc = pipeline_for(Words(), Raises()).parse("A boom in Paris.")
    assert [w.text for w in doc.layer("words")] == ["A", "Paris"]
    assert doc.layer("raises") == ()
    (problem,) = doc.problems
    assert (problem.extractor, problem.error, problem.layer) == ("raises", "RuntimeError", "raises")
    assert "exploded on purpose" in problem.message


def test_strict_mode_raises() -> None:
    with pytest.raises(ExtractorError, match=r"raises.*exploded"):
        pipeline_for(Words(), Raises(), strict=True).parse("boom")


def test_invalid_offsets_are_dropped_and_recorded() -> None:
    doc = pipeline_for(BadOffsets()).parse("hello")
    assert [w.text for w in doc.layer("bad")] == [""]
    (problem,) = doc.problems
    assert problem.error == "InvalidAnnotation"
    assert "dropped 2 invalid" in problem.message and "outside the text" in problem.message


def test_wrong_annotation_type_is_recorded() -> None:
    doc = pipeline_for(WrongType()).parse("hello")
    assert doc.layer("wrong") == ()
    assert "not one of the declared types (Word)" in doc.problems[0].message


def test_duplicate_layer_names_both_plugins() -> None:
    pm = make_plugin_manager(plugins=[Words(), Words()], load_entrypoints=False, load_defaults=False)
    with pytest.raises(PluginError, match="registered by both plugin"):
        registry_from(pm)


def test_text_too_large_is_typed() -> None:
    pipeline = Pipeline.build([], max_chars=10)
    with pytest.raises(TextTooLarge, match="more than the limit of 10"):
        pipeline.parse("x" * 11)


@pytest.mark.parametrize("bad", [None, b"bytes", 42])
def test_text_must_be_str(bad: object) -> None:
    with pytest.raises(InvalidInput, match="text must be a str"):
        pipeline_for(Words()).parse(bad)  # type: ignore[arg-type]


def test_bad_published_date_is_invalid_input() -> None:
    with pytest.raises(InvalidInput, match="not an ISO 8601 date"):
        pipeline_for(Words()).parse("x", published="yesterday-ish")


def test_parse_item_accepts_records() -> None:
    doc = pipeline_for(Words()).parse_item({"text": "Hello World", "published": "2018-02-06", "title": "T"})
    assert doc.meta.title == "T" and str(doc.meta.published) == "2018-02-06"
    with pytest.raises(InvalidInput, match="no 'text' field"):
        pipeline_for(Words()).parse_item({"body": "x"})


class _Started:
    """A layer item with a start and maybe an end (an entity has no end of its own)."""

    def __init__(self, start: object, end: object | None, tag: int) -> None:
        self.start = start
        if end is not None:
            self.end = end
        self.tag = tag


_ITEMS = st.lists(
    st.tuples(st.integers(0, 5) | st.just(True), st.none() | st.integers(0, 5)), max_size=12
)


@settings(max_examples=300, deadline=None)
@given(_ITEMS)
def test_layers_are_sorted_as_the_plain_key_sorts_them(rows: list[tuple[object, int | None]]) -> None:
    # the C-level keys (start and end; start alone for items with no end) order as the safe key does
    items = [_Started(start, end, tag) for tag, (start, end) in enumerate(rows)]
    fast = list(items)
    _sort_by_offsets(fast)  # type: ignore[arg-type]
    assert [i.tag for i in fast] == [i.tag for i in sorted(items, key=_sort_key)]  # type: ignore[arg-type]


def _reads_tokens(name: str, requires: tuple[str, ...] = ()) -> Extractor:
    """An extractor of no annotations that reads the shared tokens (``requires``: gets a view)."""

    def extract(doc: Document) -> list[Annotation]:
        assert doc.tokens == tokenize(doc.text)
        return []

    return Extractor(name=name, produces=name, extract=extract, requires=requires, annotation_types=Word)


def _ignores_tokens(name: str, requires: tuple[str, ...] = ()) -> Extractor:
    """An extractor of no annotations that never reads the tokens."""
    return Extractor(
        name=name, produces=name, extract=lambda doc: [], requires=requires, annotation_types=Word
    )


@pytest.mark.parametrize(
    ("extractors", "builds"),
    [
        ((_ignores_tokens("a"), _ignores_tokens("b", ("a",))), 0),  # nobody reads them: never built
        ((_ignores_tokens("a"), _reads_tokens("b", ("a",)), _reads_tokens("c", ("b",))), 1),
        ((_reads_tokens("a"), _reads_tokens("b", ("a",)), _reads_tokens("c", ("a", "b"))), 1),
    ],
)
def test_the_tokens_are_built_once_per_document_and_only_when_read(
    monkeypatch: pytest.MonkeyPatch, extractors: tuple[Extractor, ...], builds: int
) -> None:
    calls: list[int] = []

    def counted(columns: TokenColumns) -> tuple[Token, ...]:
        calls.append(1)
        return tokens_of(columns)

    monkeypatch.setattr(newsparse.model, "tokens_of", counted)
    pipeline = Pipeline.build(extractors)
    doc = pipeline.parse("Talks resumed in Geneva. They ended.")
    assert doc.problems == () and len(calls) == builds
    assert doc._tokens is None  # the document returned keeps no tokens (recomputed when asked)


def _sees_columns(
    name: str, seen: list[bool], requires: tuple[str, ...] = (), reads: bool = False
) -> Extractor:
    """An extractor that records whether its document's token columns were built when it ran."""

    def extract(doc: Document) -> list[Annotation]:
        seen.append(doc.built_token_columns is not None)
        if reads:
            _ = doc.token_columns
        return []

    return Extractor(name, name, extract, Word, requires=requires, reads_tokens=reads)


def test_a_layer_before_the_first_token_reader_finds_the_columns_built() -> None:
    # session 19: the pipeline builds the shared columns first when one of its extractors reads them,
    # so a layer that runs earlier (quantities, before entities) takes them instead of tokenising
    seen: list[bool] = []
    pipeline = Pipeline.build([_sees_columns("a", seen), _sees_columns("b", seen, ("a",), reads=True)])
    doc = pipeline.parse("Talks resumed in Geneva. They ended.")
    assert doc.problems == () and seen == [True, True]
    assert doc.built_token_columns is None  # the returned document keeps none (recomputed when asked)


def test_no_token_reader_means_no_columns_built() -> None:
    seen: list[bool] = []
    pipeline = Pipeline.build([_sees_columns("a", seen), _sees_columns("b", seen, ("a",))])
    assert pipeline.parse("Talks resumed in Geneva. They ended.").problems == ()
    assert seen == [False, False]


def test_built_token_columns_are_those_of_the_given_tokens() -> None:
    text = "Oil fell 3.2% on Monday."
    assert Document(text).built_token_columns is None
    given = Document(text, tokens=tokenize(text))
    assert given.built_token_columns == Document(text).token_columns


def test_parse_builds_its_document_without_checking_it_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # session 19: parse's own document (its sentences split from a checked str) skips the constructor's
    # checks, and the document returned equals the one run() makes from a checked Document
    text = "Talks resumed in Geneva. They ended."
    pipeline = Pipeline.build([_sees_columns("a", []), _sees_columns("b", [], ("a",), reads=True)])
    expected = pipeline.run(Document(text))

    def refused(self: Document) -> None:
        raise AssertionError("parse checked its own document again")

    monkeypatch.setattr(Document, "__attrs_post_init__", refused)
    doc = pipeline.parse(text)
    assert doc == expected and doc.sentences == expected.sentences and doc.built_token_columns is None
