"""Reading ``newsparse batch`` input: JSONL, one text file or a directory of ``.txt`` files.

Every input record becomes an item for the pipeline (a dict with ``id``, ``text``, ``published``,
...) or a :class:`~newsparse.batch.Failure` saying, in plain English, why it cannot be parsed.
``batch``'s own output reads back: a parsed document gives its text with its meta's id and date
and, as ``document``, the record itself (which a command may read instead of parsing again); an
error record gives the failure it records.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import attrs

from newsparse.batch import Failure, a_kind
from newsparse.pipeline import DEFAULT_MAX_CHARS

__all__ = ["Fields", "count_records", "is_jsonl", "read_records", "read_stream"]

BLOCK = 1 << 20
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
# A JSON line may escape every character of its text as \uXXXX (6 bytes), and carries other fields.
_BYTES_PER_CHAR = 6
_LINE_SLACK = 1 << 16
_HEADER_MAX = 256  # characters of the first line read as a possible "NAME: value" header
_HEADER_LINE = re.compile(r"[ \t]*([^\r\n:]+?)[ \t]*:[ \t]*([^\r\n]*?)[ \t]*(?:\r\n?|\n|$)")


@attrs.frozen
class Fields:
    """Where the text, the publication date and the id are in an input record, and the date to use
    where a record has none (``published``)."""

    text: str = "text"
    published_field: str = "published"
    id: str = "id"
    published: str | None = None


def _jsonl_item(line: bytes, index: int, fields: Fields) -> Any:
    """The item (a dict for the pipeline) or the Failure that input line ``index`` gives."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Failure(index, "InvalidUTF8", f"not valid UTF-8 (byte 0x{line[exc.start]:02x} at {exc.start})")
    if index == 0:
        text = text.removeprefix("\ufeff")
    if not text.strip():
        return Failure(index, "InvalidRecord", "a blank line, not a JSON object")
    try:
        record = json.loads(text)
    except (ValueError, RecursionError) as exc:
        return Failure(index, "InvalidJSON", f"not valid JSON: {exc}")
    if not isinstance(record, dict):
        return Failure(index, "InvalidRecord", f"not a JSON object (got {a_kind(record)})")
    raw_id = record.get(fields.id)
    record_id = None if raw_id is None else str(raw_id)
    if _is_error_record(record, fields):
        return _recorded_failure(record["error"], index, record_id)
    if _is_parsed_document(record, fields):
        return _parsed_item(record, fields)
    if fields.text not in record:
        return Failure(index, "InvalidRecord", f"no {fields.text!r} field", record_id)
    value = record[fields.text]
    if not isinstance(value, str):
        message = f"field {fields.text!r} must be a string, got {a_kind(value)}"
        return Failure(index, "InvalidRecord", message, record_id)
    published = record.get(fields.published_field)
    return {
        "id": record_id,
        "text": value,
        "published": fields.published if published is None else published,
        "title": record.get("title"),
        "url": record.get("url"),
    }


def _is_error_record(record: dict[str, Any], fields: Fields) -> bool:
    """Whether ``record`` is an error record of ``batch``'s output (``{"error": {...}}``, no text)."""
    return fields.text not in record and isinstance(record.get("error"), dict)


def _recorded_failure(error: dict[str, Any], index: int, record_id: str | None) -> Failure:
    """The failure an error record of an earlier ``batch`` run records, under this input's index."""
    kind = error.get("error")
    found_id = error.get("id")
    message = f"an error record of an earlier run: {error.get('message') or 'no message'}"
    name = record_id if record_id is not None else None if found_id is None else str(found_id)
    return Failure(index, kind if isinstance(kind, str) and kind else "InvalidRecord", message, name)


def _is_parsed_document(record: dict[str, Any], fields: Fields) -> bool:
    """Whether ``record`` is a document of ``batch``'s output (its version, meta and layers)."""
    return (
        "newsparse_version" in record
        and isinstance(record.get(fields.text), str)
        and isinstance(record.get("meta"), dict)
        and isinstance(record.get("layers"), dict)
    )


def _parsed_item(record: dict[str, Any], fields: Fields) -> dict[str, Any]:
    """The item of a parsed document: the record's own fields first, else its meta's."""
    meta = record["meta"]
    raw_id = record.get(fields.id, meta.get("id"))
    published = record.get(fields.published_field, meta.get("published"))
    return {
        "id": None if raw_id is None else str(raw_id),
        "text": record[fields.text],
        "published": fields.published if published is None else published,
        "title": meta.get("title"),
        "url": meta.get("url"),
        "document": record,
    }


