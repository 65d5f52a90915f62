"""``newsparse batch``: parse a JSONL file, a text file or a directory of .txt files into JSONL.

The output has exactly one line per input record, in input order: the document's JSON, or an
error record ``{"error": {"index", "id", "error", "message"}}`` (``index`` counts records from 0).
Error names: ``InvalidUTF8``, ``InvalidJSON``, ``InvalidRecord`` (blank line, not an object, no
text field, text not a string), ``InvalidUnicode`` (an unpaired surrogate escape),
``TextTooLarge``, ``UnreadableFile``, ``WorkerCrashed``, and the pipeline's own (``InvalidInput``
for a bad published date, ...).  In a JSONL input (``.jsonl``, ``.ndjson``, gzipped or not) every
line is a record (a blank line gives an error record), so line N of the output answers line N of
the input.

Every record is flushed as soon as it is written, so an interrupted run (Ctrl-C, ``kill -9``, the
OOM killer) leaves only complete lines plus at most one partial last line;
``--resume`` drops that partial line, counts the complete ones and skips as many input records.

Progress goes to stderr: a bar redrawn in place when stderr is a terminal, otherwise (a log file,
a CI job) one line with the rate and ETA every ``--progress-interval`` seconds; ``--progress none``
silences it.  The summary line at the end is always printed.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import attrs
import click

from newsparse.batch import Failure, PipelineSpec, Task, failure_of, item_id, ordered_map, parse_one, warm_up
from newsparse.pipeline import DEFAULT_MAX_CHARS, Pipeline

__all__ = ["Fields", "Line", "Progress", "batch", "count_records", "open_output", "read_records"]

_BLOCK = 1 << 20
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
# A JSON line may escape every character of its text as \uXXXX (6 bytes), and carries other fields.
_BYTES_PER_CHAR = 6
_LINE_SLACK = 1 << 16


@attrs.frozen
class Fields:
    """Where the text, the publication date and the id are in an input record."""

    text: str = "text"
    published: str = "published"
    id: str = "id"


@attrs.frozen
class Line:
    """One output line, ready to write: its bytes, whether it is an error, and its problem count."""

    data: bytes
    error: bool
    problems: int = 0


# --- reading --------------------------------------------------------------------------------


def _jsonl_item(line: bytes, index: int, fields: Fields) -> Any:
    """The item (a dict for the pipeline) or the Failure that input line ``index`` gives."""
    number = index + 1
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Failure(
            index,
            "InvalidUTF8",
            f"line {number} is not valid UTF-8 (byte 0x{line[exc.start]:02x} at {exc.start})",
        )
    if index == 0:
        text = text.removeprefix("\ufeff")
    if not text.strip():
        return Failure(index, "InvalidRecord", f"line {number} is blank")
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return Failure(index, "InvalidJSON", f"line {number} is not valid JSON: {exc}")
    if not isinstance(record, dict):
        return Failure(
            index, "InvalidRecord", f"line {number} is a JSON {type(record).__name__}, not an object"
        )
    raw_id = record.get(fields.id)
    record_id = None if raw_id is None else str(raw_id)
    if fields.text not in record:
        return Failure(index, "InvalidRecord", f"line {number} has no {fields.text!r} field", record_id)
    value = record[fields.text]
    if not isinstance(value, str):
        kind = type(value).__name__
        return Failure(
            index, "InvalidRecord", f"line {number}: {fields.text!r} is a {kind}, not a string", record_id
        )
    return {
        "id": record_id,
        "text": value,
        "published": record.get(fields.published),
        "title": record.get("title"),
        "url": record.get("url"),
    }


def _jsonl_records(path: Path, fields: Fields, max_chars: int, skip: int) -> Iterator[tuple[int, Any]]:
    """(index, item or Failure) for every line of a JSONL file, from line ``skip`` on."""
    limit = max_chars * _BYTES_PER_CHAR + _LINE_SLACK
    with _open_binary(path) as handle:
        index = 0
        while True:
            line = handle.readline(limit + 1)
            if not line:
                return
            too_long = len(line) > limit and not line.endswith(b"\n")
            size = len(line)
            while too_long and not line.endswith(b"\n"):  # skip the rest without holding it
                line = handle.readline(_BLOCK)
                if not line:
                    break
                size += len(line)
            if index >= skip:
                if too_long:
                    message = f"line {index + 1} has {size:,} bytes, too many for {max_chars:,} characters"
                    yield index, Failure(index, "TextTooLarge", message)
                else:
                    yield index, _jsonl_item(line, index, fields)
            index += 1


def _text_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(
            (p for p in path.rglob("*.txt") if p.is_file()), key=lambda p: p.relative_to(path).as_posix()
        )
    return [path]


def _file_item(file: Path, name: str, index: int, max_chars: int) -> Any:
    """The item or Failure for one text file (its id is ``name``)."""
    try:
        size = file.stat().st_size
        if size > 4 * max_chars + 3:  # more bytes than max_chars characters of UTF-8 can take
            return Failure(
                index, "TextTooLarge", f"{name} has {size:,} bytes, more than {max_chars:,} characters", name
            )
        data = file.read_bytes()
    except OSError as exc:
        return Failure(index, "UnreadableFile", f"cannot read {name}: {exc.strerror or exc}", name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = f"{name} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        return Failure(index, "InvalidUTF8", message, name)
    return {"id": name, "text": text}


def _open_binary(path: Path) -> BinaryIO:
    """``path`` opened for reading bytes, decompressed on the fly when its name ends in ``.gz``."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _is_jsonl(path: Path, input_format: str) -> bool:
    if input_format != "auto":
        return input_format == "jsonl"
    return not path.is_dir() and path.name.lower().endswith(_JSONL_SUFFIXES)


