"""Fixtures shared by the agreements tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import newsparse_agreements.gerunds as gerunds
import newsparse_agreements.structure as structure
from newsparse import Document, Sentence, Span
from newsparse.syntax import SyntaxTree
from newsparse_syntax.layer import analyse_text
from newsparse_syntax.tagger import default_tagger


def sentence_tree_of(doc: Document, span: Sentence | Span) -> SyntaxTree:
    """The tree of one sentence, from the built-in parser (sentence-local word indexes)."""
    return SyntaxTree.of(doc.text, analyse_text(doc.text, [(span.start, span.end)], default_tagger()))


@pytest.fixture
def with_tree(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Give the structure reader and the relative-clause and gerund readers a syntax producer."""
    monkeypatch.setattr(structure, "sentence_tree", sentence_tree_of)
    monkeypatch.setattr(gerunds, "sentence_tree", sentence_tree_of)  # the relative reader too
    yield


@pytest.fixture
def without_tree(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Leave the structure reader without a syntax producer (the token rules alone)."""
    monkeypatch.setattr(structure, "sentence_tree", lambda doc, span: None)
    yield
