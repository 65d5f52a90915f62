"""Session 39's extra C flags for the compiled build (``$NEWSPARSE_BUILD_CFLAGS`` in
tools/build_compiled.py): none by default, every extension's compile and link flags when set, and a
build with other flags than the last one's never keeps that build's objects."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

import build_compiled  # noqa: E402

MYPYC_FLAGS = ["-O3", "-g0", "-Werror", "-Wno-unused-function"]


def test_no_flags_unless_the_environment_gives_some(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSPARSE_BUILD_CFLAGS", raising=False)
    assert build_compiled._extra_flags() == []
    monkeypatch.setenv("NEWSPARSE_BUILD_CFLAGS", "  ")
    assert build_compiled._extra_flags() == []
    monkeypatch.setenv("NEWSPARSE_BUILD_CFLAGS", "-fprofile-use='/a b' -Wno-missing-profile")
    assert build_compiled._extra_flags() == ["-fprofile-use=/a b", "-Wno-missing-profile"]


def test_the_flags_reach_every_extensions_compile_and_link_without_editing_the_shared_list() -> None:
    shared, links = list(MYPYC_FLAGS), ["-lm"]
    names = ["newsparse_events.compiled__mypyc", "newsparse_events.agents"]
    extensions = [SimpleNamespace(name=n, extra_compile_args=shared, extra_link_args=links) for n in names]
    build_compiled._add_flags(extensions, ["-fprofile-generate=/p"])
    for extension in extensions:
        assert extension.extra_compile_args == [*MYPYC_FLAGS, "-fprofile-generate=/p"]
        assert extension.extra_link_args == ["-lm", "-fprofile-generate=/p"]
    assert shared == MYPYC_FLAGS and links == ["-lm"]


def test_objects_built_with_other_flags_are_removed_and_the_default_keeps_its_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(build_compiled, "BUILD_DIR", tmp_path)
    monkeypatch.setattr(build_compiled, "built_files", lambda: [])
    monkeypatch.setattr(build_compiled, "SETUPTOOLS_BUILD", tmp_path / "setuptools")
    copies = tmp_path / "setuptools" / "lib.linux-x86_64-cpython-311"
    copies.mkdir(parents=True)
    temp = tmp_path / "temp"
    temp.mkdir()
    (temp / "group.o").write_text("default", encoding="utf-8")
    build_compiled._forget_other_flags([])  # the default after a default build: everything kept
    assert (temp / "group.o").is_file() and not (tmp_path / "flags").exists()
    assert copies.is_dir()
    build_compiled._forget_other_flags(["-fprofile-generate=/p"])
    assert not temp.exists() and not copies.exists()  # setuptools' copies would be copied back
    assert (tmp_path / "flags").read_text(encoding="utf-8") == "-fprofile-generate=/p"
    temp.mkdir()
    (temp / "group.o").write_text("instrumented", encoding="utf-8")
    build_compiled._forget_other_flags(["-fprofile-generate=/p"])  # the same flags: kept
    assert (temp / "group.o").is_file()
    build_compiled._forget_other_flags([])  # back to the default: the flagged objects go
    assert not temp.exists() and not (tmp_path / "flags").exists()
