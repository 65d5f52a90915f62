"""Session 36: ``words_of`` reads the tokens' first characters in one compiled pass; mentions and
entities are built by plain stores (``fast_values``).

``_first_letters`` and ``_upper_and_capped`` replaced the column-at-a-time forms (the first characters
joined, translated byte by byte and filtered; the sentence column by ``repeat``; the sentence starts by a
loop of their own). The forms they replaced are the reference (``tests/entities/words_reference.py``):
on any text, and on texts full of what the pass treats apart (capitals and small "i"/"e" first, digits,
letters without case, capitals outside ASCII, hyphens after a particle), both give the same columns.
"""

from __future__ import annotations

import itertools
import pickle
from itertools import chain, repeat
from operator import itemgetter, sub
from typing import Any

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import Document, Entity, Mention, Span
from newsparse.frozen import FrozenDict
from newsparse.trusted import trusted_builder
from newsparse_entities.extract import extract
from newsparse_entities.fast_values import new_entity, new_mention, new_span
from newsparse_entities.words import _LOWER_BRAND, _first_letters, _upper_and_capped, words_of
from tests.entities.words_reference import _NON_ASCII, _capitals, _caseless, _lower_brands


def reference_facts(doc: Document) -> dict[str, Any]:
    """The columns as ``words_of`` computed them before session 36."""
    words = words_of(doc)
    text, starts, texts, bounds, n = doc.text, words.start, words.text, words.bounds, len(words.text)
    sents = list(chain.from_iterable(map(repeat, itertools.count(), map(sub, bounds[1:], bounds))))
    firsts: tuple[str, ...] = itemgetter(*starts)(text) if n > 1 else (text[starts[0]],)
    joined = "".join(firsts)
    plain = joined.isascii()
    cased = plain or not any(map(_caseless, _NON_ASCII.findall(joined)))
    uppers, caps = _capitals(texts, firsts, words.hyphens, cased, joined)
    brands = _lower_brands(texts, firsts, joined if plain else None)
    initial = [False] * n
    for lo, hi in itertools.pairwise(bounds):
        for k in range(lo, hi):
            if firsts[k].isalpha():
                initial[k] = True
                break
            if firsts[k].isdigit():
                break
    return {"sent": sents, "uppers": uppers, "caps": caps, "brands": brands, "initial": initial}


def new_facts(doc: Document) -> dict[str, Any]:
    """The same columns by the one pass."""
    words = words_of(doc)
    texts = words.text
    sents, caps, small, initial, cased = _first_letters(doc.text, words.start, words.bounds)
    uppers, caps = _upper_and_capped(texts, caps, words.hyphens, cased)
    brands = [k for k in small if len(t := texts[k]) > 3 and "A" <= t[1] <= "Z" and _LOWER_BRAND.fullmatch(t)]
    return {"sent": sents, "uppers": uppers, "caps": caps, "brands": brands, "initial": initial}


PIECES = (
    "The", "iPod", "eBay", "in", "election", "UN", "NATO", "U.S.", "3", "1,200", "²", "٣", "Élysée",
    "ÉCOLE", "über", "ǅemal", "北京", "مصر", "al-Assad", "el-Sisi", "pre-Budget", "Saudi-led", "'s",
    "Syria's", ".", ",", "\n", "(", "“", "”", "-", "İstanbul", "ΣΟΦΙΑ", "ǈ", "x", "A", "i",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(" ".join))
@example("The iPod ǅemal 北京 said. 3 Dogs ran; ² Élysée and al-Assad met.")
def test_the_pass_gives_the_columns_of_the_forms_it_replaced(text: str) -> None:
    doc = Document(text)
    if not doc.token_columns.starts:
        return
    assert new_facts(doc) == reference_facts(doc)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=80))
def test_the_pass_agrees_on_any_text(text: str) -> None:
    doc = Document(text)
    if not doc.token_columns.starts:
        return
    assert new_facts(doc) == reference_facts(doc)


def test_words_of_reads_capitals_sentence_starts_and_brands() -> None:
    words = words_of(Document("3 dogs ran. The iPod sold in the U.S. and NATO met.\n北京 said so."))
    assert [words.text[k] for k in words.caps] == ["The", "iPod", "U.S.", "NATO"]
    assert [words.text[k] for k in words.uppers] == ["U.S.", "NATO"]
    # a number opening a sentence leaves it without a first word ("3 dogs ran")
    assert [t for t, first in zip(words.text, words.initial, strict=True) if first] == ["The", "北京"]
    assert words.sent[:4] == [0, 0, 0, 0]


def test_built_values_are_the_constructed_ones() -> None:
    """``fast_values`` builds values of the class itself, equal, with the same hash, frozen after."""
    span = new_span(0, 5, "Prime")
    mention = new_mention(6, 11, "Blair", "name", span)
    entity = new_entity("person:blair", "PERSON", "Tony Blair", (mention,), FrozenDict(), None, ())
    assert type(span) is Span and span == Span(0, 5, "Prime")
    assert type(mention) is Mention and mention == Mention(6, 11, "Blair", form="name", title=span)
    expected = Entity("person:blair", "PERSON", "Tony Blair", (Mention(6, 11, "Blair", "name", span),))
    assert type(entity) is Entity and entity == expected and hash(entity) == hash(expected)
    assert pickle.loads(pickle.dumps(entity)) == expected
    assert attrs.evolve(mention, form="surname") == Mention(6, 11, "Blair", form="surname", title=span)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        mention.start = 1  # type: ignore[misc]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=20), st.integers(0, 10**9), st.integers(0, 50), st.sampled_from([None, "name"]))
def test_built_mentions_equal_the_core_builders(text: str, start: int, extra: int, form: str | None) -> None:
    end = start + len(text)
    assert new_mention(start, end, text, form, None) == trusted_builder(Mention)(start, end, text, form, None)
    assert new_span(start, end + extra, text) == trusted_builder(Span)(start, end + extra, text)


def test_the_layer_gives_entities_of_the_core_classes() -> None:
    doc = Document("Prime Minister Tony Blair met Jacques Chirac in Paris. Blair said so.")
    entities = list(extract(doc))
    assert entities and all(type(e) is Entity for e in entities)
    assert all(type(m) is Mention for e in entities for m in e.mentions)
    assert any(m.title is not None and type(m.title) is Span for e in entities for m in e.mentions)
