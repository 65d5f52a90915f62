"""Fixtures of the quantities tests: a pipeline with only the quantities plugin."""

from __future__ import annotations

from collections.abc import Callable

import newsparse_quantities
import pytest

from newsparse import Quantity
from newsparse.pipeline import Pipeline
from newsparse.testing import pipeline_for


@pytest.fixture(scope="session")
def pipe() -> Pipeline:
    """A pipeline of exactly the quantities plugin."""
    return pipeline_for(newsparse_quantities, strict=True)


@pytest.fixture(scope="session")
def quantities(pipe: Pipeline) -> Callable[[str], list[Quantity]]:
    """Parse a text and return its quantities."""

    def run(text: str) -> list[Quantity]:
        doc = pipe.parse(text, published="2018-02-06")
        assert not doc.problems, doc.problems
        return list(doc.layer("quantities"))

    return run
