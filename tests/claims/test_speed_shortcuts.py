"""The claims layer's shortcuts for speed read the same as the plain rules they stand for."""

from __future__ import annotations

import bisect

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse.strategies import news_texts, texts
from newsparse.syntax import dateline_end
from newsparse.text import token_columns
from newsparse_claims.lexicon import CONTENT_CUTS, QUOTES
from newsparse_claims.recognise import Found, _cue_words, _next_cut, find_claims
from newsparse_claims.resolve import (
    _MODAL_BEFORE,
    _NEGATION_BEFORE,
    _START_OF,
    Index,
    _inside,
    cue_qualifiers,
)
from newsparse_claims.sentence_ranges import cue_sentences, token_range, token_ranges

# words and pieces that make (or almost make) a negation or a modal before a cue
_PIECES = ["not", "NOT", "never", "n't", "n’t", "did", "would", "Could", "may", "have", "can", "Shall"]
_PIECES += ["ſhall", "cannot", "knot", "he", "it", "will", "MUST", "might", "(would", "x", " ", "  ", "\n"]


def _plain_qualifiers(text: str) -> tuple[bool, str | None]:
    """The two patterns run over the 30 characters before the cue, with no shortcut."""
    before = text[-30:]
    modal = _MODAL_BEFORE.search(before)
    return _NEGATION_BEFORE.search(before) is not None, modal.group(1).lower() if modal else None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from([" ", "  ", "", "\t"]))
def test_cue_qualifiers_read_as_their_patterns(pieces: list[str], gap: str) -> None:
    text = " ".join(pieces) + gap
    assert cue_qualifiers(text + "said", len(text)) == _plain_qualifiers(text)


def test_cue_qualifiers_examples() -> None:
    assert cue_qualifiers("He did not say", 11) == (True, None)
    assert cue_qualifiers("She would never say", 16) == (True, "would")
    assert cue_qualifiers("The ministry said", 13) == (False, None)


def _plain_cut(low: list[str], start: int, limit: int) -> int:
    """The content's end as the word-by-word reading gives it."""
    for k in range(start, limit):
        word = low[k]
        if word == ";" or (word == "," and k + 1 < limit and low[k + 1] in CONTENT_CUTS):
            return k
        if word in CONTENT_CUTS and k > start and low[k - 1] == ",":
            return k
    return limit


_WORDS = st.lists(st.sampled_from([",", ";", "but", "however", "we", "won", "."]), min_size=2, max_size=20)


@settings(max_examples=400, deadline=None)
@given(_WORDS, st.data())
def test_next_cut_reads_as_the_word_by_word_rule(words: list[str], data: st.DataObject) -> None:
    low = ["he", "said", *words]
    limit = data.draw(st.integers(2, len(low)))
    cues = [("verb", 1, 2, (0, 1))]
    assert _next_cut(low, cues, 0, limit) == _plain_cut(low, 2, limit)


@settings(max_examples=100, deadline=None)
@given(st.one_of(texts(), news_texts()))
def test_token_ranges_read_as_a_search_of_token_ends(text: str) -> None:
    doc = Document(text)
    tokens = doc.tokens
    plain = []
    k = 0
    for sentence in doc.sentences:
        k = bisect.bisect_left(tokens, sentence.start, k, len(tokens), key=lambda token: token.start)
        lo = k
        k = bisect.bisect_right(tokens, sentence.end, k, len(tokens), key=lambda token: token.end)
        plain.append((lo, k))
    columns = doc.token_columns
    assert token_ranges(columns.starts, columns.ends, [(s.start, s.end) for s in doc.sentences]) == plain


@settings(max_examples=200, deadline=None)
@given(st.data(), st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70)), max_size=8))
def test_token_ranges_walk_reads_as_a_search_per_sentence(
    data: st.DataObject, ranges: list[tuple[int, int]]
) -> None:
    """One walk over the tokens gives each sentence the range two searches give it, for any sentences:
    in order, overlapping, empty, running past the text, or out of order (then each is searched)."""
    text = data.draw(st.one_of(texts(), news_texts()))
    columns = token_columns(text)
    sentences = sorted(ranges) if data.draw(st.booleans()) else ranges
    plain = [token_range(columns.starts, columns.ends, sentence) for sentence in sentences]
    assert token_ranges(columns.starts, columns.ends, sentences) == plain



