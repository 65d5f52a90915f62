"""Session 38's build tools: each group library's C optimisation level (tools/build_compiled.py), the
build's cost by command (tools/build_cost.py) and the cache columns of the instruction A/B
(tools/callgrind_ab.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

import build_compiled  # noqa: E402
import build_cost  # noqa: E402
import callgrind_ab  # noqa: E402

MYPYC_FLAGS = ["-O3", "-g0", "-Werror", "-Wno-unused-function"]


def _extensions() -> list[SimpleNamespace]:
    """Two group libraries and a shim sharing one flag list, as ``mypycify`` returns them."""
    shared = list(MYPYC_FLAGS)
    names = ["newsparse_events.compiled__mypyc", "newsparse_dates.compiled__mypyc", "newsparse_events.agents"]
    return [SimpleNamespace(name=name, extra_compile_args=shared) for name in names]


def test_a_listed_group_library_gets_its_level_and_nothing_else_changes() -> None:
    events, dates, shim = _extensions()
    build_compiled._set_levels([events, dates, shim], {"newsparse_events.compiled": "2"})
    assert events.extra_compile_args == ["-O2", "-g0", "-Werror", "-Wno-unused-function"]
    assert dates.extra_compile_args == MYPYC_FLAGS  # not listed: mypyc's level
    assert shim.extra_compile_args == MYPYC_FLAGS  # a shim keeps mypyc's flags
    assert dates.extra_compile_args is shim.extra_compile_args  # the shared list was not edited in place


def test_the_environment_sets_every_groups_level(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_BUILD_OPT", "3")
    assert set(build_compiled._levels().values()) == {"3"}
    assert set(build_compiled._levels()) == {name for name, _ in build_compiled.GROUPS}
    monkeypatch.setenv("NEWSPARSE_BUILD_OPT", "fast")  # not a level: the table
    assert build_compiled._levels() == dict(build_compiled.LEVELS)
    monkeypatch.delenv("NEWSPARSE_BUILD_OPT")
    assert build_compiled._levels() == dict(build_compiled.LEVELS)


def test_every_listed_level_names_a_group_and_a_gcc_level() -> None:
    groups = {name for name, _ in build_compiled.GROUPS}
    for name, level in build_compiled.LEVELS:
        assert name in groups and level in ("0", "1", "2", "3", "s")


def test_the_cost_spy_records_each_commands_kind_output_and_cpu() -> None:
    spy = build_cost.Spy()
    spawn = build_cost._spawn(spy)
    spawn(None, ["true", "-c", "-o", "group.o"])
    spawn(None, ["true", "-o", "group.so"])
    kinds = [(command.kind, command.output) for command in spy.commands]
    assert kinds == [("compile", "group.o"), ("link", "group.so")]
    assert all(command.cpu >= 0 and command.wall >= 0 for command in spy.commands)
    with pytest.raises(RuntimeError):
        spawn(None, ["sh", "-c", "exit 3"])


CACHE_RECORDED = """events: Ir I1mr ILmr D1mr DLmr
fn=(1) abinstr_measured
0 10 1 0 2 1
cfn=(2) abinstr_layer_00
calls=1 0
0 600 40 7 30 9
fn=(2)
0 600 40 7 30 9
totals: 1000 50 8 40 12
"""


def test_the_side_figures_read_any_cache_column() -> None:
    profile = callgrind_ab.parse_callgrind(CACHE_RECORDED)
    misses = callgrind_ab.side_figures(profile, ["dates"], [], "I1mr")
    assert misses["total"] == 50 and misses["dates"] == 40 and misses["core"] == 10
    assert callgrind_ab.side_figures(profile, ["dates"], [], "DLmr")["dates"] == 9
    assert callgrind_ab.side_figures(profile, ["dates"], [])["dates"] == 600  # instructions by default
    header = callgrind_ab.report({"base": misses, "new": misses}, "I1mr").splitlines()[0]
    assert header.split()[0] == "I1mr"
