"""``analyse_within``: one span's words, the same tags and relations as the whole document's, heads local."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse.spans import Span
from newsparse.syntax import Word
from newsparse_syntax import syntax_within
from newsparse_syntax.layer import analyse, analyse_within
from tests.syntax.test_properties import NEWSY

ARTICLE = (
    "MUNICH Major powers agreed to implement a cessation of hostilities in Syria. "
    '"We will not sign," said Kerry, who was in Amman.\n'
    "BEIRUT (Reuters) - Bomb blasts in a district of Damascus killed at least 62 people."
)


def _rebased(words: list[Word], first: int) -> list[tuple[int, int, str, str, int | None, str | None]]:
    """The words as tuples, heads shifted by ``-first`` (sentence-local)."""
    return [
        (w.start, w.end, w.text, w.upos, None if w.head is None else w.head - first, w.deprel) for w in words
    ]


def _same_as_whole(text: str) -> None:
    doc = Document(text)
    whole = analyse(doc)
    first = 0
    for sentence in doc.sentences:
        within = analyse_within(doc, sentence)
        mine = whole[first : first + len(within)]
        assert _rebased(within, 0) == _rebased(mine, first)
        assert all(w.head is None or 0 <= w.head < len(within) for w in within)
        first += len(within)
    assert first == len(whole)


def test_each_sentence_matches_the_whole_document_analysis() -> None:
    _same_as_whole(ARTICLE)


def test_heads_index_the_returned_list() -> None:
    doc = Document(ARTICLE)
    third = doc.sentences[2]
    words = analyse_within(doc, Span.of(doc.text, third.start, third.end))
    blasts = next(k for k, w in enumerate(words) if w.text == "blasts")
    head = words[blasts].head
    assert head is not None and words[head].text == "killed" and words[blasts].deprel == "nsubj"
    beirut = words[0]
    assert beirut.text == "BEIRUT" and beirut.head is None  # the dateline is kept out of the parse


def test_a_span_over_two_sentences_and_an_empty_span() -> None:
    doc = Document(ARTICLE)
    one, two = doc.sentences[0], doc.sentences[1]
    both = analyse_within(doc, Span.of(doc.text, one.start, two.end))
    assert len(both) == len(analyse_within(doc, one)) + len(analyse_within(doc, two))
    assert analyse_within(doc, Span.of(doc.text, one.end, one.end)) == []


@settings(max_examples=40, deadline=None)
@given(NEWSY)
def test_newsy_text_matches_whole(text: str) -> None:
    _same_as_whole(text)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_matches_whole(text: str) -> None:
    _same_as_whole(text)


def test_the_plugins_entry_point_without_spacy_is_the_built_in_analysis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSPARSE_SPACY_MODEL", raising=False)
    doc = Document(ARTICLE)
    sentence = doc.sentences[1]
    assert syntax_within(doc, sentence) == analyse_within(doc, sentence)
