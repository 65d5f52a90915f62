"""The entities layer's lower-cased words come from the document's shared column (session 19)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse.strategies import news_texts
from newsparse_entities.words import words_of


def test_a_cut_possessive_is_lower_cased_without_its_s() -> None:
    doc = Document("Japan's MINISTER met ÖL’S chief.")
    words = words_of(doc)
    assert list(words.lower) == [text.lower() for text in words.text]
    assert "japan" in words.lower and "öl" in words.lower and "japan's" in doc.token_lowers


@settings(max_examples=80, deadline=None)
@given(news_texts() | st.text(alphabet=st.sampled_from(list("aSİΣ'’s .\n")), max_size=40))
def test_the_words_lower_cased_are_their_texts_lower_cased(text: str) -> None:
    words = words_of(Document(text))
    assert list(words.lower) == [word.lower() for word in words.text]
