"""The quantities recogniser: modifier + currency + number (+ range) + unit, then what is counted.

One left-to-right scan over :class:`~newsparse_quantities.numbers.Words`; at each word that can
start an amount it reads, in order, a modifier ("over", "at least"), a currency sign, a number,
an optional second number of a range, a unit (percent, currency name, or a pint unit), a
post-modifier ("or more"), and the counted noun.  Numbers that are names, dates, times, years,
durations, phone numbers or ordinals are skipped whole.  Linear in the text's length.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache
from itertools import compress
from types import MappingProxyType

import attrs

from newsparse import Quantity, Span, Token

from .lexicon import (
    BELOW_APPROX,
    COUNTED_STOP,
    DENOMINATORS,
    DESIGNATORS,
    IRREGULAR_PLURALS,
    MODIFIERS,
    MONTHS,
    NOT_DESIGNATOR,
    ORDINAL_SUFFIXES,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    SMALL,
    TENS,
    VULGAR,
    currencies,
)
from .numbers import DOZEN, SPACED_SCALES, Num, Words, parse_number, split_words
from .units import resolve_unit

__all__ = ["Found", "find_numbers", "recognise", "to_quantity"]

_MAX_MODIFIER = max(len(k) for k in MODIFIERS)
_TRIGGER_WORDS = frozenset(
    {w[0] for w in MODIFIERS}
    | set(SMALL)
    | set(TENS)
    | {"a", "an", "half", "quarter", "dozens", "hundreds", "thousands", "millions", "billions", "tens"}
    | {
        "scores",
        "several",
        "few",
        "hundred",
        "minus",
        "c",
        "hk",
        "usd",
        "eur",
        "gbp",
        "rmb",
        "cny",
        "negative",
        "between",
        "-",
        "−",
        ".",
        "us",
        "u.s.",
    }
)
_ASCII_DIGITS = frozenset("0123456789")
_LOWER_CODES = frozenset({"usd", "eur", "gbp", "rmb", "cny", "jpy", "chf"})
_LOOKBACK = 5  # the longest modifier + currency prefix before a number ("no more than US $ 5")
_NUMBER_WORDS = frozenset(
    set(SMALL)
    | set(TENS)
    | {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions"}
    | {"trillion", "dozen", "dozens", "half", "quarter", "scores", "lakh", "crore", "few", "several", "tens"}
    | set(DENOMINATORS)
    | _LOWER_CODES
)
_HYPHENS = frozenset({"-", "‐", "‑", "–", "—"})
_RANGE_WORDS = frozenset({"to", "-", "–", "—", "and"})
_PERCENT_WORDS = {
    ("percent",): "percent",
    ("per", "cent"): "percent",
    ("pct",): "percent",
    ("percentage", "points"): "percentage_point",
    ("percentage", "point"): "percentage_point",
}
_TIME_OF_DAY = frozenset({"am", "pm", "a.m", "p.m", "a.m.", "p.m.", "o'clock", "gmt", "utc", "hrs", "hours"})
_ELIDED = frozenset({"wounded", "injured", "dead", "killed", "missing", "hurt", "arrested", "displaced"})
_UNIT_LEAD = frozenset(
    {
        "square",
        "sq",
        "cubic",
        "metric",
        "nautical",
        "degrees",
        "degree",
        "fluid",
        "short",
        "long",
        "°",
        "º",
        "kilowatt",
        "megawatt",
        "gigawatt",
        "terawatt",
        "watt",
        "miles",
        "kilometres",
        "kilometers",
        "km",
        "feet",
        "meters",
        "metres",
        "light",
    }
)
_OPEN = frozenset("([{<")
_CLOSE = frozenset(")]}>")
_SPACED_SYMBOLS = frozenset({"m", "t", "g", "l", "L", "kt", "ha", "yd", "mi"})
_AFTER_SYMBOL = frozenset(
    {"x", "by", "long", "tall", "wide", "high", "deep", "in", "of", "and", "or", "away"}
)
_MEASURE_ADJECTIVES = frozenset("thick long wide tall high deep across in diameter".split())
_FEET = frozenset({"ft", "foot", "feet"})
_INCHES = frozenset({"in", "inch", "inches", '"', "″"})
_SPACED_PREFIXES = {"c": "CAD", "hk": "HKD"}
_ONE_IDIOM_AFTER = frozenset("another day you time who which that thing way hand".split())
_POST_MODIFIERS = {
    ("or", "more"): "at_least",
    ("or", "so"): "approx",
    ("or", "less"): "at_most",
    ("or", "fewer"): "at_most",
    ("plus",): "at_least",
    ("-", "plus"): "at_least",  # "30-plus": the shared tokens split the hyphen off
    ("+",): "at_least",  # "30+ people"
}


_Phrases = tuple[tuple[tuple[str, ...], str], ...]


def _by_first(table: dict[tuple[str, ...], str]) -> MappingProxyType[str, _Phrases]:
    """A phrase table indexed by its first word, phrases in their order (tries only those that can match)."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, name in table.items():
        index.setdefault(key[0], []).append((key, name))
    return MappingProxyType({first: tuple(items) for first, items in index.items()})


