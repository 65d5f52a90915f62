"""Numbers: digits, number words, mixed forms, fractions and vague amounts, over a word list.

The recogniser works on :class:`Words`, the document's tokens split a little finer (numbers apart
from glued suffixes, hyphenated words apart at the hyphen) so that "10km", "4.5bn", "fifty-two",
"six-mile" and "Su-25" can be read piece by piece.  :func:`parse_number` reads one number at a
word index and says where it ends; it never looks back more than one word, so a scan is linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache
from operator import itemgetter
from types import MappingProxyType
from typing import Final

from newsparse import Token

from .found import integer_fraction, replaced
from .lexicon import (
    BIG,
    DENOMINATORS,
    ORDINAL_UNITS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SMALL,
    TENS,
    VULGAR,
)
from .word_columns import Num, Words

__all__ = ["Num", "Words", "parse_digits", "parse_number", "split_columns", "split_words"]

_DIGIT_HEAD: Final = re.compile(r"([0-9]+(?:[.,:/][0-9]+)*)(.*)", re.S)
_PURE_DIGITS: Final = re.compile(r"[0-9]+(?:[.,:/][0-9]+)*")
_HYPHEN_SPLIT: Final = re.compile(r"([-‐‑–—])")
_ASCII_DIGITS: Final = frozenset("0123456789")
_MAX_DIGIT_CHARS: Final = 40  # "1,000,000,000,000,000.00" is 24; longer digit runs are not amounts
_HYPHEN_WORDS: Final = frozenset({"-", "‐", "‑", "–"})
SPACED_SCALES = MappingProxyType({"k": 10**3, "K": 10**3, "M": 10**6, "G": 10**9, "B": 10**9, "T": 10**12})
DOZEN: Final = frozenset({"dozen", "dozens", "dz", "dzs", "doz", "dozs"})
_EXTENDERS = frozenset({*VULGAR, *SCALE_SUFFIXES, *SPACED_SCALES, *_ASCII_DIGITS, *"-eEx×^m"})  # read after
_EXTENDERS_LOWER: Final = frozenset({*SCALE_WORDS, *DOZEN})  # digits by _parse_digit_number (lower-cased)
_PLAIN_FRACTIONS: Final = frozenset({"half", "halves", "quarter", "quarters"})
_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)
_GROUP: Final = re.compile(r"^[0-9]{3}(?:\.[0-9]+)?$")
_SPACE_GROUP: Final = frozenset(" \u00a0\u202f\u2009")


def _hundred_or_big(word: str) -> bool:
    """Whether a lower-cased word is "hundred" or a big number word ("thousand", "million" ...)."""
    return word == "hundred" or word in BIG


def _digits(s: str) -> bool:
    """Whether ``s`` is made of ASCII digits only (not "²" or "٣")."""
    return s.isascii() and s.isdigit()


def split_words(text: str, tokens: Sequence[Token]) -> Words:
    """Split the document's tokens into :class:`Words` (digits apart from glued letters, hyphens apart)."""
    if not tokens:
        return Words(text, (), (), (), (), 0, ())
    # not zip(*tokens): that holds an iterator per token at once, a burst of hundreds of tracked
    # objects that sets off the cyclic garbage collector (a full collection costs milliseconds)
    return split_columns(
        text, tuple(map(_FIRST, tokens)), tuple(map(_SECOND, tokens)), tuple(map(_THIRD, tokens))
    )


def split_columns(
    text: str, starts_all: tuple[int, ...], ends_all: tuple[int, ...], texts_all: tuple[str, ...]
) -> Words:
    """:class:`Words` from tokens given as columns (starts, ends, texts), re-cutting the few that need it.

    Most tokens stay whole, so the offsets and texts are taken as they are and only the few
    tokens that start with a digit or hold a hyphen are re-cut (a Python loop over every token
    was a third of the layer's time).
    """
    if not texts_all:
        return Words(text, (), (), (), (), 0, ())
    # the tokens to re-cut, found by comprehensions that compile to C loops (a Python loop over every
    # token was a tenth of the layer): those that hold a hyphen-minus (the only dash the core's tokens
    # join words with), and those that start with an ASCII digit and go on with something else ("10km")
    n = len(texts_all)
    digit_words = [k for k in range(n) if texts_all[k][0] in _ASCII_DIGITS]  # no token is empty
    cuts = [k for k in digit_words if not _PURE_DIGITS.fullmatch(texts_all[k])]
    cuts.extend([k for k in range(n) if "-" in texts_all[k] and len(texts_all[k]) > 1])
    lower_all = tuple(map(str.lower, texts_all))
    if not cuts:
        return Words(text, starts_all, ends_all, texts_all, lower_all, len(texts_all), tuple(digit_words))
    cuts.sort()
    return _recut(text, (starts_all, ends_all, texts_all, lower_all), cuts, digit_words)


