"""Session 36: ``newsparse casualties`` tabulates ``newsparse batch``'s output without parsing again, and
rival reports that name different victim groups are a row of "people" (issue 16)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import newsparse
from newsparse.annotations import Event
from newsparse.batch_cli import batch
from newsparse_events import summarise
from newsparse_events.casualties_cli import casualties
from tests.events.test_s35_casualties_cli import ROOT, _console_example

KABUL = "A car bomb killed 12 soldiers and wounded 30 civilians in Kabul on Monday, police said."


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(casualties, [str(a) for a in args], catch_exceptions=False)


def parsed(folder: Path, *layers: str) -> Path:
    """``newsparse batch``'s output for one report (all layers, or those named)."""
    source = folder / "in.jsonl"
    source.write_text(json.dumps({"id": "kabul", "published": "2020-05-06", "text": KABUL}) + "\n", "utf-8")
    output = folder / "parsed.jsonl"
    named = ["--only", ",".join(layers)] if layers else []
    CliRunner().invoke(batch, [str(source), "-o", str(output), *named], catch_exceptions=False)
    return output


def rows(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def rewrite(path: Path, change: Any) -> Path:
    """``path`` with its one record changed by ``change`` (a function of the record)."""
    record = json.loads(path.read_text("utf-8"))
    change(record)
    path.write_text(json.dumps(record) + "\n", "utf-8")
    return path


def test_batch_output_gives_the_rows_the_texts_give(tmp_path: Path) -> None:
    from_text = rows(run(parsed(tmp_path).parent / "in.jsonl", "--format", "json"))
    from_parsed = rows(run(tmp_path / "parsed.jsonl", "--format", "json"))
    assert from_parsed == from_text
    assert {(r["role"], r["victims"], r["total"]) for r in from_parsed} == {
        ("killed", "soldiers", 12),
        ("wounded", "civilians", 30),
    }


def test_the_parsed_events_are_read_not_parsed_again(tmp_path: Path) -> None:
    def keep_the_killed(record: dict[str, Any]) -> None:
        record["layers"]["events"] = [e for e in record["layers"]["events"] if e["role"] == "killed"]

    result = run(rewrite(parsed(tmp_path), keep_the_killed), "--format", "json")
    assert result.exit_code == 0
    assert [(r["role"], r["total"]) for r in rows(result)] == [("killed", 12)]


def test_a_document_parsed_without_the_events_layer_is_parsed(tmp_path: Path) -> None:
    result = run(parsed(tmp_path, "dates"), "--format", "json")
    assert result.exit_code == 0
    assert {r["role"] for r in rows(result)} == {"killed", "wounded"}


def test_a_parsed_document_that_cannot_be_read_is_an_error_row(tmp_path: Path) -> None:
    def break_an_event(record: dict[str, Any]) -> None:
        record["layers"]["events"][0]["start"] = "nowhere"

    result = run(rewrite(parsed(tmp_path), break_an_event), "--format", "json")
    assert result.exit_code == 1
    (row,) = rows(result)
    assert row["document"] == "kabul" and row["error"]["error"] == "SerializationError"
    assert row["error"]["message"].startswith("cannot read the parsed document: layers.events[0].start")


def test_an_error_record_of_batch_keeps_its_error_row(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "bad", "text": 5}) + "\n", "utf-8")
    output = tmp_path / "parsed.jsonl"
    CliRunner().invoke(batch, [str(source), "-o", str(output)], catch_exceptions=False)
    result = run(output, "--format", "json")
    assert result.exit_code == 1
    (row,) = rows(result)
    assert row["document"] == "bad" and row["error"]["error"] == "InvalidRecord"
    earlier = "an error record of an earlier run: field 'text' must be a string"
    assert row["error"]["message"].startswith(earlier)


def test_rival_reports_naming_different_groups_are_a_row_of_people() -> None:
    doc = newsparse.parse(
        "Police said 12 soldiers were killed in the attack. "
        "Rebels said 40 people were killed in the attack.",
        published="2020-05-06",
    )
    (killed,) = summarise(e for e in doc.layer("events") if isinstance(e, Event))
    assert (killed.group, killed.total, killed.high, killed.events) == ("people", 12, 40, 1)


def test_rival_reports_naming_one_group_keep_it() -> None:
    doc = newsparse.parse(
        "Police said 12 soldiers were killed in the attack. "
        "Rebels said 40 soldiers were killed in the attack.",
        published="2020-05-06",
    )
    (killed,) = summarise(e for e in doc.layer("events") if isinstance(e, Event))
    assert (killed.group, killed.total, killed.high) == ("soldiers", 12, 40)


def test_the_docs_parse_once_example_prints_the_table_the_texts_give(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (ROOT / "docs" / "cli.md").read_text("utf-8")
    (block,) = re.findall(r"\*\*Parse once, tabulate again\.\*\*.*?```console\n(.*?)```", page, re.S)
    commands = [shlex.split(line[2:]) for line in block.splitlines() if line.startswith("$ ")]
    assert [c[:2] for c in commands] == [["newsparse", "batch"], ["newsparse", "casualties"]]
    data, _args, shown = _console_example()
    (tmp_path / "reports.jsonl").write_text(data, "utf-8")
    monkeypatch.chdir(tmp_path)
    CliRunner().invoke(batch, commands[0][2:], catch_exceptions=False)
    result = run(*commands[1][2:])
    assert result.exit_code == 0
    assert result.output == shown