_PERCENT_BY_FIRST = _by_first(_PERCENT_WORDS)
_POST_BY_FIRST = _by_first(_POST_MODIFIERS)


@attrs.frozen
class Found:
    """A recognised amount with its word indexes, before it becomes a :class:`Quantity`."""

    start: int
    end: int
    core_start: int  # where the number (or currency sign) starts, after the modifier
    number_start: int  # the first number alone (no modifier, sign, unit): for number-only scoring
    number_end: int
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    modifier: str | None
    unit: str | None
    unit_text: str | None
    kind: str
    low_inclusive: bool = True
    high_inclusive: bool = True
    counted: tuple[int, int] | None = None
    extra_numbers: tuple[tuple[int, int, Fraction], ...] = ()


def _out(x: Fraction | None) -> int | float | None:
    """A Fraction as int when integral, else float (JSON-friendly)."""
    if x is None:
        return None
    if x.denominator == 1:
        return int(x)
    return float(x)


def to_quantity(text: str, f: Found, counted: Span | None = None) -> Quantity:
    """The contract's Quantity for a Found."""
    return Quantity(
        start=f.start,
        end=f.end,
        text=text[f.start : f.end],
        value=_out(f.value),
        low=_out(f.low),
        high=_out(f.high),
        modifier=f.modifier,
        unit=f.unit,
        counted=counted,
        unit_text=f.unit_text,
        low_inclusive=f.low_inclusive,
        high_inclusive=f.high_inclusive,
        kind=f.kind,
    )