_Columns = tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...], tuple[str, ...]]


def _recut(text: str, columns: _Columns, cuts: list[int], digit_words: list[int]) -> Words:
    """:class:`Words` from token columns (starts, ends, texts, lower-cased texts) with the tokens at
    ``cuts`` (sorted) re-cut; the words kept whole keep their lower case and digit marks, shifted."""
    starts_all, ends_all, texts_all, lower_all = columns
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    lower: list[str] = []
    digits: list[int] = []
    head = _DIGIT_HEAD.match
    done = 0
    kept = iter(digit_words)  # the words that start with a digit, in order, each shifted once
    nxt = next(kept, None)
    for k in cuts:
        shift = len(texts) - done  # the words the cuts so far added before ``done``
        while nxt is not None and nxt <= k:  # (the word re-cut at ``k``: its pieces are marked below)
            digits.extend([nxt + shift] if nxt < k else [])
            nxt = next(kept, None)
        starts.extend(starts_all[done:k])
        ends.extend(ends_all[done:k])
        texts.extend(texts_all[done:k])
        lower.extend(lower_all[done:k])
        done = k + 1
        t = texts_all[k]
        pos = starts_all[k]
        for piece in [t] if t[0] in _ASCII_DIGITS else [p for p in _HYPHEN_SPLIT.split(t) if p]:
            m = head(piece) if piece[0] in _ASCII_DIGITS else None
            cut = m.end(1) if m is not None and m.group(2) else len(piece)
            for part, begin in ((piece[:cut], pos), (piece[cut:], pos + cut)):
                if part:
                    if part[0] in _ASCII_DIGITS:
                        digits.append(len(texts))
                    starts.append(begin)
                    ends.append(begin + len(part))
                    texts.append(part)
                    lower.append(str.lower(part))
            pos += len(piece)
    digits.extend(k + len(texts) - done for k in ([nxt] if nxt is not None else []) + list(kept))
    starts.extend(starts_all[done:])
    ends.extend(ends_all[done:])
    texts.extend(texts_all[done:])
    lower.extend(lower_all[done:])
    return Words(text, tuple(starts), tuple(ends), tuple(texts), tuple(lower), len(texts), tuple(digits))


@lru_cache(maxsize=4096)  # news repeats its numbers ("2004", "10", "1.5"); a Fraction is immutable
def parse_digits(s: str) -> Fraction | str:
    """The value of a digit string ("1,447", "3.5", "1.111,11", "3/4"), or why it is not one.

    Returns a Fraction, or one of "time" ("2:00"), "date" ("5/17/2018"), "list" ("22,24,26"),
    "dotted" ("192.168.1.2", a version or an address), "long" (more digits than any amount in
    news has: an identifier, a hash, or junk; also keeps int() within Python's digit limit).
    """
    if len(s) > _MAX_DIGIT_CHARS:
        return "long"
    if ":" in s:
        return "time"
    if "/" in s:
        parts = s.split("/")
        whole = len(parts) == 2 and all(p.isascii() and p.isdigit() for p in parts)  # not "/", "3/"
        if whole and int(parts[1]) != 0:
            numerator, denominator = int(parts[0]), int(parts[1])
            improper = denominator <= 4 and numerator < 10 * denominator  # "3/2"; "2003/4" is a year
            proper = denominator in _SLASH_DENOMINATORS and (numerator < denominator or improper)
            if numerator == 1 or proper:
                return Fraction(numerator, denominator)
        return "date"  # "9/11", "1986/87": a date or a season, not a fraction
    commas = s.count(",")
    dots = s.count(".")
    if commas and dots:
        last_comma, last_dot = s.rfind(","), s.rfind(".")
        if last_dot > last_comma:
            int_part, dec = s[:last_dot].replace(",", ""), s[last_dot + 1 :]
            groups = s[:last_dot].split(",")
        else:
            int_part, dec = s[:last_comma].replace(".", ""), s[last_comma + 1 :]
            groups = s[:last_comma].split(".")
        if any(len(g) != 3 for g in groups[1:]) or len(groups[0]) > 3:
            return "list"
        return Fraction(f"{int_part}.{dec}")
    if commas:
        groups = s.split(",")
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return Fraction(int("".join(groups)))
        if len(groups) == 2 and len(groups[1]) <= 2:
            return Fraction(f"{groups[0]}.{groups[1]}")  # decimal comma: "1,3", "5,00"
        return "list"
    if dots > 1:
        groups = s.split(".")
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            return Fraction(int("".join(groups)))
        return "dotted"
    if dots == 0 and s.isdigit() and s.isascii():
        return Fraction(int(s))  # the common case, without Fraction's string parser
    return Fraction(s)


