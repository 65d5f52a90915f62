"""A cheap first look before a big cue pattern: only word starts whose first letters can open a cue.

The status cues are one alternation of some 250 phrases; trying it at every word start of a
sentence costs most of the layer's scanning.  The three-character openings the pattern can match
(lower-cased, any whitespace as a space) are derived once from the pattern's own parse tree, so a
word start whose opening is not among them is skipped without running the pattern; the matches
found are exactly those of ``pattern.finditer`` (tests/agreements/test_prefilter.py checks it).
:class:`Prefilter` compiles the openings into one lookahead (a trie, scanned by the regular
expression engine rather than word by word in Python).  When the pattern holds something the
derivation does not know (an unbounded class), or the standard library's parser module (private:
``re._parser``) is not there, every word start is tried, as before: the output is the same.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

__all__ = ["Prefilter", "may_open", "openings", "prefiltered", "prefixes", "trie"]

_WIDTH = 3
# The fused pattern's openings: up to this many characters, while there are no more than so many.
_FUSED_WIDTH = 6
_FUSED_MOST = 1000
_WORD = frozenset(string.ascii_lowercase + string.digits + "_")
_WORD_START = re.compile(r"(?=[A-Za-z])\b")
_SPACES = re.compile(r"\s")
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


class _Unknown(Exception):
    """A part of the pattern whose openings are not derived (the prefilter is then off)."""


def _class_chars(items: list[tuple[Any, Any]], c: Any) -> set[str]:
    """The (lower-cased) characters a character class ``[...]`` accepts."""
    out: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            out.add(str.lower(chr(arg)))
        elif op is c.RANGE and arg[1] - arg[0] <= 200:
            out |= {str.lower(chr(code)) for code in range(arg[0], arg[1] + 1)}
        elif op is c.CATEGORY and arg is c.CATEGORY_SPACE:
            out.add(" ")
        elif op is c.CATEGORY and arg is c.CATEGORY_WORD:
            out |= _WORD
        elif op is c.CATEGORY and arg is c.CATEGORY_DIGIT:
            out |= set(string.digits)
        else:
            raise _Unknown(op)  # a negated or unknown class
    return out


def _sequence(items: Any, starts: set[str], c: Any, width: int = _WIDTH) -> set[str]:
    """The openings after matching the parsed ``items`` from each of ``starts``."""
    current = set(starts)
    for op, arg in items:
        short = {s for s in current if len(s) < width}
        if not short:
            break
        current = (current - short) | _item(op, arg, short, c, width)
    return current


def _repeat(low: int, high: int, sub: Any, starts: set[str], c: Any, width: int) -> set[str]:
    """The openings after ``low`` to ``high`` repetitions of ``sub``."""
    out: set[str] = set(starts) if low == 0 else set()
    current = set(starts)
    for count in range(1, width + max(low, 1) + 1):
        if count > high:
            break
        current = _sequence(sub, current, c, width)
        if count >= low:
            out |= current
            current = {s for s in current if len(s) < width}
        if not current:
            break
    return out


def _item(op: Any, arg: Any, starts: set[str], c: Any, width: int) -> set[str]:
    """The openings after one parsed item."""
    if op is c.LITERAL:
        return {(s + str.lower(chr(arg)))[:width] for s in starts}
    if op is c.IN:
        chars = _class_chars(arg, c)
        return {(s + ch)[:width] for s in starts for ch in chars}
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return set(starts)  # zero width: a lookaround only narrows what matches
    if op is c.SUBPATTERN:
        return _sequence(arg[3], starts, c, width)
    if op is c.BRANCH:
        return set().union(*(_sequence(alt, starts, c, width) for alt in arg[1]))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _repeat(arg[0], arg[1], arg[2], starts, c, width)
    if op is c.CATEGORY and arg is c.CATEGORY_SPACE:
        return {(s + " ")[:width] for s in starts}
    raise _Unknown(op)


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-cased three-character openings ``pattern`` can match (None: not derivable)."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser as parser  # type: ignore[attr-defined]

        found = _sequence(list(parser.parse(pattern.pattern, pattern.flags)), {""}, c)
    except (ImportError, _Unknown, RecursionError):
        return None
    if not found or any(len(s) < _WIDTH for s in found):
        return None  # a match may be shorter than the opening: no safe skip
    return frozenset(found)


def prefixes(pattern: re.Pattern[str], width: int) -> frozenset[str] | None:
    """The lower-cased openings of up to ``width`` characters ``pattern`` can match, a shorter one
    only for a match that short (None: not derivable).  Every match starts with one of them."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser as parser  # type: ignore[attr-defined]

        found = _sequence(list(parser.parse(pattern.pattern, pattern.flags)), {""}, c, width)
    except (ImportError, _Unknown, RecursionError):
        return None
    return frozenset(found) if found and "" not in found else None


def may_open(known: frozenset[str] | None, text: str, at: int) -> bool:
    """Whether a match may start at ``at``: its opening is among ``known`` (or cannot be judged)."""
    if known is None:
        return True
    key = str.lower(text[at : at + _WIDTH])
    return not key.isascii() or key in known or _SPACES.sub(" ", key) in known


