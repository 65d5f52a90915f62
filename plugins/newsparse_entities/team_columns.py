"""The team or maker column of a results list written "Rank. Name ( Country ) Team Time": the
capitalised words after the bracketed country and before the time, the score or the line's end are
the competitor's team, or in a column of two-word cells the car he drives (session 43, issue 14).

A results list of motor racing, motorcycling or cycling writes each row as a rank, the rider's
name, his country in brackets, then his team or his machine, then a time or a score ("2. David
Coulthard ( Britain ) McLaren 1:54.342", "9. Jeroen Blijlevens ( Neths ) TVM same time"). Read
alone, such a word is a surname ("Williams", "Tyrrell"), a place ("Jordan", "U.S." of "U.S.
Postal") or nothing ("Arrows"). The layout of the row and of the list it stands in decides it:

- a row is a line: an optional rank, a name, "(", a bracket of one to three capitalised words, ")",
  then the cell of one to three capitalised words, then nothing, a figure or a lower-case word;
- a list is a run of such lines, with only blank lines, a row's run-on ("52 seconds") or a ranked
  line of another layout ("2. Kocinski 38:19.313") between them, and more than half of its brackets
  the mention of a country (no town, no region); the document's lists hold ``_LEAST`` cells or more;
- the column's kind is the list's: where most cells are two words or more ("Toyota Celica",
  "Subaru Impreza") it is a column of cars, and each such cell is a product; otherwise it is a
  column of teams, and every cell is one organisation ("U.S. Postal" whole).

No list of teams or makers: the row's layout and the list's vote decide. A cell a mention crosses
(starting before it or ending after it) is left alone; the mentions inside a taken cell give way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse_entities.country_rows import is_country
from newsparse_entities.gazetteer import slug
from newsparse_entities.resolve import Resolved
from newsparse_entities.span_index import SpanIndex, uncovered

__all__ = ["column_cells", "team_columns"]

# One row: an optional rank ("3. ", "10 . "), the name (no bracket), the bracket of one to three
# capitalised words, then the cell of one to three capitalised words, then nothing, a figure or a
# lower-case word ("1:54.342", "same time", "46 seconds behind"). The cell may be empty ("81 points").
_CAP: Final = r"[A-Z][A-Za-z.'&-]*"
_ROW: Final = re.compile(
    r"[ \t]*(?:\d+[ \t]*[.)][ \t]*)?[A-Z][^()\n]*?[ \t]?\([ \t]?"
    rf"(?P<br>{_CAP}(?:[ \t]{_CAP}){{0,2}})[ \t]?\)"
    rf"(?:[ \t]+(?P<cell>{_CAP}(?:[ \t]{_CAP}){{0,2}}))?"
    r"(?:[ \t]+[0-9a-z][^\n]*)?[ \t]*"
)
# The fewest cells the document's lists must hold together.
_LEAST: Final = 3
# A bracket's close with a cell's first letter after it: a document needs ``_LEAST`` of them.
_CELL_AFTER: Final = re.compile(r"\)[ \t]+[A-Z]")

Row = tuple[tuple[int, int], tuple[int, int] | None]  # the bracket's content and the cell, by offsets


def _rows(text: str) -> list[list[Row]]:
    """The lists of rows of ``text``: runs of row lines with only blank lines, a row's run-on
    ("52 seconds", "behind") or a ranked line of another layout ("2. Kocinski 38:19.313") between."""
    lists: list[list[Row]] = [[]]
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        body = line.strip(" \t")
        if not body:
            continue
        m = _ROW.fullmatch(line) if "(" in line else None  # a row has a bracket: most lines leave
        if m is None:
            if lists[-1] and not (body[0].isdigit() or body[0].islower()):
                lists.append([])
            continue
        br = (start + m.start("br"), start + m.end("br"))
        cell = (start + m.start("cell"), start + m.end("cell")) if m.group("cell") else None
        lists[-1].append((br, cell))
    return [rows for rows in lists if rows]


def column_cells(resolved: Sequence[Resolved], text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of each cell of a team or maker column in ``text``: "ORG" in a column of
    teams, "PRODUCT" for a cell of two words or more in a column of cars."""
    lists = _rows(text)
    if not lists:
        return []
    countries = {(r.start, r.end) for r in resolved if is_country(r)}
    out: list[tuple[int, int, str]] = []
    for rows in lists:
        if 2 * sum(1 for br, _ in rows if br in countries) <= len(rows):
            continue  # most brackets hold no country: a list of clubs, scorers or anything else
        cells = [c for _, c in rows if c is not None]
        long = [c for c in cells if " " in text[c[0] : c[1]] or "\t" in text[c[0] : c[1]]]
        if 2 * len(long) > len(cells):
            out += [(s, e, "PRODUCT") for s, e in long]  # a column of cars ("Toyota Celica")
        else:
            out += [(s, e, "ORG") for s, e in cells]
    return out if len(out) >= _LEAST else []


def team_columns(resolved: Sequence[Resolved], text: str) -> list[Resolved]:
    """The decided mentions, with each cell of a results list's team or maker column made one
    organisation or product (the mentions inside it dropped)."""
    if text.count("(") < _LEAST or len(_CELL_AFTER.findall(text)) < _LEAST:
        return list(resolved)  # most documents: too few brackets with a cell for a results list
    found: list[Resolved] = []
    index = SpanIndex(resolved)
    for start, end, kind in column_cells(resolved, text):
        inside = index.overlapping(start, end)
        if any(r.start < start or r.end > end for r in inside):
            continue  # a mention crosses the cell: no cell of its own
        if any(r.start == start and r.end == end and r.type == kind for r in inside):
            continue  # read so already
        name = text[start:end]
        prefix = "org:" if kind == "ORG" else "product:"
        found.append(Resolved(start, end, prefix + slug(name), kind, name, "name", {}))
    if not found:
        return list(resolved)
    kept = uncovered(resolved, found)
    return sorted([*kept, *found], key=lambda r: (r.start, r.end))
