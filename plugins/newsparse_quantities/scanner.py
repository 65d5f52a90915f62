"""The scan: at each word that can start an amount, read it in steps (lead, number, range, unit, tail)."""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache
from typing import Final

from .context import is_change_word
from .found import Found, replaced
from .lexicon import (
    BELOW_APPROX,
    COUNTED_STOP,
    ORDINAL_SUFFIXES,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    VULGAR,
    currencies,
)
from .numbers import DOZEN, SPACED_SCALES, Num, Words, parse_number
from .reader import (
    _COUNTRY_NAMES,
    _HYPHENS,
    _LOOKBACK,
    _LOWER_CODES,
    _RANGE_WORDS,
    MODIFIERS_FIRST,
    _currency_name_firsts,
    _Reader,
    _scale_of,
)
from .reader_tables import (
    ONE_IDIOM_AFTER,
    OPEN,
    PERCENT_BY_FIRST,
    POST_BY_FIRST,
    SPACED_SYMBOLS,
    TIME_OF_DAY,
    TORQUE_FIRST,
)
from .scan_starts import _candidates, _modifier_only
from .units import resolve_unit

# what a unit step reads: (kind, unit, unit text, last word of the amount)
_Unit = tuple[str, str | None, str | None, int]
# the same with the numbers, which a unit can change ("160m euros", "5 ft 3 in"): (first, second, ...)
_Read = tuple[Num, Num | None, str, str | None, str | None, int]


