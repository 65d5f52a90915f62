"""The pieces an amount is read from: modifier, currency sign or name, unit, range end, counted noun.

The word tables of the scan, and :class:`_Reader`, the methods that read one piece at a word of
the text (each says where the piece ends); :class:`~newsparse_quantities.scanner._Scanner` puts
them together.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from fractions import Fraction
from functools import lru_cache
from typing import Final

from .counted_words import (
    ADJECTIVE_ENDINGS,
    ADVERBS,
    AFTER_HEAD,
    FUNCTION,
    NOT_ATTRIBUTIVE,
    NOT_COMPOUND,
    NOT_MEN,
    OF_DETERMINERS,
    initial_of_name,
    inner_skip,
    new_paragraph,
    past_superlative,
    verb_after_one,
)
from .countries import country_currency, country_currency_names
from .days import bare_year, listed_days
from .designations import after_dialling_code, chart_rank, long_code, spaced_phone
from .found import Found, replaced
from .lexicon import (
    CHANGE_AFTER_POINT,
    COUNTED_STOP,
    DENOMINATORS,
    DESIGNATORS,
    IRREGULAR_PLURALS,
    MODIFIERS,
    MONTHS,
    NOT_DESIGNATOR,
    ORDINAL_SUFFIXES,
    PLURAL_MODIFIERS,
    POSSESSIVE_MARKS,
    SMALL,
    TENS,
    UNIT_LEAD,
    currencies,
    is_title_unit_word,
    plural_in_s,
    singular_head,
)
from .numbers import Num, Words, parse_number
from .pence import pence_glued
from .phones import phone_group
from .reader_tables import (
    AFTER_SYMBOL,
    CLOSE,
    INCHES,
    MEASURE_ADJECTIVES,
    OPEN,
    OVER_AS_PREPOSITION,
    PERCENT_BY_FIRST,
    SPACED_PREFIXES,
    SPACED_SYMBOLS,
    TIME_OF_DAY,
    TORQUE,
    TORQUE_FIRST,
)
from .scorecards import scorecard_runs
from .units import resolve_unit
from .windows import window_end

_MAX_MODIFIER: Final = max(len(k) for k in MODIFIERS)
_TRIGGER_WORDS: Final = frozenset(
    {w[0] for w in MODIFIERS}
    | set(SMALL)
    | set(TENS)
    | {"a", "an", "half", "quarter", "dozens", "hundreds", "thousands", "millions", "billions", "tens"}
    | set("scores several few hundred minus c hk usd eur gbp rmb cny negative between - − . us u.s.".split())
)
_ASCII_DIGITS: Final = frozenset("0123456789")
_LOWER_CODES: Final = frozenset({"usd", "eur", "gbp", "rmb", "cny", "jpy", "chf"})
_LOOKBACK: Final = 5  # the longest modifier + currency prefix before a number ("no more than US $ 5")
_NUMBER_WORDS: Final = frozenset(
    set(SMALL)
    | set(TENS)
    | {"hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions"}
    | {"trillion", "dozen", "dozens", "half", "quarter", "scores", "lakh", "crore", "few", "several", "tens"}
    | set(DENOMINATORS)
    | _LOWER_CODES
)
_HYPHENS: Final = frozenset({"-", "‐", "‑", "–", "—"})
_RANGE_WORDS: Final = frozenset({"to", "-", "–", "—", "and", "or"})

_COUNTRY_NAMES: Final = country_currency_names()  # names whose code the article's country picks


class _Reader:
    """The piece readers of one scan of one text (the words, the results so far; not shared)."""

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
        if w.lower[i] == "over" and i >= 1 and w.lower[i - 1] in OVER_AS_PREPOSITION:
            return None  # "wrangled over three core issues": what they wrangled about, not "more than"
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
        dollar = i + 1 < self.n and w.texts[i + 1] == "$"
        if not dollar and t[:1] in _ASCII_DIGITS:
            return None  # (most calls: a number) no sign, code or "$" prefix starts with a digit
        # "US$", "HK$", "C$": letters glued to "$"
        if dollar and w.gap(i + 1) == 0:
            sym = self.cur.symbols.get(t + "$") or self.cur.symbols.get(t.upper() + "$")
            if sym is None and str.lower(t) in ("usd", "u.s", "us"):
                sym = "USD"
            if sym is None and t.upper() in self.cur.codes:
                sym = self.cur.codes[t.upper()]
            if sym is None and t.upper() == "MEX":
                sym = "MXN"
            if sym is not None:
                return sym, i + 2
        if dollar and t in SPACED_PREFIXES and w.gap(i + 1) == 1:
            return SPACED_PREFIXES[t], i + 2  # "c $ 16.4 million" (tokenised newswire)
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
            code = self.cur.codes.get(t.upper()) if len(t) <= 3 else None  # (an ISO code: three letters)
            if code is not None and (t.isupper() or w.gap(i) == 0 or t in _LOWER_CODES):
                return code, i, False
            if t == "p" and pence_glued(w, i):
                return "penny", i, False  # "slipped 3p to 245.5p": pence (not "720p" video)
        if w.lower[i] in _COUNTRY_NAMES and (code := country_currency(w, i)) is not None:
            return code, i, False  # "pesos" in a story about Colombia: COP
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
        for key, unit in PERCENT_BY_FIRST.get(w.lower[i], ()):
            if w.lower[i : i + len(key)] == key:
                return unit, "percent", i + len(key) - 1, w.text[w.starts[i] : w.ends[i + len(key) - 1]]
        if w.lower[i] in TORQUE_FIRST and i + 2 < self.n and w.lower[i : i + 3] in TORQUE:
            if w.gap(i + 1) == 0 and w.gap(i + 2) == 0:  # "295 pound-feet", "lb-ft": a torque
                return "ft*lbf", "dimension", i + 2, w.text[w.starts[i] : w.ends[i + 2]]
        first = i
        glued = gap == 0
        if t in _HYPHENS and gap == 0 and i + 1 < self.n and w.gap(i + 1) == 0:
            if w.lower[i + 1] == "bit" and w.texts[i - 1].isalpha():
                return None  # "two-bit Tories": an idiom ("32-bit" stays a measure)
            first = i + 1  # "six-mile", "3-inch"
            glued = False
        elif (
            t in OPEN
            and i + 2 < self.n
            and w.texts[i + 2] in CLOSE
            and w.gap(i + 1) == 0
            and w.gap(i + 2) == 0
        ):
            info = resolve_unit(w.texts[i + 1], True)  # "20 (kg)"
            if info is not None and info.kind != "duration":
                return info.unit, info.kind, i + 2, w.text[w.starts[i] : w.ends[i + 2]]
            return None
        elif gap == 1 and t in SPACED_SYMBOLS:
            following = w.texts[i + 1] if i + 1 < self.n else ""
            joined = i + 2 < self.n and w.gap(i + 2) == 0 and w.gap(i + 1) == 0
            if (not following[:1].isalpha() and not joined) or str.lower(following) in AFTER_SYMBOL:
                glued = True  # "1 m x 1 m", "12 m long"
        if first >= self.n or not (w.texts[first][:1].isalpha() or w.texts[first][:1] in "°º\"'"):
            return None
        if w.lower[first] == "in" and w.gap(first) == 1 and first + 1 < self.n:
            if w.lower[first + 1] in MEASURE_ADJECTIVES:  # "2 in thick"
                return "in", "dimension", first, w.texts[first]
            return None
        if w.lower[first] in COUNTED_STOP and w.lower[first] != "per":
            return None
        # longest candidate first: up to 4 words when the first is a unit lead word or glued to "/"
        limit = first
        first_joined = self.n  # the first word after ``first`` that is "/" or glued to the one before it
        while limit + 1 < self.n and limit - first < 3:
            step = limit + 1
            step_gap = w.starts[step] - w.ends[limit]  # (Words.gap, inlined: 0 < step < n)
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
        lead = w.lower[first] in UNIT_LEAD
        for last in range(limit, first - 1, -1):
            if last > first and not lead and first_joined > last:  # no "/" and nothing glued up to ``last``
                if not (last == first + 2 and w.lower[first + 1] in ("per", "an", "a")):
                    continue
            surface = w.text[w.starts[first] : w.ends[last]]
            if last == first and (
                is_title_unit_word(w.texts[first]) or (not glued and initial_of_name(w, first))
            ):
                continue  # "21 Grams", "3,367 J Ross (Essex)": a title, a name's initial
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
        return replaced(num, last=den.last, value=value, low=value, high=value, plain=False)

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

    def _second_number(self, k: int, between: bool) -> Num | None:
        """The number after a range word at ``k`` ("to", "-", "and" after "between"), if any."""
        w = self.w
        if k + 1 >= self.n or w.lower[k] not in _RANGE_WORDS or (w.lower[k] == "and") != between:
            return None
        cand = parse_number(w, k + 1)
        return None if cand is None or cand.value is None else cand

    def unit_range(self, k: int, unit: str, between: bool) -> tuple[Num, int] | None:
        """The second half of a range written with its unit twice -> (its number, last index)."""
        if k + 1 < self.n and self.w.lower[k] in _HYPHENS and self.w.gap(k) != self.w.gap(k + 1):
            return None
        cand = self._second_number(k, between)
        u = self.unit(cand.last + 1) if cand is not None else None
        if cand is None or u is None or u[0] != unit:
            return None
        return cand, u[2]

    def money_range(self, k: int, code: str, between: bool) -> tuple[Num, int] | None:
        """The second half of a range of money written with its currency name twice ("16.50 dlrs to
        17.25 dlrs") -> (its number, last index)."""
        if k < self.n and self.w.lower[k] == "or":
            return None
        cand = self._second_number(k, between)
        suffix = self.currency_suffix(cand.last + 1) if cand is not None else None
        if cand is None or suffix is None or suffix[0] != code:
            return None
        return cand, suffix[1]

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
        if j < self.n and w.gap(j) <= 1 and w.lower[j] in INCHES:
            return num.value, j
        return None

    # -- filters ------------------------------------------------------------------------------
    def _zero_padded(self, i: int) -> bool:
        """Whether the plain number at ``i`` is zero-padded or follows one ("0318 GMT", "007")."""
        w = self.w
        if len(w.texts[i]) >= 2 and w.texts[i][0] == "0" and w.texts[i].strip("0"):
            return True
        return after_dialling_code(w, i)

    def name_or_date(self, num: Num, has_unit: bool, has_counted: bool) -> bool:
        """Whether a number is a name, reference, date, year, time or ordinal (not an amount)."""
        w = self.w
        i, last = num.first, num.last
        n = self.n
        if num.negative:
            return False
        if bare_year(num, w.texts[i], has_unit or has_counted):
            return True  # a year (the commonest number of news): the last test below, made first
        if num.digits:
            if (self._zero_padded(i) or phone_group(w, i)) if num.plain else spaced_phone(w, i):
                return True
            if num.plain and i == last and len(w.texts[i]) >= 5 and long_code(w, i, has_unit or has_counted):
                return True  # "text GOODPUB to 85130": a code, not an amount
            # "Su-25", "F-16", "COVID-19": a number glued to a word by a hyphen
            if i >= 2 and w.texts[i - 1] in _HYPHENS and w.gap(i) == 0 and w.gap(i - 1) == 0:
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
                    if (
                        num.plain
                        and not has_counted
                        and not has_unit
                        and (len(w.texts[nxt + 1]) >= 3 or len(w.texts[i]) == 4)
                    ):
                        return True  # phone numbers, "2013-14", ISO dates
            if i >= 1 and w.texts[i - 1] in _HYPHENS and i >= 2 and w.is_digits(i - 2) and w.gap(i) == 0:
                if len(w.texts[i - 2]) >= 3 or len(w.texts[i]) >= 3:
                    return True  # the tail of a phone number or date
            # times of day
            if nxt < n and w.lower[nxt].rstrip(".") in TIME_OF_DAY and w.gap(nxt) <= 1:
                if w.lower[nxt].rstrip(".") not in ("hours", "hrs") or len(w.texts[i]) == 4:
                    return True
        if self._date(num, has_unit):
            return True
        if i >= 1 and w.lower[i - 1] == "top" and chart_rank(w, i, last):
            return True
        # designations: "Resolution 2254", "Article 5", "Flight 370", "Voyager 2", "number eight"
        if not num.digits and not has_unit and i >= 1 and w.lower[i - 1] in DESIGNATORS:
            if not has_counted or w.lower[i - 1] in ("number", "group"):
                return True  # ("the number one single", "a group one race" too)
        text = w.texts[i]
        version = num.digits and i == last and "." in text and "," not in text
        version = version and num.value is not None and num.value < 20
        if (num.plain or version) and not has_unit and i >= 1:  # "Firefox 1.0", "version 7.60"
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
                and not scorecard_runs(w, i)  # "(J. Crawley 106,", "Durham 326 (D. Cox": runs
            ):
                return True
        return False  # (years: tested first)

    def _date(self, num: Num, has_unit: bool) -> bool:
        """Whether a number is a day or a year of a date ("March 2011", "Feb. 3", "6 to 9 January")."""
        w = self.w
        i, last = num.first, num.last
        n = self.n
        k = i - 1
        if k >= 0 and w.texts[k] == "." and k >= 1:
            k -= 1
        if k >= 0 and w.lower[k] in MONTHS and (w.texts[k][:1].isupper() or w.lower[k] == "sept"):
            if num.value is not None and num.plain:
                return True
        if last + 1 < n and w.lower[last + 1] in MONTHS and w.texts[last + 1][:1].isupper():
            if num.value is not None and num.plain and num.value <= 31 and not has_unit:
                return True
        end = listed_days(w, last)  # "on 14, 20 and 27 April": the days before the last
        if (
            end + 3 < n
            and w.lower[end + 1] in ("to", "and", "or")
            and w.is_digits(end + 2)
            and len(w.texts[end + 2]) <= 2
            and w.lower[end + 3] in MONTHS
            and w.texts[end + 3][:1].isupper()
            and num.plain
            and num.value is not None
            and num.value <= 31
            and not has_unit
        ):
            return True  # "from 6 to 9 January": the first day of a span of days
        if last + 2 < n and w.lower[last + 1] == "of" and w.lower[last + 2] in MONTHS:
            if num.plain and not has_unit:
                return True
        return False

    # -- counted noun -------------------------------------------------------------------------
    def counted(self, after: int, value: Fraction | None, vague: bool) -> tuple[int, int] | None:
        """The counted noun after an amount ending before word ``after`` -> (first, last) or None:
        up to five words, the head the last plural ("three core issues"), for one the last word before
        a stop ("one joint system would"); after "of" ("dozens of civilians", "three of the militants")."""
        w = self.w
        n = self._reach(after)
        opened = self._counted_opening(after, value, vague, n)
        if opened is None:
            return None
        k = opened
        head: int | None = None
        taken = 0
        start = min(k, self.n - 1)
        lower, texts, starts, ends = w.lower, w.texts, w.starts, w.ends
        k = past_superlative(w, k)  # "the two most important bands", 'the nine "most useless quangos"'
        # compared once here, as integers (a Fraction compares slowly): "one joint system", "1/8 point"
        top, bottom = (value.numerator, value.denominator) if value is not None else (0, 1)
        single = value is not None and 0 < top <= bottom
        one = single and top == bottom
        joined = False  # whether word k is glued to a hyphen before it ("free-to-air", "Ireland-only")
        while k < n and taken < 5:
            t = texts[k]
            low = lower[k]
            gap = starts[k] - ends[k - 1] if k else 99
            if gap > 2 and taken:
                break
            if t in _HYPHENS and taken and k + 1 < n and gap == 0 and w.gap(k + 1) == 0:
                k += 1
                joined = True
                continue
            if head is None and not t.islower() and (skip := inner_skip(w, k, taken)):
                k += skip  # 'eight "critical" security holes', "three Rally's directors": not in the noun
                continue
            if not (t.isalpha() or (taken == 0 and len(t) > 2 and t.replace(".", "").isalpha())):
                if t.isdigit() and self._hyphened(k):
                    taken, k, joined = taken + 1, k + 2, True  # "two entry-level 32-bit minicomputers"
                    continue
                if not (taken and _MODEL.fullmatch(t) and k + 1 < n and texts[k + 1].isalpha()):
                    break  # a word, or an abbreviation before the head ("10 U.S. states")
                taken += 1  # a model name before the head: "30 Airbus A320 planes"
                k += 1
                continue
            if t == "A" and taken and texts[k - 1][:1].isupper():
                joined = True  # "20 Serie A appearances": a letter of a name, not the article
            if low in _BREAK and not joined and not self._hyphened(k):  # ("by-elections", "at-risk")
                if low in ("and", "or") and taken and head is None and self._plural_ahead(k + 1):
                    k += 1  # "300,000 council and housing association tenants": modifiers joined
                    continue
                break
            if low in AFTER_HEAD and (head is not None or (taken and low in ADVERBS)):  # ("chart now")
                break
            plural = (
                low in IRREGULAR_PLURALS
                or plural_in_s(low)
                or (len(t) >= 3 and t[-1] == "s" and t[:-1].isupper())  # "98 MPs", "3 CDs"
                or (len(low) > 5 and low.endswith("men") and not low.endswith(NOT_MEN))  # "gunmen"
                or (not single and len(low) > 6 and low.endswith("ese") and t[:1].isupper())  # "4 Lebanese"
            )
            if plural:
                if one and (taken == 0 or (head == k - 1 and verb_after_one(texts, lower, k, _VERB_NEXT))):
                    break  # "one costs", "only one man recognises that": a verb, not a noun counted by one
                head = k
            elif head == k - 1 and not single and self._verb_after_plural(k):
                break  # "thousands of computers bombard sites": only a plural goes on a plural head
            elif head is not None and low in CHANGE_AFTER_POINT and lower[head] in ("point", "points"):
                break  # "a one point drop", "one point lower": the size of a change of points
            elif single and singular_head(low) and (taken == 0 or head == k - 1):
                head = k  # "one joint system"
            if taken and low.endswith(("ed", "ing")) and not self._plural_ahead(k + 1):
                break
            taken += 0 if joined else 1  # a hyphenated modifier is one word ("state-of-the-art")
            joined = False
            k += 1
        if head is None:  # (an amount of at most one has no attributive noun)
            head = self._attributive(start, after) if value is not None and top > bottom else None
        if head is None or self._name_or_year(after, start, head, value, single):
            return None
        return self._compound_start(start, head), head

    def _hyphened(self, k: int) -> bool:
        """Whether word ``k`` opens a hyphenated word ("by-elections", "32-bit"): a glued hyphen and word."""
        w = self.w
        glued = k + 2 < self.n and w.gap(k + 1) == 0 and w.gap(k + 2) == 0
        return glued and w.texts[k + 1] in _HYPHENS and w.texts[k + 2].isalpha()

    def _name_or_year(self, after: int, start: int, head: int, value: Fraction | None, single: bool) -> bool:
        """Whether the phrase ``start``..``head`` after an amount is a name ("world number two Tommy
        Haas"; "14 Liberal MPs" is counted) or the amount a year ("by the end of 2004 Microsoft aims")."""
        texts = self.w.texts
        if head > after and texts[head][:1].isupper() and texts[head - 1][:1].isupper():
            if self._names_someone(after, start, head, single):
                return True
        if texts[after - 1][:1] in _ASCII_DIGITS and value is not None and self._year_before(after, start):
            return value.denominator == 1 and 1000 <= value <= 2099  # "reaching Germany 2006 looks"
        return False

    def _names_someone(self, after: int, start: int, head: int, single: bool) -> bool:
        """Whether capitalised words from ``start`` to ``head`` after an amount name someone or
        something ("world number two Tommy Haas", "Radio 1 DJ Trevor Nelson", "1,375 T Parkes", "the one
        Wayne Rooney scored") rather than say what is counted: a capitalised plural is a counted noun
        ("two Brit Awards", "400,000 Sri Lankans", "14 Liberal MPs")."""
        texts = self.w.texts
        head_text = texts[head]
        if len(head_text) >= 3 and head_text[-1] == "s" and head_text[:-1].isupper():
            return False  # "14 Liberal MPs", "3 CDs"
        if single or not plural_in_s(self.w.lower[head]):
            return True
        if after >= 2 and texts[after - 2][:1].isupper() and texts[after - 2].isalpha():
            return True  # "Radio 1 DJ Trevor Nelson": the amount is part of a name
        if head + 1 < self.n and texts[head + 1] in POSSESSIVE_MARKS:
            return True  # "two of the All Blacks' seven tries": the owner, not what is counted
        return any(len(texts[j]) == 1 and texts[j].isupper() for j in range(start, head))  # "T Parkes"

    def _compound_start(self, start: int, head: int) -> int:
        """The first word of the head's compound modifiers ("30 oil workers" -> "oil"; "three core
        issues" -> "core"), not before ``start``; adjectives are left out ("300 Iraqi detainees")."""
        w = self.w
        first = head
        while first - 2 >= start and w.gap(first) == 0 and w.gap(first - 1) == 0:
            if w.texts[first - 1] not in _HYPHENS or not w.texts[first - 2].isalpha():
                break
            first -= 2  # a hyphenated head is one word: "12 million e-mails", "four co-stars"
        while first > start and w.gap(first) == 1:
            word = w.texts[first - 1]
            low = w.lower[first - 1]
            if not (word.isalpha() and word.islower()) or low in _BREAK or low in NOT_ATTRIBUTIVE:
                break
            if low in NOT_COMPOUND or low.endswith(ADJECTIVE_ENDINGS) or low.endswith(("ant", "ent")):
                break
            if first >= 2 and w.gap(first - 1) == 0 and w.texts[first - 2] in _HYPHENS:
                break  # the end of a hyphenated modifier ("free-to-air channels"): not a part of it
            first -= 1
        return first

    def _reach(self, after: int) -> int:
        """The index past the last word a counted noun after word ``after`` may use: the end of the
        window holding the amount, so the windows and the whole text give one reading (session 30)."""
        w = self.w
        if not 0 < after < self.n:
            return self.n
        return bisect_left(w.starts, window_end(w.text, w.starts[after - 1]))

    def _counted_opening(self, k: int, value: Fraction | None, vague: bool, n: int) -> int | None:
        """Where the counted noun phrase after word ``k`` may open (no word from ``n`` on): after
        "of" ("dozens of civilians", "three of the militants") or "more" ("10 more seats"); None
        when none can."""
        w = self.w
        after = k
        if k < n and w.lower[k] == "of":
            nxt = w.lower[k + 1] if k + 1 < n else ""
            if vague and nxt not in ("the", "them", "us", "a"):
                k += 1
            elif (
                not vague
                and (nxt in OF_DETERMINERS or self._owner(k + 1))
                and value is not None
                and value > 1
            ):  # "three of the militants", "eight of Ireland's hopefuls"
                k += 2
                if k < n and w.texts[k] in POSSESSIVE_MARKS and w.gap(k) == 0:
                    k += 1  # "three of Wales' victories": past the owner's mark
                elif k + 2 < n and w.texts[k + 1] in POSSESSIVE_MARKS and w.gap(k + 1) == 0:
                    k += 2  # "92 of the Lords' 750 peers", "two of the players' wives": not the owner
                elif k + 1 < n and w.lower[k].endswith(("'s", "’s")) and w.texts[k][:-2].isalpha():
                    k += 1  # "66 of the state's delegates", "two of the nation's top Republicans"
                if k < n and (w.texts[k][:1] in _ASCII_DIGITS or w.lower[k] in _NUMBER_WORDS) and k + 1 < n:
                    k += 1  # "about 10 of its 27 plants"
            elif (
                not vague
                and k + 2 < n
                and (w.texts[k + 1][:1] in _ASCII_DIGITS or nxt in _NUMBER_WORDS)
                and value is not None
                and value > 1  # ("one of five players" is the pronoun)
            ):
                k += 2  # "22 of 55 technical aid programs": both count the programs
            else:
                return None
        if k < n and w.texts[k] in POSSESSIVE_MARKS and w.gap(k) == 0:
            return None  # "Radio 1's controller": the number ends a name that owns what follows
        if k < n and w.lower[k] == "more" and k + 1 < n and w.texts[k + 1].isalpha():
            k += 1  # "seven to 10 more seats"
        if k < n and "\n" in (between := w.text[w.ends[after - 1] : w.starts[k]]):
            if new_paragraph(between):
                return None  # a new paragraph or row ("3.5 mln\n    Unallocated costs")
            if w.texts[k][:1].isupper() and not self._plural_next(k) and not self._plural_next(k + 1):
                return None  # a capital after a line break: the next line of a table
        return k

    def _owner(self, k: int) -> bool:
        """Whether word ``k`` is a capitalised owner ("eight of Ireland's hopefuls", "three of Wales'
        victories"), as a word ending in "'s" or a word followed by its glued possessive mark."""
        w = self.w
        if k >= self.n or not w.texts[k][:1].isupper():
            return False
        if w.lower[k].endswith(("'s", "’s")):
            return True
        return k + 1 < self.n and w.texts[k + 1] in POSSESSIVE_MARKS and w.gap(k + 1) == 0

    def _year_before(self, after: int, start: int) -> bool:
        """Whether the 4-digit number before word ``after`` reads as a year: a name stands right before
        it or opens what follows it."""
        w = self.w
        year = after - 1
        if not (w.is_digits(year) and len(w.texts[year]) == 4):
            return False
        before = w.texts[year - 1] if year >= 1 else ""
        return w.texts[start][:1].isupper() or (before[:1].isupper() and before.isalpha())

    def _plural_ahead(self, k: int) -> bool:
        """Whether a plural noun stands within the next three words (nothing stops the phrase first)."""
        for j in range(k, min(self.n, k + 3)):
            if self._plural_next(j):
                return True
            low = self.w.lower[j]
            if not self.w.texts[j].isalpha() or low in COUNTED_STOP or low in _NUMBER_WORDS:
                return False
        return False

    def _attributive(self, k: int, after: int) -> int | None:
        """A singular noun used as a measure before another noun, after an amount above one: "a six
        point lead", "4.33 mln bag harvest" -> its word index (the guidelines count "points", "bags")."""
        w = self.w
        if k + 1 >= self.n or w.gap(k + 1) > 1 or w.gap(k) > 1:
            return None
        if after >= 2 and w.lower[after - 2] in DESIGNATORS:
            return None  # "the number seven role": a designation
        word, nxt = w.texts[k], w.texts[k + 1]
        if not (word.isalpha() and word.islower() and nxt.isalpha() and nxt.islower()):
            return None
        low = w.lower[k]
        if low in COUNTED_STOP or low in NOT_ATTRIBUTIVE or low.endswith(ADJECTIVE_ENDINGS):
            return None
        nxt_low = w.lower[k + 1]
        if nxt_low in COUNTED_STOP or nxt_low in AFTER_HEAD or nxt_low in FUNCTION or nxt_low.endswith("ly"):
            return None
        if low in FUNCTION:
            return None
        return k

    def _verb_after_plural(self, k: int) -> bool:
        """Whether word ``k`` after a plural head ends the noun group ("computers bombard sites"),
        unlike "sports utility vehicles" (a plural modifier) or "Texas bank accounts" (a name)."""
        head = self.w.texts[k - 1]
        return self.w.texts[k].islower() and head.islower() and self.w.lower[k - 1] not in PLURAL_MODIFIERS

    def _plural_next(self, k: int) -> bool:
        """Whether word ``k`` is a plural noun (an "-ed"/"-ing" word before it is an adjective)."""
        if k >= self.n or not self.w.texts[k].isalpha() or self.w.lower[k] in COUNTED_STOP:
            return False
        low = self.w.lower[k]
        return low in IRREGULAR_PLURALS or (len(low) > 3 and low.endswith("s") and not low.endswith("ss"))


# words that end a counted noun phrase ("and"/"or" may still join its modifiers)
_BREAK: Final = COUNTED_STOP | FUNCTION
_VERB_NEXT = _BREAK | _NUMBER_WORDS  # what follows a verb after "one <noun>": "one man recognises that"
_MODEL: Final = re.compile(r"[A-Z]{1,3}[0-9]{2,4}")  # "A320", "MD11": a model name in a noun phrase


@lru_cache(maxsize=1)
def _currency_name_firsts() -> frozenset[str]:
    """The first words of the currency names (a word that is none of them starts no name)."""
    return frozenset(name.split(" ")[0] for name in currencies().names)


def _scale_of(num: Num) -> int:
    """The multiplier a scaled number carries (1.5 million -> 10**6), guessed from its value."""
    if num.value is None:
        return 0
    top, bottom = abs(num.value.numerator), num.value.denominator  # integers: a Fraction compares slowly
    for scale in (10**12, 10**9, 10**6, 10**3, 100):
        if top >= scale * bottom:
            return scale
    return 0


MODIFIERS_FIRST: Final = frozenset(k[0] for k in MODIFIERS)
