"""Session 35: ``newsparse casualties``, the per-document casualty table as a command (issue 16)."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.annotations import Event
from newsparse.cli import cli, main
from newsparse.model import Problem, _assemble
from newsparse_events import SummaryRow, summarise
from newsparse_events.casualties_cli import _outcome, casualties
from newsparse_events.tabulate import (
    Outcome,
    csv_header,
    csv_lines,
    json_lines,
    records,
    table_lines,
    total_words,
)

ROOT = Path(__file__).resolve().parents[2]
KABUL = "A car bomb killed 12 soldiers and wounded 30 civilians in Kabul on Monday, police said."
GHAZNI = "Seven militants were killed and wounded during an operation in Ghazni."
BOTH_SCOPES = (
    "A bomb killed 20 people in Kabul on Monday. The war has killed at least 250,000 people since 2011."
)


def run(*args: str | Path, stdin: str | bytes | None = None) -> Result:
    """Run ``newsparse casualties`` in this process (its workers are processes of their own)."""
    return CliRunner().invoke(casualties, [str(a) for a in args], input=stdin, catch_exceptions=False)


def two_documents(folder: Path) -> Path:
    """A JSONL file of two reports."""
    path = folder / "reports.jsonl"
    lines = [
        {"id": "kabul", "published": "2020-05-06", "text": KABUL},
        {"id": "ghazni", "published": "2020-05-10", "text": GHAZNI},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    return path


def json_rows(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_json_gives_one_object_per_row_with_the_document_and_its_line(tmp_path: Path) -> None:
    result = run(two_documents(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.output
    common = {"scope": "incident", "unknown": 0, "events": 1}
    assert json_rows(result) == [
        {"document": "kabul", "line": 1, "role": "killed", "victims": "soldiers", **common, "total": 12,
         "high": 12, "includes": []},
        {"document": "kabul", "line": 1, "role": "wounded", "victims": "civilians", **common, "total": 30,
         "high": 30, "includes": []},
        {"document": "ghazni", "line": 2, "role": "casualties", "victims": "militants", **common, "total": 7,
         "high": 7, "includes": ["killed", "wounded"]},
    ]  # fmt: skip
    assert result.stderr == "newsparse casualties: 2 documents read\n"


def test_csv_has_a_heading_and_the_same_rows(tmp_path: Path) -> None:
    result = run(two_documents(tmp_path), "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        "document", "line", "role", "victims", "scope", "total", "high", "includes", "events", "unknown",
        "error",
    ]  # fmt: skip
    assert [(r["document"], r["line"], r["role"], r["victims"], r["total"], r["includes"]) for r in rows] == [
        ("kabul", "1", "killed", "soldiers", "12", ""),
        ("kabul", "1", "wounded", "civilians", "30", ""),
        ("ghazni", "2", "casualties", "militants", "7", "killed,wounded"),
    ]
    assert {r["error"] for r in rows} == {""}


def test_the_table_names_each_document_once_and_what_a_joined_figure_includes(tmp_path: Path) -> None:
    result = run(two_documents(tmp_path))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert re.split(r"\s{2,}", lines[0]) == [
        "DOCUMENT",
        "ROLE",
        "VICTIMS",
        "SCOPE",
        "TOTAL",
        "EVENTS",
        "INCLUDES",
    ]
    cells = [re.split(r"\s{2,}", line.strip()) for line in lines[1:]]
    assert cells == [
        ["kabul (line 1)", "killed", "soldiers", "incident", "12", "1"],
        ["wounded", "civilians", "incident", "30", "1"],
        ["ghazni (line 2)", "casualties", "militants", "incident", "7", "1", "killed, wounded"],
    ]
    assert max(len(line) for line in lines) <= 100


def test_an_incident_and_a_running_total_in_one_text_stay_two_rows(tmp_path: Path) -> None:
    path = tmp_path / "war.txt"
    path.write_text(BOTH_SCOPES, "utf-8")
    result = run(path, "--published", "2020-05-06", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json_rows(result)
    assert [(r["document"], r["line"], r["role"], r["scope"], r["total"], r["high"]) for r in rows] == [
        ("war.txt", None, "killed", "incident", 20, 20),
        ("war.txt", None, "killed", "cumulative", 250000, None),  # "at least": no upper bound
    ]
    table = run(path, "--published", "2020-05-06").stdout
    assert "at least 250,000" in table and "270,000" not in table


def test_a_figure_of_the_killed_or_wounded_is_a_row_of_its_own_beside_the_killed() -> None:
    text = "Twenty soldiers were killed or wounded in the fighting. A bomb killed 3 soldiers in Kabul."
    result = run("-", "--format", "json", stdin=text)
    assert result.exit_code == 0, result.output
    rows = [(r["role"], r["victims"], r["total"], r["includes"]) for r in json_rows(result)]
    assert rows == [("casualties", "soldiers", 20, []), ("killed", "soldiers", 3, [])]


def test_standard_input_is_one_text_named_stdin() -> None:
    result = run("-", "--published", "2020-05-06", "--format", "csv", stdin=KABUL)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["document"], r["line"], r["role"], r["total"]) for r in rows] == [
        ("<stdin>", "", "killed", "12"),
        ("<stdin>", "", "wounded", "30"),
    ]


def test_standard_input_may_be_jsonl(tmp_path: Path) -> None:
    data = two_documents(tmp_path).read_text("utf-8")
    result = run("-", "--input-format", "jsonl", "--format", "json", stdin=data)
    assert result.exit_code == 0, result.output
    assert [(r["document"], r["line"], r["role"]) for r in json_rows(result)] == [
        ("kabul", 1, "killed"),
        ("kabul", 1, "wounded"),
        ("ghazni", 2, "casualties"),
    ]


def test_standard_input_that_is_not_utf8_is_a_failed_document_not_a_crash() -> None:
    result = run("-", "--format", "json", stdin=b"caf\xe9 " + KABUL.encode())
    assert result.exit_code == 1
    (row,) = json_rows(result)
    assert row["document"] == "<stdin>" and row["error"]["error"] == "InvalidUTF8"
    assert "<stdin> is not valid UTF-8 (byte 0xe9 at offset 3)" in result.stderr


def test_a_bad_file_among_good_ones_keeps_its_row_is_named_and_fails_the_run(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(KABUL, "utf-8")
    (folder / "b.txt").write_bytes(b"Caf\xe9 owner killed in Kabul.")
    (folder / "c.txt").write_text("  \n", "utf-8")
    (folder / "d.txt").write_text("Talks resumed in Geneva on Monday.", "utf-8")
    result = run(folder, "--format", "json")
    assert result.exit_code == 1
    rows = json_rows(result)
    assert [r["document"] for r in rows] == ["a.txt", "a.txt", "b.txt", "c.txt", "d.txt"]
    assert rows[2]["error"] == {
        "error": "InvalidUTF8",
        "message": "b.txt is not valid UTF-8 (byte 0xe9 at offset 3)",
    }
    assert rows[3]["events"] == 0 and rows[3]["role"] is None  # nothing to parse: kept, said on stderr
    assert rows[4]["events"] == 0 and rows[4]["total"] == 0  # no casualty: kept
    assert "nothing to parse in c.txt: the text is only white space" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "newsparse casualties: 4 documents read; 1 failed (b.txt): see their error rows"
    )
    table = run(folder).stdout
    assert "b.txt" in table and "error InvalidUTF8" in table and "(nothing to parse)" in table
    assert "(no casualty events)" in table


def test_broken_jsonl_records_keep_their_line_and_the_run_fails(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_bytes(
        json.dumps({"id": "ok", "text": KABUL}).encode()
        + b'\n{"id": "n1", "body": "no text field"}\nnot json\n{"id": "e", "text": ""}\n'
    )
    result = run(path, "--format", "csv")
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["document"], r["line"], r["error"].split(":")[0]) for r in rows] == [
        ("ok", "1", ""),
        ("ok", "1", ""),
        ("n1", "2", "InvalidRecord"),
        ("", "3", "InvalidJSON"),
        ("e", "4", ""),
    ]
    assert "n1 (line 2): no 'text' field" in result.stderr
    assert "1 failed" not in result.stderr and "2 failed (n1 (line 2), line 3)" in result.stderr


def test_a_missing_source_or_a_bad_date_is_a_usage_error() -> None:
    assert run("no/such/file.txt").exit_code == 2
    bad = run("-", "--published", "2018-13-45", stdin=KABUL)
    assert bad.exit_code == 2 and "published date '2018-13-45'" in bad.output


def test_the_command_is_the_events_plugin_s(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["casualties", "--help"])
    assert exit_info.value.code == 0
    assert "Tabulate the casualties of SOURCE" in capsys.readouterr().out
    assert cli.commands["casualties"] is casualties


def test_rival_reports_count_once_and_bound_the_total_from_above() -> None:
    doc = newsparse.parse(
        "Police said 12 people were killed in the attack. Rebels said 40 people were killed in the attack. "
        "Dozens of soldiers were wounded.",
        published="2020-05-06",
    )
    events = [e for e in doc.layer("events") if isinstance(e, Event)]
    killed, wounded = summarise(events)
    assert (killed.total, killed.high, killed.events) == (12, 40, 1)
    assert (wounded.total, wounded.high) == (24, 99)
    assert [total_words(killed), total_words(wounded)] == ["12 to 40", "24 to 99"]


@pytest.mark.parametrize(
    ("row", "words"),
    [
        (SummaryRow("killed", "people", "incident", 3, 1, 0, (), 3), "3"),
        (SummaryRow("killed", "people", "incident", 1200, 2, 0, (), 1500), "1,200 to 1,500"),
        (SummaryRow("killed", "people", "incident", 200, 1, 0, (), None), "at least 200"),
        (SummaryRow("killed", "civilians", "incident", 3, 2, 1, (), None), "at least 3"),
        (SummaryRow("killed", "civilians", "incident", 0, 1, 1, (), None), "no figure"),
    ],
)
def test_a_total_is_written_with_its_bounds(row: SummaryRow, words: str) -> None:
    assert total_words(row) == words


def test_a_long_document_name_takes_a_line_of_its_own() -> None:
    row = SummaryRow("killed", "people", "incident", 3, 1, 0, (), 3)
    lines = table_lines(Outcome("reports/2020/05/kabul-bombing.txt", None, (row,))).splitlines()
    assert lines[0] == "reports/2020/05/kabul-bombing.txt"
    assert lines[1].split() == ["killed", "people", "incident", "3", "1"] and lines[1].startswith(" ")


def _console_example() -> tuple[str, list[str], str]:
    """docs/cli.md's casualties example: the file it shows, the command and the output shown."""
    page = (ROOT / "docs" / "cli.md").read_text("utf-8")
    (block,) = re.findall(r"```console\n(\$ cat reports\.jsonl\n.*?)```", page, re.S)
    parts = re.split(r"^\$ (.*)\n", block, flags=re.M)
    assert parts[1] == "cat reports.jsonl" and parts[3].startswith("newsparse casualties ")
    return parts[2], shlex.split(parts[3])[2:], parts[4]