class _Scanner(_Reader):
    """One scan of one text (holds the words and the results so far; not shared)."""

    # -- the scan -----------------------------------------------------------------------------
    def match(self, i: int) -> tuple[Found | None, int]:
        """Try to read an amount at word ``i`` -> (Found or None, index to resume from).

        In steps: the lead (modifier, "between", currency sign), the number, a range, a unit, the
        tail (post-modifier, counted noun), the filters of names and dates, the bounds.
        """
        w = self.w
        n = self.n
        j = i
        mod = self.modifier(i) if w.lower[i] in MODIFIERS_FIRST else None  # most words open none
        mod_name: str | None = None
        mod_words: tuple[str, ...] = ()
        between = mod is None and _between(w, i)
        if mod is not None:
            mod_name, mod_words, j = mod
        elif w.lower[i] == "between":
            j = i + 1
        core_start = j
        code = self.currency_prefix(j)  # (code, index of the number after the sign) or None
        num = parse_number(w, j if code is None else code[1], currency=code is not None)
        if num is None:
            return None, i + 1
        first_num, after = num, num.last + 1
        # "one in five", and after a modifier "about 4 in 10", "nearly three in four": a proportion
        ratio = self.ratio(num, after) if code is None and not between else None
        if ratio is not None:
            num = first_num = ratio
            after = num.last + 1
        second: Num | None = None
        if after < n and w.lower[after] in _RANGE_WORDS:
            ranged = self._range(i, num, after, code[0] if code is not None else None, between)
            if isinstance(ranged, int):
                return None, ranged
            num, second = ranged
        last = (second or num).last
        read: _Read | int = (
            self._prefixed_currency(code[0], core_start, num, second, last)
            if code is not None
            else self._unit_after(i, num, second, last)
        )
        if isinstance(read, int):
            return None, read
        num, second, kind, unit, unit_text, last = read
        checked = self._unit_checks(i, num, second, kind, unit, last, between)
        if isinstance(checked, int):
            return None, checked
        second, last = checked
        post, counted, unit_read = self._tail(num, second, mod_name, (kind, unit, unit_text, last))
        kind, unit, unit_text, last = unit_read
        if counted is not None and self._period_count(post, counted, last):
            return None, counted[1] + 1
        if counted is not None and mod_name is None and second is None and self._year_like(first_num):
            counted = None  # "to report 2004 results", "the 1967 tourists": a year (counts write "2,000")
        if self._not_an_amount(first_num, unit is not None, counted is not None):
            return None, max(last, num.last) + 1
        if code is None and unit is None and self._pronoun_one(num, counted is not None):
            return None, num.last + 1
        value, low, high, modifier, low_inc, high_inc = _bounds(num, second, mod_name or post, mod_words)
        extra: tuple[tuple[int, int, Fraction], ...] = ()
        if second is not None and second.value is not None:
            extra = ((w.starts[second.first], w.ends[second.last], second.value),)
        found = Found(  # the fields in order (native: a compiled constructor), change and change_to None
            w.starts[i], w.ends[last], w.starts[core_start],
            w.starts[first_num.first], w.ends[first_num.last],
            value, low, high, modifier, unit, unit_text, kind, low_inc, high_inc, counted, extra, None, None,
        )  # fmt: skip
        return found, last + 1

    # -- range step ---------------------------------------------------------------------------
    def _range(
        self, i: int, num: Num, after: int, code: str | None, between: bool
    ) -> tuple[Num, Num | None] | int:
        """A range's second number after the range word at ``after``: "between 3,000 and 5,000", "10 to 15".

        -> (first number, possibly rescaled; second or None), or the index to resume from when the
        two numbers are a score, a span of days or an ID rather than an amount.
        """
        w = self.w
        n = self.n
        from_to = i > 0 and w.lower[i - 1] == "from" and w.lower[after] == "to"
        if (w.lower[after] == "and" and not between) or from_to:
            return num, None
        second: Num | None = None
        k = after + 1
        if w.lower[after] in _HYPHENS and (w.gap(after) == 0) != (w.gap(k) == 0):
            k = n  # "75 -300mm", "8- to 16-meter": not a range
        prefix2 = self.currency_prefix(k) if code is not None else None
        if prefix2 is not None and prefix2[0] == code:
            k = prefix2[1]
        if k < n and w.lower[k] not in ("a", "an"):
            cand = parse_number(w, k, currency=code is not None)
            if cand is not None and w.lower[after] in _HYPHENS:
                cand = _shortened_end(w, num, cand)  # "1.80-85": the end written as its last digits
            if cand is not None and cand.value is not None and num.value is not None:
                hyphen = w.lower[after] in _HYPHENS
                if cand.value > num.value or (not hyphen and cand.value >= num.value):
                    # "1.5 to 2 million": the first takes the second's scale
                    mult = _scale_of(cand)
                    rescale = _has_scale(w, cand) and not _has_scale(w, num)
                    if rescale and mult and num.value * mult <= cand.value:
                        scaled_value = num.value * mult
                        num = replaced(num, value=scaled_value, low=scaled_value, high=scaled_value)
                    alternative = w.lower[after] == "or"  # "one or two", "11 billion or 12 billion"
                    small = num.value is not None and 0 < num.value <= cand.value <= 10 * num.value
                    if alternative and not small:
                        return num, None
                    if (
                        w.lower[after] != "to"
                        or between
                        or (num.value is not None and 0 < num.value and cand.value <= 10 * num.value)
                    ):
                        second = cand  # "rose 17,000 to 4.48 million" is a change, not a range
                    if hyphen and num.plain and cand.plain and cand.value < 100 and not self._counts(cand):
                        return cand.last + 1  # scores ("6-3 3-6"), days ("16-18 December")
                elif hyphen and num.plain and cand.plain:
                    return cand.last + 1  # a score ("3-1") or an ID
                if (
                    hyphen
                    and code is None  # "$276-277" is a price range: a model number has no currency
                    and num.plain
                    and cand.plain
                    and w.gap(k) == 0
                    and num.value is not None
                    and 100 <= num.value
                    and num.value % 5
                ):
                    return cand.last + 1  # a model or an ID ("737-800"): ranges are written in round numbers
        return num, second

    # -- currency and unit steps --------------------------------------------------------------
    def _prefixed_currency(
        self, code: str, core_start: int, num: Num, second: Num | None, last: int
    ) -> _Read:
        """The unit of an amount after a currency sign ("$5", "US$ 3 million dollars")."""
        w = self.w
        suffix = self.currency_suffix(last + 1, names_only=True)
        if suffix is not None and suffix[0] == code:
            last = suffix[1]
        unit_text = w.texts[core_start] if core_start < self.n else None
        if core_start + 1 < num.first:
            unit_text = w.text[w.starts[core_start] : w.ends[num.first - 1]]
        return num, second, "currency", code, unit_text, last

    def _million_m(self, num: Num, second: Num | None, last: int) -> tuple[Num, Num | None, int]:
        """ "160m euros": the "m" is a million, not a metre, when a currency name follows it."""
        w = self.w
        tail_num = second or num
        if not (
            tail_num.digits
            and last + 2 < self.n
            and w.texts[last + 1] == "m"
            and w.gap(last + 1) == 0
            and tail_num.value is not None
            and num.value is not None
        ):
            return num, second, last
        money = self.currency_suffix(last + 2)
        if (money is None or money[2]) and not self._counted_million(last + 2):
            return num, second, last
        big = tail_num.value * 10**6
        tail_num = replaced(tail_num, last=last + 1, value=big, low=big, high=big, scaled=True)
        if second is not None:
            second = tail_num
            if not num.scaled and num.value * 10**6 <= big:
                num = replaced(num, value=num.value * 10**6, low=num.value * 10**6)
                num = replaced(num, high=num.value)
        else:
            num = replaced(tail_num, plain=False)
        return num, second, last + 1

    def _counted_million(self, k: int) -> bool:
        """ "50m passengers", "1.4m workers": a plural noun after "m" makes it a million (not
        "400m runners", "60m hurdles": race distances)."""
        w = self.w
        if _PEOPLES.fullmatch(w.texts[k]) is not None:
            return True  # "1.6m Muslims", "3m Americans": a plural name of people
        if k + 1 < self.n and w.texts[k][:1].isupper() and w.gap(k + 1) == 1 and w.texts[k + 1].islower():
            k += 1  # "4m DS consoles", "2m Xbox games": a name before the plural noun
        elif k + 1 < self.n and w.gap(k + 1) == 1 and w.texts[k].isalpha() and w.texts[k].islower():
            if w.lower[k] not in _NOT_COMPOUND and not self._plural_next(k):
                k += 1  # "133m text messages", "1.4m cash machines": a noun before the plural noun
        return self._plural_next(k) and w.lower[k] not in _RACE_NOUNS and w.texts[k].islower()

    def _unit_after(self, i: int, num: Num, second: Num | None, last: int) -> _Read | int:
        """The currency name or unit after a number without a sign ("5 euros", "3 km", "10%").

        -> (number, second, kind, unit, unit text, last word), or the index to resume from when the
        number is a duration, an identifier or part of a hyphenated age.
        """
        w = self.w
        n = self.n
        if last + 1 < n and w.texts[last + 1] in _plain_stops():
            return num, second, "number", None, None, last  # "5 of", "20 when": no name or unit reads one
        if last + 2 < n and w.texts[last + 1] == "m":
            num, second, last = self._million_m(num, second, last)
        if last + 2 < n and w.lower[last + 2] in _CENTS and w.lower[last + 1] in _CENT_OF:
            if w.gap(last + 1) == 1 and w.gap(last + 2) == 1:  # "70 euro cents": the sub-unit as written
                written = w.text[w.starts[last + 1] : w.ends[last + 2]]
                return num, second, "currency", "cent", written, last + 2
        suffix = self.currency_suffix(last + 1)
        if suffix is None and last + 1 < n and w.lower[last + 1] in _WORD_MONEY and w.gap(last + 1) == 1:
            tail = second or num
            if tail.scaled or (tail.value is not None and tail.value.denominator != 1):
                suffix = (_WORD_MONEY[w.lower[last + 1]], last + 1, False)  # "76 billion won", "1.87 marks"
        u = None
        scaled = num.scaled or w.lower[last] in _MONEY_SCALES  # "two million pounds" as "2m pounds"
        if suffix is not None and suffix[2] and not scaled and not _money_verb_before(w, i):
            u = self.unit(last + 1)
            suffix = None
        elif suffix is None:
            u = self.unit(last + 1)
        if suffix is not None:
            code2, end2, _ = suffix
            unit_text = w.text[w.starts[last + 1] : w.ends[end2]].lstrip("-")
            last = end2
            cents = self.cents(last + 1, code2) if second is None else None
            if cents is not None and num.value is not None and num.value.denominator == 1:
                num = replaced(num, value=num.value + cents[0])
                num = replaced(num, low=num.value, high=num.value)
                last = cents[1]
            return num, second, "currency", code2, unit_text, last
        if u is not None and _cup_modifier(u[3], second or num):
            u = None  # "two cup ties": a singular "cup" after a count names ties, not a measure
        if u is not None:
            unit, ukind, ulast, surface = u
            if ukind == "duration":
                years = str.lower(surface) in ("year", "years")
                age = self._age_end(ulast + 1) if years else None
                if age is None and years and second is None and self._life_span(i):
                    age = ulast  # "life expectancy at birth is 71 years", "will live to 81 years"
                if age is None:
                    return ulast + 1
                return num, second, "age", "year", None, age  # "25 years old", "40 years of age"
            if ulast + 1 < n and w.gap(ulast + 1) == 0 and w.texts[ulast + 1][:1].isalnum():
                return ulast + 2  # "24703m212": an identifier
            kind = ukind
            last = ulast
            if unit == "ft" and second is None:
                inches = self.inches(last + 1)
                if inches is not None and num.value is not None:
                    num = replaced(num, value=num.value + inches[0] / 12)
                    num = replaced(num, low=num.value, high=num.value)
                    last = inches[1]
            if unit == "deg" and self._temperature_context(i):
                kind = "temperature"
            return num, second, kind, unit, surface.lstrip("-"), last
        if w.gap(last + 1) <= 1 and last + 1 < n and w.texts[last + 1] in _HYPHENS:
            # "6-year-old", "two-day": durations and ages written with hyphens
            if last + 2 < n and w.gap(last + 2) == 0:
                info = resolve_unit(w.texts[last + 2])
                if info is not None and info.kind == "duration" and not self._occasions_glued(last + 1):
                    age = self._age_end(last + 3) if w.lower[last + 2] in ("year", "years") else None
                    if age is None:
                        return last + 3
                    return num, second, "age", "year", None, age  # "a 17-year-old"
        return num, second, "number", None, None, last

    def _age_end(self, k: int) -> int | None:
        """After "N year(s)" at word ``k``: the last word of "old", "-old" or "of age", else None."""
        w = self.w
        n = self.n
        if k < n and w.texts[k] in _HYPHENS and w.gap(k) == 0 and k + 1 < n and w.lower[k + 1] in _OLD:
            return k + 1
        if k < n and w.lower[k] in _OLD and w.gap(k) <= 1:
            return k  # ("the 17-year-olds": the plural names people of that age)
        if k + 1 < n and w.lower[k] == "of" and w.lower[k + 1] == "age":
            return k + 1
        return None

    def _unit_checks(
        self, i: int, num: Num, second: Num | None, kind: str, unit: str | None, last: int, between: bool
    ) -> tuple[Num | None, int] | int:
        """After the unit: words glued to the number, and a range of units ("44 mg to 50 mg").

        -> (second number, last word), or the index to resume from.
        """
        w = self.w
        if unit is None and second is None and self._hyphen_compound(num.last + 1):
            if self._glued_measure(num.last + 1) is None:
                return num.last + 3  # "two-handed", "a quarter-final": part of a word
        if num.digits and w.gap(num.last + 1) == 0 and num.last + 1 < self.n and unit is None:
            t = w.texts[num.last + 1]
            if t[:1].isalpha() and t not in ORDINAL_SUFFIXES:
                return num.last + 2  # "180xyz": glued letters we do not understand
        if (
            second is None
            and unit is not None
            and kind != "currency"
            and num.value is not None
            and not (i >= 1 and is_change_word(w, i - 1))  # "rose 37 pct to 40 pct": a change and a level
        ):
            unit_range = self.unit_range(last + 1, unit, between)
            levels = kind == "percent" and i >= 1 and w.lower[i - 1] == "from"  # "from 5% to 7%": two levels
            if unit_range is not None and not levels:
                second, last = unit_range  # "44 mg to 50 mg", "10% to 15%", "ranged from -18 °C to -34 °C"
        suffixed = num.first == i or (between and num.first == i + 1)  # no sign before the number
        if second is None and kind == "currency" and unit is not None and suffixed:
            money_range = self.money_range(last + 1, unit, between)
            if money_range is not None and not (i >= 1 and w.lower[i - 1] == "from"):
                if between or not self._change_and_level(i, num, money_range[0]):
                    second, last = money_range  # "16.50 dlrs to 17.25 dlrs"
        if between and second is None:
            return i + 1
        return second, last

    def _change_and_level(self, i: int, num: Num, cand: Num) -> bool:
        """ "fell 291 mln dlrs to 32.44 billion dlrs", "rose by 5 dlrs to 30 dlrs": a change verb
        before, or a second amount more than ten times the first, make a change and a level."""
        w = self.w
        if i >= 1 and (
            is_change_word(w, i - 1) or (w.lower[i - 1] == "by" and i >= 2 and is_change_word(w, i - 2))
        ):
            return True
        return num.value is not None and cand.value is not None and 0 < 10 * num.value < cand.value

    # -- tail step ----------------------------------------------------------------------------
    def _tail(
        self, num: Num, second: Num | None, mod_name: str | None, unit_read: _Unit
    ) -> tuple[str | None, tuple[int, int] | None, _Unit]:
        """The post-modifier ("or more", "or so", "100-plus") and the counted noun.

        -> (post-modifier, counted noun's words, the unit read so far, updated when the counted
        noun turns out to be a currency: "billions of dollars").
        """
        w = self.w
        n = self.n
        kind, unit, unit_text, last = unit_read
        post: str | None = None
        posts = POST_BY_FIRST.get(w.lower[last + 1], ()) if last + 1 < n and mod_name is None else ()
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
            glued = self._glued_measure(last + 1) if second is None else None
            counted = glued or self.counted(last + 1, num.value, vague)
            if counted is not None and post is None and mod_name is None and second is None:
                # "100 villages or more": the post-modifier after the counted noun (span stays "100")
                k = counted[1] + 1
                for key, name in POST_BY_FIRST.get(w.lower[k], ()) if k < n else ():
                    if w.lower[k : k + len(key)] == key and key[0] == "or":
                        post = name
                        break
        if counted is not None and vague and counted[0] == last + 2 and w.lower[last + 1] == "of":
            money = self.currency_suffix(counted[0])
            if money is not None:  # "billions of dollars", "millions of pounds"
                kind, unit, unit_text = "currency", money[0], w.text[w.starts[counted[0]] : w.ends[money[1]]]
                counted = None
                last = money[1]
        return post, counted, (kind, unit, unit_text, last)

    def _period_count(self, post: str | None, counted: tuple[int, int], last: int) -> bool:
        """ "30-odd years", "20-plus years", "seven more years", "961 consecutive minutes": a count of
        periods with a word between is a duration (the dates layer's), not a counted amount."""
        spaced = post is not None or counted[0] > last + 1
        return spaced and self.w.lower[counted[1]] in _DURATION_NOUNS

    def _not_an_amount(self, num: Num, has_unit: bool, has_counted: bool) -> bool:
        """Whether ``num`` is a name, reference, date, year, time or ordinal, or a model's name with
        a scale letter ("VS 5T", "NHL 2K5") when no currency, unit or counted noun follows."""
        if self.name_or_date(num, has_unit, has_counted):
            return True
        return not has_unit and not has_counted and self._letter_scaled(num)

    def _letter_scaled(self, num: Num) -> bool:
        """Whether ``num`` ends in a scale letter after a capitalised word or before a glued letter
        or digit ("VS 5T", "NHL 2K5"): with no currency, unit or counted noun, a model's name."""
        w = self.w
        if not (num.scaled and num.digits and w.texts[num.last] in _SCALE_LETTERS):
            return False
        after = num.last + 1
        if after < self.n and w.gap(after) == 0 and w.texts[after][:1].isalnum():
            return True  # "2K5"
        before = w.texts[num.first - 1] if num.first >= 1 else ""
        return w.gap(num.first) == 1 and before[:1].isupper() and before.isalpha()  # "VS 5T", "NHL 2K"

    def _glued_measure(self, k: int) -> tuple[int, int] | None:
        """ "a 10-point lead", "a 200-page report": a measure noun glued to the number by the hyphen
        at ``k`` before another word is what is counted -> (its index, its index), else None."""
        w = self.w
        noun = k + 1
        if not (noun + 1 < self.n and w.texts[k] in _HYPHENS and w.gap(k) == 0 and w.gap(noun) == 0):
            return None
        if w.lower[noun] not in _GLUED_MEASURES or w.gap(noun + 1) != 1 or not w.texts[noun + 1].isalpha():
            return None
        if w.lower[noun] in ("time", "man", "woman") and w.lower[k - 1] in ("one", "1"):
            return None  # "a one-time payment", "a one-man show": a kind, not a count
        return noun, noun

    def _occasions_glued(self, k: int) -> bool:
        """ "the two-time world champion", "a three-time winner": a count of occasions (``times``)
        glued by the hyphen at ``k`` before a noun, not a duration ("a two-day summit") nor "a
        one-time payment" (a single or former one)."""
        return self.w.lower[k + 1] == "time" and self._glued_measure(k) is not None

    def _year_like(self, num: Num) -> bool:
        """Whether ``num`` is a plain four-digit number from 1900 to 2049 (the years of news)."""
        text = self.w.texts[num.first]
        return num.plain and num.first == num.last and len(text) == 4 and "1900" <= text <= "2049"

    def _life_span(self, i: int) -> bool:
        """Whether "N years" at word ``i`` is a life span: its sentence speaks of life expectancy or
        of living to an age before it (the guidelines count those as ages)."""
        w = self.w
        lo = max(0, w.starts[i] - 160)
        before = str.lower(w.text[lo : w.starts[i]])
        cut = max(before.rfind(". "), before.rfind("\n"))
        before = before[cut + 1 :]
        return "expectancy" in before or any(f"{verb} to " in before for verb in _LIVE)

    def _temperature_context(self, i: int) -> bool:
        """Whether "degrees" near word ``i`` is a temperature (the sentence talks about heat)."""
        lo = max(0, self.w.starts[i] - 120)
        window = str.lower(self.w.text[lo : self.w.starts[i]])
        return any(k in window for k in ("temperat", "weather", "heat", "cold", "warm", "degrees celsius"))

    def _pronoun_one(self, num: Num, has_counted: bool) -> bool:
        """ "one of the", "the one", "on the one hand": the pronoun "one", not an amount.

        A bare "one" with no unit and no counted noun is left out (precision first).
        """
        w = self.w
        if num.first != num.last or w.lower[num.first] != "one" or num.value != 1:
            return False
        nxt = w.lower[num.last + 1] if num.last + 1 < self.n else ""
        if num.first >= 1 and w.lower[num.first - 1] in ("no", "any", "every"):
            return True  # "doing no one any good"
        if nxt in ("point", "stage") and num.first >= 1 and w.lower[num.first - 1] == "at":
            return True  # "at one point", "at one stage": a moment, not a point counted
        return nxt in ONE_IDIOM_AFTER or not has_counted

    def scan(self) -> list[Found]:
        """Read every amount of the text, left to right (only near words that can be numbers).

        The number-like words are listed first (number words and caseless signs by a set lookup
        mapped over the lower-cased words, words starting with a digit as recorded by
        :func:`split_words`; a cased sign such as "US$" needs a slower pass), and the scan jumps
        from one to the next: most words are more than ``_LOOKBACK`` words away from any number.
        """
        w = self.w
        n = self.n
        texts = w.texts
        lower = w.lower
        nums, starts = _candidates(w, self.cur)
        modifier_only = _modifier_only()
        p = 0
        i = 0
        for c in sorted(starts):
            if c < i:
                continue
            while nums[p] < c:
                p += 1
            if nums[p] - c > _LOOKBACK:
                continue
            i = c
            t = texts[i]
            if t in ("-", "−", ".") and not w.is_digits(i + 1):
                continue
            if (
                len(t) == 4
                and "1000" <= t <= "2099"
                and t.isascii()
                and t.isdigit()
                and (i + 1 == n or texts[i + 1] in _year_enders())
            ):
                continue  # "in 2004.": a year ending a clause, which match() would read and reject
            if lower[i] in modifier_only and (i + 1 == n or texts[i + 1] != "$") and self.modifier(i) is None:
                continue  # "in", "on", "at" with no modifier phrase: match() would read nothing there
            found, nxt = self.match(i)
            if found is not None:
                self.found.append(found)
            i = max(nxt, i + 1)
        return self.found