def _exact(
    first: int, last: int, value: Fraction, *, digits: bool = False, plain: bool = False, scaled: bool = False
) -> Num:
    """An exact number (its bounds are its value) over words ``first`` to ``last``."""
    return Num(first, last, value, value, value, digits, plain, scaled, False)


def _vague(first: int, last: int, low: int, high: int) -> Num:
    """A vague number ("dozens"): no value, bounds ``low`` to ``high``."""
    bounds = integer_fraction(low), integer_fraction(high)
    return Num(first, last, None, bounds[0], bounds[1], False, False, False, False)


def _word_integer(
    w: Words, i: int, value: int = 0, last: str | None = None
) -> tuple[int, int, int, int, bool] | None:
    """An integer in words from ``i``: (value, index after it, value after its last "and", last index)."""
    n = w.size
    total = 0
    current = value
    group = value
    after_and = -1
    and_small = False
    j = i
    end = -1 if last is None else i - 1
    while j < n:
        word = w.lower[j]
        if word in SMALL:
            v = SMALL[word]
            if last in ("small", "dozen") or (last == "tens" and (v == 0 or v >= 10)):
                break  # ("a dozen seven-year-old cheques" is 12, not 19)
            current += v
            group = v if last != "tens" else group + v
            last = "small"
        elif word in TENS:
            if last in ("small", "tens", "dozen"):
                break
            current += TENS[word]
            group = TENS[word]
            last = "tens"
        elif word == "hundred" or (word == "hundreds" and last in ("small", "tens")):
            if last == "hundred" or (last == "big" and current == 0):
                break
            current = (current or 1) * 100
            group = 0
            last = "hundred"
        elif word in BIG:
            if last is None or (last == "big" and current == 0):
                break
            total += (current or 1) * BIG[word]
            current = group = 0
            last = "big"
        elif word in DOZEN and last in ("small", "tens"):
            current += group * 11
            group = 0
            last = "dozen"
        elif word == "and" and last in ("hundred", "big", "small", "tens") and j + 1 < n:
            nxt = w.lower[j + 1]
            if nxt not in SMALL and nxt not in TENS:
                break
            if last in ("small", "tens") and after_and >= 0:
                break
            if j + 2 < n and w.lower[j + 2] in DENOMINATORS and w.lower[j + 2] not in ("second", "seconds"):
                break  # "two million and one half": the fraction is read by _and_fraction
            after_and = total + current
            and_small = last in ("small", "tens")
            j += 1
            continue
        elif word in _HYPHEN_WORDS and last == "small" and j + 1 < n and _hundred_or_big(w.lower[j + 1]):
            j += 1  # "one-hundred", "two-thousand"
            continue
        elif word in ("-", "‐", "‑", "–") and last == "tens" and j + 1 < n and w.lower[j + 1] in SMALL:
            if SMALL[w.lower[j + 1]] == 0 or SMALL[w.lower[j + 1]] >= 10:
                break
            j += 1
            continue
        else:
            break
        end = j
        j += 1
    if end < i:
        return None
    value_all = total + current
    tail = value_all - after_and if after_and >= 0 else -1
    return value_all, end + 1, tail, end, and_small


