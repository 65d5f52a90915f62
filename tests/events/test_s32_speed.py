"""Session 32: the events layer's speed steps find what the code before them found (Hypothesis)."""

from __future__ import annotations

from itertools import compress, count

from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Document, Sentence
from newsparse.text import token_columns
from newsparse_events.context import Dated, Lookup, _every_sentence, is_count, sentences
from newsparse_events.lexicon import ANAPHORIC_FIGURES, TRIGGERS
from newsparse_events.triggers import (
    _OPENING_PAIRS,
    _OPENING_WORDS,
    _SINGLE_WORDS,
    find_triggers,
    openers,
    with_splits,
)

PHRASES = sorted(" ".join(key) for key in (*TRIGGERS, *ANAPHORIC_FIGURES))
FILLER = ["the", "of", "people", "were", "in", "Gaza", ",", ".", "number", "dead", "death", "to", "beat"]
ENDS = [". ", "! ", ".\n\n", "\n\n", '." ', ". 5 ", " "]
CASINGS = st.sampled_from([str.lower, str.upper, str.title, str.capitalize])
WORDS = st.one_of(st.sampled_from(PHRASES), st.sampled_from(FILLER), st.sampled_from(ENDS))
TEXTS = st.lists(st.tuples(WORDS, CASINGS), max_size=40).map(
    lambda parts: " ".join(casing(word) for word, casing in parts)
)


def _mapped_openers(low: tuple[str, ...]) -> list[int]:
    """The openers as session 31 found them: ``compress`` over ``map`` of the set's ``__contains__``."""
    last = len(low) - 1
    return [
        i
        for i in compress(count(), map(_OPENING_WORDS.__contains__, low))
        if low[i] in _SINGLE_WORDS or (i < last and (low[i], low[i + 1]) in _OPENING_PAIRS)
    ]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_openers_are_those_the_mapped_test_found(text: str) -> None:
    """The compiled loop gives the indices, in order, that the mapped membership test gave."""
    low = Document(text).token_lowers
    assert openers(low) == _mapped_openers(low)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(0, 8), st.integers(0, 8))
def test_triggers_from_the_shared_lower_cased_texts_are_the_same(text: str, cut: int, stop: int) -> None:
    """:func:`find_triggers` and :func:`with_splits` reading ``token_lowers`` find what lower-casing found."""
    doc = Document(text)
    tokens, low = doc.token_columns, doc.token_lowers
    lo, hi = min(cut, len(low)), max(min(cut, len(low)), len(low) - stop)
    found = find_triggers(tokens, lo, hi)
    assert find_triggers(tokens, lo, hi, low) == found
    assert with_splits(tokens, lo, hi, found, low) == with_splits(tokens, lo, hi, found)


def _walked(doc: Document) -> list[object]:
    opening = openers(doc.token_lowers)
    return list(_every_sentence(doc, opening, [], []))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_sentences_found_by_their_openers_are_those_a_walk_finds(text: str) -> None:
    """Each opener's sentence found by bisection: the windows, in order, a walk over every sentence gives."""
    doc = Document(text)
    assert list(sentences(doc, openers(doc.token_lowers))) == _walked(doc)


def test_a_long_sentence_is_read_in_the_same_windows() -> None:
    """A run-on sentence of more than one window: the windows holding an opener, as the walk gives them."""
    run_on = "the people were in Gaza , " * 70
    doc = Document(f"Calm day. {run_on}and 12 were killed. Then 3 died. Quiet.")
    found = list(sentences(doc, openers(doc.token_lowers)))
    assert found == _walked(doc)
    assert len(found) == 2 and found[0].hi - found[0].lo <= 300


def test_sentences_out_of_order_are_walked() -> None:
    """A caller's sentences out of text order take the walk itself (its bounds depend on the order)."""
    text = "Two were killed. Calm. Five died."
    doc = Document(text, sentences=(Sentence(23, 33), Sentence(0, 16), Sentence(17, 22)))
    assert list(sentences(doc, openers(doc.token_lowers))) == _walked(doc)


def test_counts_inside_each_sentence_are_kept() -> None:
    """With the quantities layer: the counts of each sentence holding a trigger, as the walk gives them."""
    doc = newsparse.parse("Police said 12 people were killed on Monday. The market reopened. 3 men died.")
    opening = openers(doc.token_lowers)
    counted = sorted((q for q in doc.quantities if is_count(q)), key=lambda q: (q.start, q.end))
    found = list(sentences(doc, opening))
    assert len(found) == 2 and all(s.counts for s in found)
    assert found == list(_every_sentence(doc, opening, counted, [q.start for q in counted]))


def test_token_columns_are_the_documents() -> None:
    """``token_lowers`` is parallel to the token columns the triggers are read from."""
    doc = Document("Five people were KILLED.")
    assert doc.token_lowers == tuple(t.lower() for t in token_columns(doc.text).texts)


def test_claims_and_dates_are_sorted_when_first_read() -> None:
    """A lookup's claims and dates are read on first use, the same lists as sorting them at once."""
    doc = newsparse.parse('"Two men were killed on Friday," police said on Saturday. On Monday 3 died.')
    lookup = Lookup.of(doc)
    assert not lookup._dated  # nothing read yet: most documents never read them
    dated = Dated.of(doc)
    assert lookup.dated.dates == dated.dates
    assert [t.start for t in lookup.dated.dates] == lookup.dated.date_starts
    assert lookup.dated.claims == dated.claims and lookup.dated.claim_starts == dated.claim_starts
    assert lookup.dated.unsaid_dates == dated.unsaid_dates and lookup.dated.date_days == dated.date_days
    assert len(lookup._dated) == 1 and lookup.dated.dates