def prefiltered(
    pattern: re.Pattern[str], known: frozenset[str] | None, text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, skipping the word starts whose opening is not in ``known``
    (the :func:`openings` of the pattern, which must open at a word start; None: try every one)."""
    if known is None:
        yield from pattern.finditer(text, start, end)
        return
    floor = start
    for word in _WORD_START.finditer(text, start, end):
        at = word.start()
        if at < floor:
            continue
        if not may_open(known, text, at):
            continue
        match = pattern.match(text, at, end)
        if match is not None:
            yield match
            floor = match.end()


def _starts_pattern(known: frozenset[str] | None) -> re.Pattern[str]:
    """The word starts whose opening may be in ``known``, as one pattern the engine scans in C.

    A trie of the openings in a lookahead (a space in an opening stands for any white space, letters
    match in either case), or any three characters holding a non-ASCII one, like :func:`may_open`.
    """
    if known is None:
        return _WORD_START
    by_first: dict[str, list[str]] = {}
    for opening in sorted(known):
        by_first.setdefault(opening[0], []).append(opening[1:])
    branches = [
        _literal(first) + "(?:" + "|".join(_literal(rest) for rest in rests) + ")"
        for first, rests in sorted(by_first.items())
    ]
    return re.compile(r"(?=[A-Za-z])\b(?=" + "|".join(branches) + r"|[\s\S]{0,2}[^\x00-\x7f])", re.IGNORECASE)


def trie(openings: Iterable[str], literal: Callable[[str], str] | None = None) -> str:
    """The ``openings`` as one alternation that shares their common beginnings, each character
    written by ``literal`` (by default :func:`_literal`: a space is any white space); a word that is
    a prefix of another is tried after it, the longer first."""
    write = _literal if literal is None else literal
    by_first: dict[str, set[str]] = {}
    for opening in openings:
        by_first.setdefault(opening[0], set()).add(opening[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        longer = {rest for rest in rests if rest}
        if not longer:
            branches.append(write(first))
        else:
            branches.append(write(first) + "(?:" + trie(longer, write) + ")" + ("?" if "" in rests else ""))
    return "|".join(branches)


def _fused(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for its openings of up to :data:`_FUSED_WIDTH` characters (at a
    word start; or any opening holding a non-ASCII character, as :func:`may_open` admits), so the engine
    tries the pattern only where it may match.  A wider opening than the candidates' three characters
    rules out more word starts ("to " opens "to sign", but "to ke" does not); too many openings, or
    none derivable, fall back to the candidates' own lookahead."""
    for width in range(_FUSED_WIDTH, _WIDTH - 1, -1):
        known = prefixes(pattern, width)
        if known is not None and len(known) <= _FUSED_MOST:
            ahead = rf"(?=[A-Za-z])\b(?={trie(known)}|[\s\S]{{0,{width - 1}}}[^\x00-\x7f])"
            break
    else:
        ahead = _starts_pattern(openings(pattern)).pattern
    return re.compile(f"(?i-x:{ahead})(?:{pattern.pattern})", pattern.flags)


def _literal(chars: str) -> str:
    """``chars`` as a pattern: a space stands for any white space."""
    return "".join(r"\s" if ch == " " else re.escape(ch) for ch in chars)


@attrs.frozen
class Prefilter:
    """A cue pattern with the word starts worth trying it at (see the module docstring).

    ``fused`` is the two in one pattern (the starts' lookahead, then the cue pattern): the regular
    expression engine both skips the word starts and tries the cue, with no Python step between.
    """

    pattern: re.Pattern[str]
    starts: re.Pattern[str]
    fused: re.Pattern[str]

    @classmethod
    def any_of(cls, *patterns: re.Pattern[str]) -> Prefilter:
        """The prefilter of the patterns' union (one flag set; each must open at a word start): its
        :meth:`search` finds nothing in a stretch exactly when none of the patterns matches there."""
        if len({p.flags for p in patterns}) != 1:
            raise ValueError("the patterns of a union share their flags")
        plain = [_NAMED_GROUP.sub("(?:", p.pattern) for p in patterns]  # a name may recur
        return cls.of(re.compile("|".join(f"(?:{p})" for p in plain), patterns[0].flags))

    def search(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The first match of the pattern in ``[start, end)`` (trying only where one may open)."""
        return self.fused.search(text, start, end)

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Prefilter:
        """The prefilter of ``pattern`` (which must open at a word start)."""
        return cls(pattern, _starts_pattern(openings(pattern)), _fused(pattern))

    def candidates(self, text: str, start: int, end: int) -> Iterator[int]:
        """The word starts in ``[start, end)`` where a match may open (their three-character opening
        is read past ``end``, as :func:`may_open` reads it)."""
        for word in self.starts.finditer(text, start, min(len(text), end + _WIDTH - 1)):
            at = word.start()
            if at >= end:
                return
            yield at

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, start, end)``, trying only the candidate word starts.

        The same matches as ``pattern.match`` at each of :meth:`candidates` past the last match: a
        match of the pattern is at least three characters long (:func:`openings`), so its opening
        lies before ``end`` and the fused pattern, which reads no further than ``end``, finds it.
        """
        return self.fused.finditer(text, start, end)
