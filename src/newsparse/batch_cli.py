"""``newsparse batch``: parse a JSONL file, a text file or a directory of .txt files into JSONL.

The output has exactly one line per input record, in input order: the document's JSON, or an
error record ``{"error": {"index", "id", "error", "message", "extractor", "line"}}`` (``index``
counts records from 0).  Each document carries its input's id in ``meta.id`` (the JSONL id field,
or the file's path); for JSONL input, every record also says its input line (``"line": 17``).
Error names: ``InvalidUTF8``, ``InvalidJSON``, ``InvalidRecord`` (blank line, not an object, no
text field, text not a string), ``InvalidUnicode`` (an unpaired surrogate escape),
``TextTooLarge``, ``UnreadableFile``, ``TimeLimitExceeded``, ``WorkerCrashed``, and the pipeline's
own (``InvalidInput`` for a bad published date, ...).

Every record is flushed as soon as it is written, so an interrupted run (Ctrl-C, SIGTERM,
``kill -9``, the OOM killer) leaves only complete lines plus at most one partial last line;
``--resume`` checks that the output belongs to this input, drops that partial line, and skips as
many input records as there are complete lines.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, NoReturn, TextIO

import attrs
import click

from newsparse.batch import Failure, PipelineSpec, Task, failure_of, item_id, ordered_map, parse_one, warm_up
from newsparse.batch_input import Fields, count_records, is_jsonl, read_records
from newsparse.batch_output import OutputError, check_resume, open_output
from newsparse.cli_options import check_published, document_limits, layer_names
from newsparse.errors import NewsparseError
from newsparse.pipeline import Pipeline
from newsparse.timelimit import resolve_time_limit, traced

__all__ = [
    "Fields",
    "Line",
    "Progress",
    "batch",
    "batch_task",
    "count_records",
    "open_output",
    "plural",
    "read_records",
]

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143
SHOWN_ERRORS = 5


def plural(count: int, word: str) -> str:
    """``1 record``, ``3 records``, ``1,200 errors``: a count and its word, in the right number."""
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


def _fail(message: str) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@attrs.frozen
class Line:
    """One output line, ready to write: its bytes, whether it is an error, its problem count,
    whether the document had a publication date, and (for an error) a one-line description."""

    data: bytes
    error: bool
    problems: int = 0
    dated: bool = True
    note: str = ""


# --- encoding (in the worker) ---------------------------------------------------------------


def _where(index: int, item: Any, numbered: bool) -> str:
    if numbered:
        return f"line {index + 1}"
    return item_id(item) or (item.id if isinstance(item, Failure) else None) or f"record {index + 1}"


def _error_line(failure: Failure, numbered: bool, item: Any) -> Line:
    record: dict[str, Any] = failure.to_dict()
    if numbered:
        record["line"] = failure.index + 1
    data = _dumps({"error": record})
    where = _where(failure.index, item, numbered)
    message = failure.message if failure.message.startswith(where) else f"{where}: {failure.message}"
    return Line(data + b"\n", error=True, note=message)


def _dumps(record: dict[str, Any]) -> bytes:
    import json

    try:
        return json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate quoted in the message
        return json.dumps(record).encode("ascii")


@attrs.frozen
class BatchJob:
    """What a worker needs: the pipeline (or how to build it) and whether records have line numbers."""

    pipeline: Pipeline | PipelineSpec
    numbered: bool = True

    def fail(self, _position: int, pair: tuple[int, Any], exc: BaseException) -> Line:
        """The error line of an item whose worker failed (overran its budget, died)."""
        index, item = pair
        return _error_line(failure_of(index, item, exc, prefix="worker failed: "), self.numbered, item)


def _encode(job: BatchJob, pipeline: Pipeline, index: int, item: Any) -> Line:
    """Parse one item and serialize the result (a document or an error record) as one line."""
    result = parse_one(pipeline, index, item)
    if isinstance(result, Failure):
        return _error_line(result, job.numbered, item)
    try:
        data = result.to_json()
        if job.numbered:
            data = f'{data[:-1]}, "line": {index + 1}}}'
        encoded = (data + "\n").encode("utf-8")
    except UnicodeEncodeError as exc:
        message = (
            f"the record holds {exc.object[exc.start : exc.end]!r}, an unpaired surrogate UTF-8 cannot encode"
        )
        return _error_line(Failure(index, "InvalidUnicode", message, item_id(item)), job.numbered, item)
    except Exception as exc:  # a value the JSON format cannot hold
        failure = failure_of(index, item, exc, prefix="cannot write the document: ")
        return _error_line(failure, job.numbered, item)
    return Line(encoded, error=False, problems=len(result.problems), dated=result.meta.published is not None)


def _prepare(job: BatchJob, note: Any) -> tuple[BatchJob, Pipeline]:
    pipeline = job.pipeline.build() if isinstance(job.pipeline, PipelineSpec) else job.pipeline
    return job, traced(pipeline, note)


def _encode_chunk(prepared: tuple[BatchJob, Pipeline], chunk: list[tuple[int, Any]]) -> list[Line]:
    """Worker task: parse and serialize a chunk of (position, (index, item)) pairs."""
    job, pipeline = prepared
    return [_encode(job, pipeline, index, item) for _, (index, item) in chunk]


def _warm(job: BatchJob) -> None:
    warm_up(job.pipeline)


def batch_task(pipeline: Pipeline | PipelineSpec, numbered: bool = True) -> Task[Line]:
    """The task ``batch`` runs over (index, item) pairs: each parsed and written as one line."""
    job = BatchJob(pipeline, numbered)
    return Task(_encode_chunk, job, job.fail, _warm, _prepare)


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

    def say(self, message: str) -> None:
        """Print one line of ``message`` without breaking the bar."""
        prefix = "\r\x1b[K" if self.mode == "bar" else ""
        self.stream.write(f"{prefix}newsparse batch: {message}\n")
        self.stream.flush()

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
    undated: int = 0

    def add(self, line: Line) -> None:
        if line.error:
            self.errors += 1
        else:
            self.documents += 1
            self.problems += line.problems
            self.undated += not line.dated


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C (workers stopped, output closed) with exit status 143."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise _Terminated()


@attrs.frozen
class _Run:
    """Everything a run needs once the options are checked."""

    source: Path
    output: Path
    workers: int
    fields: Fields
    max_chars: int
    input_format: str
    spec: PipelineSpec
    time_limit: float | None
    progress_mode: str
    progress_interval: float


def _write(run: _Run, handle: BinaryIO, lines: Iterator[Line], progress: Progress, counts: _Counts) -> int:
    """Write every line, flushed; show the first errors; return how many lines were written."""
    written = 0
    for line in lines:
        handle.write(line.data)
        handle.flush()
        written += 1
        counts.add(line)
        if line.error and counts.errors <= SHOWN_ERRORS:
            progress.say(line.note)
        if run.progress_mode != "none":
            progress.update(progress.skipped + written)
    return written


def _summary(run: _Run, counts: _Counts, written: int, kept: int, elapsed: float) -> str:
    rate = written / elapsed if elapsed > 0 else 0.0
    resumed = f" (resumed after {plural(kept, 'record')})" if kept else ""
    problems = f" ({plural(counts.problems, 'problem')} recorded)" if counts.problems else ""
    return (
        f"{plural(written, 'record')} parsed: {plural(counts.documents, 'document')}{problems}, "
        f"{plural(counts.errors, 'error')} in {elapsed:.1f} s ({rate:,.1f}/s) -> {run.output}{resumed}"
    )


def _execute(run: _Run, handle: BinaryIO, kept: int) -> None:
    total = count_records(run.source, run.input_format)
    progress = Progress(
        total, done=kept, skipped=kept, mode=run.progress_mode, interval=run.progress_interval
    )
    counts = _Counts()
    numbered = is_jsonl(run.source, run.input_format)
    records = read_records(
        run.source, fields=run.fields, max_chars=run.max_chars, skip=kept, input_format=run.input_format
    )
    task = batch_task(run.spec, numbered)
    lines = ordered_map(
        task, records, workers=run.workers, executor=None, time_limit=run.time_limit, isolate=True
    )
    written = 0
    try:
        written = _write(run, handle, lines, progress, counts)
    except KeyboardInterrupt as exc:
        lines.close()
        if run.progress_mode != "none":
            progress.close()
        done = progress.done if run.progress_mode != "none" else kept + counts.documents + counts.errors
        click.echo(
            f"newsparse batch: interrupted; {plural(done, 'record')} are in {run.output}; "
            "run the same command with --resume to continue",
            err=True,
        )
        sys.exit(EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED)
    except OSError as exc:
        lines.close()
        _fail(f"cannot write {run.output}: {exc.strerror or exc}")
    if run.progress_mode != "none":
        progress.close()
    if counts.errors > SHOWN_ERRORS:
        more = counts.errors - SHOWN_ERRORS
        progress.say(f"... and {plural(more, 'more error')}: see the error records in {run.output}")
    if counts.undated and run.fields.published is None:
        progress.say(
            f"hint: {plural(counts.undated, 'document')} had no publication date, so relative dates "
            'in them ("on Saturday") stay unresolved; give --published DATE or --published-field NAME'
        )
    progress.say(_summary(run, counts, written, kept, time.monotonic() - progress.started))


def _run(run: _Run, resume: bool, force: bool) -> None:
    try:
        run.spec.build()  # an unknown layer or a broken plugin stops us before any output is touched
        count_records(run.source, run.input_format)
    except NewsparseError as exc:
        _fail(str(exc))
    except (OSError, EOFError) as exc:  # a corrupt or truncated .gz, an unreadable file
        _fail(f"cannot read {run.source}: {exc}")
    try:
        handle, kept = open_output(run.output, resume, force)
        if resume:
            check_resume(
                run.output,
                run.source,
                kept,
                fields=run.fields,
                max_chars=run.max_chars,
                input_format=run.input_format,
            )
    except OutputError as exc:
        if "handle" in locals():
            handle.close()
        _fail(str(exc))
    previous = None
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: SIGTERM keeps its default
        pass
    try:
        _execute(run, handle, kept)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        with contextlib.suppress(OSError):  # every line was flushed: a failure was reported then
            handle.close()


@click.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Output JSONL file (not overwritten unless --force).",
)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--published", callback=check_published, help="Publication date for records without one.")
@click.option(
    "--published-field",
    default="published",
    show_default=True,
    help="JSONL field of the date; in a text file, a first line 'NAME: DATE'.",
)
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the text.")
@click.option("--id-field", default="id", show_default=True, help="JSONL field copied to meta.id.")
@click.option("--resume", is_flag=True, help="Continue an interrupted run: keep OUTPUT's complete lines.")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
@document_limits
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
    published: str | None,
    published_field: str,
    text_field: str,
    id_field: str,
    resume: bool,
    force: bool,
    time_limit: float | None,
    max_chars: int,
    only: str | None,
    input_format: str,
    progress_mode: str,
    progress_interval: float,
) -> None:
    """Parse SOURCE (JSONL, a text file, or a directory of .txt files) into OUTPUT (JSONL).

    One output line per input record, in input order: the document, or an error record
    {"error": {"index", "id", "error", "message", ...}}.  Interrupted, run again with --resume.
    Exit status: 0 when every record has its line (error records included), 130 when
    interrupted (143 on SIGTERM), 2 for a usage or output error.
    """
    if output.exists() and output.resolve() == source.resolve():
        raise click.BadParameter("the output file is the input file", param_hint="'-o' / '--output'")
    try:
        budget = resolve_time_limit(time_limit)
    except NewsparseError as exc:
        _fail(str(exc))
    run = _Run(
        source=source,
        output=output,
        workers=workers,
        fields=Fields(text_field, published_field, id_field, published),
        max_chars=max_chars,
        input_format=input_format,
        spec=PipelineSpec(layer_names(only), False, max_chars),
        time_limit=budget,
        progress_mode=progress_mode,
        progress_interval=progress_interval,
    )
    _run(run, resume, force)
