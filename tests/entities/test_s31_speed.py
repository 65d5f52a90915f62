"""Session 31: the entities layer's two speed steps find what the code before them found (Hypothesis)."""

from __future__ import annotations

import itertools
from operator import itemgetter

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse_entities.gazetteer import load
from newsparse_entities.recognise import _match_starts
from newsparse_entities.words import _LOWER_BRAND, words_of
from tests.entities.words_reference import _lower_brands

# brands and near misses: a capital second (ASCII or not), too short, a digit, an apostrophe, capitals
_TOKENS = st.sampled_from(
    """iPod iPods eBay iTunes eX iPo iPOD iÉcole eÉtat ie in is election eBay's i e iP iPod2 e-Bay
    iPhone eXpress iQ iQs Apple the London al-Assad de Gaulle Saudi-led U.S. New York City""".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKENS, min_size=1, max_size=14).map(" ".join))
def test_lower_brands_finds_the_words_the_pattern_alone_found(text: str) -> None:
    """The second letter tested before the pattern keeps every word the pattern alone matched."""
    texts = list(Document(text).token_columns.texts)
    firsts = tuple(t[0] for t in texts)
    joined = "".join(firsts)
    small = [k for k in range(len(texts)) if firsts[k] in "ie"]
    expected = [k for k in small if _LOWER_BRAND.fullmatch(texts[k])]
    assert _lower_brands(texts, firsts, joined if joined.isascii() else None) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(_TOKENS, min_size=1, max_size=14).map(" ".join))
def test_match_starts_finds_the_starts_the_mapped_test_found(text: str) -> None:
    """The comprehension over the capitalised words gives the starts ``map`` of ``__contains__`` gave."""
    words, gaz = words_of(Document(text)), load()
    first, texts = gaz.max_tokens, words.text
    lettered = set(
        itertools.compress(words.caps, map(first.__contains__, map(texts.__getitem__, words.caps)))
    )
    found = _match_starts(words, gaz)
    assert lettered <= set(found)
    assert found == sorted(set(found))
    assert {k for k in found if k in words.caps and texts[k] in first} == lettered


def test_a_brand_and_a_common_word_side_by_side() -> None:
    """The brand "iPod" is found, "in" and "election" are not (the pattern never ran on them)."""
    texts = ["the", "iPod", "in", "election", "eBay", "iPOD"]
    firsts = tuple(map(itemgetter(0), texts))
    assert _lower_brands(texts, firsts, "".join(firsts)) == [1, 4]