def test_the_docs_example_is_what_the_command_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, args, shown = _console_example()
    (tmp_path / "reports.jsonl").write_text(data, "utf-8")
    monkeypatch.chdir(tmp_path)
    result = run(*args)
    assert result.exit_code == 0
    assert result.output == shown


ROLES = st.sampled_from(["killed", "wounded", "casualties", "missing", "displaced", "arrested", "abducted"])
ROWS = st.builds(
    SummaryRow,
    role=ROLES,
    group=st.text(min_size=1, max_size=12),
    scope=st.sampled_from(["incident", "cumulative"]),
    total=st.integers(0, 10**7),
    events=st.integers(1, 5),
    unknown=st.integers(0, 5),
    includes=st.lists(ROLES, max_size=3).map(tuple),
    high=st.none() | st.integers(0, 10**8),
)


@settings(max_examples=80, deadline=None)
@given(
    document=st.none() | st.text(max_size=20),
    line=st.none() | st.integers(1, 10**6),
    rows=st.lists(ROWS, max_size=4).map(tuple),
)
def test_csv_and_json_rows_read_back_as_written(
    document: str | None, line: int | None, rows: tuple[SummaryRow, ...]
) -> None:
    outcome = Outcome(document, line, rows)
    written = records(outcome)
    assert [json.loads(text) for text in json_lines(outcome).split("\n")[:-1]] == written  # as JSONL is read
    read = list(csv.DictReader(io.StringIO(csv_header() + csv_lines(outcome), newline="")))
    assert len(read) == len(written) == max(len(rows), 1)
    for back, row in zip(read, written, strict=True):
        assert back["document"] == (row["document"] or "") and back["line"] == str(row["line"] or "")
        assert back["high"] == ("" if row["high"] is None else str(row["high"]))
        assert (back["includes"].split(",") if back["includes"] else []) == row["includes"]
    assert table_lines(outcome).count("\n") >= len(rows)


def test_a_document_whose_extractor_failed_is_a_failed_row_not_a_short_one() -> None:
    doc = newsparse.parse(KABUL, published="2020-05-06")
    problem = Problem("events", "ValueError", "something broke")
    broken = _assemble(doc.text, doc.meta, doc.sentences, doc.layers, (problem,), doc._tokens)
    outcome = _outcome(3, {"id": "k"}, broken)
    assert (outcome.failed, outcome.rows, outcome.error) == (True, (), "ValueError")
    assert outcome.note == "k (line 3): events failed: something broke"
    assert _outcome(3, {"id": "k"}, doc).rows == summarise(
        e for e in doc.layer("events") if isinstance(e, Event)
    )
