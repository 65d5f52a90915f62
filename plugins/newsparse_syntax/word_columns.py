"""Build the layer's :class:`Word` values from their columns, without their validators.

A document has hundreds of words; ``Word(...)`` runs a Python ``__init__`` and the UPOS validator
for each. The layer knows its values are valid (offsets it just read from the text, tags from the
tagger's tag set) and the pipeline checks every annotation once anyway, so each word is made as a
``_WordBeingBuilt`` (``Word``'s own layout with ``object``'s ``__init__`` and attribute stores),
its fields set by plain stores (no frozen check, no slot setter's call through a tuple a field),
then given its class, ``Word``: the same values, equal and with the same fields.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

from newsparse.syntax import Word

__all__ = ["words_from_columns"]

_FIELDS = ("start", "end", "text", "upos", "head", "deprel")


def _building_class() -> type:
    """``Word`` with nothing added but ``object``'s ``__init__``, ``__setattr__`` and ``__delattr__``.

    The subclass adds no slot, so an instance of it may become a ``Word`` by assigning its
    ``__class__`` (Python checks the two layouts are the same).
    """
    names = tuple(field.name for field in attrs.fields(Word))
    if names != _FIELDS:  # a changed contract must change this module too
        raise TypeError(f"Word's fields are {names}, not {_FIELDS}")
    namespace = {
        "__slots__": (),
        "__init__": object.__init__,
        "__setattr__": object.__setattr__,
        "__delattr__": object.__delattr__,  # both or neither: they share one type slot
        "__module__": __name__,
        "__doc__": "A Word while its fields are set (never seen outside words_from_columns).",
    }
    return type("_WordBeingBuilt", (Word,), namespace)


_BUILDING: Final = _building_class()


def words_from_columns(
    starts: list[int],
    ends: list[int],
    texts: list[str],
    upos: list[str],
    heads: list[int | None],
    deprels: list[str | None],
) -> list[Word]:
    """One :class:`Word` per row of the six equally long columns (values already valid)."""
    count = len(starts)
    columns = (starts, ends, texts, upos, heads, deprels)
    if any(len(column) != count for column in columns):
        raise ValueError("the columns of the words differ in length")
    # the columns read as lists of objects: the values themselves are stored, never re-boxed
    at_start: list[Any] = starts
    at_end: list[Any] = ends
    building = _BUILDING
    word_class = Word
    words: list[Word] = []
    for k in range(count):
        word: Any = building()
        word.start = at_start[k]
        word.end = at_end[k]
        word.text = texts[k]
        word.upos = upos[k]
        word.head = heads[k]
        word.deprel = deprels[k]
        word.__class__ = word_class
        words.append(word)
    return words
