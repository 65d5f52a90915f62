"""What a batch user sees: provenance (meta.id, input lines), dates for every input kind, the first
errors with their lines, plain-English messages, a summary, and output files never clobbered."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import newsparse
from newsparse import Document, Extractor, Failure, hookimpl, parse_many
from newsparse.batch_cli import batch, plural
from newsparse.testing import pipeline_for
from tests.test_batch import Mark, marks


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    """Run ``newsparse batch`` in this process, as a user would type it."""
    return CliRunner().invoke(batch, [str(a) for a in args], env=env)


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return path


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_jsonl_ids_and_lines_are_kept(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": 7, "text": "Talks resumed on Monday."},
            {"id": "b", "text": 5},
            {"key": "k3", "text": "Quiet."},
        ],
    )
    out = tmp_path / "out.jsonl"
    assert run(source, "-o", out, "--progress", "none").exit_code == 0
    first, second, third = lines_of(out)
    assert first["meta"]["id"] == "7" and first["line"] == 1
    assert second["error"]["id"] == "b" and second["error"]["line"] == 2
    assert second["error"]["message"] == "field 'text' must be a string, got an integer"
    assert "id" not in third["meta"] and third["line"] == 3  # written only when set
    assert Document.from_dict(first).meta.id == "7"  # batch output reads back as documents
    out.unlink()
    assert run(source, "-o", out, "--id-field", "key", "--progress", "none").exit_code == 0
    assert lines_of(out)[2]["meta"]["id"] == "k3"


def test_text_and_directory_inputs_carry_their_path(tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Talks resumed on Saturday.", "utf-8")
    (folder / "sub" / "b.txt").write_text("Published: 2018-02-06\nTalks resumed on Saturday.", "utf-8")
    out = tmp_path / "out.jsonl"
    result = run(folder, "-o", out, "--progress", "none")
    assert result.exit_code == 0, result.output
    a, b = lines_of(out)
    assert (a["meta"]["id"], b["meta"]["id"]) == ("a.txt", "sub/b.txt")
    assert "line" not in a  # a text file is a record, not a line
    assert a["meta"]["published"] is None and b["meta"]["published"] == "2018-02-06"  # its first line
    assert result.stderr.count("hint:") == 1 and "1 document had no publication date" in result.stderr
    single = tmp_path / "one.txt"
    single.write_text("Talks resumed on Saturday.", "utf-8")
    assert run(single, "-o", tmp_path / "one.jsonl", "--progress", "none").exit_code == 0
    assert lines_of(tmp_path / "one.jsonl")[0]["meta"]["id"] == "one.txt"


def _saturday(doc: dict[str, Any]) -> str | None:
    return next(d["value"] for d in doc["layers"]["dates"] if d["text"] == "Saturday")


@pytest.mark.parametrize("kind", ["text", "directory", "jsonl"])
def test_published_for_every_input_kind(tmp_path: Path, kind: str) -> None:
    text = "Talks resumed on Saturday."
    if kind == "text":
        source = tmp_path / "a.txt"
        source.write_text(text, "utf-8")
    elif kind == "directory":
        source = tmp_path / "dir"
        source.mkdir()
        (source / "a.txt").write_text(text, "utf-8")
    else:
        source = write_jsonl(
            tmp_path / "a.jsonl", [{"text": text}, {"text": text, "published": "2017-01-04"}]
        )
    out = tmp_path / "out.jsonl"
    result = run(source, "-o", out, "--published", "2018-02-06", "--progress", "none")
    assert result.exit_code == 0, result.output
    docs = lines_of(out)
    assert docs[0]["meta"]["published"] == "2018-02-06"
    assert _saturday(docs[0]) == "2018-02-03"  # resolved, not XXXX-WXX-6
    if kind == "jsonl":
        assert docs[1]["meta"]["published"] == "2017-01-04"  # a record's own date wins
    assert "hint:" not in result.stderr


def test_published_field_names_the_jsonl_field(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [{"text": "Talks resumed on Saturday.", "date": "2018-02-06"}])
    out = tmp_path / "out.jsonl"
    assert run(source, "-o", out, "--published-field", "date", "--progress", "none").exit_code == 0
    assert _saturday(lines_of(out)[0]) == "2018-02-03"


def test_a_bad_published_option_is_refused(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [{"text": "x"}])
    result = run(source, "-o", tmp_path / "out.jsonl", "--published", "yesterday")
    assert result.exit_code == 2 and "ISO 8601" in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_first_errors_are_shown_with_their_lines_then_a_summary(tmp_path: Path) -> None:
    records: list[Any] = [{"text": "Fine."}, "not an object", {"text": None}] + [
        {"nope": i} for i in range(6)
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records) + "{broken\n", "utf-8")
    result = run(source, "-o", tmp_path / "out.jsonl", "--progress", "none")
    assert result.exit_code == 0
    err = result.stderr.splitlines()
    assert err[0] == "newsparse batch: line 2: not a JSON object (got a string)"
    assert err[1] == "newsparse batch: line 3: field 'text' must be a string, got null"
    assert err[2] == "newsparse batch: line 4: no 'text' field"
    assert sum("newsparse batch: line" in e for e in err) == 5  # the first five only
    assert "... and 4 more errors: see the error records in" in result.stderr
    assert "10 records parsed: 1 document, 9 errors" in err[-1]


def test_plurals() -> None:
    assert [plural(n, "record") for n in (0, 1, 2, 1500)] == [
        "0 records",
        "1 record",
        "2 records",
        "1,500 records",
    ]


def test_summary_in_the_singular(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "One."}])
    result = run(source, "-o", tmp_path / "out.jsonl", "--progress", "none", "--published", "2018-02-06")
    assert "newsparse batch: 1 record parsed: 1 document, 0 errors in" in result.stderr


def test_an_existing_output_is_not_overwritten(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "One."}])
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", "utf-8")
    result = run(source, "-o", out)
    assert result.exit_code == 2
    assert (
        result.output
        == f"Error: {out} already exists: give --force to overwrite it, or --resume to continue it\n"
    )
    assert out.read_text("utf-8") == "precious\n"
    assert run(source, "-o", out, "--force", "--progress", "none").exit_code == 0
    assert lines_of(out)[0]["text"] == "One."


def test_output_errors_are_one_line_and_status_2(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "One."}] * 3)
    result = run(source, "-o", tmp_path / "missing" / "out.jsonl")
    assert result.exit_code == 2
    assert (
        result.output
        == f"Error: cannot write {tmp_path / 'missing' / 'out.jsonl'}: No such file or directory\n"
    )
    if Path("/dev/full").exists():
        result = run(source, "-o", "/dev/full", "--force", "--progress", "none")
        assert result.exit_code == 2
        assert result.output.strip() == "Error: cannot write /dev/full: No space left on device"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_directory_is_one_line(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "One."}])
    result = run(source, "-o", locked / "out.jsonl")
    assert result.exit_code == 2 and "Permission denied" in result.output and "Traceback" not in result.output


def test_resume_refuses_the_output_of_another_input(tmp_path: Path) -> None:
    mine = write_jsonl(tmp_path / "mine.jsonl", [{"id": i, "text": f"Mine {i}."} for i in range(4)])
    other = write_jsonl(tmp_path / "other.jsonl", [{"id": i, "text": f"Other {i}."} for i in range(4)])
    out = tmp_path / "out.jsonl"
    assert run(other, "-o", out, "--progress", "none").exit_code == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:2]))
    before = out.read_bytes()
    result = run(mine, "-o", out, "--resume")
    assert result.exit_code == 2
    assert "does not belong to" in result.output and "record 1 holds another text" in result.output
    assert out.read_bytes() == before
    longer = write_jsonl(tmp_path / "long.jsonl", [{"text": f"T {i}."} for i in range(6)])
    assert run(longer, "-o", tmp_path / "long.out", "--progress", "none").exit_code == 0
    short = write_jsonl(tmp_path / "short.jsonl", [{"text": f"T {i}."} for i in range(3)])
    result = run(short, "-o", tmp_path / "long.out", "--resume")
    assert result.exit_code == 2 and "holds 6 records but" in result.output
    result = run(mine, "-o", tmp_path / "long.out", "--resume")
    assert result.exit_code == 2


def test_resume_accepts_its_own_output(tmp_path: Path) -> None:
    source = write_jsonl(
        tmp_path / "in.jsonl", [{"id": i, "text": f"Mine {i}."} for i in range(5)] + [{"x": 1}]
    )
    out = tmp_path / "out.jsonl"
    assert run(source, "-o", out, "--progress", "none").exit_code == 0
    full = out.read_bytes()
    out.write_bytes(b"".join(full.splitlines(keepends=True)[:3]))
    result = run(source, "-o", out, "--resume", "--progress", "none")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == full


def test_a_bad_time_limit_is_one_line(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [{"text": "One."}])
    result = run(source, "-o", tmp_path / "out.jsonl", env={"NEWSPARSE_TIME_LIMIT": "soon"})
    assert result.exit_code == 2
    assert result.output == "Error: NEWSPARSE_TIME_LIMIT='soon' is not a number of seconds\n"


# --- parse_many -----------------------------------------------------------------------------


def test_parse_many_keys_become_meta_id() -> None:
    pipeline = pipeline_for(MarksOnly())
    by_mapping = list(
        parse_many({"a": "First.", "b": {"text": "Second."}, "c": {"text": 3}}, pipeline=pipeline)
    )
    assert [r.meta.id if isinstance(r, Document) else r.id for r in by_mapping] == ["a", "b", "c"]
    assert isinstance(by_mapping[2], Failure)
    assert by_mapping[2].message == "field 'text' must be a string, got an integer"
    pairs = list(parse_many([(1, "First."), ("x", "Second.")], pipeline=pipeline))
    assert [r.meta.id for r in pairs if isinstance(r, Document)] == ["1", "x"]
    records = list(parse_many([{"id": "r1", "text": "A."}, "Plain."], pipeline=pipeline))
    assert [r.meta.id for r in records if isinstance(r, Document)] == ["r1", None]


def sleepy(doc: Document) -> Iterator[Mark]:
    """Hangs on a document that says SLOW; SystemExit on one that says EXIT."""
    if "SLOW" in doc.text:
        time.sleep(60)
    if "NAP" in doc.text:
        time.sleep(0.3)
    if "EXIT" in doc.text:
        sys.exit(4)
    return iter(())


class SleepyPlugin:
    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name="sleepy", produces="sleepy", extract=sleepy, annotation_types=Mark))


class MarksOnly:
    @hookimpl
    def newsparse_register_extractors(self, register: Callable[[Extractor], None]) -> None:
        register(Extractor(name="marks", produces="marks", extract=marks, annotation_types=Mark))


@pytest.mark.parametrize("workers", [None, 2])
def test_parse_many_time_limit_names_the_extractor(workers: int | None) -> None:
    pipeline = pipeline_for(MarksOnly(), SleepyPlugin())
    items = {"a": "Fine A.", "b": "Very SLOW text.", "c": "Fine C."}
    results = list(parse_many(items, pipeline=pipeline, time_limit=0.5, workers=workers))
    assert [type(r).__name__ for r in results] == ["Document", "Failure", "Document"]
    failure = results[1]
    assert isinstance(failure, Failure)
    assert (failure.error, failure.id, failure.extractor) == ("TimeLimitExceeded", "b", "sleepy")
    assert "time limit of 0.5 s" in failure.message


def test_a_system_exit_in_a_plugin_does_not_end_the_run() -> None:
    pipeline = pipeline_for(MarksOnly(), SleepyPlugin())
    results = list(parse_many(["Fine.", "Please EXIT now.", "Fine again."], pipeline=pipeline))
    assert len(results) == 3 and isinstance(results[2], Document)
    middle = results[1]
    assert isinstance(middle, Failure) or any(p.extractor == "sleepy" for p in middle.problems)


def test_time_limit_setting() -> None:
    from newsparse.timelimit import resolve_time_limit

    assert resolve_time_limit(None) in (
        30.0,
        float(os.environ.get("NEWSPARSE_TIME_LIMIT", "30") or 30) or None,
    )
    assert resolve_time_limit(0) is None and resolve_time_limit(2.5) == 2.5
    with pytest.raises(newsparse.NewsparseError):
        resolve_time_limit(-1)


def test_parse_within_a_time_limit() -> None:
    from newsparse.timelimit import TimeLimitExceeded, alarm_available, parse_within

    pipeline = pipeline_for(MarksOnly(), SleepyPlugin())
    assert parse_within(pipeline, 0.5, "Fine text.").layer("marks")
    if not alarm_available():
        pytest.skip("no SIGALRM here")
    started = time.monotonic()
    with pytest.raises(TimeLimitExceeded) as caught:
        parse_within(pipeline, 0.3, "A SLOW one.")
    assert caught.value.extractor == "sleepy" and time.monotonic() - started < 30
    assert parse_within(pipeline, 0.3, "Fine again.").layer("marks")  # no alarm left behind
    assert newsparse.parse("Talks resumed on Monday.", time_limit=5).text == "Talks resumed on Monday."


def test_a_full_window_handed_out_is_refilled() -> None:
    """The head item is slow and the window fills: once it is handed out, work goes on (no wait
    on an empty pool).  Bounded by an alarm so that a regression fails instead of hanging."""
    from newsparse.timelimit import Stage, alarm_available, run_within

    if not alarm_available():
        pytest.skip("no SIGALRM here")
    pipeline = pipeline_for(MarksOnly(), SleepyPlugin())
    items = ["A NAP first.", "Then B.", "Then C.", "Then D.", "A NAP again.", "Then F.", "Then G."]

    def drain() -> list[Document | Failure]:
        return list(parse_many(items, pipeline=pipeline, workers=2, window=2, time_limit=20))

    results = run_within(30, Stage(), drain)
    assert [r.text for r in results if isinstance(r, Document)] == items