@lru_cache(maxsize=1)
def _plain_stops() -> frozenset[str]:
    """Function words ("of", "when"), as written, after which :meth:`_Scanner._unit_after` reads no
    currency and no unit: :meth:`~.reader._Reader.unit` stops at them, and none opens a currency name,
    code, sign, percent, torque or cents (tests/quantities/test_scan.py checks both readers)."""
    cur = currencies()
    taken = (
        {"per", "in", "p", "m", "pound", "pounds", *PERCENT_BY_FIRST, *_COUNTRY_NAMES, *_WORD_MONEY}
        | TORQUE_FIRST | SPACED_SYMBOLS | _LOWER_CODES | _currency_name_firsts() | _CENT_OF
        | _HYPHENS | OPEN
    )  # fmt: skip
    return frozenset(
        w for w in COUNTED_STOP if w not in taken and w not in cur.symbols and w.upper() not in cur.codes
    )


_LIVE: Final = ("live", "lives", "lived", "living")
_OLD: Final = frozenset({"old", "olds"})
_DURATION_NOUNS: Final = frozenset("seconds minutes hours days weeks months years decades centuries".split())
#: words after a glued "m" that describe a measure ("a 10m high wall") rather than name the counted noun
_NOT_COMPOUND: Final = frozenset(
    "high long wide deep tall thick away above below across under over of in on at to and or for from".split()
)
_PEOPLES = re.compile(r"[A-Z][a-z]+(?:ans|ims|ons|ers)")  # "Americans", "Muslims", "Britons", "Londoners"
# plurals after a distance in metres that name a race or its runners ("400m runners", "60m hurdles")
_RACE_NOUNS: Final = frozenset(
    "hurdles runners titles finals heats races relays sprints indoors swimmers medals records times".split()
)
# currency names that are English words too: money only after a scale or decimals ("1.87 marks")
# nouns that, glued to a number before another word, count ("a 10-point lead", "a three-judge panel")
_GLUED_MEASURES: Final = frozenset(
    """
    point page seat nation member state shareholder employee person family storey vote goal date time
    episode judge cap try match game set party player count man woman
    """.split()
)
_SCALE_LETTERS: Final = frozenset({"k", "K", "M", "B", "b", "T", "G"})
_MONEY_SCALES: Final = frozenset({"million", "billion", "trillion", "millions", "billions"})
# "70 euro cents", "65 Canadian cents", "40 US cents": a currency's sub-unit, unit ``cent`` (guideline)
_CENTS: Final = frozenset({"cents", "cent"})
_CENT_OF: Final = frozenset({"euro", "us", "u.s.", "canadian", "australian", "american", "singapore"})
_WORD_MONEY: Final = {"won": "KRW", "marks": "DEM", "mark": "DEM", "rand": "ZAR"}
# verbs of paying before an amount: "pay five pounds" is money, not weight
_MONEY_VERBS: Final = frozenset(
    "pay pays paid paying cost costs costing charge charges charged charging earn earns earned earning "
    "spend spends spent spending fined priced donate donated donating".split()
)
_BEFORE_AMOUNT: Final = frozenset("about around just only nearly almost another an a extra some".split())


