"""The team names of a sports table of figures: a standings row ("Austria Vienna 6 4 2 0 9 5 14")
and a score row ("GAK 2 Austria Vienna 2"), each name taken whole as one team (session 43, issue 14).

A league table writes each row as a team's name and then its figures: played, won, drawn, lost,
goals for and against, points. A results list writes each match as a name, its score, the other
name, its score. Read alone, such a name is often cut or typed as a place: "Sheffield" of
"Sheffield Wednesday" (a weekday), "Austria" and "Vienna" of "Austria Vienna", "Mladost" of
"Mladost ( L )", "Monaco" or "America" as the country. The layout of the row decides the name's
span and its type:

- a standings row is a line: an optional rank, a name, then six or more fields, each a bare number
  of one to three digits or "-" (nought), up to the line's end, where the first four fields are
  played, won, drawn and lost, so the first is the sum of the next three. A row of a golfer's
  rounds ("70 68 72 70 280") or of anything else fails that sum. A league written by winning
  percentage gives won, lost, the percentage and the games behind ("ST LOUIS 67 59 .532 1/2"),
  where the percentage must be won over won and lost, to three places;
- a score row is a line: a name, a score of one to three digits, a name, a score, and at most a
  closing "." (no scorers in brackets, which are another layout);
- a name is a run of one to five words, the first capitalised, the others capitalised or joining
  words ("'s", "/", "&", "of", "de", ...), with no digit, and with at most one bracket of one to three
  capital letters inside (the Yugoslav league's town letters, "Mladost ( BJ )");
- the rows count only where the document holds ``_LEAST`` rows of the same layout in runs of rows
  with only blank lines between them: a run of rows alike is a table, one row in running text is not.

Every name of such a row is one team (ORG over the whole name). A name a country's mention covers
exactly is left as it is: the layer already reads a national side there, and the evaluation
scores it by CoNLL-2003's convention. A name a mention crosses (starting before it or ending after
it) is left alone; the mentions inside a taken name give way. No list of teams: the layout decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse_entities.country_rows import is_country
from newsparse_entities.gazetteer import slug
from newsparse_entities.resolve import Resolved
from newsparse_entities.span_index import SpanIndex, uncovered

__all__ = ["row_names", "team_rows"]

# The fewest rows of one layout a document's runs must hold.
_LEAST: Final = 3
# Words inside a team's name after its first ("Newell 's Old Boys", "Admira / Wacker").
_JOIN: Final = r"(?:'s|/|&|of|the|de|del|la|le|van|von)"
_WORD: Final = r"[A-Z][A-Za-z.'-]*"
_NAME: Final = rf"{_WORD}(?:[ \t](?:{_WORD}|{_JOIN})){{0,4}}(?:[ \t]\([ \t]?[A-Z]{{1,3}}[ \t]?\))?"
_NUM: Final = r"(?:\d{1,3}|-)"
_STANDING: Final = re.compile(
    rf"[ \t]*(?:\d{{1,3}}[ \t]*\.[ \t]*)?(?P<a>{_NAME})(?P<f>(?:[ \t]+{_NUM}){{6,}})[ \t]*"
)
# A record row of a league written by winning percentage ("ST LOUIS 67 59 .532 1/2"): won, lost,
# the percentage, then the games behind ("-", "4", "1/2", "21 1/2") or nothing.
_RECORD: Final = re.compile(
    rf"[ \t]*(?P<a>{_NAME})[ \t]+(?P<w>\d{{1,3}})[ \t]+(?P<l>\d{{1,3}})[ \t]+(?P<p>\.\d{{3}})"
    r"(?:[ \t]+(?:-|\d{1,2}(?:[ \t]+1/2)?|1/2))?[ \t]*"
)
_SCORE: Final = re.compile(
    rf"[ \t]*(?P<a>{_NAME})[ \t]+\d{{1,3}}[ \t]+(?P<b>{_NAME})[ \t]+\d{{1,3}}(?:[ \t]*\.)?[ \t]*"
)


# The last character of a row's line, a closing "." aside: a figure or "-".
_DIGITS: Final = frozenset("0123456789-")


def _sums(fields: str) -> bool:
    """Whether the first of a standings row's fields is the sum of the next three (played = won +
    drawn + lost), "-" read as nought."""
    nums = [0 if f == "-" else int(f) for f in fields.split()]
    return nums[0] == nums[1] + nums[2] + nums[3] and nums[0] > 0


def _share(won: int, lost: int, share: float) -> bool:
    """Whether ``share`` is the winning percentage of ``won`` and ``lost``, to three places."""
    return won + lost > 0 and abs(won / (won + lost) - share) < 0.0006


def _line_names(line: str, at: int) -> tuple[str, list[tuple[int, int]]] | None:
    """The layout of a line ("standing" or "score") and its names by offsets, or ``None``."""
    m = _STANDING.fullmatch(line)
    if m is not None and _sums(m.group("f")):
        return "standing", [(at + m.start("a"), at + m.end("a"))]
    m = _RECORD.fullmatch(line)
    if m is not None and _share(int(m.group("w")), int(m.group("l")), float(m.group("p"))):
        return "standing", [(at + m.start("a"), at + m.end("a"))]
    m = _SCORE.fullmatch(line)
    if m is not None:
        return "score", [(at + m.start("a"), at + m.end("a")), (at + m.start("b"), at + m.end("b"))]
    return None


def row_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name of the standings and score rows of ``text`` whose layout holds
    ``_LEAST`` rows or more in runs of two rows or more (blank lines only between)."""
    found: dict[str, list[tuple[int, int]]] = {"standing": [], "score": []}
    run: list[tuple[str, list[tuple[int, int]]]] = []
    pos = 0
    for line in [*text.split("\n"), "."]:
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        tail = line.rstrip(" \t.")
        row = _line_names(line, start) if tail and tail[-1] in _DIGITS else None
        if row is not None and (not run or run[-1][0] == row[0]):
            run.append(row)
            continue
        if len(run) >= 2:
            found[run[0][0]] += [n for _, names in run for n in names]
        run = [row] if row is not None else []
    out: list[tuple[int, int]] = []
    for kind, names in found.items():
        rows = len(names) if kind == "standing" else len(names) // 2
        if rows >= _LEAST:
            out += names
    return sorted(out)


def team_rows(resolved: Sequence[Resolved], text: str) -> list[Resolved]:
    """The decided mentions, with each name of a standings or score row made one organisation (the
    mentions inside it dropped)."""
    found: list[Resolved] = []
    index = SpanIndex(resolved)
    for start, end in row_names(text):
        inside = index.overlapping(start, end)
        if any(r.start < start or r.end > end for r in inside):
            continue  # a mention crosses the name: no name of its own
        if any(r.start == start and r.end == end and (r.type == "ORG" or is_country(r)) for r in inside):
            continue  # read so already, or a national side
        name = text[start:end]
        found.append(Resolved(start, end, "org:" + slug(name), "ORG", name, "name", {}))
    if not found:
        return list(resolved)
    kept = uncovered(resolved, found)
    return sorted([*kept, *found], key=lambda r: (r.start, r.end))