def read_records(
    path: Path,
    *,
    fields: Fields = Fields(),
    max_chars: int = DEFAULT_MAX_CHARS,
    skip: int = 0,
    input_format: str = "auto",
) -> Iterator[tuple[int, Any]]:
    """(index, item or Failure) for every input record of ``path``, from record ``skip`` on.

    A JSONL file gives one record per line; a directory one per ``.txt`` file (sorted by relative
    path, id = that path); any other file is one text record.
    """
    if _is_jsonl(path, input_format):
        yield from _jsonl_records(path, fields, max_chars, skip)
        return
    for index, file in enumerate(_text_files(path)):
        if index >= skip:
            name = file.relative_to(path).as_posix() if path.is_dir() else file.name
            yield index, _file_item(file, name, index, max_chars)


def count_records(path: Path, input_format: str = "auto") -> int:
    """How many records ``path`` holds (newlines of a JSONL file, counted without decoding)."""
    if not _is_jsonl(path, input_format):
        return len(_text_files(path))
    count, last = 0, b"\n"
    with _open_binary(path) as handle:
        while block := handle.read(_BLOCK):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


# --- writing --------------------------------------------------------------------------------


def open_output(path: Path, resume: bool) -> tuple[BinaryIO, int]:
    """The output file, positioned for writing, and how many complete records it already holds.

    With ``resume``, a partial last line (the process was killed while writing it) is cut off.
    """
    if not (resume and path.exists()):
        return path.open("wb"), 0
    handle = path.open("r+b")
    count, position, end = 0, 0, 0
    while block := handle.read(_BLOCK):
        newlines = block.count(b"\n")
        if newlines:
            count += newlines
            end = position + block.rindex(b"\n") + 1
        position += len(block)
    handle.truncate(end)
    handle.seek(end)
    return handle, count


def _error_line(failure: Failure) -> Line:
    record = {"error": failure.to_dict()}
    try:
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate quoted in the message
        data = json.dumps(record).encode("ascii")
    return Line(data + b"\n", error=True)


def _encode(pipeline: Pipeline, index: int, item: Any) -> Line:
    """Parse one item and serialize the result (a document or an error record) as one line."""
    result = parse_one(pipeline, index, item)
    if isinstance(result, Failure):
        return _error_line(result)
    try:
        data = (result.to_json() + "\n").encode("utf-8")
    except UnicodeEncodeError as exc:
        message = (
            f"the record holds {exc.object[exc.start : exc.end]!r}, an unpaired surrogate UTF-8 cannot encode"
        )
        return _error_line(Failure(index, "InvalidUnicode", message, item_id(item)))
    except Exception as exc:  # e.g. a lone surrogate (valid in JSON escapes, not in UTF-8)
        return _error_line(failure_of(index, item, exc, prefix="cannot write the document: "))
    return Line(data, error=False, problems=len(result.problems))


def _encode_chunk(spec: PipelineSpec, chunk: list[tuple[int, Any]]) -> list[Line]:
    """Worker task: parse and serialize a chunk of (position, (index, item)) pairs."""
    pipeline = spec.build()
    return [_encode(pipeline, index, item) for _, (index, item) in chunk]


def _fail(_position: int, pair: tuple[int, Any], exc: BaseException) -> Line:
    index, item = pair
    return _error_line(failure_of(index, item, exc, prefix="worker failed: "))


# --- progress -------------------------------------------------------------------------------


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


