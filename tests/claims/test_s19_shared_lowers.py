"""The claims layer reads the document's shared lower-cased tokens (session 19)."""

from __future__ import annotations

from hypothesis import given, settings

from newsparse import Document
from newsparse.strategies import news_texts
from newsparse_claims.recognise import find_claims
from newsparse_claims.resolve import _person_names


def test_find_claims_reads_the_lower_cased_tokens_it_is_given() -> None:
    doc = Document("Ann Lee said the vote failed.")
    sentences = [(s.start, s.end) for s in doc.sentences]
    alone = find_claims(doc.token_columns, sentences)
    assert alone and find_claims(doc.token_columns, sentences, (), doc.token_lowers) == alone
    # the given column is the one read: with the cue word hidden in it there is no claim
    hidden = tuple("xxxx" if word == "said" else word for word in doc.token_lowers)
    assert find_claims(doc.token_columns, sentences, (), hidden) == []


@settings(max_examples=60, deadline=None)
@given(news_texts())
def test_the_shared_column_finds_what_lower_casing_here_finds(text: str) -> None:
    doc = Document(text)
    sentences = [(s.start, s.end) for s in doc.sentences]
    names = _person_names(doc)
    assert find_claims(doc.token_columns, sentences, names, doc.token_lowers) == find_claims(
        doc.token_columns, sentences, names
    )
