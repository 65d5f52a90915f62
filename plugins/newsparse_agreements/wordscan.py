"""Run the big word-initial cue patterns only at the words whose first letters can start a match.

Why: a pattern such as ``STATUS_CUES`` is an alternation of some two hundred phrases, and the
regex engine tries every branch at every word start (case-insensitively, so without its fast
literal skip): it was the costliest part of the layer.  Yet at most words no branch can match,
because no branch starts with the word's first three letters.  So, once at import, the set of
first three letters each pattern can start with is derived from the pattern itself (its parse
tree, read conservatively: any construct not understood allows every continuation), and in a
sentence the pattern is tried, with ``match``, only at the word starts whose letters are in that
set.  The matches are exactly those of ``finditer`` / ``search`` over the same range:

* every match of such a pattern starts at a word start -- ``\\b`` then a letter -- which is
  checked on the pattern when the table is built (a pattern that could match elsewhere is refused);
* a word whose first letters are in no prefix of the pattern cannot start a match; words with
  non-ASCII letters among their first three characters (``İ``, the Kelvin sign, which match Latin
  letters case-insensitively) are always tried;
* trying ``match`` at the candidate starts in order, resuming after each match, is what
  ``finditer`` does (none of these patterns matches the empty string: also checked).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from types import MappingProxyType
from typing import Any

import attrs

__all__ = ["PREFIX", "Words", "build_masks"]

PREFIX = 3  # letters of a word looked at
_OTHER = "#"  # any character that is not an ASCII letter
_ALPHABET = "abcdefghijklmnopqrstuvwxyz" + _OTHER
# A word start, exactly as the patterns write it (``(?=[A-Za-z])\b``, case-insensitive), with the
# word's first characters (fewer at the end of the range) as group 1.
_WORD_START = re.compile(r"(?=[A-Za-z])\b(?=(.{1,3}))", re.IGNORECASE | re.DOTALL)
# Fold a word's first characters to the alphabet: ASCII letters lower-cased, other ASCII to "#".
_FOLD = str.maketrans({chr(c): (chr(c).lower() if chr(c).isalpha() else _OTHER) for c in range(128)})


# What the classes \s, \d and \w match among ASCII characters, as symbols (a non-ASCII character in
# a word's first letters makes the word always tried, so only ASCII matters).
_CATEGORIES: Mapping[Any, frozenset[str]] = MappingProxyType(
    {
        sre.CATEGORY_SPACE: frozenset(_OTHER),
        sre.CATEGORY_DIGIT: frozenset(_OTHER),
        sre.CATEGORY_WORD: frozenset(_ALPHABET),
    }
)


class _Refused(ValueError):
    """A pattern that can match elsewhere than at a word start, or match the empty string."""


def _sym(code: int) -> str | None:
    """The alphabet symbol of a pattern character (None: not ASCII, so anything may be matched)."""
    if code >= 128:
        return None
    char = chr(code)
    return char.lower() if char.isalpha() else _OTHER


def _in_syms(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """The symbols a character set matches (None when it is not a plain list of ASCII characters)."""
    syms: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            codes = [av]
        elif op is sre.RANGE and av[1] - av[0] < 128:
            codes = list(range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av in _CATEGORIES:
            syms |= _CATEGORIES[av]
            continue
        else:
            return None  # a category, a negation: anything
        for code in codes:
            sym = _sym(code)
            if sym is None:
                return None
            syms.add(sym)
    return syms


# A path is (symbols read so far, whether a word boundary was asserted before the first one).
_Path = tuple[str, bool]


def _extend(paths: set[_Path], syms: set[str] | None, done: set[str]) -> set[_Path]:
    """Paths after one more character among ``syms`` (None: any character; the path is then complete)."""
    out: set[_Path] = set()
    for read, bounded in paths:
        if not read and (not bounded or syms is None or not syms <= set(_ALPHABET[:-1])):
            raise _Refused("a match may start elsewhere than at a letter after a word boundary")
        if syms is None:
            done.add(read)
            continue
        for sym in syms:
            longer = read + sym
            if len(longer) >= PREFIX:
                done.add(longer)
            else:
                out.add((longer, bounded))
    return out


def _walk(items: Any, paths: set[_Path], done: set[str]) -> set[_Path]:
    """Read the parsed ``items`` from ``paths``: complete prefixes go to ``done``, open paths are returned."""
    for op, av in items:
        if not paths:
            break
        if op is sre.LITERAL:
            sym = _sym(av)
            paths = _extend(paths, None if sym is None else {sym}, done)
        elif op is sre.IN:
            paths = _extend(paths, _in_syms(av), done)
        elif op is sre.AT:
            if av is sre.AT_BOUNDARY:
                paths = {(read, True) for read, _bounded in paths}
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # a look-around only narrows what matches
        elif op is sre.SUBPATTERN:
            paths = _walk(av[3], paths, done)
        elif op is sre.ATOMIC_GROUP:
            paths = _walk(av, paths, done)
        elif op is sre.BRANCH:
            paths = set().union(*(_walk(alt, set(paths), done) for alt in av[1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, item = av
            once = _walk(item, set(paths), done) if high > 0 else set()
            _extend(once, None, done)  # after one repetition, more or anything else may follow
            paths = paths if low == 0 else set()
        else:
            paths = _extend(paths, None, done)  # not understood: anything may follow
    return paths


def _prefixes(pattern: re.Pattern[str]) -> set[str]:
    """Every folded start of a match of ``pattern`` (:data:`PREFIX` symbols; shorter ones are open-ended)."""
    done: set[str] = set()
    left = _walk(sre_parse.parse(pattern.pattern, pattern.flags), {("", False)}, done)
    _extend(left, None, done)  # the match may end here
    if "" in done:
        raise _Refused("the pattern may match the empty string")
    return done


def _completions(prefix: str, size: int = PREFIX) -> Iterator[str]:
    """Every key of ``size`` symbols that starts with ``prefix``."""
    if len(prefix) >= size:
        yield prefix
        return
    for sym in _ALPHABET:
        yield from _completions(prefix + sym, size)


def build_masks(patterns: Sequence[re.Pattern[str]]) -> Mapping[str, int]:
    """For each folded key of :data:`PREFIX` symbols, the bit set of the ``patterns`` that may start with it.

    A shorter key (a word cut by the end of the range) gets every bit: it is always tried.
    """
    masks: dict[str, int] = {}
    for size in range(1, PREFIX):
        for key in _completions("", size):
            masks[key] = -1
    for bit, pattern in enumerate(patterns):
        try:
            prefixes = _prefixes(pattern)
        except _Refused as error:
            raise ValueError(f"pattern {bit} cannot be scanned by word starts: {error}") from None
        for prefix in prefixes:
            for key in _completions(prefix):
                masks[key] = masks.get(key, 0) | (1 << bit)
    return MappingProxyType(masks)


@attrs.frozen
class Words:
    """The word starts of ``text[start:end]``, each with the bit set of the patterns worth trying there."""

    text: str
    start: int
    end: int
    starts: tuple[int, ...]
    masks: tuple[int, ...]

    @classmethod
    def of(cls, text: str, start: int, end: int, table: Mapping[str, int]) -> Words:
        """Find the word starts of ``[start, end)`` and look their first letters up in ``table``.

        A word whose first characters are not all ASCII gets every bit (it is always tried).
        """
        ascii_text = text.isascii()
        starts: list[int] = []
        masks: list[int] = []
        get = table.get
        for match in _WORD_START.finditer(text, start, end):
            key = match.group(1)
            mask = get(key.translate(_FOLD), 0) if ascii_text or key.isascii() else -1
            if mask:
                starts.append(match.start())
                masks.append(mask)
        return cls(text, start, end, tuple(starts), tuple(masks))

    def finditer(self, pattern: re.Pattern[str], bit: int) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text, start, end)`` yields (``pattern`` is bit ``bit`` of the table)."""
        flag = 1 << bit
        resume = self.start
        for at, mask in zip(self.starts, self.masks, strict=True):
            if at < resume or not mask & flag:
                continue
            match = pattern.match(self.text, at, self.end)
            if match is not None:
                resume = match.end()
                yield match

    def search(self, pattern: re.Pattern[str], bit: int, pos: int) -> re.Match[str] | None:
        """What ``pattern.search(text, pos, end)`` returns (``pattern`` is bit ``bit`` of the table)."""
        flag = 1 << bit
        for at, mask in zip(self.starts, self.masks, strict=True):
            if at < pos or not mask & flag:
                continue
            match = pattern.match(self.text, at, self.end)
            if match is not None:
                return match
        return None
