"""What a plugin cannot do to a run (bad values, other layers, exits); typed contracts at build time."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import (
    Annotation,
    Claim,
    Document,
    Entity,
    Extractor,
    ExtractorError,
    Mention,
    PipelineError,
    Span,
    hookimpl,
)
from newsparse.frozen import FrozenDict
from newsparse.strategies import documents
from newsparse.testing import pipeline_for
from newsparse.validation import all_valid, annotation_error, valid_in_order


@attrs.frozen
class Mark(Annotation):
    """A span with a free-form number and payload, to smuggle bad values in."""

    start: Any
    end: Any
    text: str
    score: float = 0.0
    payload: Any = None


def plugin(name: str, extract: Callable[[Document], Iterable[Any]], kind: type = Mark, **kw: Any) -> object:
    """A plugin object registering one extractor of layer ``name``."""

    class One:
        @hookimpl
        def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
            register(Extractor(name=name, produces=name, extract=extract, annotation_types=kind, **kw))

    One.__name__ = f"plugin_{name}"
    return One()


def good(doc: Document) -> Iterator[Mark]:
    """One valid mark on the first word."""
    yield Mark(0, 5, doc.text[0:5])


BAD_VALUES = {
    "float offset": lambda doc: [Mark(0.5, 5, "Talks")],
    "huge float offset": lambda doc: [Mark(1e9 + 0.5, 1e9 + 1.5, "x")],
    "bool offset": lambda doc: [Mark(False, True, "T")],
    "NaN": lambda doc: [Mark(0, 5, "Talks", score=math.nan)],
    "infinity": lambda doc: [Mark(0, 5, "Talks", score=math.inf)],
    "a set": lambda doc: [Mark(0, 5, "Talks", payload={1, 2})],
    "bytes": lambda doc: [Mark(0, 5, "Talks", payload=b"x")],
    "non-string key": lambda doc: [Mark(0, 5, "Talks", payload={1: "a"})],
    "NaN deep inside": lambda doc: [Mark(0, 5, "Talks", payload={"a": [1, {"b": math.nan}]})],
}


@pytest.mark.parametrize("case", sorted(BAD_VALUES))
def test_a_value_json_cannot_hold_is_a_problem_naming_the_plugin(case: str) -> None:
    pipeline = pipeline_for(plugin("bad", BAD_VALUES[case]), plugin("fine", good))
    doc = pipeline.parse("Talks resumed on Monday.")
    assert doc.layer("bad") == () and len(doc.layer("fine")) == 1  # the other layer still comes out
    (problem,) = doc.problems
    assert problem.extractor == "bad" and problem.error == "InvalidAnnotation"
    assert newsparse.read_json(doc.to_json()).to_json() == doc.to_json()  # it can be written and read
    with pytest.raises(ExtractorError, match="'bad'"):
        pipeline_for(plugin("bad", BAD_VALUES[case]), strict=True).parse("Talks resumed on Monday.")


def test_whatever_the_pipeline_accepts_round_trips_identically() -> None:
    def varied(doc: Document) -> Iterator[Mark]:
        yield Mark(0, 5, "Talks", score=2, payload={"list": [1, 2.5, None, "x"], "n": 10**30})

    pipeline = pipeline_for(plugin("marks", varied))
    doc = pipeline.parse("Talks resumed on Monday.")
    assert doc.problems == ()
    types = {"marks": Mark}
    assert Document.from_json(doc.to_json(), types) == doc
    assert Document.from_json(doc.to_json(), types).to_json() == doc.to_json()


@pytest.mark.parametrize("exit_with", [SystemExit(3), GeneratorExit(), SystemExit("bye")])
def test_a_base_exception_in_a_plugin_is_contained_to_its_layer(exit_with: BaseException) -> None:
    def leaves(doc: Document) -> Iterator[Mark]:
        raise exit_with

    doc = pipeline_for(plugin("leaver", leaves), plugin("fine", good)).parse("Talks resumed on Monday.")
    assert doc.layer("leaver") == () and len(doc.layer("fine")) == 1
    assert [p.error for p in doc.problems] == [type(exit_with).__name__]


def test_keyboard_interrupt_still_stops_the_run() -> None:
    def interrupted(doc: Document) -> Iterator[Mark]:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        pipeline_for(plugin("stop", interrupted)).parse("Talks.")


def entities(doc: Document) -> Iterator[Entity]:
    """One entity with identifiers, on the first word."""
    yield Entity("talks", "EVENT", "Talks", (Mention(0, 5, "Talks"),), {"codes": ["a", "b"], "n": 1})


def test_a_plugin_cannot_change_a_layer_it_requires() -> None:
    seen: list[str] = []

    def meddler(doc: Document) -> Iterator[Mark]:
        (entity,) = doc.entities
        for attempt in (
            lambda: entity.identifiers.__setitem__("n", 2),  # type: ignore[attr-defined]
            lambda: entity.identifiers["codes"].append("c"),
            lambda: doc.layers.__setitem__("entities", ()),  # type: ignore[attr-defined]
            lambda: setattr(entity, "id", "other"),
        ):
            try:
                attempt()
            except (TypeError, AttributeError, attrs.exceptions.FrozenInstanceError) as exc:
                seen.append(type(exc).__name__)
        return iter(())

    pipeline = pipeline_for(
        plugin("entities", entities, Entity), plugin("meddler", meddler, requires=("entities",))
    )
    doc = pipeline.parse("Talks resumed on Monday.")
    assert len(seen) == 4
    assert doc.entities[0].identifiers == {"codes": ("a", "b"), "n": 1}
    assert isinstance(doc.entities[0].identifiers, FrozenDict)


def test_frozen_identifiers_pickle_hash_and_compare() -> None:
    import pickle

    entity = next(entities(Document("Talks.")))
    assert pickle.loads(pickle.dumps(entity)) == entity
    assert hash(entity) == hash(pickle.loads(pickle.dumps(entity)))
    assert entity.identifiers == {"codes": ("a", "b"), "n": 1}


def test_an_extractor_producing_a_contract_layer_with_another_type_is_refused_at_build() -> None:
    with pytest.raises(PipelineError, match=r"'claims' layer with Mark, but .* newsparse\.Claim"):
        pipeline_for(plugin("claims", good))
    pipeline_for(plugin("claims", lambda doc: iter(()), Claim))  # the contract type is fine


def test_an_extractor_requiring_a_layer_no_one_produces_is_refused_at_build() -> None:
    with pytest.raises(PipelineError, match="requires layer 'claims', which no installed extractor produces"):
        pipeline_for(plugin("reader", good, requires=("claims",)))


def test_a_subclass_where_the_type_is_declared_is_an_invalid_annotation() -> None:
    @attrs.frozen
    class Wider(Span):
        extra: str = "x"

    def wider(doc: Document) -> Iterator[Any]:
        yield Wider(0, 5, "Talks")

    doc = pipeline_for(plugin("spans", wider, Span)).parse("Talks resumed.")
    assert doc.layer("spans") == () and "not one of the declared types" in doc.problems[0].message


def test_the_installed_plugins_give_every_layer_the_same_way() -> None:
    doc = newsparse.parse("On Saturday, 211 civilians were killed in Ghouta, UN officials said.")
    for layer in newsparse.LAYER_CONTRACTS:
        assert getattr(doc, layer) == doc.layer(layer)
    assert doc.claims and all(isinstance(claim, Claim) for claim in doc.claims)
    with pytest.raises(newsparse.UnknownLayer, match=r"no layer 'nope' \(present: .*claims"):
        doc.layer("nope")


def test_a_typo_in_newsparse_load_plugins_names_the_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsparse.plugins import make_plugin_manager

    message = r"'typo', which is not installed \(installed plugins: .*dates"
    with pytest.raises(newsparse.PluginError, match=message):
        make_plugin_manager(only="dates,typo")
    monkeypatch.setenv("NEWSPARSE_LOAD_PLUGINS", "dates,typo")
    with pytest.raises(newsparse.PluginError, match="typo"):
        newsparse.parse("Talks on Monday.")


def test_hooks_are_called_through_pluggy_so_tracing_sees_them(capfd: pytest.CaptureFixture[str]) -> None:
    import subprocess

    code = "import newsparse.plugins as p; p.registry_from(p.make_plugin_manager(only='dates'))"
    env = {"NEWSPARSE_TRACE_PLUGINS": "1", "PATH": "", "SYSTEMROOT": ""}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert "newsparse_register_extractors" in run.stderr and "register" in run.stderr
    assert "newsparse_register_renderers" in run.stderr


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_every_valid_annotation_passes_the_one_check(doc: Document) -> None:
    for items in doc.layers.values():
        for item in items:
            assert annotation_error(item, doc.text) is None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_the_check_of_a_whole_layer_agrees_with_the_check_of_each_item(doc: Document) -> None:
    for items in doc.layers.values():
        if items:
            kind = type(items[0])
            each = all(type(i) is kind and annotation_error(i, doc.text) is None for i in items)
            assert all_valid(list(items), kind, doc.text) == each


@pytest.mark.parametrize(
    "bad", [Mark(0, 5, "Talk!"), Mark(3, 99, "x"), Mark(0.5, 5, "Talks"), Span(0, 5, "Talks")]
)
def test_one_bad_or_foreign_item_fails_the_check_of_a_whole_layer(bad: Annotation) -> None:
    text = "Talks resumed."
    good = [Mark(0, 5, "Talks"), Mark(6, 13, "resumed")]
    assert all_valid(good, Mark, text)
    assert not all_valid([*good, bad], Mark, text)


_MARK_ROWS = st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6), st.booleans()), max_size=10)


@settings(max_examples=300, deadline=None)
@given(_MARK_ROWS)
def test_the_ordered_check_is_the_check_and_says_whether_a_sort_would_change_the_order(
    rows: list[tuple[int, int, bool]],
) -> None:
    # the ordered check the pipeline uses to skip its sort: valid exactly as the check says, and
    # "in order" exactly when the items are valid and sorting by (start, end) moves none of them
    text = "Talks resumed."
    items = [Mark(s, e, text[s:e] if right else "?") for s, e, right in rows]
    valid, in_order = valid_in_order(items, Mark, text)
    assert valid == all_valid(items, Mark, text)
    moved = [id(i) for i in sorted(items, key=lambda i: (i.start, i.end))] != [id(i) for i in items]
    assert in_order == (valid and not moved)


def test_the_ordered_check_sorts_nothing_for_a_class_without_offsets() -> None:
    text = "Talks resumed."
    entity = Entity("e1", "ORG", "Talks", (Mention(0, 5, "Talks"),))
    assert valid_in_order([entity], Entity, text) == (True, False)


def test_the_pipeline_sorts_a_layer_out_of_order_and_keeps_one_in_order_as_it_is() -> None:
    def marks(doc: Document) -> list[Mark]:
        return [Mark(6, 13, "resumed"), Mark(0, 5, "Talks"), Mark(0, 5, "Talks", 1.0)]

    def ordered(doc: Document) -> list[Mark]:
        return [Mark(0, 5, "Talks", 2.0), Mark(0, 5, "Talks", 1.0), Mark(6, 13, "resumed")]

    got = pipeline_for(plugin("marks", marks)).parse("Talks resumed.").layers["marks"]
    assert [(m.start, m.score) for m in got] == [(0, 0.0), (0, 1.0), (6, 0.0)]  # a stable sort
    kept = pipeline_for(plugin("ordered", ordered)).parse("Talks resumed.").layers["ordered"]
    assert [(m.start, m.score) for m in kept] == [(0, 2.0), (0, 1.0), (6, 0.0)]


def test_an_int_subclass_offset_passes_the_full_check_where_the_fast_one_refuses() -> None:
    class Offset(int):
        pass

    assert annotation_error(Span(Offset(0), Offset(5), "Talks"), "Talks resumed.") is None
    assert annotation_error(Mark(0, 5, "Talk!"), "Talks resumed.") is not None


@attrs.frozen
class Shaped(Annotation):
    """A plugin's type with container fields of several shapes."""

    start: int
    end: int
    pair: tuple[int, int] = (0, 0)
    scores: dict[str, float] = attrs.Factory(dict)
    tags: list[str] = attrs.Factory(list)


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (Shaped(0, 1, pair=(1, 2), scores={"a": 1.5}, tags=["x"]), None),
        (Shaped(0, 1, pair=(1, 2.5)), "pair: [1]: expected an integer"),  # type: ignore[arg-type]
        (Shaped(0, 1, pair=(1,)), "pair: expected a tuple of 2"),  # type: ignore[arg-type]
        (Shaped(0, 1, scores={"a": math.inf}), "scores: ['a']: inf cannot be written"),
        (Shaped(0, 1, tags=("x",)), "tags: expected a list"),  # type: ignore[arg-type]
    ],
)
def test_container_fields_follow_their_declared_shape(value: Shaped, error: str | None) -> None:
    found = annotation_error(value, "ab")
    assert found == error if error is None else (found is not None and found.startswith(error))
    if error is None:
        doc = Document("ab", layers={"shaped": (value,)})
        assert Document.from_json(doc.to_json(), {"shaped": Shaped}) == doc


