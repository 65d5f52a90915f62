"""Session 36: ``words_of`` reads the tokens' first characters in one compiled pass.

``_first_letters`` and ``_upper_and_capped`` replaced the column-at-a-time forms (the first characters
joined, translated byte by byte and filtered; the sentence column by ``repeat``; the sentence starts by a
loop of their own). The forms they replaced are the reference (``tests/entities/words_reference.py``):
on any text, and on texts full of what the pass treats apart (capitals and small "i"/"e" first, digits,
letters without case, capitals outside ASCII, hyphens after a particle), both give the same columns.
"""

from __future__ import annotations

import itertools
from itertools import chain, repeat
from operator import itemgetter, sub
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import Document
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