_AGES: Final = frozenset({"ages", "age"})


def _between(w: Words, i: int) -> bool:
    """Whether a range read at word ``i`` is one of "between X and Y": "between" at ``i``, or
    before it in "between the ages of six and 11" (one range of ages)."""
    if w.lower[i] == "between":
        return True
    return i >= 4 and w.lower[i - 1] == "of" and w.lower[i - 2] in _AGES and w.lower[i - 4] == "between"


def _shortened_end(w: Words, num: Num, cand: Num) -> Num:
    """ "1.80-85 marks", "1.8050-80": a range's end written as the last decimals of its start (a
    dealer's quote) is the start with those digits replaced; any other second number is kept."""
    start, end = w.texts[num.first], w.texts[cand.first]
    if num.first != num.last or cand.first != cand.last or not end.isdigit() or start.count(".") != 1:
        return cand
    decimals = len(start) - start.index(".") - 1
    if not start.replace(".", "").isdigit() or not 2 <= len(end) <= decimals or w.gap(cand.first - 1):
        return cand
    value = Fraction(start[: len(start) - len(end)] + end)
    if num.value is None or value <= num.value:
        return cand
    return replaced(cand, value=value, low=value, high=value, plain=False)


def _cup_modifier(surface: str, num: Num) -> bool:
    """Whether a singular "cup" follows a whole count above one ("two cup ties"; "1/2 cup" is a measure)."""
    whole = num.value is not None and num.value.denominator == 1 and num.value > 1
    return str.lower(surface) == "cup" and whole


