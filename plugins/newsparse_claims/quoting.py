"""The quotations of a text, each mark read as opening or closing from the characters beside it.

A straight mark after a space and before a word opens ('said "We'); one after a word or a full stop
and before a space closes ('again," he'); two apostrophes ('') read as one straight mark. Reading
marks by their sides, not by alternation, keeps one stray mark from turning every later quotation
inside out, and a quotation the writer reopens at a new paragraph without closing the last one
('... commemoration. "Once again ...') stays one. Line breaks of hard-wrapped wire text do not end a
quotation; a blank line or an indent does.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Quotation", "claim_quotations", "unwrapped"]


class Quotation(NamedTuple):
    """A quoted stretch of the text, marks included (a tuple: an article has many, read only here)."""

    start: int
    end: int
    text: str


MAX_WRAPPED_LINE = 80  # characters: a text whose lines are mostly shorter is hard-wrapped
_WRAP = re.compile(r"(?<=\S)\n(?=\S)")
_MARK = re.compile(r"[\"“”]|\n\s*\n|\n[ \t]+")
_MARKS = frozenset('"“”')
_QUOTE_MARK = re.compile(r"[\"“”]")
_AFTER_CLOSING = frozenset(" \t\n\u00a0.,;:!?)—–-'’")
DOUBLED_MARK = "'\""  # two apostrophes ('') as one double quotation mark, one character for one


def unwrapped(text: str) -> str:
    """``text`` with the line breaks of a hard-wrapped text (a wire story's 70-column lines) as spaces.

    Offsets are kept (one character for one); a paragraph break (a blank line, an indent) stays.
    """
    lines = text.count("\n")
    if lines < 4 or len(text) / (lines + 1) > MAX_WRAPPED_LINE:
        return text
    return _WRAP.sub(" ", text)


def _opens(text: str, at: int) -> bool:
    """Whether the mark at ``at`` opens a quotation."""
    mark = text[at]
    if mark != '"':
        return mark == "“"
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if after in _AFTER_CLOSING and not before.isspace():
        return False
    return before.isspace() or before in "([—–-:" or not after.isspace()


def claim_quotations(text: str) -> tuple[Quotation, ...]:
    """The quoted stretches of ``text``, marks included; one left open runs to its paragraph's end.

    A quotation reopened at a new sentence of its paragraph before it was closed continues the first;
    curly marks inside a straight quotation (or straight inside curly) are nested and left alone.
    """
    if '"' not in text and "“" not in text and "''" not in text:
        return ()
    # read on ``text`` itself: a line break that ``unwrapped`` makes a space is never part of a
    # paragraph break and reads as a space beside a mark (both are white space), so no copy is made;
    # a pair of apostrophes standing for a double mark (''Yes,'' he said) is read as one (its second
    # character the mark), offsets kept
    flat = text.replace("''", DOUBLED_MARK) if "''" in text else text
    spans: list[Quotation] = []
    opened = -1
    position = 0
    while True:
        # outside a quotation only the marks matter: the paragraph breaks there are not looked for
        match = (_MARK if opened >= 0 else _QUOTE_MARK).search(flat, position)
        if match is None:
            break
        at, position = match.span()
        mark = flat[at]
        if mark not in _MARKS:  # a paragraph break ends an open quotation (it may be reopened)
            if opened >= 0:
                spans.append(Quotation(opened, at, text[opened:at]))
                opened = -1
        elif opened < 0:
            if _opens(flat, at):
                opened = at
        elif (mark == '"') != (flat[opened] == '"'):
            continue  # curly marks inside a straight quotation (or the reverse) are nested ones
        elif not _opens(flat, at):
            spans.append(Quotation(opened, at + 1, text[opened : at + 1]))
            opened = -1
    if opened >= 0:
        end = len(text.rstrip())
        spans.append(Quotation(opened, max(end, opened + 1), text[opened : max(end, opened + 1)]))
    return tuple(spans)
