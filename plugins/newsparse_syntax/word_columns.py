"""Build the layer's :class:`Word` values a column at a time, without their validators.

A document has hundreds of words; ``Word(...)`` runs a Python ``__init__`` and the UPOS validator
for each. The layer knows its values are valid (offsets it just read from the text, tags from the
tagger's tag set) and the pipeline checks every annotation once anyway, so the words are made
empty and each field is set over the whole column by its slot (C loops, no Python frame a word):
the same values, equal and with the same fields, at about half the cost.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from itertools import repeat
from typing import Any

import attrs

from newsparse.syntax import Word

__all__ = ["words_from_columns"]

_FIELDS = ("start", "end", "text", "upos", "head", "deprel")


def _slot_setter(kind: type, name: str) -> Callable[[Any, Any], None]:
    """The ``__set__`` of slot ``name`` of ``kind`` (declared on it or a base class)."""
    for owner in kind.__mro__:
        if name in vars(owner).get("__slots__", ()):
            setter: Callable[[Any, Any], None] = vars(owner)[name].__set__
            return setter
    raise TypeError(f"{kind.__name__}.{name} is not a slot")


def _setters() -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of :class:`Word`'s fields, in order (checked against the class once)."""
    names = tuple(field.name for field in attrs.fields(Word))
    if names != _FIELDS:  # a changed contract must change this module too
        raise TypeError(f"Word's fields are {names}, not {_FIELDS}")
    return tuple(_slot_setter(Word, name) for name in names)


_SETTERS = _setters()


def words_from_columns(
    starts: Sequence[int],
    ends: Sequence[int],
    texts: Sequence[str],
    upos: Sequence[str],
    heads: Sequence[int | None],
    deprels: Sequence[str | None],
) -> list[Word]:
    """One :class:`Word` per row of the six equally long columns (values already valid)."""
    count = len(starts)
    columns = (starts, ends, texts, upos, heads, deprels)
    if any(len(column) != count for column in columns):
        raise ValueError("the columns of the words differ in length")
    words: list[Word] = list(map(object.__new__, repeat(Word, count)))
    for setter, column in zip(_SETTERS, columns, strict=True):
        deque(map(setter, words, column), maxlen=0)  # consumed at C speed, nothing kept
    return words
