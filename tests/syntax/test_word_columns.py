"""Words built a column at a time are the values ``Word(...)`` builds: equal, same fields and hash."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.syntax import UPOS_TAGS, Word
from newsparse_syntax.word_columns import words_from_columns

ROWS = st.lists(
    st.tuples(
        st.integers(0, 10_000),
        st.integers(0, 10_000),
        st.text(max_size=8),
        st.sampled_from(UPOS_TAGS),
        st.none() | st.integers(0, 500),
        st.none() | st.sampled_from(("nsubj", "obj", "root", "case", "det")),
    ),
    max_size=40,
)


@given(ROWS)
def test_columns_build_the_same_words(rows: list[tuple[int, int, str, str, int | None, str | None]]) -> None:
    plain = [Word(*row) for row in rows]
    columns = [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(6)]
    built = words_from_columns(*columns)
    assert built == plain
    assert [hash(w) for w in built] == [hash(w) for w in plain]
    assert [attrs.astuple(w) for w in built] == [attrs.astuple(w) for w in plain]
    assert all(type(w) is Word for w in built)


def test_built_words_stay_frozen() -> None:
    (word,) = words_from_columns([0], [3], ["Yes"], ["INTJ"], [None], ["root"])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        word.upos = "NOUN"  # type: ignore[misc]


def test_columns_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        words_from_columns([0, 4], [3], ["Yes"], ["INTJ"], [None], [None])
