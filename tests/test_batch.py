"""parse_many: one result per item, in order, streaming, on any executor, failures isolated."""

from __future__ import annotations

import concurrent.futures
import json
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse import Annotation, Document, Extractor, Failure, PipelineError, hookimpl, parse_many
from newsparse.batch import WARM_UP_PUBLISHED, WARM_UP_TEXT, PipelineSpec
from newsparse.testing import pipeline_for


@attrs.frozen
class Mark(Annotation):
    """A word found by the fake extractors below."""

    start: int
    end: int
    text: str


def marks(doc: Document) -> Iterator[Mark]:
    """Every token that starts with a capital letter."""
    for token in doc.tokens:
        if token.text[:1].isupper():
            yield Mark(token.start, token.end, token.text)


def fragile(doc: Document) -> Iterator[Mark]:
    """Raises on a document that says BOOM; otherwise finds the first token."""
    if "BOOM" in doc.text:
        raise RuntimeError("boom on purpose")
    yield from (Mark(t.start, t.end, t.text) for t in doc.tokens[:1])


def killer(doc: Document) -> Iterator[Mark]:
    """Kills its own process on a document that says CRASH (a segfault, the OOM killer...)."""
    if "CRASH" in doc.text:
        os._exit(3)
    return iter(())


class MarksPlugin:
    """A well-behaved plugin: layer ``marks``."""

    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name="marks", produces="marks", extract=marks, annotation_types=Mark))


class FragilePlugin:
    """A plugin that raises on one kind of document: layer ``fragile``."""

    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name="fragile", produces="fragile", extract=fragile, annotation_types=Mark))


class KillerPlugin:
    """A plugin that kills its worker process on one kind of document."""

    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name="killer", produces="killer", extract=killer, annotation_types=Mark))


@pytest.fixture(scope="module")
def pipeline() -> newsparse.Pipeline:
    """The two fake plugins together."""
    return pipeline_for(MarksPlugin(), FragilePlugin())


def _items(n: int) -> list[object]:
    items: list[object] = []
    for i in range(n):
        if i % 7 == 3:
            items.append({"id": f"bad{i}", "text": i})  # not a string
        elif i % 7 == 5:
            items.append({"id": f"boom{i}", "text": f"Article {i} says BOOM."})
        elif i % 2:
            items.append({"id": f"d{i}", "text": f"Article {i} was published.", "published": "2018-02-06"})
        else:
            items.append(f"Plain Text {i}.")
    return items


def _check(results: list[Document | Failure], items: list[object]) -> None:
    assert len(results) == len(items)
    for index, (item, result) in enumerate(zip(items, results, strict=True)):
        if isinstance(item, dict) and not isinstance(item["text"], str):
            assert isinstance(result, Failure)
            assert (result.index, result.id, result.error) == (index, item["id"], "InvalidInput")
            continue
        assert isinstance(result, Document), result
        text = item["text"] if isinstance(item, dict) else item
        assert result.text == text
        assert result.layer("marks")  # every text has a capitalised word
        if "BOOM" in str(text):
            assert [p.layer for p in result.problems] == ["fragile"]
            assert result.layer("fragile") == ()
        else:
            assert result.problems == ()
            assert len(result.layer("fragile")) == 1


def test_serial_in_order_with_failures(pipeline: newsparse.Pipeline) -> None:
    items = _items(40)
    _check(list(parse_many(items, pipeline=pipeline)), items)


def test_thread_pool_executor(pipeline: newsparse.Pipeline) -> None:
    items = _items(60)
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        results = list(parse_many(items, executor=pool, pipeline=pipeline, chunksize=2))
    _check(results, items)


def test_process_pool_of_workers(pipeline: newsparse.Pipeline) -> None:
    items = _items(50)
    _check(list(parse_many(items, workers=2, pipeline=pipeline, chunksize=3)), items)


@pytest.mark.parametrize("workers", [2, 3])
def test_large_items_are_never_queued_behind_a_busy_worker(
    pipeline: newsparse.Pipeline, workers: int
) -> None:
    # a worker holds a second, small item in its pipe; a large one (over 32 KiB pickled) waits for
    # an idle worker, so neither end blocks on a full pipe: large and small, all come out in order
    items: list[object] = [("Word " * (20_000 if i % 3 == 0 else 5) + f"Text {i}.") for i in range(12)]
    items[5] = {"text": 17, "id": "bad"}
    _check(list(parse_many(items, workers=workers, pipeline=pipeline, time_limit=30)), items)


