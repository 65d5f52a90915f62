"""Session 33's exact speed cuts: the tagger's interned tag names, its memory table sized once and new word
types found in one pass; word texts sliced by their offsets; a sentence's tag positions by a C look-up."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_syntax import parser as parser_module
from newsparse_syntax import tagger as tagger_module
from newsparse_syntax.tagger import Tagger, default_tagger
from newsparse_syntax.words import _WORD, split_columns

SENTENCES = [
    "The rebels signed the deal in Geneva on Monday .".split(),
    "Russia said it would not withdraw its troops .".split(),
    '" People are using their phones , " she said .'.split(),
]
WORDS = st.sampled_from(
    ["the", "The", "deal", "signed", "Geneva", "troops", ".", ",", '"', "1,447", "İstanbul", "n't", "US"]
) | st.text(min_size=1, max_size=8)


def _fresh(memory_size: int) -> Tagger:
    """A tagger with the shipped tables and an empty memory of word types."""
    full = default_tagger()
    tables = (full.tags, full.features, full.lexicon, full.lex_classes, full.first, full.second)
    return tagger_module.Tagger(*tables, full.word_classes, memory_size=memory_size)


def test_every_tag_given_is_the_interned_string() -> None:
    for tags in _fresh(64).tag(SENTENCES):
        assert all(tag is sys.intern(tag) for tag in tags)


def test_the_memory_table_starts_small_and_holds_every_kept_type() -> None:
    tagger = _fresh(64)
    assert tagger.tag(SENTENCES) == default_tagger().tag(SENTENCES)
    assert tagger._rows[0].shape[1] == 4096  # a small first table (not the whole memory: peak RSS)
    crowded = _fresh(4)
    assert crowded.tag(SENTENCES) == default_tagger().tag(SENTENCES)  # one call brings more than 4
    assert crowded._rows[0].shape[1] >= len({w for s in SENTENCES for w in s})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.lists(WORDS, min_size=1, max_size=9), min_size=1, max_size=3), max_size=5))
def test_a_fresh_small_memory_tags_every_call_as_the_shipped_tagger(calls: list[list[list[str]]]) -> None:
    """Calls in turn through a memory that starts over often (new types found, kept, forgotten)
    give each call the tags of the shipped tagger."""
    tagger = _fresh(12)
    for sentences in calls:
        assert tagger.tag(sentences) == default_tagger().tag(sentences)


@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_word_texts_sliced_by_their_offsets_are_the_matches_groups(text: str, start: int, end: int) -> None:
    """``split_columns`` slices each word's text by its offsets: the very strings ``group()`` gave."""
    _, _, forms = split_columns(text, start, end)
    assert forms == [match.group() for match in _WORD.finditer(text, start, end)]


def test_the_positions_of_a_sentence_are_each_tags_indices() -> None:
    tags = ["DET", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "AUX", "VERB", "ADP", "NOUN"]
    at = parser_module._positions(tags)
    assert at == {"ADP": [3, 8], "CCONJ": [5], "VERB": [2, 7], "AUX": [6]}
