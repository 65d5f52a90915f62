"""The pure pass of `make test` (NEWSPARSE_TEST_PURE=1) really runs the plugins from their sources."""

from __future__ import annotations

import sys

import pytest

import newsparse
from newsparse import compiled
from tests.pure_imports import plugin_packages


@pytest.mark.pure
def test_the_pure_pass_imports_no_compiled_plugin_module() -> None:
    newsparse.parse("Gunmen killed 3 people in Kabul on Monday, police said.")  # imports every plugin
    packages = plugin_packages()
    loaded = [module for name, module in list(sys.modules.items()) if name.partition(".")[0] in packages]
    assert loaded and not [module.__name__ for module in loaded if compiled.is_compiled(module)]
