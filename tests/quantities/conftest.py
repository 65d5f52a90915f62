"""Fixtures of the quantities tests: a pipeline with only the quantities plugin."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse_quantities
from newsparse import Document, Quantity
from newsparse.pipeline import Pipeline
from newsparse.testing import pipeline_for


def quantities_of(doc: Document) -> list[Quantity]:
    """The document's quantities layer, typed."""
    return [q for q in doc.layer("quantities") if isinstance(q, Quantity)]


@pytest.fixture(scope="session")
def pipe() -> Pipeline:
    """A pipeline of exactly the quantities plugin."""
    return pipeline_for(newsparse_quantities, strict=True)


@pytest.fixture(scope="session")
def quantities(pipe: Pipeline) -> Callable[[str], list[Quantity]]:
    """Parse a text and return its quantities."""

    def run(text: str) -> list[Quantity]:
        doc = pipe.parse(text, published="2018-02-06")
        assert not [p for p in doc.problems if p.error != "EmptyText"], doc.problems
        return quantities_of(doc)

    return run
