"""The document model: spans, metadata, documents, pickling."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

import newsparse
from newsparse import Document, InvalidInput, Meta, Quantity, Span, TimeExpression
from newsparse.model import span_errors


def test_span_validates_offsets_and_text() -> None:
    assert Span.of("hello world", 6, 11) == Span(6, 11, "world")
    with pytest.raises(ValueError, match="must be >= 0"):
        Span(-1, 2, "abc")
    with pytest.raises(ValueError, match="must be >= start"):
        Span(5, 2, "")
    with pytest.raises(ValueError, match="has 3 characters"):
        Span(0, 2, "abc")


def test_span_errors_against_text() -> None:
    assert span_errors(Span(0, 5, "hello"), "hello world") == []
    assert "outside the text" in span_errors(Span(6, 20, "x" * 14), "hello world")[0]
    assert "says 'HELLO'" in span_errors(Span(0, 5, "HELLO"), "hello world")[0]


def test_nested_spans_are_checked() -> None:
    quantity = Quantity(0, 3, "211", value=211, low=211, high=211, counted=Span(4, 13, "civilians"))
    assert span_errors(quantity, "211 civilians") == []
    assert span_errors(quantity, "211 villagers") != []


def test_meta_parses_published() -> None:
    assert Meta(published="2018-02-06").published == dt.date(2018, 2, 6)
    stamp = Meta(published="2018-02-06T09:30:00Z")
    assert isinstance(stamp.published, dt.datetime) and stamp.published_date == dt.date(2018, 2, 6)
    with pytest.raises(InvalidInput):
        Meta(published="6th of Feb")
    with pytest.raises(InvalidInput):
        Meta(published=20180206)  # type: ignore[arg-type]


def test_document_is_frozen_and_layers_are_views() -> None:
    doc = Document("Talks resumed on Monday. Nothing else.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.text = "other"  # type: ignore[misc]
    assert doc.dates == () and doc.claims == () and doc.events == () and doc.contested == ()
    with pytest.raises(newsparse.UnknownLayer, match="no layer 'anything'"):
        doc.layer("anything")
    with pytest.raises(TypeError):
        doc.layers["dates"] = ()  # type: ignore[index]
    assert [doc.text[s.start : s.end] for s in doc.sentences] == ["Talks resumed on Monday.", "Nothing else."]
    timex = TimeExpression(17, 23, "Monday", type="DATE", value="XXXX-WXX-1")
    newer = doc.with_layer("dates", (timex,))
    assert newer.dates == (timex,) and doc.dates == ()
    assert newer.sentence_of(18) == doc.sentences[0] and newer.sentence_of(24) is None


def test_sentence_beyond_text_is_rejected() -> None:
    from newsparse import Sentence

    with pytest.raises(ValueError, match="beyond the text"):
        Document("short", sentences=[Sentence(0, 50)])


def test_documents_pickle() -> None:
    timex = TimeExpression(0, 6, "Monday", type="DATE", value="2018-02-05", anchored=True)
    doc = Document("Monday", meta=Meta(published="2018-02-06"), layers={"dates": (timex,)})
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_tokens_are_computed_once_on_first_use_and_survive_pickling() -> None:
    from newsparse.text import tokenize

    doc = Document("Su-25 jets hit Idlib on Saturday.")
    assert doc._tokens is None  # nothing tokenised until asked
    first = doc.tokens
    assert first == tokenize(doc.text) and doc.tokens is first  # kept, not recomputed
    back = pickle.loads(pickle.dumps(doc))
    assert back._tokens is None and back.tokens == first
    given = Document("a b", tokens=tokenize("a b"))
    assert [t.text for t in given.tokens] == ["a", "b"]
    assert attrs.evolve(doc, layers={}).tokens is first  # shared by an evolved copy


def test_annotation_validators_reject_values_outside_the_contract() -> None:
    with pytest.raises(ValueError):
        TimeExpression(0, 1, "x", type="MOMENT", value="2018")
    with pytest.raises(ValueError):
        Quantity(0, 1, "x", value=1, modifier="roughly")


def test_a_parsed_document_does_not_keep_the_tokens_its_extractors_shared() -> None:
    import newsparse
    from newsparse.text import tokenize

    text = "Su-25 jets hit Idlib on Saturday, killing 12 people."
    doc = newsparse.parse(text, published="2018-02-06")
    assert doc.dates and doc._tokens is None  # computed for the extractors, not carried along
    assert doc.tokens == tokenize(text)  # and recomputed, identically, when asked for
    own = tokenize(text)[:3]  # tokens a caller supplies are kept as given
    supplied = newsparse.default_pipeline().run(Document(text, tokens=own))
    assert supplied.tokens == own


def test_refs_carry_what_they_refer_to() -> None:
    from newsparse.annotations import DateRef, Interval, QuantityRef

    days = Interval("2018-01-29", "2018-02-04")
    week = TimeExpression(0, 9, "last week", "DATE", "2018-W05", interval=days)
    assert DateRef.of(week) == DateRef(0, 9, "last week", "2018-W05", "2018-01-29", "2018-02-04")
    now = TimeExpression(0, 3, "now", "DATE", "PRESENT_REF")
    assert DateRef.of(now) == DateRef(0, 3, "now", "PRESENT_REF", None, None)
    amount = Quantity(0, 11, "at least 62", None, low=62, modifier="at_least")
    assert QuantityRef.of(amount) == QuantityRef(0, 11, "at least 62", None, 62, None, "at_least")
