"""The pure pass of `make test` (NEWSPARSE_TEST_PURE=1) really runs the plugins from their sources."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import compiled
from tests.pure_imports import plugin_packages, pure_test_files

TESTS = Path(__file__).resolve().parents[1]


@pytest.mark.pure
def test_the_pure_pass_imports_no_compiled_plugin_module() -> None:
    newsparse.parse("Gunmen killed 3 people in Kabul on Monday, police said.")  # imports every plugin
    packages = plugin_packages()
    loaded = [module for name, module in list(sys.modules.items()) if name.partition(".")[0] in packages]
    assert loaded and not [module.__name__ for module in loaded if compiled.is_compiled(module)]


def test_the_pure_pass_collects_the_file_of_every_test_marked_pure(request: pytest.FixtureRequest) -> None:
    """The pure pass collects only ``pure_test_files``: each test this session collected and marked pure
    (by the mark, or by a fixture that spies) sits in one of them, so the pure pass still runs it."""
    marked = {Path(item.path) for item in request.session.items if item.get_closest_marker("pure")}
    assert marked, "no test marked pure was collected"
    assert marked <= set(pure_test_files(TESTS)), sorted(marked - set(pure_test_files(TESTS)))
