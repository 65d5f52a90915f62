"""Shared helpers: run the built-in layer on a text and look words up by their text."""

from __future__ import annotations

from collections.abc import Callable

from newsparse import Document
from newsparse.syntax import SyntaxTree, Word
from newsparse_syntax.layer import analyse


def analysed(text: str) -> tuple[list[Word], SyntaxTree]:
    """The layer of ``text`` and its tree."""
    words = analyse(Document(text))
    return words, SyntaxTree.of(text, words)


def index_of(words: list[Word], text: str, nth: int = 0) -> int:
    """The index of the ``nth`` word whose text is ``text``."""
    found = [k for k, w in enumerate(words) if w.text == text]
    return found[nth]


def head_text(words: list[Word], k: int) -> str | None:
    """The text of word ``k``'s head, if attached."""
    head = words[k].head
    return None if head is None else words[head].text


def retagged(repair: Callable[..., object], text: str, tags: str, *options: bool) -> list[str]:
    """The tags ``tags`` (one a word of ``text``) after ``repair(forms, tags, *options)`` changed them."""
    forms, tagged = text.split(), tags.split()
    assert len(forms) == len(tagged)
    repair(forms, tagged, *options)
    return tagged
