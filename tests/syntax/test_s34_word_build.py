"""Words built by ``words_from_columns`` (a private subclass's stores, then the class ``Word``) are Words."""

from __future__ import annotations

import copy
import pickle
import weakref

import attrs
import pytest

from newsparse.syntax import Word
from newsparse_syntax import word_columns
from newsparse_syntax.word_columns import words_from_columns

Columns = tuple[list[int], list[int], list[str], list[str], list[int | None], list[str | None]]


def _columns() -> Columns:
    """Two words' columns, fresh lists each time (one large offset and head: ints not cached)."""
    return [0, 7], [3, 100_000], ["Yes", "said"], ["INTJ", "VERB"], [None, 123_456], ["root", None]


def test_built_words_are_words_and_nothing_else() -> None:
    built = words_from_columns(*_columns())
    assert [type(w) for w in built] == [Word, Word]
    assert built == [Word(0, 3, "Yes", "INTJ", None, "root"), Word(7, 100_000, "said", "VERB", 123_456, None)]
    assert not any(isinstance(w, word_columns._BUILDING) for w in built)


def test_the_columns_values_are_stored_themselves() -> None:
    columns = _columns()
    built = words_from_columns(*columns)
    assert built[1].end is columns[1][1]  # a large int: the same object, not a re-boxed copy
    assert built[1].head is columns[4][1]
    assert built[0].text is columns[2][0]


def test_built_words_behave_as_words() -> None:
    (word,) = words_from_columns([2], [5], ["who"], ["PRON"], [0], ["nsubj"])
    plain = Word(2, 5, "who", "PRON", 0, "nsubj")
    assert hash(word) == hash(plain)
    assert repr(word) == repr(plain)
    assert attrs.asdict(word) == attrs.asdict(plain)
    assert pickle.loads(pickle.dumps(word)) == plain
    assert copy.copy(word) == plain
    assert attrs.evolve(word, upos="DET") == Word(2, 5, "who", "DET", 0, "nsubj")
    assert weakref.ref(word)() is word
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        word.start = 3  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del word.text


def test_the_building_class_adds_nothing_to_words_layout() -> None:
    building = word_columns._BUILDING
    assert building.__bases__ == (Word,)
    assert vars(building)["__slots__"] == ()
    assert building.__basicsize__ == Word.__basicsize__


def test_no_words_from_empty_columns() -> None:
    assert words_from_columns([], [], [], [], [], []) == []