def _money_verb_before(w: Words, i: int) -> bool:
    """Whether a verb of paying comes just before the amount at ``i`` ("pay five pounds", "cost
    just two pounds"): the ambiguous "pounds" is then money."""
    k = i - 1
    while k >= 0 and w.lower[k] in _BEFORE_AMOUNT and i - k <= 3:
        k -= 1
    return k >= 0 and w.lower[k] in _MONEY_VERBS


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
        _currency_name_firsts(), POST_BY_FIRST, PERCENT_BY_FIRST, _RANGE_WORDS, _HYPHENS, OPEN,
        SPACED_SYMBOLS, TIME_OF_DAY,
    )  # fmt: skip
    return frozenset(p for p in (",", ".") if not any(p in table or p.upper() in table for table in tables))


def _has_scale(w: Words, num: Num) -> bool:
    """Whether a number carries a scale: "1.5m", "2 million", and in words "four million"."""
    return num.scaled or (not num.digits and w.lower[num.last] in SCALE_WORDS)


def _bounds(
    num: Num, second: Num | None, modifier: str | None, mod_words: tuple[str, ...]
) -> tuple[Fraction | None, Fraction | None, Fraction | None, str | None, bool, bool]:
    """Value, low and high bounds, modifier and inclusiveness of an amount (of a range: no value)."""
    value, low, high = num.value, num.low, num.high
    low_inc = high_inc = True
    vague = num.value is None
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
    return value, low, high, modifier, low_inc, high_inc
