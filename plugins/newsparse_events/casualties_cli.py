"""``newsparse casualties``: the casualty summary of every document of a file, a folder or a stream.

SOURCE is read as ``newsparse batch`` reads it (:mod:`newsparse.batch_input`: a JSONL file, a text
file, a folder of ``.txt`` files; ``-`` reads standard input, one text or, with ``--input-format
jsonl``, JSONL) and parsed as ``batch`` parses it (supervised worker processes, a time limit per
document; :mod:`newsparse.batch`); each document becomes its :func:`summarise` rows, written as
they come, in input order (:mod:`newsparse_events.tabulate`).  A record that cannot be read or
parsed keeps an error row and is named on standard error; the exit status is then 1.  ``batch``'s
output reads back: a parsed document that holds the events layer is tabulated without parsing
it again (a document parsed without it is parsed), an error record keeps its error row.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final, NoReturn

import attrs
import click

from newsparse.batch import Failure, PipelineSpec, Task, failure_of, item_id, ordered_map, parse_one, warm_up
from newsparse.batch_input import Fields, count_records, is_jsonl, read_records, read_stream
from newsparse.cli_options import check_published, document_limits
from newsparse.errors import NewsparseError
from newsparse.model import Document
from newsparse.pipeline import Pipeline
from newsparse.serialize import document_from_dict
from newsparse.timelimit import resolve_time_limit, traced
from newsparse_events.model import Event
from newsparse_events.summary import summarise
from newsparse_events.tabulate import Outcome, csv_header, csv_lines, json_lines, table_header, table_lines

__all__ = ["FORMATS", "casualties", "casualties_task"]

STDIN_NAME: Final = "<stdin>"
EXIT_FAILED: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130
SHOWN_FAILURES: Final = 5
_LAYERS: Final = ("events",)  # and what it requires; nothing else is read
FORMATS: Final = ("table", "csv", "json")


def _fail(message: str) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _say(message: str) -> None:
    click.echo(f"newsparse casualties: {message}", err=True)


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


# --- in the worker: parse one record and summarise its events --------------------------------


def _failed(failure: Failure, line: int | None, item: Any) -> Outcome:
    return Outcome(failure.id or item_id(item), line, error=failure.error, message=failure.message)


def _outcome(line: int | None, item: Any, result: Document | Failure) -> Outcome:
    """The rows of a parsed document, or why it failed (a failed extractor: its rows may miss events)."""
    if isinstance(result, Failure):
        return _failed(result, line, item)
    document = item_id(item) or result.meta.id
    empty = None
    for problem in result.problems:
        if problem.error == "EmptyText":
            empty = problem.message.split(":")[0]
        else:
            message = f"{problem.extractor} failed: {problem.message}"
            return Outcome(document, line, error=problem.error, message=message)
    events = [event for event in result.layer("events") if isinstance(event, Event)]
    return Outcome(document, line, summarise(events), empty=empty)


@attrs.frozen
class CasualtiesJob:
    """What a worker needs: the pipeline (or how to build it) and whether records have line numbers."""

    pipeline: Pipeline | PipelineSpec
    numbered: bool = False

    def line(self, index: int) -> int | None:
        """Record ``index``'s input line (JSONL input), else None."""
        return index + 1 if self.numbered else None

    def fail(self, _position: int, pair: tuple[int, Any], exc: BaseException) -> Outcome:
        """The outcome of a record whose worker failed (overran its budget, died)."""
        index, item = pair
        return _failed(failure_of(index, item, exc, prefix="worker failed: "), self.line(index), item)


def _read_or_parse(pipeline: Pipeline, index: int, item: Any) -> Document | Failure:
    """The document an item of ``batch``'s output carries, if it holds the events layer; else the
    item parsed. A carried document that cannot be read is a failure, not a crash."""
    record = item.get("document") if isinstance(item, dict) else None
    if record is None:
        return parse_one(pipeline, index, item)
    try:
        document = document_from_dict(record)
    except NewsparseError as exc:
        return Failure(index, type(exc).__name__, f"cannot read the parsed document: {exc}", item_id(item))
    return document if "events" in document.layers else parse_one(pipeline, index, item)


def _prepare(job: CasualtiesJob, note: Any) -> tuple[CasualtiesJob, Pipeline]:
    pipeline = job.pipeline.build() if isinstance(job.pipeline, PipelineSpec) else job.pipeline
    return job, traced(pipeline, note)


def _tabulate_chunk(prepared: tuple[CasualtiesJob, Pipeline], chunk: list[tuple[int, Any]]) -> list[Outcome]:
    """Worker task: parse and summarise a chunk of (position, (index, item)) pairs."""
    job, pipeline = prepared
    return [
        _outcome(job.line(index), item, _read_or_parse(pipeline, index, item)) for _, (index, item) in chunk
    ]


def _warm(job: CasualtiesJob) -> None:
    warm_up(job.pipeline)


def casualties_task(pipeline: Pipeline | PipelineSpec, numbered: bool = False) -> Task[Outcome]:
    """The task the command runs over (index, item) pairs: each parsed and summarised."""
    job = CasualtiesJob(pipeline, numbered)
    return Task(_tabulate_chunk, job, job.fail, _warm, _prepare)


# --- the command ------------------------------------------------------------------------------


