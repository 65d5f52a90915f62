"""Run the patterns only in the windows their trigger words open, and settle overlapping candidates."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from types import MappingProxyType

import attrs

from newsparse_dates.context import Context, Found, new_found
from newsparse_dates.patterns import (
    _PRIORITY,
    _REQUIRED,
    _REQUIRED_LOWER,
    _TRIGGERS,
    _compile_pattern,
    _compile_twin,
)
from newsparse_dates.pieces import _trie
from newsparse_dates.sieve import SIEVED, kept, marks, usable

# patterns started by a number, with their windows (characters before, after)
_NUMBER_PATTERNS = (
    ("iso", 0, 25),
    ("slash", 0, 12),
    ("splityear", 0, 10),
    ("year", 45, 3),
    ("decade", 40, 4),
    ("time", 0, 45),
    ("military", 0, 22),
)
_NUMBER_WINDOW = MappingProxyType({name: (name, before, after) for name, before, after in _NUMBER_PATTERNS})
_ASCII_DIGITS = frozenset("0123456789")
_YEAR_START = frozenset(("16", "17", "18", "19", "20"))
# what follows the hour of a clock time: ":30", ".30" or "a.m."/"pm" (the time pattern's lookahead)
_TIME_AFTER = re.compile(r"[:.]\d\d|\s*[ap]", re.IGNORECASE)
_WORD = re.compile(r"\w+")
# the character before a word (a space is put before the text), then a whole trigger word of the
# lower-cased text or a word that may start with a digit: starting with a character class lets the
# search skip to the next non-word character at C speed, where a leading \b was tried at every
# character.  An ASCII class is quicker to test than \W: a word after a non-ASCII non-word character
# (a curly quote, a dash) is found by a second pattern, run only on a text that has one.  The trigger
# words' trie is spread into one alternative per first letter, beside the number's, so that `re`
# skips each on its first letter (no group: a match starting with a digit is the number's).
def _first_letters(words: list[str]) -> str:
    """``_trie(words)`` written as one alternative per first letter, each ending at a word's end."""
    heads: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        heads.setdefault(word[0], []).append(word[1:])
    return "|".join(re.escape(head) + _trie(rest) + r"\b" for head, rest in heads.items())


_WORD_AFTER = rf"(?:{_first_letters(list(_TRIGGERS))}|[^\W_a-z]\w*)"
_TRIGGER_OR_NUMBER = re.compile(rf"[\x00-/:-@\[-^`{{-\x7f]{_WORD_AFTER}")
_TRIGGER_OR_NUMBER_AFTER_WIDE = re.compile(rf"[^\x00-\x7f](?<=\W){_WORD_AFTER}")
_MATCH_START = operator.methodcaller("start")


def _number_windows(text: str, start: int, end: int) -> tuple[tuple[str, int, int], ...]:
    """The windows a number opens: only the patterns its shape can start (a year, a clock hour...).

    Every number pattern starts at the number's first digit, so its shape and the character after
    it tell which can match ("2004" a year, "10:30" a time, "1990s" a decade, "1400" before a space
    a wire time such as "1400 GMT"); a number written in other digits opens them all.
    """
    word = text[start:end]
    if word[0] not in _ASCII_DIGITS:
        return _NUMBER_PATTERNS
    digits = len(word) if word.isdigit() else len(word) - len(word.lstrip("0123456789"))
    if digits == len(word):
        clock = digits <= 2 and _TIME_AFTER.match(text, end) is not None
        # a wire time ("1400 GMT") is four digits of an hour (00-23) and minutes (00-59)
        wire_time = digits == 4 and word[:2] <= "23" and word[2] <= "5"
        return _shaped(word[:2] if digits == 4 else "", digits, text[end : end + 2], clock, wire_time)
    names: list[str] = []
    if digits <= 2 and _TIME_AFTER.match(text, start + digits):
        names.append("time")
    lower = str.lower(word)
    if lower.endswith("0s") and len(word) in (3, 5):
        names.append("decade")
    return tuple(_NUMBER_WINDOW[n] for n in names)


