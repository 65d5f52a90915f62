"""Import the plugins from their Python sources even where compiled extensions sit beside them.

A test that spies on a module function by monkeypatching it sees no call made inside a compiled
module (the call was bound at build time). Such tests are marked ``pure``: in a compiled install they
skip, and `make test` runs them again with ``NEWSPARSE_TEST_PURE=1``, which installs this finder first.
The core (``newsparse``) is compiled too (session 25) and imported before any conftest (the pytest
plugin): ``python -m tests.pure_run`` installs the finder for it before pytest starts.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.metadata
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

_LOADERS = [(importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES)]
# Fixtures that monkeypatch a function of a compiled module: their tests need the pure modules too.
PURE_FIXTURES = frozenset({"with_tree", "without_tree"})
# What a test file holding a test the pure pass runs spells: the mark, or a fixture that adds it.
_PURE_WORDS = re.compile(r"mark\.pure\b|" + "|".join(sorted(PURE_FIXTURES)))


class SourceOnlyFinder(importlib.abc.MetaPathFinder):
    """Finds the modules of the given top-level packages as ``.py`` sources only."""

    def __init__(self, packages: frozenset[str]) -> None:
        self.packages = packages

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        """The source module's spec for a name inside one of the packages, else None (others look)."""
        if fullname.partition(".")[0] not in self.packages:
            return None
        for entry in path if path is not None else sys.path:
            spec = importlib.machinery.FileFinder(entry or ".", *_LOADERS).find_spec(fullname, target)
            if spec is not None:
                return spec
        return None


def plugin_packages() -> frozenset[str]:
    """The top-level packages of every installed newsparse plugin (without importing them)."""
    entries = importlib.metadata.entry_points(group="newsparse")
    return frozenset(entry.value.split(":")[0].split(".")[0] for entry in entries)


def hide_extensions(core: bool = False) -> None:
    """Make every later import of a plugin module (and with ``core``, of the core's) load its source.

    Call before any such import; a second call, once a finder is in place, does nothing."""
    if any(isinstance(finder, SourceOnlyFinder) for finder in sys.meta_path):
        return
    packages = plugin_packages() | ({"newsparse"} if core else set())
    loaded = [name for name in sys.modules if name.partition(".")[0] in packages]
    assert not loaded, f"newsparse modules imported before the pure finder: {loaded[:5]}"
    sys.meta_path.insert(0, SourceOnlyFinder(packages))


def pure_test_files(tests: Path) -> list[Path]:
    """The test files under ``tests`` that spell the ``pure`` mark or a PURE_FIXTURES name: the pure pass
    collects these only (a few dozen of the suite's 500 files; collecting the rest cost most of its time).
    `tests/core/test_pure_pass.py` checks, in the main pass, that every test marked pure is in them."""
    return [path for path in sorted(tests.rglob("test_*.py")) if _PURE_WORDS.search(path.read_text("utf-8"))]