@attrs.frozen
class _Source:
    """Where the records come from, and how to read them."""

    name: str
    fields: Fields
    max_chars: int
    input_format: str

    @property
    def stdin(self) -> bool:
        """Whether the records are read from standard input."""
        return self.name == "-"

    @property
    def numbered(self) -> bool:
        """Whether the records are JSONL lines (each says its line)."""
        if self.stdin:
            return self.input_format == "jsonl"
        return is_jsonl(Path(self.name), self.input_format)

    def check(self) -> None:
        """Fail (status 2) now if the source cannot be read at all (a folder read as JSONL, a bad .gz)."""
        if self.stdin:
            return
        try:
            count_records(Path(self.name), self.input_format)
        except (OSError, EOFError) as exc:
            _fail(f"cannot read {self.name}: {exc}")

    def records(self) -> Iterator[tuple[int, Any]]:
        """(index, item or Failure) for every record."""
        fields, max_chars, input_format = self.fields, self.max_chars, self.input_format
        if self.stdin:
            handle = sys.stdin.buffer
            return read_stream(
                handle, STDIN_NAME, fields=fields, max_chars=max_chars, input_format=input_format
            )
        return read_records(Path(self.name), fields=fields, max_chars=max_chars, input_format=input_format)


@attrs.define
class _Tally:
    """What was written: documents, rows, the records that failed and those with nothing to parse."""

    documents: int = 0
    failed: list[str] = attrs.field(factory=list)

    def add(self, outcome: Outcome) -> None:
        """Count ``outcome`` and say on standard error what is wrong with it, if anything."""
        self.documents += 1
        if outcome.failed:
            self.failed.append(outcome.where)
            if len(self.failed) <= SHOWN_FAILURES:
                _say(outcome.note)
        elif outcome.empty is not None:
            _say(f"nothing to parse in {outcome.where}: {outcome.empty}")

    def summary(self) -> str:
        """The last line on standard error: how many records, and which failed."""
        line = f"{_plural(self.documents, 'document')} read"
        if not self.failed:
            return line
        named = ", ".join(self.failed[:SHOWN_FAILURES])
        more = f" and {len(self.failed) - SHOWN_FAILURES:,} more" if len(self.failed) > SHOWN_FAILURES else ""
        return f"{line}; {len(self.failed):,} failed ({named}{more}): see their error rows"


def _writer(format_: str) -> tuple[str, Callable[[Outcome], str]]:
    """The heading and the writer of one outcome's rows of an output format."""
    if format_ == "table":
        return table_header(), table_lines
    if format_ == "csv":
        return csv_header(), csv_lines
    return "", json_lines


def _write(outcomes: Iterator[Outcome], format_: str, tally: _Tally) -> None:
    """Write the heading and each outcome's rows as they come (flushed: a pipe sees them at once)."""
    header, rows = _writer(format_)
    if header:
        click.echo(header, nl=False)
    for outcome in outcomes:
        click.echo(rows(outcome), nl=False)
        tally.add(outcome)


def _run(source: _Source, format_: str, workers: int, time_limit: float | None) -> None:
    spec = PipelineSpec(_LAYERS, False, source.max_chars)
    try:
        budget = resolve_time_limit(time_limit)
        spec.build()  # an unknown layer or a broken plugin stops us before any output
    except NewsparseError as exc:
        _fail(str(exc))
    source.check()
    task = casualties_task(spec, source.numbered)
    outcomes = ordered_map(
        task, source.records(), workers=workers, executor=None, time_limit=budget, isolate=True
    )
    tally = _Tally()
    try:
        _write(outcomes, format_, tally)
    except KeyboardInterrupt:
        outcomes.close()
        _say(f"interrupted after {_plural(tally.documents, 'document')}")
        sys.exit(EXIT_INTERRUPTED)
    except OSError as exc:  # standard input unreadable, standard output closed (a pipe: see the group)
        outcomes.close()
        if isinstance(exc, BrokenPipeError):
            raise
        _fail(f"cannot read {source.name} or write the rows: {exc.strerror or exc}")
    _say(tally.summary())
    if tally.failed:
        sys.exit(EXIT_FAILED)


@click.command()
@click.argument("source", type=click.Path(exists=True, allow_dash=True))
@click.option(
    "--format",
    "format_",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table: for a terminal; csv: for a spreadsheet; json: one JSON object per row (JSONL).",
)
@click.option(
    "--published", callback=check_published, help="Publication date of a text (and of records without one)."
)
@click.option(
    "--published-field",
    default="published",
    show_default=True,
    help="JSONL field of the date; in a text file, a first line 'NAME: DATE'.",
)
@click.option("--text-field", default="text", show_default=True, help="JSONL field holding the text.")
@click.option("--id-field", default="id", show_default=True, help="JSONL field naming the document.")
@click.option(
    "--input-format",
    type=click.Choice(["auto", "jsonl", "text"]),
    default="auto",
    show_default=True,
    help="auto: .jsonl/.ndjson(.gz) files are JSONL, other files and - one text, folders their .txt files.",
)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@document_limits
def casualties(
    source: str,
    format_: str,
    published: str | None,
    published_field: str,
    text_field: str,
    id_field: str,
    input_format: str,
    workers: int,
    time_limit: float | None,
    max_chars: int,
) -> None:
    """Tabulate the casualties of SOURCE: killed, wounded, missing, abducted, displaced, ... by victim group.

    SOURCE is a text file, - (standard input), a JSONL file or a folder of .txt files, read as
    `newsparse batch` reads it; `newsparse batch`'s own output is tabulated without parsing
    again.  One row per document, role, victim group and scope: the total with its bounds,
    the events that feed it and, for a figure of the killed and the wounded together, the roles
    it includes.  Incident and cumulative (running) totals are never added
    together.  Exit status: 0 when every document is tabulated, 1 when any failed (each keeps an
    error row and is named on standard error), 2 for a usage error, 130 when interrupted.
    """
    fields = Fields(text_field, published_field, id_field, published)
    _run(_Source(source, fields, max_chars, input_format), format_, workers, time_limit)