@attrs.define
class Progress:
    """Progress on stderr: a bar redrawn in place on a terminal, else a line every ``interval`` s."""

    total: int
    done: int = 0
    mode: str = "auto"
    interval: float = 10.0
    stream: TextIO = attrs.field(factory=lambda: sys.stderr)
    started: float = attrs.field(factory=time.monotonic)
    skipped: int = 0
    _shown: float = 0.0

    def __attrs_post_init__(self) -> None:
        if self.mode == "auto":
            self.mode = "bar" if self.stream.isatty() else "log"
        self._shown = self.started

    def status(self) -> str:
        """``done/total (percent), rate, ETA`` as one line."""
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = (self.done - self.skipped) / elapsed
        left = max(self.total - self.done, 0)
        eta = _duration(left / rate) if rate > 0 else "?"
        percent = 100 * self.done / self.total if self.total else 100.0
        return f"{self.done:,}/{self.total:,} records ({percent:.0f}%), {rate:,.1f} records/s, ETA {eta}"

    def update(self, done: int) -> None:
        """Record that ``done`` records are in the output; redraw if it is time to."""
        self.done = done
        now = time.monotonic()
        if self.mode == "bar" and now - self._shown >= 0.2:
            width = 30
            filled = int(width * self.done / self.total) if self.total else width
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.status()}\x1b[K")
            self.stream.flush()
            self._shown = now
        elif self.mode == "log" and now - self._shown >= self.interval:
            self.stream.write(f"newsparse batch: {self.status()}\n")
            self.stream.flush()
            self._shown = now

    def close(self) -> None:
        """End the bar's line."""
        if self.mode == "bar":
            self.stream.write(f"\r[{'#' * 30}] {self.status()}\x1b[K\n")
            self.stream.flush()


# --- the command ----------------------------------------------------------------------------


@attrs.define
class _Counts:
    documents: int = 0
    problems: int = 0
    errors: int = 0

    def add(self, line: Line) -> None:
        if line.error:
            self.errors += 1
        else:
            self.documents += 1
            self.problems += line.problems


def _layers(value: str | None) -> tuple[str, ...] | None:
    if not value:
        return None
    return tuple(name.strip() for name in value.split(",") if name.strip())


@click.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Output JSONL file.",
)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the text.")
@click.option("--published-field", default="published", show_default=True, help="JSONL field of the date.")
@click.option("--id-field", default="id", show_default=True, help="JSONL field naming a record in errors.")
@click.option("--resume", is_flag=True, help="Continue an interrupted run: keep OUTPUT's complete lines.")
@click.option(
    "--max-chars",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    help="Largest text.",
)
@click.option("--only", help="Comma-separated layers to produce (and whatever they require).")
@click.option(
    "--input-format",
    type=click.Choice(["auto", "jsonl", "text"]),
    default="auto",
    show_default=True,
    help="auto: .jsonl/.ndjson (or .gz) files are JSONL, other files one text, directories their .txt files.",
)
@click.option(
    "--progress",
    "progress_mode",
    type=click.Choice(["auto", "bar", "log", "none"]),
    default="auto",
    show_default=True,
    help="auto: a bar on a terminal, else a log line every --progress-interval seconds.",
)
@click.option("--progress-interval", type=click.FloatRange(min=0), default=10.0, show_default=True)
def batch(
    source: Path,
    output: Path,
    workers: int,
    text_field: str,
    published_field: str,
    id_field: str,
    resume: bool,
    max_chars: int,
    only: str | None,
    input_format: str,
    progress_mode: str,
    progress_interval: float,
) -> None:
    """Parse SOURCE (JSONL, a text file, or a directory of .txt files) into OUTPUT (JSONL).

    One output line per input record, in input order: the document, or an error record
    {"error": {"index", "id", "error", "message"}}.  Interrupted, run again with --resume.
    Exit status: 0 when every record has its line (error records included), 130 when
    interrupted, 2 for a usage error.
    """
    if output.exists() and output.resolve() == source.resolve():
        raise click.BadParameter("the output file is the input file", param_hint="'-o' / '--output'")
    spec = PipelineSpec(_layers(only), False, max_chars)
    spec.build()  # an unknown layer or a broken plugin stops us before any output is touched
    try:
        total = count_records(source, input_format)
    except (OSError, EOFError) as exc:  # a corrupt or truncated .gz, an unreadable file
        raise click.BadParameter(f"cannot read {source}: {exc}", param_hint="SOURCE") from None
    handle, kept = open_output(output, resume)
    progress = Progress(total, done=kept, skipped=kept, mode=progress_mode, interval=progress_interval)
    counts = _Counts()
    written = kept
    fields = Fields(text_field, published_field, id_field)
    records = read_records(source, fields=fields, max_chars=max_chars, skip=kept, input_format=input_format)
    task: Task[Line] = Task(_encode_chunk, spec, _fail, warm_up)
    try:
        with handle:
            for line in ordered_map(task, records, workers=workers, executor=None):
                handle.write(line.data)
                handle.flush()
                written += 1
                counts.add(line)
                if progress_mode != "none":
                    progress.update(written)
    except KeyboardInterrupt:
        if progress_mode != "none":
            progress.close()
        click.echo(
            f"newsparse batch: interrupted; {written:,} records are in {output}; "
            "run the same command with --resume to continue",
            err=True,
        )
        sys.exit(130)
    if progress_mode != "none":
        progress.close()
    elapsed = time.monotonic() - progress.started
    resumed = f" (resumed: {kept:,} records were already there)" if kept else ""
    rate = (written - kept) / elapsed if elapsed > 0 else 0.0
    click.echo(
        f"newsparse batch: {written - kept:,} records in {elapsed:.1f} s ({rate:,.1f}/s): "
        f"{counts.documents:,} documents, {counts.problems:,} problems, {counts.errors:,} errors "
        f"-> {output}{resumed}",
        err=True,
    )
