"""Session 36: ``newsparse batch``'s own output read back as input (its documents and error records)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from newsparse.batch import Failure
from newsparse.batch_cli import batch
from newsparse.batch_input import Fields, read_records

KABUL = "A car bomb killed 12 soldiers in Kabul on Monday, police said."


def batch_output(folder: Path) -> Path:
    """The output of ``newsparse batch`` over one good record and one bad one."""
    source = folder / "in.jsonl"
    lines = [{"id": "kabul", "published": "2020-05-06", "text": KABUL}, {"id": "bad", "text": 5}]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    output = folder / "out.jsonl"
    CliRunner().invoke(batch, [str(source), "-o", str(output)], catch_exceptions=False)
    return output


def items(path: Path, fields: Fields | None = None) -> list[Any]:
    records = read_records(path, fields=fields or Fields(), max_chars=10_000, input_format="auto")
    return [item for _, item in records]


def test_a_parsed_document_reads_back_with_its_meta_id_and_date_and_the_record(tmp_path: Path) -> None:
    document, error = items(batch_output(tmp_path))
    assert (document["id"], document["text"], document["published"]) == ("kabul", KABUL, "2020-05-06")
    assert document["document"]["layers"]["events"]  # the record itself rides along
    assert isinstance(error, Failure)
    assert (error.index, error.id, error.error) == (1, "bad", "InvalidRecord")
    assert error.message.startswith("an error record of an earlier run: field 'text' must be a string")


def test_the_record_s_own_fields_come_before_its_meta(tmp_path: Path) -> None:
    record = {"newsparse_version": "0.1.0", "text": "x", "meta": {"id": "m", "published": None}, "layers": {}}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({**record, "key": "mine"}) + "\n", "utf-8")
    (item,) = items(path, Fields(id="key", published="2021-01-01"))
    assert (item["id"], item["published"]) == ("mine", "2021-01-01")


def test_a_record_without_a_version_is_an_ordinary_record(tmp_path: Path) -> None:
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps({"id": "p", "text": "x", "meta": {}, "layers": {}}) + "\n", "utf-8")
    (item,) = items(path)
    assert "document" not in item and item["id"] == "p"


def test_batch_parses_its_own_output_again_keeping_ids_and_dates(tmp_path: Path) -> None:
    first = batch_output(tmp_path)
    again = tmp_path / "again.jsonl"
    result = CliRunner().invoke(batch, [str(first), "-o", str(again)], catch_exceptions=False)
    assert result.exit_code == 0  # every record has its line (the earlier error record an error again)
    document, error = (json.loads(line) for line in again.read_text("utf-8").splitlines())
    assert (document["meta"]["id"], document["meta"]["published"]) == ("kabul", "2020-05-06")
    assert document["layers"] == json.loads(first.read_text("utf-8").splitlines()[0])["layers"]
    assert error["error"]["id"] == "bad"
