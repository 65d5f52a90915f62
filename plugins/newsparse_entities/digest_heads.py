"""The paper named by a press digest's heading line: a short line in capitals, on its own, over a
list of items that open with a dash, names the newspaper whose stories follow (session 43, issue 14).

A wire press digest ("PRESS DIGEST - Lebanon - Aug 22") lists each paper's leading stories under its
name written alone in capitals ("AN-NAHAR", "LA PRESSE", "JORNAL DE ANGOLA"), each story a line that
opens with "-" or "--" (in another layout, each name stands below a rule of dashes, "---"). Case
says nothing there, so the chunker finds no name, or only a place or a demonym inside it ("ANGOLA",
"IRISH"). The layout decides it: such a heading line is one organisation, and the mentions inside
it give way.

A heading is refused when it is no name by its form: a headline ("PRESS DIGEST - FRANCE"), digits,
more than ``_MOST`` words, or only common words of the shipped lexicon whose last word (the phrase's
head) is no organisation head: a section of one paper ("FRONT PAGE", "BUSINESS PAGES") reads like
that, while "DAILY NEWS" ends on its head. A line the layer already reads whole as one mention
("IRAQ" as the country, a paper it knows) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer, slug
from newsparse_entities.resolve import Resolved
from newsparse_entities.rules import ORG_HEADS
from newsparse_entities.span_index import SpanIndex, uncovered

__all__ = ["digest_heads", "heading_name"]

# The openings of a list item: one or two dashes and a space or tab ("- Cabinet ...", "-- Ipsos ...").
_ITEM: Final = ("- ", "-\t", "-- ", "--\t")
# A heading's closing left out of its name: spaces, then an optional " ." or ":", then spaces.
_CLOSING: Final = re.compile(r"[ \t]*(?:[ \t]\.|:)?[ \t]*$")  # the first match: the shortest name
# The most words a paper's name runs to ("GACETA DE LOS NEGOCIOS").
_MOST: Final = 4
# A word of the heading: letters with inner hyphens, apostrophes or periods ("AN-NAHAR", "NIDA'A").
_WORD: Final = re.compile(r"[A-Z][A-Z'.-]*")


def heading_name(line: str, common: Container[str]) -> bool:
    """Whether a heading line's text, as written, can be a paper's name: one to ``_MOST`` words in
    capitals with no digit and no dash between words, not all of them common words (lower-cased,
    in ``common``) unless the last, the phrase's head, is an organisation head ("DAILY NEWS")."""
    parts = line.split()
    if not parts or len(parts) > _MOST or not all(_WORD.fullmatch(w) for w in parts):
        return False
    if not all(str.lower(w) in common for w in parts):
        return True
    return parts[-1].capitalize() in ORG_HEADS  # "FRONT PAGE": its head is "PAGE"


def _heading_lines(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each heading line: the last line with text before a list item's line, and
    the first line with text after a rule of three dashes or more that a newline ends. Blank lines
    (spaces and tabs only) are skipped over; the document's lines are walked once."""
    out: list[tuple[int, str]] = []
    pos = 0
    last = -1  # the index in ``lines`` of the last line with text
    ruled = False  # whether that line is a rule of dashes
    lines = text.split("\n")
    offsets = []
    for k, line in enumerate(lines):
        offsets.append(pos)
        pos += len(line) + 1
        body = line.strip(" \t")
        if not body:
            continue
        if last >= 0 and line.lstrip(" \t").startswith(_ITEM):
            out.append((offsets[last], lines[last]))
        if ruled and k + 1 < len(lines):
            out.append((offsets[k], line))
        # a line read as the heading after a rule opens no rule itself ("---", "---", "X": one)
        last, ruled = k, not ruled and len(body) >= 3 and not body.strip("-")
    return out


def digest_heads(resolved: Sequence[Resolved], text: str, gaz: Gazetteer) -> list[Resolved]:
    """The decided mentions, with each press digest's heading line made one organisation (the
    mentions inside it dropped)."""
    if "\n-" not in text and "\n -" not in text:
        return list(resolved)  # most documents: no line opens with a dash
    found: dict[int, Resolved] = {}  # by start: a heading both layouts find is taken once
    index = SpanIndex(resolved)
    for offset, line in _heading_lines(text):
        name = _CLOSING.sub("", line.strip(" \t"), count=1)
        if not name or not heading_name(name, gaz.words):
            continue
        start = offset + line.index(name)
        end = start + len(name)
        inside = index.overlapping(start, end)
        if any(r.start == start and r.end == end for r in inside):
            continue  # read whole already: a place ("IRAQ") or the paper itself
        if any(r.start < start or r.end > end for r in inside):
            continue  # a mention runs past the line: no heading of its own
        found[start] = Resolved(start, end, "org:" + slug(name), "ORG", name, "name", {})
    if not found:
        return list(resolved)
    heads = found.values()
    kept = uncovered(resolved, heads)
    return sorted([*kept, *heads], key=lambda r: (r.start, r.end))