def _merged_trailers(low: list[str], ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every sentence range, a short "Clinton said." after a quotation ending in "?" or "!" joined to it."""
    merged: list[tuple[int, int]] = []
    for lo, hi in ranges:
        if (
            merged
            and merged[-1][1] == lo
            and lo < hi
            and hi - lo <= 8
            and low[lo - 1] in QUOTES
            and low[lo] not in QUOTES
            and low[lo - 2 if lo >= 2 else lo] in {"?", "!"}
        ):
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def _colon_joined(low: list[str], ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges with one ending in a colon joined to the range right after it ('He said: / "We ..."')."""
    joined: list[tuple[int, int]] = []
    for n, (lo, hi) in enumerate(ranges):
        before = ranges[n - 1] if n else None
        ends_in_colon = before is not None and before[0] < before[1] and low[before[1] - 1] == ":"
        if joined and ends_in_colon and before is not None and before[1] == lo:
            joined[-1] = (joined[-1][0], hi)
        else:
            joined.append((lo, hi))
    return joined


_TRAILER_WORDS = ['"Why?"', '"No!"', "Clinton said.", "he asked.", "Ann Lee said the vote failed."]
_TRAILER_PIECES = st.sampled_from([*_TRAILER_WORDS, '"', "?", "!", "x", " ", "He said:", ":", "\n\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_TRAILER_PIECES, news_texts()), max_size=10).map(" ".join))
@example('He said: \n\n "Why?" Clinton said.')  # a colon's sentence, then a quotation and its trailer
@example('The result:\n\n Clinton said it failed.')  # a colon-ended sentence before the cue's
@example("He said: She said: We won.")
def test_cue_sentences_are_the_merged_ranges_that_hold_a_cue_word(text: str) -> None:
    """Searching only the sentences of the cue words gives the ranges the plain merge of all gives."""
    doc = Document(text)
    columns = token_columns(text)
    low = [word.lower() for word in columns.texts]
    sentences = [(s.start, s.end) for s in doc.sentences]
    triggers = _cue_words(low)
    plain = [
        (lo, hi)
        for lo, hi in _colon_joined(low, _merged_trailers(low, token_ranges(*columns[:2], sentences)))
        if any(lo <= t < hi for t in triggers)
    ]
    found = cue_sentences(columns, low, sentences, triggers)
    assert [(lo, hi) for lo, hi in found if any(lo <= t < hi for t in triggers)] == plain


_DATELINE_PIECES = ["MOSCOW:", "BEIRUT (Reuters) -", "WASHINGTON, Feb 6 (AFP) -", "U.S. -", "D'AMATO -", "Ex"]
_DATELINE_PIECES += ["LONDON 1996-08-30", "NEW YORK Stocks", "Moscow:", "mOSCOW -", "É", "\n", " ", "-", "A"]


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts(), st.lists(st.sampled_from(_DATELINE_PIECES), max_size=6).map(" ".join)), st.data())
def test_no_dateline_opens_without_two_capitals(text: str, data: st.DataObject) -> None:
    """The claims layer's shortcut: a sentence whose first two characters are not capitals has no dateline."""
    start = data.draw(st.integers(0, len(text)))
    if not text[start : start + 2].isupper():
        assert dateline_end(text, start) == start


def test_dateline_shortcut_examples() -> None:
    assert dateline_end("MOSCOW: Talks resumed.", 0) > 0
    assert not "Moscow: Talks resumed."[:2].isupper()
    assert dateline_end("Moscow: Talks resumed.", 0) == 0


def test_found_copies_keep_the_other_fields() -> None:
    """A found claim's copies change the one field they name and keep the others."""
    item = Found(cue=(10, 14), content=(16, 30), source=(0, 8), parent=None, unresolved=True)
    assert item.with_content((16, 25)) == Found((10, 14), (16, 25), (0, 8), None, True)
    assert item.with_parent(3) == Found((10, 14), (16, 30), (0, 8), 3, True)
    assert item.resolved((0, 5)) == Found((10, 14), (16, 30), (0, 5), None, False)
    assert item != item.with_parent(3) and hash(item) == hash(Found((10, 14), (16, 30), (0, 8), None, True))
    assert repr(item) == "Found(cue=(10, 14), content=(16, 30), source=(0, 8), parent=None, unresolved=True)"
    found = find_claims(token_columns("Ann Lee said the vote failed."), [(0, 29)])
    assert found == [Found(cue=(8, 12), content=(13, 28), source=(0, 7))]


@attrs.frozen
class _Item:
    """An indexed item: a start and an end offset."""

    start: int
    end: int


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8))), st.integers(0, 70), st.integers(0, 70))
def test_inside_reads_as_a_filter_of_every_item(pairs: list[tuple[int, int]], start: int, end: int) -> None:
    """The items wholly inside a range, found by searches, are those a plain filter keeps, in order."""
    index = Index.of([_Item(a, a + n) for a, n in pairs], _START_OF)
    plain = [item for item in index.items if start <= item.start < end and item.end <= end]
    assert _inside(index, start, end) == plain


def test_compiled_builders_set_every_field_of_their_class() -> None:
    """The layer's own builders name every field of Span and Claim, and build what the classes do."""
    from newsparse import Claim, Span
    from newsparse_claims.builders import CLAIM_FIELDS, build_claim, build_span

    assert CLAIM_FIELDS == [field.name for field in attrs.fields(Claim)]
    cue, content = build_span(4, 8, "said"), Span(9, 11, "it")
    source = Span(0, 3, "Lee")
    values = (0, 11, "Lee said it", cue, content, "e1", source, None, (), (), "indirect", False, None, ())
    assert build_span(4, 8, "said") == Span(4, 8, "said")
    assert build_claim(*values) == Claim(*values)
