"""A pytest plugin (entry point ``pytest11``) with fixtures for testing newsparse plugins.

``newsparse_pipeline(*plugins)`` builds a pipeline of exactly the given plugins, like
:func:`newsparse.testing.pipeline_for`; ``newsparse_check(*plugins)`` runs the contract checks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsparse.pipeline import Pipeline
from newsparse.testing import check_plugin_contract, pipeline_for


@pytest.fixture
def newsparse_pipeline() -> Callable[..., Pipeline]:
    """A factory: ``newsparse_pipeline(my_plugin, only=None, strict=False)`` -> Pipeline."""
    return pipeline_for


@pytest.fixture
def newsparse_check() -> Callable[..., Any]:
    """A function: ``newsparse_check(my_plugin, max_examples=60, texts=())`` checks the contract."""
    return check_plugin_contract