class _Scanner:
    """One scan of one text (holds the words and the results so far; not shared)."""

    def __init__(self, words: Words) -> None:
        self.w = words
        self.n = len(words)
        self.cur = currencies()
        self.found: list[Found] = []

    # -- pieces -------------------------------------------------------------------------------
    def modifier(self, i: int) -> tuple[str, tuple[str, ...], int] | None:
        """A modifier phrase at ``i`` -> (modifier, words, index after)."""
        w = self.w
        if w.lower[i] not in MODIFIERS_FIRST:
            return None  # every phrase starts with one of these words: no slicing for the others
        for size in range(min(_MAX_MODIFIER, self.n - i), 0, -1):
            key = w.lower[i : i + size]
            name = MODIFIERS.get(key)
            if name is not None:
                return name, key, i + size
        return None

    def currency_prefix(self, i: int) -> tuple[str, int] | None:
        """A currency sign or code before a number at ``i`` -> (ISO code, index after)."""
        w = self.w
        if i >= self.n:
            return None
        t = w.texts[i]
        # "US$", "HK$", "C$": letters glued to "$"
        if i + 1 < self.n and w.gap(i + 1) == 0 and w.texts[i + 1] in ("$",):
            sym = self.cur.symbols.get(t + "$") or self.cur.symbols.get(t.upper() + "$")
            if sym is None and t.lower() in ("usd", "u.s", "us"):
                sym = "USD"
            if sym is None and t.upper() in self.cur.codes:
                sym = self.cur.codes[t.upper()]
            if sym is None and t.upper() == "MEX":
                sym = "MXN"
            if sym is not None:
                return sym, i + 2
        if i + 1 < self.n and w.gap(i + 1) == 1 and w.texts[i + 1] == "$" and t in _SPACED_PREFIXES:
            return _SPACED_PREFIXES[t], i + 2  # "c $ 16.4 million" (tokenised newswire)
        if t in self.cur.symbols and (not t.isascii() or not t.isalpha()):
            return self.cur.symbols[t], i + 1
        if (t in self.cur.codes and t.isupper()) or t in _LOWER_CODES:
            return self.cur.codes[t.upper()], i + 1
        return None

    def currency_suffix(self, i: int, names_only: bool = False) -> tuple[str, int, bool] | None:
        """A currency name, code or sign after a number at ``i`` -> (code, last index, ambiguous)."""
        w = self.w
        n = self.n
        if i >= n or w.gap(i) > 2:
            return None
        if w.texts[i] in _HYPHENS and w.gap(i) == 0 and i + 1 < n and w.gap(i + 1) == 0:
            found = self.currency_suffix(i + 1, names_only=True)  # "12-cent", "one-yen"
            return found if found is not None and not found[2] else None
        t = w.texts[i]
        if not names_only:
            if t in self.cur.symbols and (not t.isascii() or not t.isalpha()):
                if not (i + 1 < n and w.gap(i + 1) <= 1 and w.is_digits(i + 1)):
                    return self.cur.symbols[t], i, False  # "10 €" (not "1 $10")
            if t.upper() in self.cur.codes and (t.isupper() or w.gap(i) == 0 or t in _LOWER_CODES):
                return self.cur.codes[t.upper()], i, False
        sizes = range(min(self.cur.name_words, n - i), 0, -1) if w.lower[i] in _currency_name_firsts() else ()
        for size in sizes:
            key = " ".join(w.lower[i : i + size])
            code = self.cur.names.get(key)
            if code is not None:
                return code, i + size - 1, False
        if w.lower[i] in ("pound", "pounds"):
            if i + 1 < n and w.lower[i + 1] == "sterling":
                return "GBP", i + 1, False
            return "GBP", i, True
        return None

    def cents(self, k: int, code: str) -> tuple[Fraction, int] | None:
        """ "50 cents" / "and forty-five cents" after an amount in dollars or euros -> (value, last)."""
        w = self.w
        if code not in ("USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"):
            return None
        if k < self.n and w.lower[k] == "and":
            k += 1
        if k >= self.n or w.gap(k) > 2:
            return None
        num = parse_number(w, k)
        if num is None or num.value is None or not 0 <= num.value < 100:
            return None
        j = num.last + 1
        if j < self.n and w.lower[j] in ("cents", "cent", "c") and w.gap(j) <= 1:
            return num.value / 100, j
        return None

    def unit(self, i: int) -> tuple[str, str, int, str] | None:
        """A percent sign/word or a pint unit at ``i`` -> (unit, kind, last index, surface)."""
        w = self.w
        if i >= self.n:
            return None
        t = w.texts[i]
        gap = w.gap(i)
        if t == "%" and gap <= 1:
            return "percent", "percent", i, t
        if gap > 2:
            return None
        for key, unit in _PERCENT_BY_FIRST.get(w.lower[i], ()):
            if w.lower[i : i + len(key)] == key:
                return unit, "percent", i + len(key) - 1, w.text[w.starts[i] : w.ends[i + len(key) - 1]]
        first = i
        glued = gap == 0
        if t in _HYPHENS and gap == 0 and i + 1 < self.n and w.gap(i + 1) == 0:
            first = i + 1  # "six-mile", "3-inch"
            glued = False
        elif (
            t in _OPEN
            and i + 2 < self.n
            and w.texts[i + 2] in _CLOSE
            and w.gap(i + 1) == 0
            and w.gap(i + 2) == 0
        ):
            info = resolve_unit(w.texts[i + 1], True)  # "20 (kg)"
            if info is not None and info.kind != "duration":
                return info.unit, info.kind, i + 2, w.text[w.starts[i] : w.ends[i + 2]]
            return None
        elif gap == 1 and t in _SPACED_SYMBOLS:
            following = w.texts[i + 1] if i + 1 < self.n else ""
            joined = i + 2 < self.n and w.gap(i + 2) == 0 and w.gap(i + 1) == 0
            if (not following[:1].isalpha() and not joined) or following.lower() in _AFTER_SYMBOL:
                glued = True  # "1 m x 1 m", "12 m long"
        if first >= self.n or not (w.texts[first][:1].isalpha() or w.texts[first][:1] in "°º\"'"):
            return None
        if w.lower[first] == "in" and w.gap(first) == 1 and first + 1 < self.n:
            if w.lower[first + 1] in _MEASURE_ADJECTIVES:  # "2 in thick"
                return "in", "dimension", first, w.texts[first]
            return None
        if w.lower[first] in COUNTED_STOP and w.lower[first] != "per":
            return None
        # longest candidate first: up to 4 words when the first is a unit lead word or glued to "/"
        limit = first
        first_joined = self.n  # the first word after ``first`` that is "/" or glued to the one before it
        while limit + 1 < self.n and limit - first < 3:
            step = limit + 1
            step_gap = w.gap(step)
            if step_gap > 1:
                break
            piece = w.texts[step]
            if not (
                piece[:1].isalpha() or piece in ("/", "^") or (len(piece) == 1 and piece in _ASCII_DIGITS)
            ):
                break
            if first_joined == self.n and (piece == "/" or step_gap == 0):
                first_joined = step
            limit = step
        lead = w.lower[first] in _UNIT_LEAD
        for last in range(limit, first - 1, -1):
            if last > first and not lead and first_joined > last:  # no "/" and nothing glued up to ``last``
                if not (last == first + 2 and w.lower[first + 1] in ("per", "an", "a")):
                    continue
            surface = w.text[w.starts[first] : w.ends[last]]
            info = resolve_unit(surface, glued)
            if info is not None:
                return info.unit, info.kind, last, surface
        if w.texts[first] in ("°", "º"):
            return "degree", "temperature", first, w.texts[first]
        return None

    def ratio(self, num: Num, after: int) -> Num | None:
        """ "one in five", "1 out of 3", "one over three": a ratio read as a fraction."""
        w = self.w
        n = self.n
        if num.value is None or after >= n or num.value.denominator != 1:
            return None
        k = after
        word = w.lower[k]
        if word == "out" and k + 1 < n and w.lower[k + 1] == "of":
            k += 1
        elif word not in ("in", "over"):
            return None
        den = parse_number(w, k + 1)
        if den is None or den.value is None or den.value == 0 or den.value.denominator != 1:
            return None
        if den.plain and 1000 <= den.value <= 2099:
            return None  # "5 in 2011"
        nxt = w.lower[den.last + 1] if den.last + 1 < n else ""
        if nxt and ((nxt[:1].isalnum() and word == "over") or resolve_unit(nxt) is not None):
            return None  # "$2000 over 3 years", "1 in 3 years"
        if word != "over" and not (num.value < den.value and num.value <= 10):
            return None
        value = num.value / den.value
        return attrs.evolve(num, last=den.last, value=value, low=value, high=value, plain=False)

    def _hyphen_compound(self, k: int) -> bool:
        """Whether word ``k`` is a hyphen gluing the number to a following word ("two-tier")."""
        w = self.w
        if not (k + 1 < self.n and w.texts[k] in _HYPHENS and w.gap(k) == 0 and w.gap(k + 1) == 0):
            return False
        following = w.lower[k + 1]
        return following[:1].isalpha() and following not in ("strong", "plus", "odd", "something")

    def _counts(self, num: Num) -> bool:
        """Whether a unit or a counted noun follows ``num`` (it is an amount, not a score or a day)."""
        k = num.last + 1
        if self.unit(k) is not None or self.currency_suffix(k) is not None:
            return True
        return self.counted(k, num.value, False) is not None

    def unit_range(self, k: int, unit: str, between: bool) -> tuple[Num, int] | None:
        """The second half of a range written with its unit twice -> (its number, last index)."""
        w = self.w
        if k + 1 >= self.n or w.lower[k] not in _RANGE_WORDS or (w.lower[k] == "and") != between:
            return None
        if w.lower[k] in _HYPHENS and w.gap(k) != w.gap(k + 1):
            return None
        cand = parse_number(w, k + 1)
        if cand is None or cand.value is None:
            return None
        u = self.unit(cand.last + 1)
        if u is None or u[0] != unit:
            return None
        return cand, u[2]

    def inches(self, k: int) -> tuple[Fraction, int] | None:
        """ "2 inches" / "and 2 in" after a number of feet -> (inches, last index)."""
        w = self.w
        if k < self.n and w.lower[k] == "and":
            k += 1
        if k >= self.n or w.gap(k) > 2:
            return None
        num = parse_number(w, k)
        if num is None or num.value is None or not 0 <= num.value < 12:
            return None
        j = num.last + 1
        if j < self.n and w.gap(j) <= 1 and w.lower[j] in _INCHES:
            return num.value, j
        return None

    # -- filters ------------------------------------------------------------------------------
    def name_or_date(self, num: Num, has_unit: bool, has_counted: bool) -> bool:
        """Whether a number is a name, reference, date, year, time or ordinal (not an amount)."""
        w = self.w
        i, last = num.first, num.last
        n = self.n
        if num.negative:
            return False
        if num.digits:
            # "Su-25", "F-16", "COVID-19": a number glued to a word by a hyphen
            if i >= 2 and w.gap(i) == 0 and w.texts[i - 1] in _HYPHENS and w.gap(i - 1) == 0:
                if w.texts[i - 2][-1:].isalnum():
                    return True
            if i >= 1 and w.gap(i) == 0 and (w.texts[i - 1][-1:].isalnum() or w.texts[i - 1] in ("#", "+")):
                return True
            nxt = last + 1
            if nxt < n and w.gap(nxt) == 0:
                t = w.texts[nxt]
                if t in ORDINAL_SUFFIXES:
                    return True  # "4th", "1960s"
                if t in _HYPHENS and nxt + 1 < n and w.gap(nxt + 1) == 0 and w.is_digits(nxt + 1):
                    if num.plain and (len(w.texts[nxt + 1]) >= 3 or len(w.texts[i]) == 4):
                        return True  # phone numbers, "2013-14", ISO dates
            if i >= 1 and w.texts[i - 1] in _HYPHENS and i >= 2 and w.is_digits(i - 2) and w.gap(i) == 0:
                if len(w.texts[i - 2]) >= 3 or len(w.texts[i]) >= 3:
                    return True  # the tail of a phone number or date
            # times of day
            if nxt < n and w.lower[nxt].rstrip(".") in _TIME_OF_DAY and w.gap(nxt) <= 1:
                if w.lower[nxt].rstrip(".") not in ("hours", "hrs") or len(w.texts[i]) == 4:
                    return True
        # dates: "March 2011", "Feb. 3", "3 March", "May 4th"
        k = i - 1
        if k >= 0 and w.texts[k] == "." and k >= 1:
            k -= 1
        if k >= 0 and w.lower[k] in MONTHS and (w.texts[k][:1].isupper() or w.lower[k] == "sept"):
            if num.value is not None and num.plain:
                return True
        if last + 1 < n and w.lower[last + 1] in MONTHS and w.texts[last + 1][:1].isupper():
            if num.value is not None and num.plain and num.value <= 31 and not has_unit:
                return True
        if last + 2 < n and w.lower[last + 1] == "of" and w.lower[last + 2] in MONTHS:
            if num.plain and not has_unit:
                return True
        # designations: "Resolution 2254", "Article 5", "Flight 370", "Voyager 2", "number eight"
        if not num.digits and not has_unit and not has_counted and i >= 1 and w.lower[i - 1] in DESIGNATORS:
            return True
        if num.plain and not has_unit and i >= 1:
            prev = w.lower[i - 1]
            prev_k = i - 1
            if prev == "." and i >= 2:
                prev, prev_k = w.lower[i - 2], i - 2
            if prev in DESIGNATORS and not has_counted:
                return True
            prev_text = w.texts[prev_k]
            if (
                prev_text[:1].isupper()
                and prev not in NOT_DESIGNATOR
                and prev not in MODIFIERS_FIRST
                and prev not in MONTHS
                and not has_counted
                and w.gap(i) <= 1
                and prev_text.isalpha()
            ):
                return True
        # years: a bare 4-digit number from 1000 to 2099 with no unit and no counted noun
        if num.plain and not has_unit and num.value is not None and 1000 <= num.value <= 2099:
            if len(w.texts[i]) == 4 and not has_counted:
                return True
        return False

    # -- counted noun -------------------------------------------------------------------------
    def counted(self, after: int, value: Fraction | None, vague: bool) -> tuple[int, int] | None:
        """The counted noun after an amount ending before word ``after`` -> (first, last) or None."""
        w = self.w
        n = self.n
        k = after
        if (
            k < n
            and w.lower[k] == "of"
            and (vague or (k + 1 < n and w.lower[k + 1] not in ("the", "them", "us", "a")))
        ):
            k += 1
            if vague is False:
                return None
        head: int | None = None
        taken = 0
        while k < n and taken < 3:
            t = w.texts[k]
            low = w.lower[k]
            if w.gap(k) > 2 and taken:
                break
            if t in _HYPHENS and taken and k + 1 < n and w.gap(k) == 0 and w.gap(k + 1) == 0:
                k += 1
                continue
            if not t.isalpha() or low in COUNTED_STOP:
                break
            plural = low in IRREGULAR_PLURALS or (
                len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "ous"))
            )
            if plural and value == 1 and taken == 0:
                break  # "one costs": a verb, not a noun counted by one
            if plural:
                head = k
            elif value == 1 and taken == 0 and not low.endswith(("ly", "ed", "ing")):
                head = k
            if low.endswith(("ed", "ing")) and taken:
                break
            taken += 1
            k += 1
        if head is None:
            return None
        return head, head

    # -- the scan -----------------------------------------------------------------------------
    def match(self, i: int) -> tuple[Found | None, int]:
        """Try to read an amount at word ``i`` -> (Found or None, index to resume from)."""
        w = self.w
        n = self.n
        j = i
        mod = self.modifier(i)
        mod_name: str | None = None
        mod_words: tuple[str, ...] = ()
        between = False
        if mod is not None:
            mod_name, mod_words, j = mod
        elif w.lower[i] == "between":
            between = True
            j = i + 1
        core_start = j
        prefix = self.currency_prefix(j)
        code: str | None = None
        if prefix is not None:
            code, j = prefix
        num = parse_number(w, j, currency=code is not None)
        if num is None:
            return None, i + 1
        if (
            num.digits
            and j + 1 <= num.first
            and w.texts[num.first - 1] in ("-", "−")
            and w.gap(num.first) == 0
        ):
            pass
        first_num = num
        after = num.last + 1
        ratio = self.ratio(num, after) if code is None and mod_name is None and not between else None
        if ratio is not None:
            num = first_num = ratio
            after = num.last + 1
        # a range: "between 3,000 and 5,000", "10 to 15", "10-15", "$3m-$5m"
        second: Num | None = None
        from_to = i > 0 and w.lower[i - 1] == "from" and after < n and w.lower[after] == "to"
        if (
            after < n
            and w.lower[after] in _RANGE_WORDS
            and (w.lower[after] != "and" or between)
            and not from_to
        ):
            k = after + 1
            if w.lower[after] in _HYPHENS and (w.gap(after) == 0) != (w.gap(k) == 0):
                k = n  # "75 -300mm", "8- to 16-meter": not a range
            prefix2 = self.currency_prefix(k) if code is not None else None
            if prefix2 is not None and prefix2[0] == code:
                k = prefix2[1]
            if k < n and w.lower[k] not in ("a", "an"):
                cand = parse_number(w, k, currency=code is not None)
                if cand is not None and cand.value is not None and num.value is not None:
                    hyphen = w.lower[after] in _HYPHENS
                    if cand.value > num.value or (not hyphen and cand.value >= num.value):
                        # "1.5 to 2 million": the first takes the second's scale
                        mult = _scale_of(cand)
                        if cand.scaled and not num.scaled and mult and num.value * mult <= cand.value:
                            scaled_value = num.value * mult
                            num = attrs.evolve(num, value=scaled_value, low=scaled_value, high=scaled_value)
                        if (
                            w.lower[after] != "to"
                            or between
                            or (num.value is not None and 0 < num.value and cand.value <= 10 * num.value)
                        ):
                            second = cand  # "rose 17,000 to 4.48 million" is a change, not a range
                        if (
                            hyphen
                            and num.plain
                            and cand.plain
                            and cand.value < 100
                            and not self._counts(cand)
                        ):
                            return None, cand.last + 1  # scores ("6-3 3-6"), days ("16-18 December")
                    elif hyphen and num.plain and cand.plain:
                        return None, cand.last + 1  # a score ("3-1") or an ID
        last = (second or num).last
        # unit
        unit: str | None = None
        unit_text: str | None = None
        kind = "number"
        if code is not None:
            kind, unit = "currency", code
            suffix = self.currency_suffix(last + 1, names_only=True)
            if suffix is not None and suffix[0] == code:
                last = suffix[1]
            unit_text = w.texts[core_start] if core_start < n else None
            if core_start + 1 < num.first:
                unit_text = w.text[w.starts[core_start] : w.ends[num.first - 1]]
        else:
            tail_num = second or num
            if (
                tail_num.digits
                and last + 2 < n
                and w.texts[last + 1] == "m"
                and w.gap(last + 1) == 0
                and tail_num.value is not None
                and num.value is not None
            ):
                money = self.currency_suffix(last + 2)
                if money is not None and not money[2]:  # "160m euros": a million, not a metre
                    big = tail_num.value * 10**6
                    tail_num = attrs.evolve(
                        tail_num, last=last + 1, value=big, low=big, high=big, scaled=True
                    )
                    if second is not None:
                        second = tail_num
                        if not num.scaled and num.value * 10**6 <= big:
                            num = attrs.evolve(num, value=num.value * 10**6, low=num.value * 10**6)
                            num = attrs.evolve(num, high=num.value)
                    else:
                        num = attrs.evolve(tail_num, plain=False)
                    last += 1
            suffix = self.currency_suffix(last + 1)
            u = None
            if suffix is not None and suffix[2] and not num.scaled:
                u = self.unit(last + 1)
                suffix = None
            elif suffix is None:
                u = self.unit(last + 1)
            if suffix is not None:
                code2, end2, _ = suffix
                kind, unit = "currency", code2
                unit_text = w.text[w.starts[last + 1] : w.ends[end2]].lstrip("-")
                last = end2
                cents = self.cents(last + 1, code2) if second is None else None
                if cents is not None and num.value is not None and num.value.denominator == 1:
                    num = attrs.evolve(num, value=num.value + cents[0])
                    num = attrs.evolve(num, low=num.value, high=num.value)
                    last = cents[1]
            elif u is not None:
                unit, ukind, ulast, surface = u
                if ukind == "duration":
                    return None, ulast + 1
                if ulast + 1 < n and w.gap(ulast + 1) == 0 and w.texts[ulast + 1][:1].isalnum():
                    return None, ulast + 2  # "24703m212": an identifier
                kind = ukind
                unit_text = surface.lstrip("-")
                last = ulast
                if unit == "ft" and second is None:
                    inches = self.inches(last + 1)
                    if inches is not None and num.value is not None:
                        num = attrs.evolve(num, value=num.value + inches[0] / 12)
                        num = attrs.evolve(num, low=num.value, high=num.value)
                        last = inches[1]
                if unit == "deg" and self._temperature_context(i):
                    kind = "temperature"
            elif w.gap(last + 1) <= 1 and last + 1 < n and w.texts[last + 1] in _HYPHENS:
                # "6-year-old", "two-day": durations and ages written with hyphens
                if last + 2 < n and w.gap(last + 2) == 0:
                    info = resolve_unit(w.texts[last + 2])
                    if info is not None and info.kind == "duration":
                        return None, last + 3
        if unit is None and second is None and self._hyphen_compound(num.last + 1):
            return None, num.last + 3  # "two-handed", "a quarter-final", "200-page": part of a word
        if num.digits and w.gap(num.last + 1) == 0 and num.last + 1 < n and unit is None:
            t = w.texts[num.last + 1]
            if t[:1].isalpha() and t not in ORDINAL_SUFFIXES:
                return None, num.last + 2  # "180xyz": glued letters we do not understand
        if second is None and unit is not None and kind != "currency" and num.value is not None:
            unit_range = self.unit_range(last + 1, unit, between)
            if unit_range is not None:  # "44 mg to 50 mg", "10% to 15%", "between 2 km and 3 km"
                second, last = unit_range
        if between and second is None:
            return None, i + 1
        # post-modifier: "or more", "or so", "100-plus"
        post: str | None = None
        posts = _POST_BY_FIRST.get(w.lower[last + 1], ()) if last + 1 < n and mod_name is None else ()
        for key, name in posts if second is None else ():
            if w.lower[last + 1 : last + 1 + len(key)] == key:
                if key[0] in ("+", "-") and w.starts[last + 1] != w.ends[last]:
                    continue  # "30+" and "30-plus" are glued; "3 + 4" is arithmetic
                post = name
                last += len(key)
                break
        vague = num.value is None
        counted = None
        if kind == "number":
            counted = self.counted(last + 1, num.value, vague)
            if counted is not None and post is None and mod_name is None and second is None:
                # "100 villages or more": the post-modifier after the counted noun (span stays "100")
                k = counted[1] + 1
                for key, name in _POST_BY_FIRST.get(w.lower[k], ()) if k < n else ():
                    if w.lower[k : k + len(key)] == key and key[0] == "or":
                        post = name
                        break
        if counted is not None and vague and counted[0] == last + 2 and w.lower[last + 1] == "of":
            money = self.currency_suffix(counted[0])
            if money is not None:  # "billions of dollars", "millions of pounds"
                kind, unit, unit_text = "currency", money[0], w.text[w.starts[counted[0]] : w.ends[money[1]]]
                counted = None
                last = money[1]
        if self.name_or_date(first_num, unit is not None, counted is not None):
            return None, max(last, num.last) + 1
        if code is None and unit is None and num.value == 1 and self._pronoun_one(num, counted is not None):
            return None, num.last + 1
        # values and bounds
        value, low, high = num.value, num.low, num.high
        low_inc = high_inc = True
        modifier = mod_name or post
        if second is not None:
            value, modifier = None, "range"
            low, high = num.value, second.value
            if low is not None and high is not None and high < low:
                low, high = high, low
        elif modifier == "over":
            low, high, low_inc = value, None, False
        elif modifier == "under":
            low, high, high_inc = None, value, False
        elif modifier == "at_least":
            low, high = (value, None) if not vague else (low, None)
        elif modifier == "at_most":
            low, high = (None, value) if not vague else (None, high)
        elif modifier == "approx":
            if mod_words in BELOW_APPROX:
                low, high, high_inc = None, value, False
            elif not vague:
                low = high = None
        start = w.starts[i]
        end = w.ends[last]
        extra: tuple[tuple[int, int, Fraction], ...] = ()
        if second is not None and second.value is not None:
            extra = ((w.starts[second.first], w.ends[second.last], second.value),)
        found = Found(
            start=start,
            end=end,
            core_start=w.starts[core_start],
            number_start=w.starts[first_num.first],
            number_end=w.ends[first_num.last],
            value=value,
            low=low,
            high=high,
            modifier=modifier,
            unit=unit,
            unit_text=unit_text,
            kind=kind,
            low_inclusive=low_inc,
            high_inclusive=high_inc,
            counted=counted,
            extra_numbers=extra,
        )
        return found, last + 1

    def _temperature_context(self, i: int) -> bool:
        """Whether "degrees" near word ``i`` is a temperature (the sentence talks about heat)."""
        lo = max(0, self.w.starts[i] - 120)
        window = self.w.text[lo : self.w.starts[i]].lower()
        return any(k in window for k in ("temperat", "weather", "heat", "cold", "warm", "degrees celsius"))

    def _pronoun_one(self, num: Num, has_counted: bool) -> bool:
        """ "one of the", "the one", "on the one hand": the pronoun "one", not an amount.

        A bare "one" with no unit and no counted noun is left out (precision first).
        """
        w = self.w
        if num.first != num.last or w.lower[num.first] != "one":
            return False
        nxt = w.lower[num.last + 1] if num.last + 1 < self.n else ""
        return nxt in _ONE_IDIOM_AFTER or not has_counted

    def scan(self) -> list[Found]:
        """Read every amount of the text, left to right (only near words that can be numbers).

        The number-like words are listed first (number words and caseless signs by a set lookup
        mapped over the lower-cased words, words starting with a digit as recorded by
        :func:`split_words`; a cased sign such as "US$" needs a slower pass), and the scan jumps
        from one to the next: most words are more than ``_LOOKBACK`` words away from any number.
        """
        w = self.w
        n = self.n
        cur = self.cur
        texts = w.texts
        lower = w.lower
        caseless, cased = _number_like()
        if cased.isdisjoint(texts):  # the usual case: C-level passes only
            nums = sorted([*compress(range(n), map(caseless.__contains__, lower)), *w.digit_words])
        else:
            nums = [
                k for k, t in enumerate(texts) if lower[k] in caseless or t in cased or t[0] in _ASCII_DIGITS
            ]
        nums.append(n + _LOOKBACK)  # a sentinel: no number ahead
        p = 0
        i = 0
        while i < n:
            while nums[p] < i:
                p += 1
            ahead = nums[p]
            if ahead - i > _LOOKBACK:
                i = ahead - _LOOKBACK
                continue
            t = texts[i]
            if t in ("-", "−", ".") and not w.is_digits(i + 1):
                i += 1
                continue
            if not (
                t[0] in _ASCII_DIGITS
                or lower[i] in _TRIGGER_WORDS
                or t in cur.symbols
                or t in cur.codes
                or t in VULGAR
                or (i + 1 < n and texts[i + 1] == "$")
            ):
                i += 1
                continue
            if (
                len(t) == 4
                and "1000" <= t <= "2099"
                and t.isascii()
                and t.isdigit()
                and (i + 1 == n or texts[i + 1] in _year_enders())
            ):
                i += 1  # "in 2004.": a year ending a clause, which match() would read and reject
                continue
            found, nxt = self.match(i)
            if found is not None:
                self.found.append(found)
            i = max(nxt, i + 1)
        return self.found


