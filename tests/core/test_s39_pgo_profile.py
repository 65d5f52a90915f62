"""Session 39 (pgodel): the compiled build's committed profile (tools/pgo_profile.py). The default build
takes the profile flags when the profile is there and was written by the same gcc series, and not
otherwise; the objects' paths are relative, so gcc names a profile alike in any checkout."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

import build_compiled  # noqa: E402
import pgo_profile  # noqa: E402


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "profile.tar.gz"
    path.write_bytes(b"counts")
    return path


def test_the_default_build_uses_a_present_profile_of_the_same_gcc(profile: Path) -> None:
    flags, note = pgo_profile.profile_flags("", profile, "12.2.0", "12.2.1")
    used = [flag for flag in flags if flag.startswith("-fprofile-use=")]
    assert len(used) == 1 and Path(used[0].split("=", 1)[1]).parent == pgo_profile.BUILD_DIR / "profile"
    assert f"-fprofile-prefix-path={pgo_profile.PLUGINS}" in flags
    assert {"-fprofile-partial-training", "-Wno-missing-profile", "-Wno-coverage-mismatch"} <= set(flags)
    assert note.startswith("profile used")
    assert pgo_profile.profile_folder(flags) == Path(used[0].split("=", 1)[1])


@pytest.mark.parametrize(
    ("mode", "recorded", "current", "why"),
    [
        ("0", "12.2.0", "12.2.0", "NEWSPARSE_BUILD_PGO=0"),
        ("", "11.3.0", "12.2.0", "written by gcc 11.3.0"),
        ("", "12.1.0", "12.2.0", "written by gcc 12.1.0"),
        ("", None, "12.2.0", "written by gcc unknown"),
        ("", "12.2.0", None, "not gcc"),
    ],
)
def test_no_profile_flags_when_turned_off_or_another_gcc_wrote_it(
    profile: Path, mode: str, recorded: str | None, current: str | None, why: str
) -> None:
    flags, note = pgo_profile.profile_flags(mode, profile, recorded, current)
    assert flags == [] and why in note and note.startswith("profile not used")
    assert pgo_profile.profile_folder(flags) is None


def test_no_profile_flags_without_the_file(tmp_path: Path) -> None:
    flags, note = pgo_profile.profile_flags("", tmp_path / "profile.tar.gz", "12.2.0", "12.2.0")
    assert flags == [] and "no profile.tar.gz" in note


def test_a_new_profile_is_unpacked_to_a_new_folder(tmp_path: Path) -> None:
    first, second = tmp_path / "a.tar.gz", tmp_path / "b.tar.gz"
    first.write_bytes(b"one")
    second.write_bytes(b"two")
    folders = {
        pgo_profile.profile_folder(pgo_profile.profile_flags("", path, "12.2.0", "12.2.0")[0])
        for path in (first, second)
    }
    assert len(folders) == 2  # other flags: the objects built from the old profile are not kept


def test_an_instrumented_build_writes_its_counts_by_relative_names() -> None:
    flags, _ = pgo_profile.profile_flags("generate", Path("/nowhere"), None, None)
    assert flags == [
        f"-fprofile-generate={pgo_profile.PROFILE_WRITTEN}",
        f"-fprofile-prefix-path={pgo_profile.PLUGINS}",
    ]


def test_objects_are_named_by_their_path_from_the_checkout_relative_to_plugins() -> None:
    c_file = build_compiled._relative(str(build_compiled.BUILD_DIR / "c" / "events__mypyc.c"))
    assert c_file == "../build/compiled/c/events__mypyc.c"
    temp = build_compiled._relative(str(build_compiled.BUILD_DIR / "temp"))
    names = build_compiled._object_names([c_file, "/usr/lib/x.c"], temp, ".o")
    assert names == [
        "../build/compiled/temp/build/compiled/c/events__mypyc.o",
        "../build/compiled/temp/usr/lib/x.o",
    ]
    assert build_compiled._relative("/usr/include/python3.11") == "/usr/include/python3.11"


def test_the_build_line_counts_the_profile_files_naming_an_object_of_this_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plugins = tmp_path / "plugins"
    objects = tmp_path / "build" / "compiled" / "temp" / "build" / "compiled" / "c" / "newsparse_dates"
    objects.mkdir(parents=True)
    (objects / "__native_compiled.o").write_bytes(b"")
    plugins.mkdir()
    monkeypatch.setattr(pgo_profile, "PLUGINS", plugins)
    where = tmp_path / "profile"
    where.mkdir()
    (where / "^#build#compiled#temp#build#compiled#c#newsparse_dates#__native_compiled.gcda").write_bytes(b"")
    (where / "^#build#compiled#temp#build#compiled#c#newsparse_dates#gone.gcda").write_bytes(b"")
    assert pgo_profile.profiles_matched(where) == (1, 2)


def test_a_build_that_fails_with_the_profile_is_built_again_without_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, profile: Path
) -> None:
    monkeypatch.setattr(build_compiled, "ROOT", tmp_path)
    monkeypatch.setattr(build_compiled, "PLUGINS", tmp_path)
    monkeypatch.setattr(build_compiled, "BUILD_DIR", tmp_path / "build" / "compiled")
    monkeypatch.setattr(build_compiled, "clean", lambda: 0)
    monkeypatch.setattr(build_compiled, "_skip_reason", lambda: None)
    monkeypatch.setattr(build_compiled, "_mark_built", lambda started_at: None)
    monkeypatch.setattr(pgo_profile, "PROFILE", profile)
    monkeypatch.setattr(pgo_profile, "recorded_gcc", lambda: "12.2.0")
    monkeypatch.setattr(pgo_profile, "gcc_version", lambda: "12.2.0")
    monkeypatch.delenv("NEWSPARSE_BUILD_PGO", raising=False)
    monkeypatch.delenv("NEWSPARSE_BUILD_CFLAGS", raising=False)
    attempts: list[list[str]] = []

    def build_once(flags: list[str]) -> None:
        attempts.append(flags)
        if any(flag.startswith("-fprofile-use=") for flag in flags):
            raise SystemExit("error: corrupted profile info")

    monkeypatch.setattr(build_compiled, "_build", build_once)
    assert build_compiled.build() == 0
    out = capsys.readouterr().out
    assert len(attempts) == 2 and attempts[1] == []
    assert "profile not used: the build with it failed (SystemExit: error: corrupted profile info" in out
    assert "built again without it" in out and "pure-Python" not in out


def test_a_stale_profile_is_never_an_error_under_werror(profile: Path) -> None:
    """gcc's "Missing counts for called function" has no option of its own: only -Wno-error keeps it a
    warning, after mypyc's -Werror (a fresh clone's build failed on it without)."""
    flags, _ = pgo_profile.profile_flags("", profile, "12.2.0", "12.2.1")
    assert flags[-1] == "-Wno-error" or "-Wno-error" in flags


def test_the_retry_forgets_the_folders_distutils_made() -> None:
    """distutils remembers the folders it made; the failed build's clean-up removes them, so the retry
    must make them again (it failed with "can't create ... .o" without this)."""
    from setuptools._distutils import dir_util

    dir_util._path_created["/nowhere/made-by-a-failed-build"] = 1  # type: ignore[index]
    build_compiled._forget_made_folders()
    assert "/nowhere/made-by-a-failed-build" not in dir_util._path_created
