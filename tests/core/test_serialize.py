"""JSON: the contract's shape, the schema, lossless round trips (property-tested)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

import newsparse
from newsparse import (
    Document,
    Entity,
    Mention,
    Quantity,
    RawAnnotation,
    SerializationError,
    Span,
    TimeExpression,
)
from newsparse.serialize import document_from_dict
from newsparse.strategies import documents

SCHEMA = json.loads(
    (Path(newsparse.__file__).parent / "schema" / "document.schema.json").read_text(encoding="utf-8")
)
# one validator for every document: `jsonschema.validate` checks the schema itself on each call
# (two thirds of its time), which the property below would pay 150 times
VALIDATOR = jsonschema.validators.validator_for(SCHEMA)(SCHEMA)


def test_the_schema_is_a_valid_json_schema() -> None:
    """What `jsonschema.validate` checked on every call, once."""
    type(VALIDATOR).check_schema(SCHEMA)


TYPES = {"dates": TimeExpression, "quantities": Quantity, "entities": Entity}


def example() -> Document:
    text = "Turkey said 211 civilians died on Saturday."
    return Document(
        text,
        meta=newsparse.Meta(published="2018-02-06"),
        layers={
            "dates": (TimeExpression(34, 42, "Saturday", type="DATE", value="2018-02-03", anchored=True),),
            "quantities": (
                Quantity(12, 15, "211", value=211, low=211, high=211, counted=Span(16, 25, "civilians")),
            ),
            "entities": (
                Entity("turkey", "GPE", "Turkey", (Mention(0, 6, "Turkey", "name"),), {"iso3166": "TR"}),
            ),
        },
    )


def test_contract_shape() -> None:
    data = example().to_dict()
    assert list(data) == ["newsparse_version", "text", "meta", "sentences", "layers", "problems"]
    assert data["meta"] == {
        "published": "2018-02-06",
        "title": None,
        "url": None,
        "language": "en",
    }
    assert data["layers"]["dates"][0] == {
        "start": 34,
        "end": 42,
        "text": "Saturday",
        "type": "DATE",
        "value": "2018-02-03",
        "mod": None,
        "anchored": True,
        "interval": None,
        "quant": None,
        "freq": None,
        "reference": None,
        "reference_span": None,
    }
    quantity = data["layers"]["quantities"][0]
    assert quantity["value"] == 211 and isinstance(quantity["value"], int)
    assert quantity["counted"] == {"start": 16, "end": 25, "text": "civilians"}
    assert data["layers"]["entities"][0]["identifiers"] == {"iso3166": "TR"}
    VALIDATOR.validate(data)


def test_round_trip_and_unknown_layers_are_kept() -> None:
    doc = example()
    assert document_from_dict(json.loads(doc.to_json()), TYPES) == doc
    data = doc.to_dict()
    data["layers"]["weapons"] = [{"start": 0, "end": 6, "text": "Turkey", "kind": "x"}]
    back = document_from_dict(data, TYPES)
    assert back.layer("weapons") == (RawAnnotation({"start": 0, "end": 6, "text": "Turkey", "kind": "x"}),)
    assert back.to_dict()["layers"]["weapons"] == data["layers"]["weapons"]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("text"), "text: expected a string"),
        (lambda d: d.update(newsparse_version="7.0.0"), "unsupported newsparse_version"),
        (lambda d: d["layers"]["dates"][0].update(start=-5), "cannot read a TimeExpression|outside"),
        (lambda d: d["layers"]["dates"][0].update(text="Sunday!!"), "says 'Sunday!!'"),
        (lambda d: d["meta"].update(published="soon"), "not an ISO 8601"),
    ],
)
def test_invalid_json_documents_are_rejected_clearly(mutate, message) -> None:  # type: ignore[no-untyped-def]
    data = example().to_dict()
    mutate(data)
    with pytest.raises((SerializationError, newsparse.InvalidInput), match=message):
        document_from_dict(data, TYPES)


def test_not_json() -> None:
    with pytest.raises(SerializationError, match="not JSON"):
        Document.from_json("{nope")
    with pytest.raises(SerializationError, match="JSON object"):
        Document.from_json("[1, 2]")


@settings(max_examples=150, deadline=None)
@given(documents())
def test_any_document_round_trips_and_validates(doc: Document) -> None:
    data = json.loads(doc.to_json(include=["syntax"]))  # syntax is written only on request
    VALIDATOR.validate(data)
    assert document_from_dict(data, newsparse.LAYER_CONTRACTS) == doc
    assert Document.from_dict(data) == doc  # the contract layers' types are the default
