"""The output file of ``newsparse batch``: opened safely, resumed only if it belongs to the input.

``--resume`` keeps the complete lines of an interrupted run, but first checks that they are the
output of this input: the first records and the last one are compared with the input records
at the same positions (a document must hold the same text and id, an error record the same
index and id), and the output must not hold more records than the input.
"""

from __future__ import annotations

import functools
import itertools
import json
from pathlib import Path
from typing import Any, BinaryIO

from newsparse.batch import Failure
from newsparse.batch_input import BLOCK, Fields, count_records, read_records
from newsparse.errors import NewsparseError

__all__ = ["OutputError", "check_resume", "open_output"]

_CHECKED_FIRST = 3


class OutputError(NewsparseError):
    """The output file cannot be written, or must not be (it exists, or belongs to another input)."""


def _cannot(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {exc.strerror or exc}")


def open_output(path: Path, resume: bool, force: bool = True) -> tuple[BinaryIO, int]:
    """The output file, positioned for writing, and how many complete records it already holds.

    With ``resume``, a partial last line (the process was killed while writing it) is cut off.
    Without ``resume`` or ``force``, an existing file is an error (it is not overwritten).
    """
    exists = path.exists()
    if exists and not (resume or force):
        raise OutputError(f"{path} already exists: give --force to overwrite it, or --resume to continue it")
    try:
        if not (resume and exists):
            return path.open("wb"), 0
        handle = path.open("r+b")
    except OSError as exc:
        raise _cannot(path, exc) from None
    count, position, end = 0, 0, 0
    while block := handle.read(BLOCK):
        newlines = block.count(b"\n")
        if newlines:
            count += newlines
            end = position + block.rindex(b"\n") + 1
        position += len(block)
    try:
        handle.truncate(end)
    except OSError:  # a device (/dev/null) cannot be truncated: nothing to cut there
        pass
    handle.seek(end)
    return handle, count


def _output_records(path: Path, wanted: set[int]) -> dict[int, Any]:
    """The JSON values of the output lines at positions ``wanted`` (None where not JSON)."""
    found: dict[int, Any] = {}
    with path.open("rb") as handle:
        for index, line in enumerate(handle):
            if index in wanted:
                try:
                    found[index] = json.loads(line)
                except ValueError:
                    found[index] = None
            if len(found) == len(wanted):
                break
    return found


def _mismatch(record: Any, index: int, item: Any) -> str | None:
    """Why output ``record`` is not the answer to input ``item`` at ``index`` (None: it is)."""
    if not isinstance(record, dict):
        return "is not a JSON object"
    if item is None:
        return "has no input record"
    expected_id = item.id if isinstance(item, Failure) else item.get("id")
    error = record.get("error")
    if isinstance(error, dict):
        if error.get("index") != index:
            return f"is the error record of input record {error.get('index')!r}"
        if error.get("id") != expected_id:
            return f"names id {error.get('id')!r}, the input {expected_id!r}"
        return None
    if isinstance(item, Failure):
        return "is a document where the input record cannot be read"
    if record.get("text") != item.get("text"):
        return "holds another text"
    meta = record.get("meta")
    found_id = meta.get("id") if isinstance(meta, dict) else None
    if found_id is not None and found_id != expected_id:
        return f"has id {found_id!r}, the input {expected_id!r}"
    return None


def check_resume(
    output: Path, source: Path, kept: int, *, fields: Fields, max_chars: int, input_format: str
) -> None:
    """Raise OutputError unless the ``kept`` records of ``output`` are the output of ``source``."""
    if kept == 0:
        return
    total = count_records(source, input_format)
    if kept > total:
        raise OutputError(
            f"{output} holds {kept:,} records but {source} has only {total:,}: it is not this input's "
            "output (use another output file, or --force to overwrite it)"
        )
    first = list(range(min(kept, _CHECKED_FIRST)))
    records = _output_records(output, {*first, kept - 1})
    read = functools.partial(
        read_records, source, fields=fields, max_chars=max_chars, input_format=input_format
    )
    inputs = dict(itertools.islice(read(), len(first)))
    inputs.update(itertools.islice(read(skip=kept - 1), 1))
    for index in sorted(records):
        reason = _mismatch(records[index], index, inputs.get(index))
        if reason is not None:
            raise OutputError(
                f"{output} does not belong to {source}: its record {index + 1} {reason} "
                "(use another output file, or --force to overwrite it)"
            )
