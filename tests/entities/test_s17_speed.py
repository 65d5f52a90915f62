"""Session 17's faster forms give what the plain forms they replaced give.

The plain forms are kept here as the reference: the capitalised words by ``str.isupper`` and
``str.isalpha`` of each first character; the brands with a small "i" or "e" first ("iPod", "eBay")
as every token opening with one of those letters that matches the brand pattern, added only when
the text-level pattern finds one.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document, Meta
from newsparse_entities.words import _LOWER_BRAND, _LOWER_BRAND_IN_TEXT, words_of
from tests.entities.words_reference import _BRAND_FIRSTS, _capitals, _lower_brands

_ENDINGS = ("\n", "\r\n", "\r")


def _plain_caps(firsts: list[str]) -> list[int]:
    """The words with a capital letter first, as first written: a call per first character."""
    caps = list(itertools.compress(range(len(firsts)), map(str.isupper, firsts)))
    return [k for k in caps if firsts[k].isalpha()]


def _plain_brands(texts: list[str], firsts: list[str]) -> list[int]:
    """The brand tokens as first written: each "i" or "e" first looked up, then the pattern."""
    small = itertools.compress(range(len(texts)), map(_BRAND_FIRSTS.__contains__, firsts))
    return [k for k in small if _LOWER_BRAND.fullmatch(texts[k])]


_TOKEN = st.sampled_from("iPod eBay iTunes ePs in is Apple E I É Ωmega ½ é ıX x , 7".split())


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKEN, min_size=1, max_size=12))
def test_capitals_and_brands_are_the_plain_ones(texts: list[str]) -> None:
    """Tokens in ASCII or not, a capital letter, a small one, a symbol or a digit first: the byte
    translation of an ASCII string of first characters finds what a call per character found."""
    firsts = [t[0] for t in texts]
    joined = "".join(firsts)
    assert _capitals(texts, firsts, [], True, joined)[1] == _plain_caps(firsts)
    assert _lower_brands(texts, firsts, joined if joined.isascii() else None) == _plain_brands(texts, firsts)
    assert _lower_brands(texts, firsts, None) == _plain_brands(texts, firsts)


_BRAND_TEXTS = [
    "Apple sold the iPod in May.",
    "Shares of eBay rose; iTunes did not.",
    "The x-iPod and www.eBay sites.",
    "In Iraq, it is.",
    "Élan sold the iPod at Ωmega.",
    "",
]


def test_brand_capitals_are_the_plain_ones_with_every_line_ending() -> None:
    """A brand is a capitalised word exactly when a token is one and the text's pattern finds one
    (after "x-" or "www." it finds none), whatever ends the lines."""
    for body, end in itertools.product(_BRAND_TEXTS, _ENDINGS):
        text = end.join([body, "Reuters said it.", body])
        words = words_of(Document(text, meta=Meta()))
        firsts = [t[0] for t in words.text]
        expected = set(_plain_caps(firsts))
        if _LOWER_BRAND_IN_TEXT.search(text):
            expected.update(_plain_brands(words.text, firsts))
        unhyphenated = [k for k in words.caps if "-" not in words.text[k]]  # "al-Assad" is added apart
        assert unhyphenated == sorted(k for k in expected if "-" not in words.text[k])


def test_ipod_is_capitalised_and_x_ipod_is_not() -> None:
    """ "the iPod" is a name word; the same letters after "x-" inside a word are none."""
    words = words_of(Document("Apple sold the iPod in May.", meta=Meta()))
    assert "iPod" in {words.text[k] for k in words.caps}
    words = words_of(Document("Apple sold the x-iPod in May.", meta=Meta()))
    assert not any(re.search("iPod", words.text[k]) for k in words.caps)
