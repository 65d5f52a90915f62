"""The pytest fixtures newsparse offers plugin authors (loaded through the pytest11 entry point)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import newsparse_hardware
import pytest

from newsparse.pipeline import Pipeline
from newsparse.testing import ContractViolation

from .plugins_for_tests import BadOffsets


def test_pipeline_fixture_builds_exactly_the_plugins(newsparse_pipeline: Callable[..., Pipeline]) -> None:
    pipeline = newsparse_pipeline(newsparse_hardware)
    assert pipeline.layers == ("hardware",)
    assert [h.text for h in pipeline.parse("A T-72 tank.").layer("hardware")] == ["T-72"]


def test_check_fixture_passes_a_good_plugin_and_fails_a_bad_one(newsparse_check: Callable[..., Any]) -> None:
    newsparse_check(newsparse_hardware, max_examples=10, texts=["Su-25"])
    with pytest.raises(ContractViolation):
        newsparse_check(BadOffsets(), max_examples=5, texts=["hello"])
