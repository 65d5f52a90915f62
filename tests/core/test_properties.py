"""Property tests of the core: any text parses; offsets valid; isolation; determinism."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.model import span_errors
from newsparse.strategies import news_texts, published_dates, texts
from newsparse.testing import check_document, pipeline_for

from .plugins_for_tests import Pairs, Raises, Words

PIPELINE = pipeline_for(Words(), Pairs(), Raises())


@settings(max_examples=200, deadline=None)
@given(texts(), published_dates())
def test_any_text_parses_with_valid_offsets(text: str, published: object) -> None:
    doc = PIPELINE.parse(text, published=published)  # type: ignore[arg-type]
    assert doc.text == text
    for items in doc.layers.values():
        for item in items:
            assert span_errors(item, text) == []
    assert all(0 <= s.start < s.end <= len(text) for s in doc.sentences)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["A boom", "Big Ben", "no", "x"]), max_size=6).map(" ".join))
def test_a_raising_plugin_is_isolated(text: str) -> None:
    doc = PIPELINE.parse(text)
    assert ("boom" in text) == any(p.extractor == "raises" for p in doc.problems)
    assert [w.text for w in doc.layer("words")] == [t.text for t in doc.tokens if t.text[:1].isupper()]


@settings(max_examples=60, deadline=None)
@given(news_texts())
def test_contract_holds_on_news_text(text: str) -> None:
    check_document(pipeline_for(Words(), Pairs()), text)
