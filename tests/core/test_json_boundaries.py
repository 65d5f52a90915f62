"""Reading JSON never raises anything but SerializationError, names the bad field, and coerces nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Document, Meta, RawAnnotation, SerializationError, TimeExpression

SCHEMA = json.loads(
    (Path(newsparse.__file__).parent / "schema" / "document.schema.json").read_text(encoding="utf-8")
)


def example() -> Document:
    text = "Talks resumed on Saturday in Astana."
    saturday = TimeExpression(17, 25, "Saturday", type="DATE", value="2018-02-03", anchored=True)
    return Document(text, meta=Meta(published="2018-02-06", id="rec-7"), layers={"dates": (saturday,)})


AT = r"layers\.dates\[0\]"


def first(data: dict[str, Any]) -> dict[str, Any]:
    """The first time expression of a document's JSON."""
    item: dict[str, Any] = data["layers"]["dates"][0]
    return item


def mutated(change: Any) -> dict[str, Any]:
    data = example().to_dict()
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: first(d).update(start="17"), AT + r"\.start: expected an integer"),
        (lambda d: first(d).update(start=17.9), AT + r"\.start: expected an integer"),
        (lambda d: first(d).update(start=True), AT + r"\.start: expected an integer"),
        (lambda d: first(d).update(value=[1, 2]), AT + r"\.value: expected a string"),
        (lambda d: first(d).update(anchored=1), AT + r"\.anchored: expected true"),
        (lambda d: first(d).update(interval=[]), AT + r"\.interval: expected an object"),
        (lambda d: first(d).pop("type"), AT + r"\.type: missing"),
        (lambda d: first(d).update(end=99), AT + r": offsets \[17, 99\) are outside"),
        (lambda d: d["layers"]["dates"].append(7), r"layers\.dates\[1\]: expected an object"),
        (lambda d: d["layers"].update(dates={}), r"layers\.dates: expected an array"),
        (lambda d: d.update(meta=[1]), r"meta: expected an object"),
        (lambda d: d["meta"].update(title=3), r"meta\.title: expected a string"),
        (lambda d: d["meta"].update(published="soon"), r"meta: .*not an ISO 8601"),
        (lambda d: d["sentences"].append({"start": 0, "end": 999}), r"sentences\[1\]: offsets"),
        (lambda d: d["problems"].append({"extractor": 1}), r"problems\[0\]\.extractor"),
        (lambda d: d.update(text=None), r"text: expected a string"),
        (lambda d: d["layers"].update(other=[{"start": 0, "end": 999}]), r"layers\.other\[0\]: offsets"),
        (lambda d: d["layers"].update(other=[{"a": {"start": 2.5, "end": 3}}]), r"other\[0\]: offsets"),
    ],
)
def test_a_bad_field_is_named_by_its_path(change: Any, where: str) -> None:
    data = mutated(change)
    with pytest.raises(SerializationError, match=where):
        Document.from_dict(data)
    with pytest.raises(SerializationError, match=where):
        newsparse.read_json(json.dumps(data))


@pytest.mark.parametrize(
    "text",
    [
        '{"newsparse_version": "0.1.0", "text": "x", "layers": {"a": [{"n": ' + "9" * 5000 + "}]}}",
        "[" * 2000 + "]" * 2000,
        '{"newsparse_version": "0.1.0", "text": "x", "layers": {"a": [' + "[" * 2000 + "]" * 2000 + "]}}",
        '{"newsparse_version": "0.1.0", "text": "x", "layers": {"a": [{"v": NaN}]}}',
        '{"newsparse_version": "0.1.0", "text": "x", "meta": [1]}',
        b'\xff\xfe{"not": "utf-8"',
        "{nope",
        "",
    ],
    ids=["5000 digits", "2000-deep", "2000-deep layer", "NaN", "meta list", "bad bytes", "broken", "empty"],
)
def test_hostile_json_raises_only_serialization_error(text: str | bytes) -> None:
    with pytest.raises(SerializationError):
        newsparse.read_json(text)