@lru_cache(maxsize=1)
def _currency_name_firsts() -> frozenset[str]:
    """The first words of the currency names (a word that is none of them starts no name)."""
    return frozenset(name.split(" ")[0] for name in currencies().names)


@lru_cache(maxsize=1)
def _year_enders() -> frozenset[str]:
    """Punctuation after which a bare year ("in 2004," "since 1999.") is skipped without a match.

    For a plain 4-digit number from 1000 to 2099 followed by one of these (or by the end of the
    text), :meth:`_Scanner.match` reads no modifier, sign, scale, range, ratio, unit, currency,
    post-modifier or counted noun, and its name/date filter then rejects the number as a year,
    resuming at the next word.  A year is the most frequent number of news text, so the scan skips
    that work; the tables are checked here so that an entry added to one of them turns it off.
    tests/quantities/test_scan.py checks that match() still says the same.
    """
    cur = currencies()
    tables = (
        ORDINAL_SUFFIXES, SCALE_SUFFIXES, SCALE_WORDS, SPACED_SCALES, DOZEN, VULGAR, cur.symbols, cur.codes,
        _currency_name_firsts(), _POST_BY_FIRST, _PERCENT_BY_FIRST, _RANGE_WORDS, _HYPHENS, _OPEN,
        _SPACED_SYMBOLS, _TIME_OF_DAY,
    )  # fmt: skip
    return frozenset(p for p in (",", ".") if not any(p in table or p.upper() in table for table in tables))