def _fraction_after(w: Words, j: int) -> tuple[Fraction, int] | None:
    """A fraction word phrase at ``j``: "a half", "one fourth", "three fifths" -> (value, last index)."""
    n = w.size
    if j >= n:
        return None
    if w.lower[j] in ("a", "an", "one") and j + 1 < n and w.lower[j + 1] in DENOMINATORS:
        return Fraction(1, DENOMINATORS[w.lower[j + 1]]), j + 1
    read = _word_integer(w, j)
    if read is None:
        return None
    value, nxt = read[0], read[1]
    if nxt < n and w.lower[nxt] in DENOMINATORS:
        return Fraction(value, DENOMINATORS[w.lower[nxt]]), nxt
    return None


def _of_a_scale(w: Words, j: int) -> tuple[int, int] | None:
    """ "of a million" / "a million" / "million" at ``j`` -> (scale, last index)."""
    n = w.size
    k = j
    if k < n and w.lower[k] == "of":
        k += 1
    if k < n and w.lower[k] in ("a", "an"):
        k += 1
    if k < n and (w.lower[k] in BIG or w.lower[k] == "dozen"):
        if k == j and w.lower[j] == "dozen":
            return None
        return (BIG.get(w.lower[k], 12), k)
    return None


def _vague_scale(w: Words, j: int) -> tuple[int, int] | None:
    """A run of scale words at ``j`` ("hundred", "hundred thousand", "million") -> (scale, last)."""
    n = w.size
    scale = 1
    k = j
    while k < n and (w.lower[k] == "hundred" or w.lower[k] in BIG or w.lower[k] == "dozen"):
        scale *= 100 if w.lower[k] == "hundred" else 12 if w.lower[k] == "dozen" else BIG[w.lower[k]]
        k += 1
    if k == j:
        return None
    return scale, k - 1


_VAGUE_PLURALS = {"dozens": 12, "hundreds": 100, "thousands": 10**3, "millions": 10**6, "billions": 10**9}
# The lower-cased words a number can start with (besides digits, vulgar fractions and "-", "−", "."):
# exactly those that some branch of parse_number reads (signs, vague amounts, fractions, number words).
_NUMBER_STARTS: Final = frozenset(
    {"minus", "negative", "tens", "scores", "several", "few", "a", "an", "half", "quarter", "hundred"}
    | set(_VAGUE_PLURALS)
    | set(DENOMINATORS)
    | set(SMALL)
    | set(TENS)
)


def _parse_vague(w: Words, i: int) -> Num | None:
    """Vague amounts: "dozens", "hundreds of thousands", "tens of thousands", "several hundred"."""
    n = w.size
    word = w.lower[i]
    if word == "tens" and i + 2 < n and w.lower[i + 1] == "of" and w.lower[i + 2] in _VAGUE_PLURALS:
        scale = _VAGUE_PLURALS[w.lower[i + 2]]
        if scale >= 1000:
            return _vague(i, i + 2, 20 * scale, 100 * scale - 1)
    if word in _VAGUE_PLURALS:
        scale = _VAGUE_PLURALS[word]
        if i + 2 < n and w.lower[i + 1] == "of" and w.lower[i + 2] in _VAGUE_PLURALS:
            inner = _VAGUE_PLURALS[w.lower[i + 2]]
            if inner > scale and inner >= 1000:
                low = 2 * scale * inner
                return _vague(i, i + 2, low, 1000 * inner - 1 if scale == 100 else low * 10)
        if scale == 12:
            return _vague(i, i, 24, 99)
        return _vague(i, i, 2 * scale, 10 * scale - 1)
    if word == "scores" and i + 1 < n and w.lower[i + 1] == "of":
        return _vague(i, i, 40, 99)
    if word in ("several", "few") or (word == "a" and i + 1 < n and w.lower[i + 1] == "few"):
        k = i + 1 if word != "a" else i + 2
        read = _vague_scale(w, k)
        if read is not None:
            scale, last = read
            # "several million" has the bounds of "millions" (the guideline's clarification), so do "a few"
            return _vague(i, last, 2 * scale, 10 * scale - 1)
    return None