@lru_cache(maxsize=512)
def _shaped(
    head: str, digits: int, after: str, clock: bool, wire_time: bool
) -> tuple[tuple[str, int, int], ...]:
    """The windows of a number of ``digits`` digits followed by ``after`` (``head``: a year's first two).

    ``clock``: a clock time's minutes or "a.m." follow (a number of one or two digits); ``wire_time``:
    the four digits may be an hour and its minutes (the military pattern, which then needs a zone).
    """
    nxt = after[:1]
    names: list[str] = []
    if digits == 4:
        if nxt in "-–" and nxt:
            names.extend(("iso", "splityear"))
        elif nxt == "/":
            names.append("splityear")
        if head in _YEAR_START:
            names.append("year")
        if nxt == "'" and after[1:] in ("s", "S"):
            names.append("decade")
        if wire_time and nxt.isspace():
            names.append("military")
    elif digits <= 2:
        if nxt == "/":
            names.append("slash")
        if clock:
            names.append("time")
    return tuple(_NUMBER_WINDOW[n] for n in names)


_Hit = tuple[int, int, tuple[tuple[str, int, int], ...]]  # a word's start, end and the windows it opens


def _hit_words(text: str, lowered: str | None = None) -> list[_Hit]:
    """The words of ``text`` that open windows, in text order: (start, end, windows they open).

    A word opens windows when it starts with a digit or its lower-cased form is a trigger word.
    Rather than a Python step for each of the few hundred words of an article, one case-sensitive
    regular expression on the lower-cased text (a non-word character, then the trigger words as a
    trie or a word starting with anything but a lower-case ASCII letter) finds them.
    Lower-casing keeps every offset when the lower-cased text has the text's length (then each
    character maps to one character); otherwise the plain loop over the words is used.
    ``lowered``: ``text.lower()`` when the caller has it (the context's), not computed again.
    """
    if lowered is None:
        lowered = str.lower(text)
    if len(lowered) != len(text):
        out: list[_Hit] = []
        for m in _WORD.finditer(text):
            word = m.group()
            if word[0].isdigit():
                out.append((m.start(), m.end(), _number_windows(text, m.start(), m.end())))
            else:
                hits = _TRIGGERS.get(str.lower(word), ())
                if hits:
                    out.append((m.start(), m.end(), hits))
        return out
    found: list[_Hit] = []
    padded = " " + lowered  # offsets one on: each match starts a character before its word
    matches = list(_TRIGGER_OR_NUMBER.finditer(padded))
    if not lowered.isascii():
        wide = list(_TRIGGER_OR_NUMBER_AFTER_WIDE.finditer(padded))
        if wide:
            matches += wide
            matches.sort(key=_MATCH_START)
    for m in matches:
        start, end = m.start(), m.end() - 1
        if text[start].isdigit():
            found.append((start, end, _number_windows(text, start, end)))
        else:  # a trigger word, or a word of other letters (no trigger)
            hits = _TRIGGERS.get(lowered[start:end], ())
            if hits:
                found.append((start, end, hits))
    return found


def _windows(text: str, lowered: str | None = None) -> dict[str, list[tuple[int, int]]]:
    """For each pattern, the merged windows of ``text`` worth scanning (``lowered``: ``text.lower()``)."""
    if lowered is None:
        lowered = str.lower(text)
    raw: dict[str, list[tuple[int, int]]] = {}
    found = _hit_words(text, lowered)
    for start, end, hits in found:
        for name, before, after in hits:
            spans = raw.get(name)
            if spans is None:
                spans = raw[name] = []
            spans.append((start - before, end + after))  # kept to the text when merged
    size = len(text)
    out = {name: _merge(spans, size) for name, spans in raw.items()}
    if usable(text, lowered) and not SIEVED.isdisjoint(out):
        # the windows of a sieved pattern holding none of the words every match of it holds
        for name, starts in marks(text, lowered, found).items():
            windows = out.get(name)
            if windows is not None:
                windows = kept(windows, starts, text, lowered, name)
                if windows:
                    out[name] = windows
                else:
                    del out[name]
    return out


