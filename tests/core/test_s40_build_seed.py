"""Session 40: the compiled build runs under a fixed hash seed (mypyc's C follows Python's string
hashing), however it is launched: the Makefile's build lines carry it and the tool re-runs itself
under it when launched without it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import build_compiled  # noqa: E402


def test_a_build_without_the_seed_is_given_it_and_one_with_it_runs_as_it_is() -> None:
    seed = build_compiled.BUILD_HASH_SEED
    assert build_compiled.seeded_environment({"PATH": "/bin"}) == {"PATH": "/bin", "PYTHONHASHSEED": seed}
    assert build_compiled.seeded_environment({"PYTHONHASHSEED": "random"}) == {"PYTHONHASHSEED": seed}
    assert build_compiled.seeded_environment({"PYTHONHASHSEED": "17"}) == {"PYTHONHASHSEED": seed}
    assert build_compiled.seeded_environment({"PYTHONHASHSEED": seed}) is None


def test_the_tool_runs_its_build_again_under_the_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[list[str], dict[str, str]]] = []
    monkeypatch.setenv("PYTHONHASHSEED", "random")
    monkeypatch.setattr(build_compiled.subprocess, "call", lambda args, env: calls.append((args, env)) or 0)
    monkeypatch.setattr(build_compiled, "build", lambda: pytest.fail("built under a random seed"))
    assert build_compiled.main([]) == 0
    [(args, env)] = calls
    assert args[-1].endswith("build_compiled.py")
    assert env["PYTHONHASHSEED"] == build_compiled.BUILD_HASH_SEED


def test_under_the_seed_the_tool_builds_in_its_own_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONHASHSEED", build_compiled.BUILD_HASH_SEED)
    monkeypatch.setattr(build_compiled.subprocess, "call", lambda *a, **k: pytest.fail("ran again"))
    monkeypatch.setattr(build_compiled, "build", lambda: 0)
    assert build_compiled.main([]) == 0


def test_every_make_line_that_builds_or_trains_carries_the_seed() -> None:
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    runs = [line for line in lines if re.search(r"tools/(build_compiled|pgo_train)\.py", line)]
    runs = [line for line in runs if "$(BIN)/python tools/" in line]
    assert len(runs) == 3
    seed = build_compiled.BUILD_HASH_SEED
    assert all(f"PYTHONHASHSEED={seed} " in line for line in runs)