def test_an_unknown_extractor_name_is_an_error_naming_the_installed() -> None:
    from newsparse.plugins import default_registry

    with pytest.raises(newsparse.PluginError, match=r"'datez' \(installed: .*dates"):
        default_registry().extractor("datez")
    with pytest.raises(KeyError):
        default_registry().extractor("datez")


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200)))
def test_any_bytes_or_text_into_read_json_raise_only_serialization_error(text: bytes | str) -> None:
    try:
        newsparse.read_json(text)
    except newsparse.SerializationError:
        pass


def test_a_document_built_by_hand_gets_the_same_one_check() -> None:
    with pytest.raises(newsparse.InvalidInput, match="score: nan cannot be written"):
        Document("Talks.", layers={"marks": (Mark(0, 5, "Talks", score=math.nan),)})
    with pytest.raises(newsparse.InvalidInput, match="not integers"):
        Document("Talks.", layers={"marks": (Mark(0.0, 5, "Talks"),)})


def test_an_integer_json_cannot_write_is_a_problem() -> None:
    too_long = 10**4500

    def long_value(doc: Document) -> Iterator[Any]:
        yield newsparse.Quantity(0, 5, "Talks", too_long, too_long, too_long)

    doc = pipeline_for(plugin("quantities", long_value, newsparse.Quantity)).parse("Talks resumed.")
    assert doc.layer("quantities") == () and "too long" in doc.problems[0].message
    doc.to_json()  # what the pipeline accepted can be written
    assert annotation_error(Mark(0, 5, "Talks", payload=[too_long]), "Talks.") is not None
    assert annotation_error(newsparse.Quantity(0, 5, "Talks", 10**400), "Talks.") is None