def test_given_process_pool_is_left_running(pipeline: newsparse.Pipeline) -> None:
    items = _items(20)
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        _check(list(parse_many(items, executor=pool, pipeline=pipeline)), items)
        assert pool.submit(abs, -2).result() == 2  # parse_many did not shut a pool it does not own


@pytest.mark.parametrize("chunksize", [1, 5])
def test_streaming_window_is_bounded(pipeline: newsparse.Pipeline, chunksize: int) -> None:
    window = 24
    pulled = 0

    def source() -> Iterator[str]:
        nonlocal pulled
        for i in range(20_000):
            pulled += 1
            yield f"Item {i}"

    most = 0
    count = 0
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for count, doc in enumerate(
            parse_many(source(), executor=pool, pipeline=pipeline, chunksize=chunksize, window=window), 1
        ):
            assert isinstance(doc, Document)
            most = max(most, pulled - count)
    assert count == 20_000
    assert most <= window  # memory does not grow with the input's length
    assert most >= chunksize


def test_serial_is_lazy(pipeline: newsparse.Pipeline) -> None:
    pulled = 0

    def source() -> Iterator[str]:
        nonlocal pulled
        for i in range(10**9):
            pulled += 1
            yield f"Item {i}"

    stream = parse_many(source(), pipeline=pipeline)
    first = [next(stream) for _ in range(3)]
    assert [d.text for d in first if isinstance(d, Document)] == ["Item 0", "Item 1", "Item 2"]
    assert pulled == 3


def test_stopping_early_shuts_the_pool_down(pipeline: newsparse.Pipeline) -> None:
    stream = parse_many((f"Item {i}" for i in range(10**6)), workers=2, pipeline=pipeline)
    for count, _ in enumerate(stream, 1):
        if count == 10:
            break
    stream.close()  # must return promptly: pending chunks cancelled, pool shut down


@pytest.mark.parametrize(("crashes", "chunksize"), [((13,), 4), ((0, 1, 39), 1), ((5, 30), 8)])
def test_worker_crash_fails_only_that_item(crashes: tuple[int, ...], chunksize: int) -> None:
    pipeline = pipeline_for(MarksPlugin(), KillerPlugin())
    items = [f"Article {i} {'CRASH' if i in crashes else 'fine'}." for i in range(40)]
    results = list(parse_many(items, workers=2, pipeline=pipeline, chunksize=chunksize))
    assert len(results) == 40
    failures = [r for r in results if isinstance(r, Failure)]
    assert [(f.index, f.error) for f in failures] == [(i, "WorkerCrashed") for i in crashes]
    assert [r.text for r in results if isinstance(r, Document)] == [
        t for i, t in enumerate(items) if i not in crashes
    ]


def test_text_too_large_is_a_failure(pipeline: newsparse.Pipeline) -> None:
    small = attrs.evolve(pipeline, max_chars=10)
    results = list(parse_many(["Short one.", "A text longer than ten characters."], pipeline=small))
    assert isinstance(results[0], Document)
    assert isinstance(results[1], Failure) and results[1].error == "TextTooLarge"
    assert "10" in results[1].message


def test_max_chars_for_installed_pipeline() -> None:
    results = list(parse_many(["x" * 50, "y"], max_chars=20))
    assert isinstance(results[0], Failure) and results[0].error == "TextTooLarge"
    assert isinstance(results[1], Document)


def test_failure_items_pass_through(pipeline: newsparse.Pipeline) -> None:
    broken = Failure(1, "InvalidJSON", "line 2 is not JSON")
    results = list(parse_many(["One.", broken, "Three."], pipeline=pipeline))
    assert results[1] is broken
    assert [type(r) for r in results] == [Document, Failure, Document]


def test_unknown_layer_fails_at_once() -> None:
    with pytest.raises(PipelineError):
        parse_many(["x"], only=["no_such_layer"])


def test_failure_record_shape() -> None:
    failure = Failure(4, "TextTooLarge", "too big", "a1")
    assert failure.to_dict() == {
        "index": 4,
        "id": "a1",
        "error": "TextTooLarge",
        "message": "too big",
        "extractor": None,
    }


def test_pipeline_spec_builds_installed_pipeline() -> None:
    spec = PipelineSpec(None, False, 123)
    assert spec.build().max_chars == 123
    assert spec.build() is spec.build()  # built once per process


def test_documents_pickle_across_processes(pipeline: newsparse.Pipeline) -> None:
    text = "Turkey, Russia and Iran met in Astana on Monday."
    for doc in parse_many([text, text], workers=2, pipeline=pipeline):
        assert isinstance(doc, Document)
        assert doc == pipeline.parse(text)
        assert doc.tokens == pipeline.parse(text).tokens  # shipped without them, recomputed on arrival
        assert doc.tokens