def _scale_after(w: Words, j: int, currency: bool) -> tuple[int, int] | None:
    """A scale written after digits at ``j`` (glued suffix or spaced word) -> (multiplier, last index)."""
    if j >= w.size:
        return None
    t = w.texts[j]
    if w.gap(j) == 0:
        if t in SCALE_SUFFIXES:
            return SCALE_SUFFIXES[t], j
        if currency and t in _HYPHEN_WORDS and j + 1 < w.size and w.gap(j + 1) == 0 and w.lower[j + 1] in BIG:
            return BIG[w.lower[j + 1]], j + 1  # "a $650-million subscription"
        return (10**6, j) if currency and t == "m" else None
    if w.gap(j) > 2:
        return None
    low = w.lower[j]
    if low in SCALE_WORDS:
        mult = SCALE_WORDS[low]
        last = j
        while last + 1 < w.size and w.lower[last + 1] in BIG and BIG[w.lower[last + 1]] > mult:
            last += 1
            mult *= BIG[w.lower[last]]
        return mult, last
    if low in DOZEN:
        return 12, j
    if currency and t == "m" and w.gap(j) == 1:
        return 10**6, j
    following = w.texts[j + 1] if j + 1 < w.size else ""
    if t in SPACED_SCALES and not (following[:1].isalnum() or following == "&"):  # ("35 M&S": a name)
        return SPACED_SCALES[t], j  # "2.33 k", "1,674,200.5 M" at the end of a clause
    return None


def _power_after(w: Words, k: int, value: Fraction) -> tuple[Fraction, int] | None:
    """ "^23", "^-1", "x10^6" glued after a number -> (new value, last index)."""
    n = w.size
    base = value
    mult = Fraction(1)
    if k + 2 < n and w.texts[k] in ("x", "×") and w.texts[k + 1] == "10" and w.gap(k) == w.gap(k + 1) == 0:
        mult, base = value, Fraction(10)
        k += 2
    if k >= n or w.texts[k] != "^" or w.gap(k) != 0:
        return None
    j = k + 1
    negative = False
    while j < n and w.texts[j] in ("+", "-", "−") and w.gap(j) == 0:
        negative ^= w.texts[j] != "+"
        j += 1
    if j >= n or w.gap(j) != 0 or not _digits(w.texts[j]) or len(w.texts[j]) > 3:
        return None
    exponent = int(w.texts[j]) * (-1 if negative else 1)
    size = abs(exponent) * max(base.numerator.bit_length(), base.denominator.bit_length())
    if (base == 0 and exponent < 0) or size > 12_000:  # past JSON's 4,000 digits ("1E500^8"): no power
        return None
    return mult * base**exponent, j


def _space_grouped(w: Words, i: int) -> tuple[Fraction, int] | None:
    """Space-grouped thousands at ``i``: "40 000", "1 234 567" -> (value, last word), or None."""
    n = w.size
    k = i
    while (
        k + 1 < n and w.gap(k + 1) == 1 and w.text[w.ends[k]] in _SPACE_GROUP and _GROUP.match(w.texts[k + 1])
    ):
        k += 1
        if "." in w.texts[k]:
            break
    glued = k + 1 < n and w.gap(k + 1) == 0 and w.texts[k + 1] in _HYPHEN_WORDS  # "10 737-800 planes"
    if k > i and not glued and not (k + 1 < n and w.gap(k + 1) <= 1 and _digits(w.texts[k + 1][:1])):
        return Fraction("".join(w.texts[i : k + 1])), k
    return None


def _exponent_after(w: Words, k: int, value: Fraction) -> tuple[Fraction, int] | None:
    """The exponent at ``k`` after a number and its "e": "1e10", "1.3e6" -> (value, last word), or None."""
    n = w.size
    sign = 1
    if w.texts[k] in ("+", "-") and k + 1 < n and w.gap(k + 1) == 0:
        sign = -1 if w.texts[k] == "-" else 1
        k += 1
    exp_text = w.texts[k]
    if _digits(exp_text) and len(exp_text) <= 3:
        return value * Fraction(10) ** (sign * int(exp_text)), k
    return None


