"""``newsparse.testing.syntax_tree``: a hand-made parse for a rule's unit test (session 43)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.testing import syntax_tree

_WORDS = st.text(alphabet="abcdefgh", min_size=1, max_size=6)


def test_words_offsets_and_relations() -> None:
    tree = syntax_tree("Two/NUM/1/nummod men/NOUN/2/nsubj:pass were/AUX/3/aux:pass killed/VERB/-/root")
    assert tree.text == "Two men were killed"
    assert [(w.start, w.end, w.upos, w.head, w.deprel) for w in tree.words] == [
        (0, 3, "NUM", 1, "nummod"),
        (4, 7, "NOUN", 2, "nsubj:pass"),
        (8, 12, "AUX", 3, "aux:pass"),
        (13, 19, "VERB", None, "root"),
    ]
    assert tree.dependents(3, "aux:pass") == (2,)


def test_an_empty_relation_is_none() -> None:
    (word,) = syntax_tree("Hello/INTJ/-/").words
    assert word.head is None and word.deprel is None


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("men/NOUN/1", "expected word/UPOS/head/deprel"),
        ("men/NOUN/x/nsubj", "word index"),
        ("/NOUN/-/root", "expected word/UPOS/head/deprel"),
        ("men/NOUN/5/nsubj", "past the last"),
    ],
)
def test_a_malformed_spec_says_what_is_wrong(spec: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        syntax_tree(spec)


@given(st.lists(_WORDS, min_size=1, max_size=12))
def test_every_word_is_its_own_text_span(texts: list[str]) -> None:
    spec = " ".join(f"{t}/X/{'-' if i == 0 else i - 1}/dep" for i, t in enumerate(texts))
    tree = syntax_tree(spec)
    assert tree.text == " ".join(texts)
    assert [tree.text[w.start : w.end] for w in tree.words] == texts