def test_dask_distributed_executor(pipeline: newsparse.Pipeline) -> None:
    distributed = pytest.importorskip("distributed")
    items = _items(30)
    options = {"processes": False, "n_workers": 1, "threads_per_worker": 2, "dashboard_address": None}
    with distributed.Client(**options) as client:
        results = list(parse_many(items, executor=client.get_executor(), pipeline=pipeline, chunksize=4))
    _check(results, items)


DASK_RECIPE = Path(__file__).resolve().parents[1] / "docs" / "recipes" / "dask.md"


def _recipe_blocks() -> list[str]:
    """The python code blocks of docs/recipes/dask.md, in order."""
    text = DASK_RECIPE.read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def test_dask_recipe_has_two_blocks() -> None:
    assert len(_recipe_blocks()) == 2


@pytest.mark.parametrize("block", [0, 1], ids=["distributed-executor", "dask-bag"])
def test_dask_recipe(block: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The recipe's code exactly as written, on two small JSONL files, with real worker processes."""
    pytest.importorskip("distributed")
    texts = [f"Talks resumed on Monday {i}; over {i},000 people fled." for i in range(12)]
    lines = [json.dumps({"id": i, "text": t, "published": "2018-02-06"}) for i, t in enumerate(texts)]
    lines[5] = json.dumps({"id": 5, "text": "x", "published": "yesterday"})  # a bad date: a Failure
    (tmp_path / "articles.jsonl").write_text("\n".join(lines[:8]) + "\n", encoding="utf-8")
    (tmp_path / "articles_2.jsonl").write_text("\n".join(lines[8:]) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    exec(compile(_recipe_blocks()[block], str(DASK_RECIPE), "exec"), {"__name__": "__main__"})
    if block == 0:
        out = [json.loads(line) for line in (tmp_path / "parsed.jsonl").read_text("utf-8").splitlines()]
        expected = texts[:8]
    else:
        parts = sorted((tmp_path / "parsed-bag").glob("*.jsonl"))
        assert [p.name for p in parts] == ["0.jsonl", "1.jsonl"]
        out = [json.loads(line) for part in parts for line in part.read_text("utf-8").splitlines()]
        expected = texts  # one partition per file, in name order: articles.jsonl, articles_2.jsonl
    assert len(out) == len(expected)
    assert out[5] == {
        "error": {
            "index": 5,
            "id": "5",
            "error": "InvalidInput",
            "message": out[5]["error"]["message"],
            "extractor": None,
        }
    }
    assert [o.get("text") for i, o in enumerate(out) if i != 5] == [
        t for i, t in enumerate(expected) if i != 5
    ]


def _double(payload: int, chunk: list[tuple[int, object]]) -> list[object]:
    return [payload * item for _, item in chunk]  # type: ignore[operator]


def _never(index: int, item: object, exc: BaseException) -> object:
    raise AssertionError(exc)


def test_ordered_map_warms_up_once_before_forking() -> None:
    from newsparse.batch import Task, ordered_map

    calls: list[int] = []
    task = Task(_double, 2, _never, warm=calls.append)
    assert list(ordered_map(task, range(10), workers=1, executor=None)) == [2 * i for i in range(10)]
    assert calls == []  # no pool, nothing to warm for
    assert list(ordered_map(task, range(10), workers=2, executor=None)) == [2 * i for i in range(10)]
    assert calls == [2]


def test_the_warm_up_text_reaches_every_relational_layer() -> None:
    """The warm-up parse loads each built-in layer's lazy data only if the layer finds something in it."""
    doc = newsparse.parse(WARM_UP_TEXT, published=WARM_UP_PUBLISHED)
    for layer in ("dates", "quantities", "entities", "agreements", "claims", "events"):
        assert doc.layers[layer], layer


def test_a_pipeline_is_warmed_up_once_per_process() -> None:
    """A second batch over an equal pipeline does not parse the warm-up text again before it forks."""
    from newsparse.batch import warm_up
    from newsparse.extractor import Extractor
    from newsparse.pipeline import Pipeline

    seen: list[str] = []

    def count(doc: newsparse.Document) -> list[object]:
        seen.append(doc.text)
        return []

    extractor = Extractor(name="warmcount", produces="warmcount", extract=count, annotation_types=())
    warm_up(Pipeline.build([extractor]))
    warm_up(Pipeline.build([extractor]))
    assert seen == [WARM_UP_TEXT]