@lru_cache(maxsize=1)
def _number_like() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a number nearby: (compared lower-cased, compared as written).

    Number words are compared lower-cased; signs (vulgar fractions, currency symbols) as written,
    but those with no letter case ("$", "½") can be looked up among the lower-cased words too, so
    that the scan needs the written form only when a text holds a cased symbol such as "US$".
    """
    signs = set(VULGAR) | set(currencies().symbols)
    caseless = {s for s in signs if s.lower() == s and s.upper() == s}
    return frozenset(_NUMBER_WORDS | caseless), frozenset(signs - caseless)


def _scale_of(num: Num) -> int:
    """The multiplier a scaled number carries (1.5 million -> 10**6), guessed from its value."""
    if num.value is None:
        return 0
    for scale in (10**12, 10**9, 10**6, 10**3, 100):
        if abs(num.value) >= scale:
            return scale
    return 0


def _elided_counted(words: Words, found: list[Found]) -> list[tuple[int, int] | None]:
    """Counted nouns, with elision: "211 civilians were killed and 1,447 wounded" -> civilians."""
    out: list[tuple[int, int] | None] = []
    prev: Found | None = None
    prev_counted: tuple[int, int] | None = None
    for f in found:
        counted = f.counted
        if counted is None and f.kind == "number" and prev is not None and prev_counted is not None:
            between = words.text[prev.end : f.start]
            tail = words.text[f.end : f.end + 12].strip().lower() or "-"
            if (
                len(between) < 60
                and not any(c in between for c in ".;!?")
                and (" and " in between or "," in between)
                and tail.split()[0].rstrip(",.;") in _ELIDED
            ):
                counted = prev_counted
        out.append(counted)
        if f.kind == "number":
            prev, prev_counted = f, counted
    return out


def recognise(text: str, tokens: Sequence[Token]) -> list[tuple[Found, tuple[int, int] | None]]:
    """Every amount of ``text`` with its counted noun's character span (or None)."""
    words = split_words(text, tokens)
    found = _Scanner(words).scan()
    counted = _elided_counted(words, found)
    out = []
    for f, c in zip(found, counted, strict=True):
        span = (words.starts[c[0]], words.ends[c[1]]) if c is not None else None
        out.append((f, span))
    return out


def find_numbers(text: str, tokens: Sequence[Token]) -> list[tuple[int, int, Fraction]]:
    """The numbers alone (no modifier, unit or range), measurements left out, for number-only scoring."""
    out = []
    for f, _ in recognise(text, tokens):
        if f.kind in ("dimension", "temperature"):
            continue
        value = f.value if f.value is not None and f.modifier != "range" else f.low
        if f.value is None and f.modifier != "range":
            continue
        if value is not None:
            out.append((f.number_start, f.number_end, value))
        out.extend(f.extra_numbers)
    return out


MODIFIERS_FIRST = frozenset(k[0] for k in MODIFIERS)