def _jsonl_records(path: Path, fields: Fields, max_chars: int, skip: int) -> Iterator[tuple[int, Any]]:
    """(index, item or Failure) for every line of a JSONL file, from line ``skip`` on."""
    with open_binary(path) as handle:
        yield from _jsonl_lines(handle, fields, max_chars, skip)


def _jsonl_lines(handle: BinaryIO, fields: Fields, max_chars: int, skip: int) -> Iterator[tuple[int, Any]]:
    """(index, item or Failure) for every line read from ``handle``, from line ``skip`` on."""
    limit = max_chars * _BYTES_PER_CHAR + _LINE_SLACK
    index = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        too_long = len(line) > limit and not line.endswith(b"\n")
        size = len(line)
        while too_long and not line.endswith(b"\n"):  # skip the rest without holding it
            line = handle.readline(BLOCK)
            if not line:
                break
            size += len(line)
        if index >= skip:
            if too_long:
                message = f"the line has {size:,} bytes, too many for {max_chars:,} characters"
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


def header_date(text: str, name: str) -> str | None:
    """The value of a first line ``NAME: value`` of ``text`` (NAME compared case-insensitively)."""
    end = text.find("\n", 0, _HEADER_MAX)
    if end < 0 and len(text) > _HEADER_MAX:
        return None  # a header is a short first line; a long one is text (and the pattern stays cheap)
    match = _HEADER_LINE.match(text[: end + 1] if end >= 0 else text)
    if match is None or match.group(1).casefold() != name.casefold():
        return None
    return match.group(2) or None


def _file_item(file: Path, name: str, index: int, max_chars: int, fields: Fields) -> Any:
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
    return _text_item(data, name, index, fields)


def _text_item(data: bytes, name: str, index: int, fields: Fields) -> Any:
    """The item or Failure for the bytes of one text (its id is ``name``)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        message = f"{name} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        return Failure(index, "InvalidUTF8", message, name)
    published = header_date(text, fields.published_field) or fields.published
    return {"id": name, "text": text, "published": published}


def open_binary(path: Path) -> BinaryIO:
    """``path`` opened for reading bytes, decompressed on the fly when its name ends in ``.gz``."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def is_jsonl(path: Path, input_format: str) -> bool:
    """Whether ``path`` is read as JSONL (``input_format`` auto: by its name)."""
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
    path, id = that path); any other file is one text record (id = its name).  A text file whose
    first line is ``Published: 2018-02-06`` (the published field's name) has that date.
    """
    if is_jsonl(path, input_format):
        yield from _jsonl_records(path, fields, max_chars, skip)
        return
    for index, file in enumerate(_text_files(path)):
        if index >= skip:
            name = file.relative_to(path).as_posix() if path.is_dir() else file.name
            yield index, _file_item(file, name, index, max_chars, fields)


def read_stream(
    handle: BinaryIO,
    name: str,
    *,
    fields: Fields = Fields(),
    max_chars: int = DEFAULT_MAX_CHARS,
    input_format: str = "auto",
) -> Iterator[tuple[int, Any]]:
    """(index, item or Failure) for every record read from ``handle`` (standard input, say).

    With ``input_format`` ``jsonl``, one record per line as in a JSONL file; else the whole stream
    is one text record with id ``name``, read as a text file is (a ``Published: DATE`` first line).
    """
    if input_format == "jsonl":
        yield from _jsonl_lines(handle, fields, max_chars, 0)
        return
    data = handle.read(4 * max_chars + 4)
    if len(data) > 4 * max_chars + 3:
        message = f"{name} has more bytes than {max_chars:,} characters of UTF-8 can take"
        yield 0, Failure(0, "TextTooLarge", message, name)
        return
    yield 0, _text_item(data, name, 0, fields)


def count_records(path: Path, input_format: str = "auto") -> int:
    """How many records ``path`` holds (newlines of a JSONL file, counted without decoding)."""
    if not is_jsonl(path, input_format):
        return len(_text_files(path))
    count, last = 0, b"\n"
    with open_binary(path) as handle:
        while block := handle.read(BLOCK):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")