def _more_after_scale(
    w: Words, last: int, mult: Fraction | int, currency: bool
) -> tuple[Fraction, int] | None:
    """What a scale word adds after it: "4 thousand 3 hundred and 21", "6 crore and two hundred".

    -> (the amount to add, its last word), or None.
    """
    n = w.size
    k = last + 1
    if k < n and w.lower[k] == "and":
        k += 1
    if k < n and k > last + 1 and w.lower[k] in ("0", "zero"):
        k = n
    more = parse_number(w, k, currency) if k < n and w.gap(k) <= 2 else None
    if more is not None and more.value is not None and 0 <= more.value < mult and more.value.denominator == 1:
        return more.value, more.last
    return None


def _parse_digit_number(w: Words, i: int, currency: bool) -> Num | None:
    """A number written with digits at ``i``, with its decimals, fraction, groups and scale."""
    n, t = w.size, w.texts[i]
    parsed = parse_digits(t)
    if not isinstance(parsed, Fraction):
        return None
    value, last = parsed, i
    plain = "," not in t and "." not in t and "/" not in t
    if i + 1 == n or not (w.texts[i + 1] in _EXTENDERS or w.texts[i + 1][:1] in _EXTENDERS
                          or w.lower[i + 1] in _EXTENDERS_LOWER):  # (most numbers: nothing below reads on)
        return _exact(i, i, value, digits=True, plain=plain)
    # space-grouped thousands: "40 000", "1 234 567"
    if plain and len(t) <= 3 and i + 1 < n and w.texts[i + 1][:1] in _ASCII_DIGITS:
        grouped = _space_grouped(w, i)  # (a group is three digits: only a digit can follow)
        if grouped is not None:
            value, last = grouped
            plain = False
    # fractions: "2 1/2", "2½", "2 ½"
    if last + 1 < n and value.denominator == 1:
        nxt = w.texts[last + 1]
        if nxt in VULGAR and w.gap(last + 1) <= 1:
            value += VULGAR[nxt]
            last += 1
            plain = False
        elif "/" in nxt and 1 <= w.gap(last + 1) <= 2 and _digits(nxt[:1]):
            frac = parse_digits(nxt)
            if isinstance(frac, Fraction) and frac < 1:
                value += frac
                last += 1
                plain = False
        elif (
            nxt == "-"
            and last + 2 < n
            and w.gap(last + 1) == 0
            and w.gap(last + 2) == 0
            and "/" in w.texts[last + 2]
        ):
            frac = parse_digits(w.texts[last + 2])  # newswire prices and rates: "100-1/4", "66-2/3 pct"
            if isinstance(frac, Fraction) and 0 < frac < 1:
                value += frac
                last += 2
                plain = False
    # exponent: "1e10", "1.3e6"
    if last + 2 < n and w.texts[last + 1] in ("e", "E") and w.gap(last + 1) == 0 and w.gap(last + 2) == 0:
        exponent = _exponent_after(w, last + 2, value)
        if exponent is not None:
            value, last = exponent
            plain = False
    nxt_word, nxt_lower = (w.texts[last + 1], w.lower[last + 1]) if last + 1 < n else ("", "")
    # _power_after reads only "x10^..", "×10^.." or "^..", _scale_after only scale words and suffixes
    power = _power_after(w, last + 1, value) if nxt_word in ("x", "×", "^") else None
    if power is not None:
        value, last = power
        plain = False
    scaled = False
    if power is None and not (
        nxt_word in SCALE_SUFFIXES
        or nxt_word in SPACED_SCALES
        or nxt_word == "m" or (currency and nxt_word in _HYPHEN_WORDS)
        or nxt_lower in SCALE_WORDS
        or nxt_lower in DOZEN
    ):
        scale = None
    else:
        scale = _scale_after(w, last + 1, currency)
    if scale is not None:
        mult, last = scale
        value *= mult
        plain = False
        scaled = True
        added = _and_fraction(w, last + 1, value, w.lower[last])
        if added is not None:
            value, last = added
        elif w.lower[last] in SCALE_WORDS and w.gap(last) > 0:
            more = _more_after_scale(w, last, mult, currency)
            if more is not None:
                value += more[0]
                last = more[1]
    return _exact(i, last, value, digits=True, plain=plain, scaled=scaled)


