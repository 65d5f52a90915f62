"""The load-free instruction A/B (tools/callgrind_ab.py, pipeline_ab.py instructions): its reading of
callgrind's output format (a small file written here), the per-layer figures and report, the command
line's refusals, the plain message without valgrind; the helper's frames counted by a real callgrind
run where valgrind and gcc are installed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

import callgrind_ab  # noqa: E402
import checkout_ab  # noqa: E402
import pipeline_ab  # noqa: E402

# written by hand in callgrind's format: compressed names, relative positions, a call into each of
# two layer functions (one calling a consulted producer), self costs, the call into the measured
# frame, a second part (summed)
RECORDED = """# callgrind format
version: 1
creator: callgrind-3.19.0
pid: 4242
cmd:  python callgrind_ab.py measure --drawn x=y
part: 1

positions: line
events: Ir
summary: 1000

ob=(1) /tmp/abinstr_helper.so
fl=(1) ???
fn=(1) abinstr_measured
0 10
cob=(2) /usr/lib/libpython3.11.so
cfi=(2) ceval.c
cfn=(2) _PyEval_EvalFrameDefault
calls=1 0
0 990

fl=(2)
fn=(2)
+5 90
-3 100
cob=(1)
cfi=(1)
cfn=(3) abinstr_layer_00
calls=2 +1
* 600
cfn=(4) abinstr_layer_01
calls=1 0
* 200

fn=(3)
0 8
cfn=(5) abinstr_consulted_00
calls=1 0
0 150
cfn=(2)
calls=2 0
0 442

fn=(4)
0 4
cfn=(2)
calls=1 0
0 196

fl=(2)
fn=(6) cfunction_vectorcall_O
cob=(1)
cfi=(1)
cfn=(1)
calls=1 0
0 1000

