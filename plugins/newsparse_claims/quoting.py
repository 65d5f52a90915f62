"""The quotations of a text, each mark read as opening or closing from the characters beside it.

A straight mark after a space and before a word opens ('said "We'); one after a word or a full stop
and before a space closes ('again," he'); two apostrophes ('') read as one straight mark, and two
backticks (``, the TimeBank and AQUAINT wire's opening mark) as one opening mark. Reading marks by
their sides, not by alternation, keeps one stray mark from turning every later quotation inside out,
and a quotation the writer reopens at a new paragraph without closing the last one ('...
commemoration. "Once again ...') stays one. Line breaks of hard-wrapped wire text do not end a
quotation; a blank line or an indent does.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.text import TokenColumns, split_sentences, token_columns

__all__ = ["Quotation", "claim_quotations", "unwrapped", "wire_mark_columns"]


class Quotation:
    """A quoted stretch of the text, marks included (an article has many, read only in this layer).

    A plain class: compiled (mypyc), it is built by a direct call and its fields are read natively,
    where a named tuple is built by a Python function and read through the interpreter's look-up.
    """

    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start: Final[int] = start
        self.end: Final[int] = end
        self.text: Final[str] = text

    def __repr__(self) -> str:
        """The constructor call that builds this value."""
        return f"Quotation(start={self.start!r}, end={self.end!r}, text={self.text!r})"


MAX_WRAPPED_LINE: Final = 80  # characters: a text whose lines are mostly shorter is hard-wrapped
_WRAP: Final = re.compile(r"(?<=\S)\n(?=\S)")
_MARKS: Final = frozenset('"“”')
_PARAGRAPH_BREAK: Final = re.compile(r"\n\s*\n|\n[ \t]+")  # a blank line or an indent
_AFTER_CLOSING: Final = frozenset(" \t\n\u00a0.,;:!?)—–-'’")
DOUBLED_MARK: Final = "'\""  # two apostrophes ('') as one double quotation mark, one character for one
_OPENING_APOSTROPHES: Final = re.compile(r"(?<![\w.,;:!?])''(?=\w)")  # a pair opening a quotation: ''It is
OPENING_BACKTICKS: Final = "\"`"  # two backticks (``), the wire's opening mark, as one: its first character


def wire_mark_columns(text: str) -> tuple[TokenColumns, list[tuple[int, int]]] | None:
    """The tokens and sentences of a text that writes its quotation marks as the wire does (``We
    won,'' he said), each pair of backticks or apostrophes read as one '"', offsets kept; else None.

    The document's tokens split such a pair in two ("`", "`"), which the cue rules do not read as a
    quotation mark, and its sentences do not end before "``": quote-first claims lost their quotation.
    """
    if "``" not in text:
        return None  # news texts with a stray '' (29 of 2,000) keep the document's tokens: no second pass
    flat = _OPENING_APOSTROPHES.sub(' "', text.replace("``", ' "')).replace("''", '" ')
    return token_columns(flat), [(s.start, s.end) for s in split_sentences(flat)]


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


def _mark_positions(text: str) -> list[int]:
    """The offsets of the quotation marks of ``text``, ascending.

    Found by ``str.find`` (a C-level scan per mark), several times faster than a regular expression
    of the three marks, whose character class is tested at every character.
    """
    positions: list[int] = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            positions.append(at)
            at = text.find(mark, at + 1)
    positions.sort()
    return positions


def _paragraph_break(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first paragraph break (a blank line or an indent) that opens in ``[start, end)``, as its span."""
    line = text.find("\n", start, end)
    while line >= 0:
        found = _PARAGRAPH_BREAK.match(text, line)
        if found is not None:
            return found.span()
        line = text.find("\n", line + 1, end)
    return None


def claim_quotations(text: str) -> tuple[Quotation, ...]:
    """The quoted stretches of ``text``, marks included; one left open runs to its paragraph's end.

    A quotation reopened at a new sentence of its paragraph before it was closed continues the first;
    curly marks inside a straight quotation (or straight inside curly) are nested and left alone.
    """
    if '"' not in text and "“" not in text and "''" not in text and "``" not in text:
        return ()
    # read on ``text`` itself: a line break that ``unwrapped`` makes a space is never part of a
    # paragraph break and reads as a space beside a mark (both are white space), so no copy is made;
    # a pair of apostrophes standing for a double mark (''Yes,'' he said) is read as one (its second
    # character the mark), offsets kept
    flat = text.replace("''", DOUBLED_MARK) if "''" in text else text
    if "``" in flat:  # TimeBank and AQUAINT wire: ``We won,'' he said
        flat = flat.replace("``", OPENING_BACKTICKS)
    marks = _mark_positions(flat)
    spans: list[Quotation] = []
    opened = -1
    nested = False  # a quotation of the other style is open inside the open one
    position = 0
    n = 0  # the first of ``marks`` not yet read
    while True:
        while n < len(marks) and marks[n] < position:
            n += 1
        at = marks[n] if n < len(marks) else -1
        # outside a quotation only the marks matter: the paragraph breaks there are not looked for
        if opened >= 0 and (brk := _paragraph_break(flat, position, at if at >= 0 else len(flat))):
            at, position = brk
            spans.append(Quotation(opened, at, text[opened:at]))  # it may be reopened
            opened = -1
            continue
        if at < 0:
            break
        position = at + 1
        mark = flat[at]
        if opened < 0:
            if _opens(flat, at):
                opened = at
                nested = False
        elif (mark == '"') != (flat[opened] == '"'):  # a mark of the other style: nested, or a mixed pair
            if _opens(flat, at):
                nested = True  # curly marks inside a straight quotation (or the reverse) are nested ones
            elif nested:
                nested = False
            else:  # '“We won," he said': a closing mark of the other style closes the quotation
                spans.append(Quotation(opened, at + 1, text[opened : at + 1]))
                opened = -1
        elif not _opens(flat, at):
            spans.append(Quotation(opened, at + 1, text[opened : at + 1]))
            opened = -1
    if opened >= 0:
        end = len(text.rstrip())
        spans.append(Quotation(opened, max(end, opened + 1), text[opened : max(end, opened + 1)]))
    return tuple(spans)