def _parse_word_number(w: Words, i: int) -> Num | None:
    """A number in words at ``i``: "two dozen", "a quarter of a million", "one and a half"."""
    n = w.size
    word = w.lower[i]
    # "half a dozen", "half a million", "half million", "a half", "a quarter of a million"
    if word in ("a", "an", "half", "quarter") or word in DENOMINATORS:
        if word in ("a", "an"):
            if i + 1 >= n:
                return None
            nxt = w.lower[i + 1]
            if nxt in ("dozen", "hundred") or nxt in BIG:
                read = _word_integer(w, i + 1, value=1, last="small")
                if read is None:
                    return None
                value, after, _, end, _ = read
                return _finish_words(w, i, end, integer_fraction(value), after)
            if nxt in DENOMINATORS and nxt not in ("second", "seconds"):
                frac = Fraction(1, DENOMINATORS[nxt])
                scale = _of_a_scale(w, i + 2)
                if scale is not None:
                    return _exact(i, scale[1], frac * scale[0])
                return _exact(i, i + 1, frac)
            return None
        if word in ("half", "quarter"):
            frac = Fraction(1, 2 if word == "half" else 4)
            scale = _of_a_scale(w, i + 1)
            if scale is not None:
                return _exact(i, scale[1], frac * scale[0])
            if word == "half" and i + 1 < n and w.lower[i + 1] == "of":
                return _exact(i, i, frac)
            return None
        return None
    if word == "hundred" and i + 1 < n and w.lower[i + 1] in BIG:
        read = _word_integer(w, i, value=1, last="small")
    else:
        read = _word_integer(w, i)
    if read is None:
        return None
    value, after, tail, end, and_small = read
    return _finish_words(w, i, end, integer_fraction(value), after, tail, and_small)


def _finish_words(
    w: Words, i: int, end: int, value: Fraction, after: int, tail: int = -1, and_small: bool = False
) -> Num | None:
    """Add what may follow a word integer: a fraction, "and a half", "million" (None: an ordinal)."""
    n = w.size
    d = after
    if d + 1 < n and w.lower[d] in _HYPHEN_WORDS and w.lower[d + 1] in DENOMINATORS:
        d += 1  # "one-eighth", "five - eighths"
    # "one twenty-fifth", "a twenty-first": a tens word and an ordinal make the denominator
    tens_ord = _tens_ordinal(w, d)
    if tens_ord is not None and (value < 10 or value % 100 == 0):
        denominator, last = tens_ord
        return _exact(i, last, Fraction(value or 1, denominator))
    # "two thirds", "twenty-three fifths", "one hundred and three quarters"
    quarters = d < n and w.lower[d] == "quarters" and value >= 4 and tail < 0  # "six quarters": periods
    if d < n and w.lower[d] in DENOMINATORS and w.lower[d] not in ("second", "seconds") and not quarters:
        if value > 1 and d > after and not w.lower[d].endswith("s"):
            return None  # "the thirty-fifth representative": an ordinal, not 30/5
        denominator = DENOMINATORS[w.lower[d]]
        prev = d - 1
        if prev > i and w.lower[prev] in _HYPHEN_WORDS:
            prev -= 1
        if (
            denominator < 10
            and prev >= i
            and w.lower[prev] in TENS
            and (prev == i or w.lower[prev - 1] != "and")
        ):
            rest = value - TENS[w.lower[prev]]
            if rest > 0:  # "one hundred thirty-fifths" = 100/35
                return _exact(i, d, rest / (TENS[w.lower[prev]] + denominator))
        if tail >= 0 and (and_small or w.lower[d] in _PLAIN_FRACTIONS):
            frac = value - tail + Fraction(tail, denominator)
        else:
            frac = Fraction(value, denominator)
        scale = _of_a_scale(w, d + 1)
        if scale is not None and tail < 0:
            return _exact(i, scale[1], frac * scale[0])
        return _exact(i, d, frac)
    # "one and a half", "twenty and three fifths", "five and a half million", "3 million and a half"
    added = _and_fraction(w, after, value, w.lower[end])
    if added is not None:
        return _exact(i, added[1], added[0])
    # "two hundred point zero three", "nine point nought four"
    if after + 1 < n and w.lower[after] == "point":
        digits = ""
        k = after + 1
        while k < n and w.lower[k] in SMALL and SMALL[w.lower[k]] < 10:
            digits += str(SMALL[w.lower[k]])
            k += 1
        if not digits:
            read = _word_integer(w, after + 1)
            if read is not None and read[0] < 100:
                digits = str(read[0])
                k = read[1]
        if digits:
            return _exact(i, k - 1, value + Fraction(f"0.{digits}"))
    # "one mln dlrs", "five bn": a word number before an abbreviated scale (newswire)
    if after < n and w.lower[after] in _ABBREVIATED_SCALES and w.gap(after) == 1:
        return _exact(i, after, value * SCALE_WORDS[w.lower[after]])
    return _exact(i, end, value)