def test_deep_python_data_into_from_dict_is_bounded() -> None:
    deep: Any = []
    for _ in range(5000):
        deep = [deep]
    data = example().to_dict()
    data["layers"]["other"] = [{"deep": deep}]
    with pytest.raises(SerializationError, match="nested"):
        Document.from_dict(data)


def test_from_json_and_from_dict_say_which_to_use() -> None:
    doc = example()
    with pytest.raises(SerializationError, match="for a dict use from_dict"):
        Document.from_json(doc.to_dict())  # type: ignore[arg-type]
    with pytest.raises(SerializationError, match=r"for JSON text .* use from_json"):
        Document.from_dict(doc.to_json())  # type: ignore[arg-type]
    assert Document.from_json(doc.to_json().encode("utf-8")) == doc
    assert Document.from_dict(doc.to_dict()) == doc


def test_meta_id_is_kept_in_json_and_the_schema_and_optional() -> None:
    doc = example()
    data = doc.to_dict()
    assert data["meta"]["id"] == "rec-7"
    jsonschema.validate(data, SCHEMA)
    assert Document.from_json(doc.to_json()).meta.id == "rec-7"
    plain = Document("x").to_dict()
    assert "id" not in plain["meta"]  # documents without provenance are written as before
    jsonschema.validate(plain, SCHEMA)


def test_a_layer_no_plugin_declares_is_kept_read_only_and_checked() -> None:
    data = example().to_dict()
    data["layers"]["weapons"] = [{"start": 29, "end": 35, "text": "Astana", "tags": ["a"]}]
    doc = Document.from_dict(data)
    (raw,) = doc.layer("weapons")
    assert isinstance(raw, RawAnnotation) and raw.data["tags"] == ("a",)
    assert json.loads(doc.to_json())["layers"]["weapons"] == data["layers"]["weapons"]
    data["layers"]["weapons"][0]["text"] = "Moscow"
    with pytest.raises(SerializationError, match=r"layers\.weapons\[0\]: span \[29, 35\) says 'Moscow'"):
        Document.from_dict(data)


def _mutations(data: Any) -> st.SearchStrategy[Any]:
    """Documents with one value somewhere replaced by a value of another kind."""
    paths: list[tuple[Any, ...]] = []

    def walk(value: Any, path: tuple[Any, ...]) -> None:
        paths.append(path)
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*path, index))

    walk(data, ())
    replacement = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**6), 10**6),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=5),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    )

    def apply(choice: tuple[tuple[Any, ...], Any, bool]) -> Any:
        path, value, delete = choice
        out = copy.deepcopy(data)
        if not path:
            return value
        parent = out
        for key in path[:-1]:
            parent = parent[key]
        if delete and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
        return out

    return st.tuples(st.sampled_from(paths), replacement, st.booleans()).map(apply)


PARSED = newsparse.parse(
    "On Saturday, 211 civilians were killed in Ghouta, UN officials said. Turkey, Russia and Iran "
    "signed a cease-fire agreement in Astana on Feb. 3, 2018.",
    published="2018-02-06",
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutations(PARSED.to_dict()))
def test_mutated_documents_raise_only_serialization_error(data: Any) -> None:
    try:
        text = json.dumps(data, allow_nan=True)
    except (TypeError, ValueError):
        return
    for read in (lambda: newsparse.read_json(text), lambda: Document.from_dict(data)):
        try:
            doc = read()
        except SerializationError:
            continue
        assert Document.from_json(doc.to_json(), newsparse.serialize.installed_layer_types()) == doc


def test_parse_keeps_the_id_of_its_input() -> None:
    doc = newsparse.parse("Talks on Monday.", id="feed/42")
    assert doc.meta.id == "feed/42" and newsparse.read_json(doc.to_json()).meta.id == "feed/42"
    with pytest.raises(newsparse.InvalidInput):
        Meta(id=42)  # type: ignore[arg-type]