totals: 1000
"""

SECOND_PART = """part: 2
positions: instr line
events: Ir Dr
fn=(9) abinstr_layer_00
0x10 3 7 1
cfn=(9)
calls=1 0x10 3
0x10 3 5 2
totals: 12 3
"""


def test_callgrind_output_is_read_for_totals_self_and_inclusive_costs() -> None:
    profile = callgrind_ab.parse_callgrind(RECORDED)
    assert profile.events == ("Ir",)
    assert profile.total() == 1000
    assert profile.called("abinstr_measured") == 1000  # the call into it (collection began inside)
    assert profile.called("abinstr_layer_00") == 600  # the calls into it, whatever their count
    assert profile.called("abinstr_layer_01") == 200
    assert profile.called("abinstr_consulted_00") == 150
    assert profile.called("never_called") == 0
    assert profile.own["abinstr_measured"] == (10,)
    assert profile.own["_PyEval_EvalFrameDefault"] == (190,)  # "+5 90" and "-3 100": positions skipped
    assert profile.called("_PyEval_EvalFrameDefault") == 990 + 442 + 196


def test_parts_are_summed_and_two_position_columns_and_two_events_are_read() -> None:
    profile = callgrind_ab.parse_callgrind(RECORDED + SECOND_PART)
    assert profile.events == ("Ir", "Dr")
    assert profile.total() == 1012 and profile.total("Dr") == 3
    assert profile.own["abinstr_layer_00"][:2] == (8 + 7, 1)
    assert profile.called("abinstr_layer_00") == 605 and profile.called("abinstr_layer_00", "Dr") == 2


def test_summary_serves_where_no_totals_line_is_written() -> None:
    text = RECORDED.replace("totals: 1000\n", "")
    assert callgrind_ab.parse_callgrind(text).total() == 1000


def test_the_side_figures_take_each_layers_consultations_out_and_leave_the_rest_to_core() -> None:
    profile = callgrind_ab.parse_callgrind(RECORDED)
    figures = callgrind_ab.side_figures(profile, ["dates", "entities"], ["syntax"])
    # abinstr_consulted_00: syntax asked by layer 0 (dates), inside dates' 600
    assert figures == {
        "total": 1000,
        "dates": 450,
        "entities": 200,
        "syntax (consulted)": 150,
        "  syntax for dates": 150,
        "core": 200,
        "allocators (within the lines)": 0,
        "total less allocators": 1000,
    }
    assert sum(figures[k] for k in ("dates", "entities", "syntax (consulted)", "core")) == figures["total"]


def test_the_allocators_own_work_is_shown_apart_from_the_total() -> None:
    text = (
        "events: Ir\nfn=(1) _PyObject_Free\n0 30\nfn=(2) unlink_chunk.constprop.0\n0 12\nfn=(3) work\n0 58\n"
    )
    figures = callgrind_ab.side_figures(callgrind_ab.parse_callgrind(text + "totals: 100\n"), [], [])
    assert figures["allocators (within the lines)"] == 42 and figures["total less allocators"] == 58


def test_each_pair_of_producer_and_asking_layer_has_its_own_slot() -> None:
    slots = {callgrind_ab.consulted_slot(i, j, 2) for i in range(4) for j in range(2)}
    assert slots == set(range(8))  # 3 layers and "no layer", 2 producers: no two pairs share
    text = RECORDED.replace("cfn=(5) abinstr_consulted_00", "cfn=(5) abinstr_consulted_02")
    figures = callgrind_ab.side_figures(callgrind_ab.parse_callgrind(text), ["dates", "entities"], ["syntax"])
    assert figures["dates"] == 600 and figures["  syntax for no layer"] == 150 and figures["core"] == 50


def test_the_report_shows_millions_the_difference_and_the_ratio() -> None:
    base = {"total": 2_000_000_000, "dates": 400_000_000, "core": 100_000_000}
    new = {"total": 1_980_000_000, "dates": 380_000_000, "core": 100_000_000, "hardware": 5}
    lines = callgrind_ab.report({"base": base, "new": new}).splitlines()
    assert lines[1].split() == ["total", "2000.00", "1980.00", "-20.00", "0.9900"]
    assert lines[2].split() == ["dates", "400.00", "380.00", "-20.00", "0.9500"]
    assert lines[4].split() == ["hardware", "0.00", "0.00", "+0.00", "-"]  # only on one side: no ratio


def test_the_helper_source_has_a_function_for_the_pass_and_each_slot() -> None:
    source = callgrind_ab.helper_source()
    assert "PyObject *abinstr_measured(PyObject *self, PyObject *run)" in source
    for slot in (0, callgrind_ab.SLOTS - 1):
        assert f"abinstr_layer_{slot:02d}" in source and f"abinstr_consulted_{slot:02d}" in source
    assert "PyInit_abinstr_helper" in source


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["instructions"], "instructions needs --base-checkout"),
        (["instructions", "--base-checkout", "b", "--count", "0"], "--count must be 1 or more"),
        (["time", "--keep", "k"], "--keep is for instructions only"),
    ],
)
def test_the_command_line_refuses_what_it_cannot_run(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        pipeline_ab.main(argv)
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


def test_without_valgrind_the_tool_says_so_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(checkout_ab, "build_state", lambda path: "compiled modules (test)")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "a1", "text": "Rain."}) + "\n", encoding="utf-8")
    ids = tmp_path / "ids.txt"
    ids.write_text("a1\n", encoding="utf-8")
    argv = ["instructions", "--base-checkout", str(tmp_path), "--ids", str(ids), "--articles", str(articles)]
    assert pipeline_ab.main([*argv, "--keep", str(tmp_path / "kept")]) == 2
    error = capsys.readouterr().err
    assert "valgrind is not installed" in error and "apt-get install valgrind" in error
    assert json.loads((tmp_path / "kept" / "drawn.jsonl").read_text(encoding="utf-8"))["id"] == "a1"


@pytest.mark.skipif(
    shutil.which("valgrind") is None or shutil.which("gcc") is None, reason="no valgrind or gcc"
)
def test_callgrind_counts_only_inside_the_measured_frame_and_sees_each_layer_frame(tmp_path: Path) -> None:
    helper = callgrind_ab.compile_helper(Path(sys.executable), tmp_path)
    script = tmp_path / "run.py"
    script.write_text(
        "import importlib.util\n"
        f"spec = importlib.util.spec_from_file_location('abinstr_helper', {str(helper)!r})\n"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)\n"
        "sum(range(200000))  # outside: not counted\n"
        "m.abinstr_measured(lambda: [m.abinstr_layer_00(lambda: sum(range(20000))),"
        " m.abinstr_layer_01(lambda: sum(range(2000)))])\n",
        encoding="utf-8",
    )
    out = tmp_path / "callgrind.out"
    command = [
        "valgrind",
        "-q",
        "--tool=callgrind",
        "--collect-atstart=no",
        "--toggle-collect=abinstr_measured",
        f"--callgrind-out-file={out}",
        sys.executable,
        str(script),
    ]
    subprocess.run(command, check=True, capture_output=True)
    profile = callgrind_ab.parse_callgrind(out.read_text(encoding="utf-8"))
    figures = callgrind_ab.side_figures(profile, ["big", "small"], [])
    assert 0 < figures["small"] < figures["big"] < figures["total"]
    assert figures["total"] < 5 * figures["big"]  # the 200,000 sum outside was not counted