_ABBREVIATED_SCALES: Final = frozenset({"mln", "mn", "bln", "bn", "tn", "trn", "tln"})
# The denominators of fractions written with a slash in news ("3/4", "5/16", "100-1/4"); other
# pairs are dates and seasons ("9/11", "1986/87"), unless the numerator is 1 ("1/40").
_SLASH_DENOMINATORS: Final = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 32, 64, 100})


def _tens_ordinal(w: Words, k: int) -> tuple[int, int] | None:
    """ "twenty-fifth", "twenty firsts" at ``k`` -> (denominator, last index)."""
    n = w.size
    if k >= n or w.lower[k] not in TENS:
        return None
    j = k + 1
    if j < n and w.lower[j] in _HYPHEN_WORDS:
        j += 1
    if j < n:
        word = w.lower[j]
        base = word[:-1] if word.endswith("s") and word[:-1] in ORDINAL_UNITS else word
        if base in ORDINAL_UNITS and ORDINAL_UNITS[base] < 10:
            return TENS[w.lower[k]] + ORDINAL_UNITS[base], j
    return None


def _and_fraction(w: Words, after: int, value: Fraction, last_word: str) -> tuple[Fraction, int] | None:
    """ "and a half" after a number -> (new value, last index): scaled by the number's last scale."""
    n = w.size
    if not (after + 1 < n and w.lower[after] == "and"):
        return None
    frac = _fraction_after(w, after + 1)
    if frac is None or frac[0] >= 1:
        return None
    part, last = frac
    if last + 1 < n and w.lower[last + 1] in BIG:
        scale = BIG[w.lower[last + 1]]
        if value < scale:
            return (value + part) * scale, last + 1
        return value + part * scale, last + 1
    if last_word in SCALE_WORDS and last_word != "hundred":
        return value + part * SCALE_WORDS[last_word], last
    return value + part, last


def parse_number(w: Words, i: int, currency: bool = False) -> Num | None:
    """The number starting at word ``i`` (digits, words, mixed or vague), or None."""
    n = w.size
    if i >= n:
        return None
    t = w.texts[i]
    if not (t[:1] in _ASCII_DIGITS or w.lower[i] in _NUMBER_STARTS or t in VULGAR or t in ("-", "−", ".")):
        return None  # no branch below reads a number from any other word: answer without trying them
    negative = False
    start = i
    if (
        t in ("-", "−")
        and i + 1 < n
        and w.is_digits(i + 1)
        and (w.gap(i + 1) == 0 or (i == 0 and w.gap(i + 1) == 1))
    ):
        prev_ok = i == 0 or (w.gap(i) > 0 and not w.is_digits(i - 1))
        if not prev_ok:
            return None
        negative = True
        i += 1
    elif w.lower[i] in ("minus", "negative") and i + 1 < n:
        negative = True
        i += 1
    elif t == "." and i + 1 < n and w.gap(i + 1) == 0 and _digits(w.texts[i + 1]):
        if i > 0 and w.gap(i) == 0 and w.texts[i - 1][-1:].isalnum():
            return None
        value = Fraction(f"0.{w.texts[i + 1]}")
        return _exact(i, i + 1, value, digits=True)
    if w.is_digits(i):
        num = _parse_digit_number(w, i, currency)
    elif t in VULGAR:
        num = _exact(i, i, VULGAR[t], digits=True)
    else:
        num = _parse_vague(w, i) if not negative else None
        if num is None:
            num = _parse_word_number(w, i)
    if num is None:
        return None
    if negative:
        if num.value is None:
            return None
        return replaced(
            num, first=start, value=-num.value, low=-num.value, high=-num.value, negative=True
        )
    return num
