"""The rows of ``newsparse casualties``: a document's casualty summary as a table, CSV or JSON lines.

One row per document, role, victim group and scope (:func:`~newsparse_events.summary.summarise`):
incident and cumulative figures stay on rows of their own, and so does a ``casualties`` figure
("killed and wounded": its ``includes``). A document with no casualty events keeps one row, and one
that failed keeps one row saying why, so that no input record is missing from the output.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Final

import attrs

from newsparse_events.summary import SummaryRow

__all__ = [
    "COLUMNS",
    "Outcome",
    "csv_header",
    "csv_lines",
    "json_lines",
    "table_header",
    "table_lines",
    "total_words",
]

# the keys of a JSON row and the columns of the CSV, in order (an error row has only the first two and
# ``error``)
COLUMNS: Final = (
    "document",
    "line",
    "role",
    "victims",
    "scope",
    "total",
    "high",
    "includes",
    "events",
    "unknown",
    "error",
)
# the terminal table: (heading, width, right-aligned) of every column but the last, INCLUDES
_TABLE: Final = (
    ("DOCUMENT", 18, False),
    ("ROLE", 10, False),
    ("VICTIMS", 12, False),
    ("SCOPE", 10, False),
    ("TOTAL", 16, True),
    ("EVENTS", 6, True),
)
_GAP: Final = "  "


@attrs.frozen
class Outcome:
    """What the command reports for one input record: its document's summary rows, or why it failed.

    ``document`` is the record's id (a JSONL id field, a file's path); ``line`` its JSONL line;
    ``error`` and ``message`` say why it failed; ``empty`` why there was nothing to parse.
    """

    document: str | None
    line: int | None = None
    rows: tuple[SummaryRow, ...] = ()
    error: str | None = None
    message: str = ""
    empty: str | None = None

    @property
    def failed(self) -> bool:
        """Whether the record could not be tabulated (bad input, a failed extractor, the time limit)."""
        return self.error is not None

    @property
    def where(self) -> str:
        """The record as a user finds it: ``a.txt``, ``line 3``, ``a1 (line 3)``."""
        if self.line is None:
            return self.document or "?"
        return f"line {self.line}" if self.document is None else f"{self.document} (line {self.line})"

    @property
    def note(self) -> str:
        """One line for standard error: where the record is and why it failed."""
        if self.message.startswith(self.where) or (self.document and self.message.startswith(self.document)):
            return self.message
        return f"{self.where}: {self.message}"


def records(outcome: Outcome) -> list[dict[str, Any]]:
    """The outcome's rows as JSON-ready objects (keys :data:`COLUMNS`; an error row: three keys)."""
    head: dict[str, Any] = {"document": outcome.document, "line": outcome.line}
    if outcome.error is not None:
        return [{**head, "error": {"error": outcome.error, "message": outcome.message}}]
    if not outcome.rows:
        empty = dict.fromkeys(("role", "victims", "scope"))
        return [{**head, **empty, "total": 0, "high": 0, "includes": [], "events": 0, "unknown": 0}]
    return [
        {
            **head,
            "role": row.role,
            "victims": row.group,
            "scope": row.scope,
            "total": row.total,
            "high": row.high,
            "includes": list(row.includes),
            "events": row.events,
            "unknown": row.unknown,
        }
        for row in outcome.rows
    ]


def json_lines(outcome: Outcome) -> str:
    """The outcome's rows as JSON lines, one object per row."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records(outcome))


def _csv(rows: list[list[Any]]) -> str:
    """``rows`` as CSV lines ending in a newline; a row with a carriage return in a cell is quoted
    whole (the writer quotes only the characters of its own line end), so that it reads back."""
    out = io.StringIO()
    for row in rows:
        if any("\r" in str(cell) for cell in row):
            csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL).writerow(row)
        else:
            csv.writer(out, lineterminator="\n").writerow(row)
    return out.getvalue()


def csv_header() -> str:
    """The CSV's first line: the column names."""
    return _csv([list(COLUMNS)])


def csv_lines(outcome: Outcome) -> str:
    """The outcome's rows as CSV lines (an empty cell for null; ``includes`` joined by commas)."""
    rows = []
    for record in records(outcome):
        error = record.get("error")
        if error is not None:
            record = {**record, "error": f"{error['error']}: {error['message']}"}
        if "includes" in record:
            record["includes"] = ",".join(record["includes"])
        rows.append(["" if record.get(key) is None else record[key] for key in COLUMNS])
    return _csv(rows)


def total_words(row: SummaryRow) -> str:
    """A row's figure with its bounds: ``12``, ``24 to 99``, ``at least 200``, ``no figure``."""
    if row.unknown == row.events:
        return "no figure"
    if row.high is None:
        return f"at least {row.total:,}"
    if row.high == row.total:
        return f"{row.total:,}"
    return f"{row.total:,} to {row.high:,}"


def _cells(values: tuple[str, ...], last: str = "") -> str:
    cells = [
        f"{value:>{width}}" if right else f"{value:<{width}}"
        for value, (_, width, right) in zip(values, _TABLE, strict=False)
    ]
    return (_GAP.join(cells) + _GAP + last).rstrip()


def table_header() -> str:
    """The table's heading line."""
    return _cells(tuple(name for name, _, _ in _TABLE), "INCLUDES") + "\n"


def table_lines(outcome: Outcome) -> str:
    """The outcome's rows in the terminal table: the document named on its first row (on a line of
    its own when longer than its column), a failure or an empty document on one row."""
    name = outcome.where
    width = _TABLE[0][1]
    lines = []
    if len(name) > width:
        lines.append(name)
        name = ""
    if outcome.error is not None:
        lines.append(_cells((name,), f"error {outcome.error}: {outcome.message}"))
    elif not outcome.rows:
        why = "nothing to parse" if outcome.empty is not None else "no casualty events"
        lines.append(_cells((name,), f"({why})"))
    for row in outcome.rows:
        values = (name, row.role, row.group, row.scope, total_words(row), f"{row.events:,}")
        lines.append(_cells(values, ", ".join(row.includes)))
        name = ""
    return "".join(line + "\n" for line in lines)
