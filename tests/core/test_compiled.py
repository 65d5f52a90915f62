"""The optional compiled build: what diagnostics say, and when tools/build_compiled.py does not build."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sysconfig
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

import newsparse
from newsparse import compiled
from newsparse.cli import cli
from newsparse.plugins import make_plugin_manager

ROOT = Path(__file__).resolve().parents[2]


def _build_tool() -> ModuleType:
    """tools/build_compiled.py as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("build_compiled", ROOT / "tools" / "build_compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_compiled_modules_names_extensions_not_shared_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    package = tmp_path / "fakepkg_compiled"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "words.py").write_text("", encoding="utf-8")
    (package / ("words" + suffix)).write_bytes(b"")
    (package / ("tags" + suffix)).write_bytes(b"")
    (package / ("group__mypyc" + suffix)).write_bytes(b"")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(compiled, "_packages", lambda: ["fakepkg_compiled", "no_such_package_here"])
    assert compiled.compiled_modules() == ("fakepkg_compiled.tags", "fakepkg_compiled.words")
    assert compiled.compiled_summary() == "compiled modules (2, mypyc): fakepkg_compiled 2"


def test_summary_says_pure_when_nothing_is_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled, "compiled_modules", lambda: ())
    assert compiled.compiled_summary() == "compiled modules: none (pure Python)"


def test_version_says_whether_compiled_modules_are_in_use() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert newsparse.__version__ in result.output
    assert compiled.compiled_summary() in result.output


def test_build_is_skipped_when_pure_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _build_tool()
    monkeypatch.setenv("NEWSPARSE_PURE", "1")
    assert tool._skip_reason() == "NEWSPARSE_PURE=1"


def test_build_is_skipped_without_a_compiler(monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _build_tool()
    monkeypatch.delenv("NEWSPARSE_PURE", raising=False)
    monkeypatch.setenv("CC", "no-such-c-compiler-here")
    assert tool._skip_reason() == "no C compiler (no-such-c-compiler-here)"


def test_failed_build_removes_what_it_built_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = _build_tool()
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.setattr(tool, "PLUGINS", tmp_path)
    monkeypatch.setattr(tool, "BUILD_DIR", tmp_path / "build" / "compiled")
    removed: list[bool] = []
    monkeypatch.setattr(tool, "clean", lambda: removed.append(True) or 0)
    monkeypatch.setattr(tool, "_skip_reason", lambda: None)
    monkeypatch.setenv("NEWSPARSE_BUILD_PGO", "0")  # one attempt (with a profile a failure is retried)

    def broken(flags: list[str]) -> None:
        print("mypyc said: error")
        raise SystemExit("error: a wrong annotation")

    monkeypatch.setattr(tool, "_build", broken)
    assert tool.build() == 0
    out = capsys.readouterr().out
    assert "failed (SystemExit: error: a wrong annotation" in out and "pure-Python modules in use" in out
    assert len(removed) == 1  # after its failure (a build keeps what is current: incremental)
    assert "mypyc said" in (tmp_path / "build" / "compiled.log").read_text(encoding="utf-8")


def _fake_extension(root: Path, name: str, source_newer: bool) -> None:
    """A package ``name`` with a module ``words`` and its extension, the source edited after or before."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    package = root / name
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    source, built = package / "words.py", package / ("words" + suffix)
    source.write_text("", encoding="utf-8")
    built.write_bytes(b"")
    edited, made = (2_000_000_000, 1_000_000_000) if source_newer else (1_000_000_000, 2_000_000_000)
    os.utime(source, (edited, edited))
    os.utime(built, (made, made))


def test_an_extension_older_than_its_source_is_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_extension(tmp_path, "fakepkg_stale", source_newer=True)
    _fake_extension(tmp_path, "fakepkg_fresh", source_newer=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert compiled.stale_extensions(["fakepkg_stale", "fakepkg_fresh"]) == ("fakepkg_stale.words",)
    compiled.require_fresh(["fakepkg_fresh"])
    message = r"older than its source: fakepkg_stale\.words .*make install"
    with pytest.raises(compiled.StaleBuild, match=message):
        compiled.require_fresh(["fakepkg_stale", "fakepkg_fresh"])


def test_a_source_edited_while_the_build_ran_stays_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build dates extensions by its start: an edit made during it (perhaps compiled in its old
    form) is newer than the extension, so loading names it instead of running the old code."""
    tool = _build_tool()
    _fake_extension(tmp_path, "fakepkg_during", source_newer=False)
    package = tmp_path / "fakepkg_during"
    monkeypatch.setattr(tool, "PLUGINS", tmp_path)
    monkeypatch.setattr(tool, "GROUPS", (("fakepkg_during.compiled", ("fakepkg_during/words.py",)),))
    monkeypatch.syspath_prepend(str(tmp_path))
    os.utime(package / "words.py", (1_500_000_100, 1_500_000_100))  # edited after the build began
    tool._mark_built(1_500_000_000.0)
    assert compiled.stale_extensions(["fakepkg_during"]) == ("fakepkg_during.words",)


def test_loading_a_plugin_with_a_stale_extension_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[str] | None] = []

    def stale(packages: list[str] | None = None) -> tuple[str, ...]:
        asked.append(packages)
        return ("newsparse_dates.scan",) if packages == ["newsparse_dates"] else ()

    monkeypatch.setattr(compiled, "stale_extensions", stale)
    with pytest.raises(compiled.StaleBuild, match=r"newsparse_dates\.scan"):
        make_plugin_manager(only="dates")
    assert asked == [["newsparse"], ["newsparse_dates"]]  # the core's extensions, then the plugin's


