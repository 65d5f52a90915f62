"""The core's own compiled group (session 25): where its sources and extensions live, and the pure pass."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.core.test_compiled import _build_tool

ROOT = Path(__file__).resolve().parents[2]


def test_core_modules_are_listed_under_src_and_built_from_plugins() -> None:
    tool = _build_tool()
    core = [path for _, paths in tool.GROUPS for path in paths if path.startswith("newsparse/")]
    assert "newsparse/text.py" in core
    for path in core:
        assert (tool.source_root(path) / path) == ROOT / "src" / path
        assert (ROOT / "src" / path).is_file()
        assert tool._from_plugins(path) == os.path.join("..", "src", path)
    assert tool.source_root("newsparse_dates/scan.py") == ROOT / "plugins"
    assert tool._from_plugins("newsparse_dates/scan.py") == "newsparse_dates/scan.py"


def test_built_files_and_the_summary_count_the_core(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _build_tool()
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    monkeypatch.setattr(tool, "SRC", tmp_path / "src")
    monkeypatch.setattr(tool, "PLUGINS", tmp_path / "plugins")
    monkeypatch.setattr(tool, "BUILD_DIR", tmp_path / "build")  # clean() removes it: never the real one
    monkeypatch.setattr(
        tool, "GROUPS", (("newsparse.core", ("newsparse/text.py",)), ("fakepkg.compiled", ("fakepkg/a.py",)))
    )
    for folder in (tmp_path / "src" / "newsparse", tmp_path / "plugins" / "fakepkg"):
        folder.mkdir(parents=True)
    (tmp_path / "src" / "newsparse" / ("text" + suffix)).write_bytes(b"")
    (tmp_path / "plugins" / "fakepkg" / ("a" + suffix)).write_bytes(b"")
    (tmp_path / "src" / "newsparse" / ("unlisted" + suffix)).write_bytes(b"")
    tool._remove_unlisted()  # an extension of a core module no longer listed is removed, as a plugin's
    assert [path.name for path in tool.built_files()] == ["a" + suffix, "text" + suffix]
    assert tool.summary() == "2 modules (core 1, fakepkg 1)"
    assert tool.clean() == 0


def test_the_pure_pass_imports_the_core_from_its_sources() -> None:
    """`make test`'s pure pass (``python -m tests.pure_run``) hides the core's extensions too."""
    code = (
        "from tests.pure_imports import hide_extensions\n"
        "hide_extensions(core=True)\n"
        "import newsparse.text, newsparse.validation\n"
        "from newsparse.compiled import is_compiled\n"
        "print(is_compiled(newsparse.text), is_compiled(newsparse.validation))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