def _merge(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Overlapping windows joined, in text order, kept within ``[0, size]`` (``spans`` is sorted in place).

    Every window ends after 0 and starts before ``size``, so only the first can start before 0 and
    only the last end after ``size``: they are cut there once, not each window as it is made."""
    spans.sort()
    out = []
    first, last = spans[0]  # the window being grown
    for lo, hi in spans:
        if lo <= last:
            if hi > last:
                last = hi
        else:
            out.append((first, last))
            first, last = lo, hi
    out.append((first, last))
    if out[0][0] < 0:
        out[0] = (0, out[0][1])
    if out[-1][1] > size:
        out[-1] = (out[-1][0], size)
    return out


def _uncut(rx: re.Pattern[str], m: re.Match[str], text: str, hi: int) -> re.Match[str] | None:
    """``m`` as the whole text gives it where the window's end ``hi`` cut a word ("the [soon]est"
    ends no word: matched again without the window's end); else ``m`` itself."""
    if m.end() != hi or hi >= len(text) or not (text[hi - 1].isalnum() and text[hi].isalnum()):
        return m
    again = rx.match(text, m.start())
    return again if again is not None and again.end() > again.start() else None


def _matches(ctx: Context, name: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of pattern ``name`` in its windows, as ``finditer`` gives them in each window.

    Where a match may start is found by the pattern's case-sensitive twin on the lower-cased text
    (quicker); the pattern is then matched there on the text itself, and where it does not match,
    the search goes on from the next character.
    """
    text, lowered = ctx.text, ctx.lowered
    rx = _compile_pattern(name)[0]  # cached: what ``patterns._COMPILED[name]`` gives, one call fewer
    if len(lowered) != len(text):  # offsets of the lower-cased text would not be the text's
        required = _REQUIRED.get(name)
        for lo, hi in windows:
            if required is None or required.search(text, lo, hi) is not None:
                for hit in rx.finditer(text, lo, hi):
                    kept = _uncut(rx, hit, text, hi)
                    if kept is not None:
                        yield kept
        return
    twin = _compile_twin(name)[0]
    required = _REQUIRED_LOWER.get(name)
    for lo, hi in windows:
        if required is not None and required.search(lowered, lo, hi) is None:
            continue
        pos = lo
        while pos <= hi:
            found = twin.search(lowered, pos, hi)
            if found is None:
                break
            m = rx.match(text, found.start(), hi)
            if m is not None and m.end() == hi:
                m = _uncut(rx, m, text, hi)
            if m is None:
                pos = found.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


def _candidates(ctx: Context) -> Iterator[Found]:
    """Every accepted match of every pattern inside its windows, possibly overlapping."""
    text = ctx.text
    # the context's folded text is ``text.lower()`` unless it holds a long s or a dotless i
    lowered = None if "ſ" in text or "ı" in text else ctx.lowered
    for name, windows in _windows(text, lowered).items():
        handler = _compile_pattern(name)[1]
        for m in _matches(ctx, name, windows):
            if m.end() == m.start():
                continue
            try:
                part = handler(m, ctx)
            except (OverflowError, ValueError):
                # anchoring left the calendar (a publication date near year 1 or 9999):
                # the expression still comes out, unanchored
                part = handler(m, attrs.evolve(ctx, ref=None)) if ctx.ref is not None else None
            if part is None:
                continue
            start, end = m.start() + part.skip, m.end() - part.trim
            stripped = text[start:end].rstrip(" \t\n,")
            end = start + len(stripped)
            start += len(stripped) - len(stripped.lstrip())
            if end <= start:
                continue
            yield new_found(
                start,
                end,
                part.type,
                part.value,
                part.mod,
                part.anchored,
                part.interval,
                part.quant,
                part.freq,
                part.kind or name,
                None,
                None,
            )


def _select(cands: Sequence[Found]) -> list[Found]:
    """Non-overlapping candidates, longest first (ties: earlier pattern in the list), in text order."""
    order = sorted(cands, key=lambda f: (-(f.end - f.start), _PRIORITY.get(f.kind, 99), f.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Found] = []
    for f in order:
        i = bisect.bisect_left(taken, (f.start, f.end))
        if i > 0 and taken[i - 1][1] > f.start:
            continue
        if i < len(taken) and taken[i][0] < f.end:
            continue
        taken.insert(i, (f.start, f.end))
        chosen.append(f)
    chosen.sort(key=lambda f: f.start)
    return chosen
