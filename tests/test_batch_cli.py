"""``newsparse batch``: one output line per input record, in order; broken input; kill and resume."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import newsparse
from newsparse.batch_cli import Progress, batch, count_records, open_output, read_records

COMMAND = [sys.executable, "-c", "from newsparse.cli import main; main()", "batch"]


def run(*args: str | Path) -> Result:
    """Run ``newsparse batch`` in this process."""
    return CliRunner().invoke(batch, [str(a) for a in args], catch_exceptions=False)


def article(i: int) -> str:
    """A small synthetic news article (tests must not need the corpora)."""
    return (
        f"ANKARA (Reuters) - On Monday, {i} people gathered in Ankara, officials said. "
        f"Over {3 * i + 1:,} civilians have fled since March 2011, and talks held in Astana "
        f"on Feb. {i % 28 + 1}, 2018 produced a cease-fire agreement between Turkey, Russia and Iran.\n\n"
        f"Mr. O'Neil said the U.S. would send $4.{i % 10}bn within the next three months."
    )


def write_jsonl(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def record(i: int, **extra: object) -> bytes:
    data = {"id": f"a{i}", "text": article(i), "published": "2018-02-06", **extra}
    return json.dumps(data).encode("utf-8")


def output_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


BROKEN: list[tuple[bytes, str]] = [
    (b"this is not json", "InvalidJSON"),
    (b"", "InvalidRecord"),  # blank line
    (b"   ", "InvalidRecord"),
    (b'{"id": "n1", "text": 5}', "InvalidRecord"),
    (b'{"id": "n2", "body": "no text field"}', "InvalidRecord"),
    (b'["a", "list"]', "InvalidRecord"),
    (b'{"text": "caf\xe9 latin-1"}', "InvalidUTF8"),
    (b'{"text": "ok", "published": "yesterday"}', "InvalidInput"),
    (b'{"text": "a lone \\ud800 surrogate"}', "InvalidUnicode"),
    (b"[" * 100_000 + b"]" * 100_000, "InvalidJSON"),  # nested too deep for the json module
    (b'{"text": "ok", "title": 7}', "InvalidInput"),
]


def test_every_line_gives_one_record_in_order(tmp_path: Path) -> None:
    lines: list[bytes] = []
    expected: list[str | None] = []
    for i in range(30):
        lines.append(record(i))
        expected.append(None)
        if i < len(BROKEN):
            lines.append(BROKEN[i][0])
            expected.append(BROKEN[i][1])
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    result = run(source, "-o", tmp_path / "out.jsonl", "--progress", "none")
    assert result.exit_code == 0, result.output
    out = output_lines(tmp_path / "out.jsonl")
    assert len(out) == len(lines)
    for index, (data, error) in enumerate(zip(out, expected, strict=True)):
        if error is None:
            doc = newsparse.Document.from_dict(data)
            assert doc.text.startswith("ANKARA") and doc.meta.published_date is not None
        else:
            assert data["error"]["error"] == error, data
            assert data["error"]["index"] == index
            assert set(data["error"]) == {"index", "id", "error", "message", "extractor", "line"}
            assert data["error"]["line"] == index + 1
    assert out[7]["error"]["id"] == "n1"  # the id is kept when the record has one
    total = 30 + len(BROKEN)
    summary = rf"{total} records parsed: 30 documents( \(\d+ problems? recorded\))?, {len(BROKEN)} errors"
    assert re.search(summary, result.stderr), result.stderr


def test_workers_give_the_same_bytes(tmp_path: Path) -> None:
    lines = [record(i) for i in range(40)] + [b"oops", b'{"text": 1}']
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    assert run(source, "-o", tmp_path / "one.jsonl", "--progress", "none").exit_code == 0
    assert run(source, "-o", tmp_path / "two.jsonl", "--workers", "2", "--progress", "none").exit_code == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_fields_can_be_renamed(tmp_path: Path) -> None:
    data = {"key": "k1", "body": "Talks resumed on Monday.", "date": "2018-02-06", "text": 3}
    source = write_jsonl(tmp_path / "in.jsonl", [json.dumps(data).encode()])
    out = tmp_path / "out.jsonl"
    args = ["--text-field", "body", "--published-field", "date", "--id-field", "key", "--progress", "none"]
    assert run(source, "-o", out, *args).exit_code == 0
    [doc] = output_lines(out)
    assert doc["text"] == "Talks resumed on Monday."
    assert doc["meta"]["published"] == "2018-02-06"


def test_directory_of_text_files(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "b").mkdir(parents=True)
    (folder / "a.txt").write_text(article(1), "utf-8")
    (folder / "b" / "c.txt").write_bytes(b"caf\xe9")
    (folder / "b" / "d.txt").write_bytes("\ufeff".encode() + article(2).encode())
    (folder / "ignored.md").write_text("not a .txt file", "utf-8")
    out = tmp_path / "out.jsonl"
    assert run(folder, "-o", out, "--progress", "none").exit_code == 0
    first, second, third = output_lines(out)
    assert first["text"] == article(1)
    assert second["error"] == {
        "index": 1,
        "id": "b/c.txt",
        "error": "InvalidUTF8",
        "message": "b/c.txt is not valid UTF-8 (byte 0xe9 at offset 3)",
        "extractor": None,
    }
    assert third["text"] == article(2)  # the byte-order mark is not part of the text


def test_plain_text_file_is_one_record(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text(article(3) + "\n\n" + article(4), "utf-8")
    out = tmp_path / "out.jsonl"
    assert run(source, "-o", out, "--progress", "none").exit_code == 0
    [doc] = output_lines(out)
    assert doc["text"] == source.read_text("utf-8")


def test_text_too_large(tmp_path: Path) -> None:
    huge = json.dumps({"id": "big", "text": "x" * 200_000}).encode()
    source = write_jsonl(
        tmp_path / "in.jsonl", [record(1), huge, json.dumps({"text": "y" * 1500}).encode(), record(2)]
    )
    out = tmp_path / "out.jsonl"
    assert run(source, "-o", out, "--max-chars", "1000", "--progress", "none").exit_code == 0
    docs = output_lines(out)
    assert len(docs) == 4
    # the 200 KB line is refused while reading (never held whole); the 1,500-character text by the pipeline
    assert docs[1]["error"]["error"] == "TextTooLarge"
    assert "bytes" in docs[1]["error"]["message"]
    assert docs[2]["error"]["error"] == "TextTooLarge"
    assert "1,500 characters" in docs[2]["error"]["message"]
    assert docs[3]["text"] == article(2)


def test_unknown_layer_is_a_usage_error(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [record(1)])
    proc = subprocess.run(
        [*COMMAND, str(source), "-o", str(tmp_path / "out.jsonl"), "--only", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "nope" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out.jsonl").exists()  # nothing touched


def test_count_records(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    for data, count in [(b"", 0), (b"a\n", 1), (b"a\nb", 2), (b"a\n\nb\n", 3)]:
        path.write_bytes(data)
        assert count_records(path) == count
        assert len(list(read_records(path))) == count


def test_open_output_cuts_a_partial_line(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": ')
    handle, kept = open_output(path, resume=True)
    handle.write(b'{"d": 4}\n')
    handle.close()
    assert kept == 2
    assert path.read_bytes() == b'{"a": 1}\n{"b": 2}\n{"d": 4}\n'
    handle, kept = open_output(path, resume=False)
    handle.close()
    assert (kept, path.read_bytes()) == (0, b"")


def test_resume_after_partial_output(tmp_path: Path) -> None:
    lines = [record(i) for i in range(25)] + [b"broken"] + [record(i) for i in range(25, 30)]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    full = tmp_path / "full.jsonl"
    assert run(source, "-o", full, "--progress", "none").exit_code == 0
    data = full.read_bytes()
    cut = tmp_path / "cut.jsonl"
    for end in (0, data.index(b"\n") + 1, len(data) // 2, len(data) - 1):
        cut.write_bytes(data[:end])
        result = run(source, "-o", cut, "--resume", "--progress", "none")
        assert result.exit_code == 0
        assert cut.read_bytes() == data
    result = run(source, "-o", cut, "--resume", "--progress", "none")  # nothing left to do
    assert cut.read_bytes() == data
    assert "0 records parsed" in result.stderr and "resumed after 31 records" in result.stderr


def _check_complete(out: Path, count: int) -> None:
    """``out`` has exactly one record per input record, in order (no loss, no duplicate)."""
    docs = output_lines(out)
    assert len(docs) == count
    for i, doc in enumerate(docs):
        assert doc["text"] == article(i), i


def _wait_for_lines(proc: subprocess.Popen[bytes], out: Path, lines: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= lines:
            return
        time.sleep(0.002)
    pytest.fail("the batch ended (or hung) before it could be interrupted")


@pytest.mark.parametrize(
    ("sig", "workers"),
    [(signal.SIGKILL, "2"), (signal.SIGKILL, "1"), (signal.SIGINT, "2")],
    ids=["kill-9-2-workers", "kill-9-1-worker", "ctrl-c-2-workers"],
)
def test_killed_batch_resumes_without_loss(tmp_path: Path, sig: signal.Signals, workers: str) -> None:
    # enough that the batch cannot end between the 30th line and the signal: the signal follows the
    # 30th line within a poll (2 ms) and the 370 lines left take a second or more of the workers' time
    # (1,000 until session 38: the resumed run's 970 articles were most of the test's cost)
    count = 400
    source = write_jsonl(tmp_path / "in.jsonl", [record(i) for i in range(count)])
    out = tmp_path / "out.jsonl"
    args = [*COMMAND, str(source), "-o", str(out), "--workers", workers]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, start_new_session=True)
    _wait_for_lines(proc, out, 30)
    os.killpg(proc.pid, sig)  # the whole job, as a terminal's Ctrl-C or a kill of the session does
    _, err = proc.communicate(timeout=60)
    if sig == signal.SIGKILL:
        assert proc.returncode == -signal.SIGKILL
    else:
        assert proc.returncode == 130, err
        assert b"--resume" in err and b"Traceback" not in err
    done = out.read_bytes().count(b"\n")
    assert 30 <= done < count
    resumed = subprocess.run([*args, "--resume"], capture_output=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{count - done:,} records".encode() in resumed.stderr
    _check_complete(out, count)


def test_progress_log_lines() -> None:
    stream = io.StringIO()
    progress = Progress(100, mode="log", interval=0.0, stream=stream)
    progress.update(50)
    line = stream.getvalue()
    assert line.startswith("newsparse batch: 50/100 records (50%)")
    assert "records/s" in line and "ETA" in line


def test_progress_bar_and_none() -> None:
    stream = io.StringIO()
    progress = Progress(10, mode="bar", stream=stream)
    progress._shown -= 1  # as if the last redraw were long ago
    progress.update(5)
    progress.close()
    assert stream.getvalue().startswith("\r[###############...............] 5/10 records (50%)")
    assert stream.getvalue().endswith("\n")
    assert Progress(10, stream=io.StringIO()).mode == "log"  # not a terminal: log lines


def test_cli_progress_goes_to_stderr_only(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [record(i) for i in range(5)])
    result = run(source, "-o", tmp_path / "out.jsonl", "--progress", "log", "--progress-interval", "0")
    assert result.stdout == ""
    assert "records/s, ETA" in result.stderr
    assert "5 records parsed: 5 documents, 0 errors" in result.stderr


def test_output_must_not_be_the_input(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [record(1)])
    before = source.read_bytes()
    result = CliRunner().invoke(batch, [str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert "the output file is the input file" in result.output
    assert source.read_bytes() == before


def test_gzipped_jsonl(tmp_path: Path) -> None:
    import gzip

    lines = [record(i) for i in range(6)] + [b"oops"]
    plain = write_jsonl(tmp_path / "in.jsonl", lines)
    packed = tmp_path / "in.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert run(plain, "-o", tmp_path / "a.jsonl", "--progress", "none").exit_code == 0
    assert run(packed, "-o", tmp_path / "b.jsonl", "--progress", "none").exit_code == 0
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress(plain.read_bytes())[:40])
    result = run(broken, "-o", tmp_path / "c.jsonl")
    assert result.exit_code == 2
    assert "cannot read" in result.output


def test_only_some_layers(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [record(1), record(2)])
    out = tmp_path / "out.jsonl"
    assert run(source, "-o", out, "--only", "dates", "--progress", "none").exit_code == 0
    for doc in output_lines(out):
        assert "dates" in doc["layers"] and "quantities" not in doc["layers"]


NASTY_FILES = Path(__file__).resolve().parent / "data" / "nasty"


def test_directory_of_nasty_files(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run(NASTY_FILES, "-o", out, "--progress", "none")
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in NASTY_FILES.glob("*.txt"))
    records = output_lines(out)
    assert len(records) == len(files) == 8
    for name, data in zip(files, records, strict=True):
        if name in ("cp1252.txt", "utf16.txt"):
            assert data["error"]["error"] == "InvalidUTF8" and data["error"]["id"] == name
            continue
        doc = newsparse.Document.from_dict(data)  # checks every offset against the text
        assert doc.text == (NASTY_FILES / name).read_bytes().decode("utf-8-sig")