def test_a_stale_core_extension_stops_plugin_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    """The core is compiled too (session 25): an edited core module whose extension is older refuses."""

    def stale(packages: list[str] | None = None) -> tuple[str, ...]:
        return ("newsparse.text",) if packages == ["newsparse"] else ()

    monkeypatch.setattr(compiled, "stale_extensions", stale)
    with pytest.raises(compiled.StaleBuild, match=r"newsparse\.text"):
        make_plugin_manager(only="dates")


def test_a_rebuild_removes_extensions_of_modules_no_longer_listed_and_dates_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = _build_tool()
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    monkeypatch.setattr(tool, "PLUGINS", tmp_path)
    monkeypatch.setattr(tool, "GROUPS", (("fakepkg.compiled", ("fakepkg/kept.py",)),))
    package = tmp_path / "fakepkg"
    package.mkdir()
    for stem in ("kept", "compiled__mypyc", "dropped"):
        (package / (stem + suffix)).write_bytes(b"")
        os.utime(package / (stem + suffix), (1_000_000_000, 1_000_000_000))
    tool._remove_unlisted()
    assert sorted(p.name for p in package.iterdir()) == ["compiled__mypyc" + suffix, "kept" + suffix]
    tool._mark_built(1_500_000_000.0)
    assert (package / ("kept" + suffix)).stat().st_mtime == 1_500_000_000
    assert tool.summary() == "1 module (fakepkg 1)"


def _module_from(origin: str | None) -> ModuleType:
    """A module whose spec says it was loaded from ``origin`` (None: no spec)."""
    module = ModuleType("fake_module")
    spec = None if origin is None else importlib.machinery.ModuleSpec("fake_module", None, origin=origin)
    module.__spec__ = spec
    return module


def test_is_compiled_tells_an_extension_from_a_source_module() -> None:
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    assert compiled.is_compiled(_module_from("/somewhere/fake_module" + suffix))
    assert not compiled.is_compiled(_module_from("/somewhere/fake_module.py"))
    assert not compiled.is_compiled(_module_from(None))
    assert not compiled.is_compiled(compiled)  # the core is pure Python


class _FakeCompiler:
    """Just enough of a distutils compiler for the shared pool: records each object it compiles."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.compiled: list[str] = []

    def _setup_compile(
        self, outdir: str, macros: object, incdirs: object, sources: list[str], depends: object, extra: object
    ) -> tuple[object, list[str], object, list[str], dict[str, tuple[str, str]]]:
        objects = [str(self.root / (Path(source).stem + ".o")) for source in sources]
        build = {obj: (src, ".c") for obj, src in zip(objects, sources, strict=True)}
        return macros, objects, extra, [], build

    def _get_cc_args(self, pp_opts: list[str], debug: bool, before: object) -> list[str]:
        return ["-c"]

    def _compile(
        self, obj: str, src: str, ext: str, cc_args: list[str], extra: object, pp_opts: list[str]
    ) -> None:
        self.compiled.append(Path(obj).name)
        Path(obj).write_bytes(b"")


def _dated(path: Path, when: int) -> str:
    path.write_text("", encoding="utf-8")
    os.utime(path, (when, when))
    return str(path)


def test_shared_compiles_build_each_object_once_and_keep_fresh_ones(tmp_path: Path) -> None:
    tool = _build_tool()
    header = _dated(tmp_path / "group.h", 1_000_000_000)
    runtime = _dated(tmp_path / "runtime.c", 1_000_000_000)
    module = _dated(tmp_path / "words.c", 1_000_000_000)
    fake = _FakeCompiler(tmp_path)
    shared = tool._SharedCompiles(2, [header])
    try:
        first = shared.compile(fake, [module, runtime], depends=[header])
        second = shared.compile(fake, [runtime], depends=[header])  # another group lists the runtime too
    finally:
        shared.pool.shutdown(wait=True)
    assert first == [str(tmp_path / "words.o"), str(tmp_path / "runtime.o")]
    assert second == [str(tmp_path / "runtime.o")]
    assert sorted(fake.compiled) == ["runtime.o", "words.o"]
    os.utime(module, (3_000_000_000, 3_000_000_000))  # the module's C changed, the runtime's did not
    again = tool._SharedCompiles(2, [header])
    try:
        again.compile(fake, [module, runtime], depends=[header])
    finally:
        again.pool.shutdown(wait=True)
    assert sorted(fake.compiled) == ["runtime.o", "words.o", "words.o"]


def test_build_jobs_default_to_every_core_and_follow_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _build_tool()
    monkeypatch.delenv("NEWSPARSE_BUILD_JOBS", raising=False)
    assert tool._jobs() == max(1, os.cpu_count() or 1)
    monkeypatch.setenv("NEWSPARSE_BUILD_JOBS", "3")
    assert tool._jobs() == 3


def test_one_c_file_per_module_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    tool = _build_tool()
    monkeypatch.delenv("NEWSPARSE_BUILD_MULTI_FILE", raising=False)
    assert not tool._multi_file()
    monkeypatch.setenv("NEWSPARSE_BUILD_MULTI_FILE", "1")
    assert tool._multi_file()
