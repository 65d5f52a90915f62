"""The unit of a rate written after an amount: "$18 a barrel", "per share", "annually", "1,000 cars a day".

The denominators ("day" -> d, "barrel" -> bbl) and the readers of the words after an amount that
make its unit a rate (moved from context.py).
"""

from __future__ import annotations

import re
from typing import Final

from .found import Found, replaced
from .lexicon import SCALE_WORDS, SMALL, TENS, currencies
from .numbers import Words

__all__ = ["counted_rate", "rate"]

# "a day", "per share", "every year": the denominators of a rate, as the unit's second part
_PER_WORDS: Final = frozenset({"a", "an", "per", "every", "each"})
_DENOMINATORS: Final = {
    "day": "d",
    "week": "week",
    "month": "month",
    "year": "year",
    "annum": "year",
    "hour": "h",
    "minute": "min",
    "second": "s",
    "barrel": "bbl",
    "share": "share",
    "tonne": "t",
    "ton": "t",
    "ounce": "oz",
    "gallon": "gal",
    "litre": "l",
    "liter": "l",
    "game": "game",
    "match": "game",
    "person": "person",
    "head": "head",
    "kilo": "kg",
    "kilogram": "kg",
    "pound": "lb",
    "lb": "lb",
    "oz": "oz",
    "kg": "kg",
    "bushel": "bu",
    "cwt": "cwt",
    "hundredweight": "cwt",
    "mile": "mi",
    "mmbtu": "MMBtu",
    "btu": "Btu",
}
_MILLION_BTU: Final = frozenset({("million", "btu"), ("mln", "btu")})  # "per million BTU", "per mln BTU"
_ADVERB_RATES = {"annually": "year", "yearly": "year", "monthly": "month", "daily": "d", "weekly": "week"}
_RATE_KINDS: Final = frozenset({"currency", "dimension", "number"})
_IN_THE_POUND: dict[tuple[str, ...], str] = {
    ("the", "pound"): "GBP", ("the", "dollar"): "USD", ("the", "euro"): "EUR"
}


def rate(words: Words, f: Found, last: int) -> Found:
    """ "$18 a barrel", "500,000 barrels of oil per day", "400 mln dlrs annually": the unit becomes a rate.

    The span stays the amount and its unit ("$18"), as for other units; "a year ago" is no rate.
    """
    if f.unit is None and f.counted is not None and f.kind == "number":
        per = counted_rate(words, f.counted[1] + 1)
        noun = words.texts[f.counted[1]]
        return f if per is None else replaced(f, unit=f"{noun}/{per}")  # "40,000 cases annually"
    if f.unit is None or f.kind not in _RATE_KINDS or "/" in f.unit:
        return f
    k = last + 1
    n = words.size
    if k < n and words.texts[k] == ")":
        k += 1  # "£20 ($38) a month": the amount in brackets
    elif k < n and words.texts[k] == "(":
        close = next((j for j in range(k + 1, min(n, k + 8)) if words.texts[j] == ")"), None)
        k = close + 1 if close is not None else k
    if k + 1 < n and words.lower[k] == "of" and words.texts[k + 1].isalpha():
        k += 2  # "barrels of oil per day"
    if k >= n or words.gap(k) > 2:
        return f
    word = words.lower[k]
    if word in _ADVERB_RATES and words.texts[k].islower():
        per = _ADVERB_RATES[word]
    elif word in _PER_WORDS and k + 2 < n and words.lower[k + 1 : k + 3] in _MILLION_BTU:
        per = "MMBtu"  # "$5.20 per million BTU"
    elif word == "in" and f.kind == "currency" and words.lower[k + 1 : k + 3] in _IN_THE_POUND:
        per = _IN_THE_POUND[words.lower[k + 1 : k + 3]]  # "25 pence in the pound": a tax rate
    elif word in _PER_WORDS and k + 1 < n:
        noun = words.lower[k + 1]
        singular = noun[:-1] if noun.endswith("s") and noun[:-1] in _DENOMINATORS else noun
        per = _DENOMINATORS.get(singular)
        if k + 2 < n and words.lower[k + 2] in _NOT_RATE_AFTER and singular in _TIME_DENOMINATORS:
            return f  # "$1.17 billion a year earlier" (not "$50 a barrel on Tuesday")
        if per is None and word == "per" and f.kind == "currency":
            per = _per_thing(words, k + 1)  # "$44,110 per procedure", "16.60 dlrs per common share"
    else:
        return f
    return f if per is None else replaced(f, unit=f"{f.unit}/{per}")


def _per_thing(words: Words, k: int) -> str | None:
    """The thing a sum of money is paid per, from word ``k`` after "per": the head of up to three
    lower-case words ("per successful asylum seeker" -> seeker), a currency's code ("per euro" ->
    EUR); None when no noun follows."""
    head = None
    for j in range(k, min(words.size, k + 3)):
        text = words.texts[j]
        if words.gap(j) > 2 or not (text.isalpha() and text.islower()) or text in _NOT_PER_THING:
            break
        head = j
        if words.lower[j] in _DENOMINATORS:
            break  # "$9.76 per cwt live": a unit ends the thing paid per
    if head is None:
        return None
    noun = words.lower[head]
    if noun in _DENOMINATORS:
        return _DENOMINATORS[noun]
    return currencies().names.get(noun, noun)


_NOT_PER_THING: Final = frozenset(
    """
    per in at on for of and or a an the to from with by than that which who as cent capita
    can could will would may might must should is are was were has have had
    """.split()
)


def _time_rate(words: Words, k: int) -> str | None:
    """The time unit of "annually", "a day", "per year" at word ``k``, else None."""
    if k >= words.size or words.gap(k) > 2:
        return None
    word = words.lower[k]
    if word in _ADVERB_RATES:
        return _ADVERB_RATES[word] if words.texts[k].islower() else None  # not "EverQuest Daily Grind"
    if word in _PER_WORDS and k + 1 < words.size and words.lower[k + 1] in _TIME_DENOMINATORS:
        if k + 2 < words.size and words.lower[k + 2] in _NOT_RATE_AFTER:
            return None
        return _DENOMINATORS[words.lower[k + 1]]
    if word in _PER_WORDS and k + 1 < words.size and words.lower[k + 1] in _CLOCK_DENOMINATORS:
        if _WORD_NEXT.match(words.text, words.ends[k + 1]) is not None:  # (the text: a window may end)
            return None  # "a second round", "a minute's silence" read on: an ordinal or a noun
        return _DENOMINATORS[words.lower[k + 1]]  # "80 million operations a second)"
    return None


def counted_rate(words: Words, k: int) -> str | None:
    """The denominator of "40,000 cases annually", "25 points per game", "1,000 cars a day" at ``k``."""
    per = _time_rate(words, k)
    if per is not None or k + 1 >= words.size or words.gap(k) > 2 or words.lower[k] not in ("per", "a"):
        return per
    noun = words.lower[k + 1]
    if noun not in _COUNT_DENOMINATORS:
        return _per_noun(words, k + 1) if words.lower[k] == "per" else None  # "22 per surveyor"
    return _DENOMINATORS[noun]


def _per_noun(words: Words, k: int) -> str | None:
    """The one lower-case noun at ``k`` after "per" that a count is a rate of ("three phones per
    cab", "calculations per second" -> s); None for a number word ("eight people per thousand")."""
    text = words.texts[k]
    if words.gap(k) > 2 or not (text.isalpha() and text.islower()) or text in _NOT_PER_THING:
        return None
    if text in SMALL or text in TENS or text in SCALE_WORDS:
        return None
    return _PER_NOUN_UNITS.get(text) or _DENOMINATORS.get(text, text)


_PER_NOUN_UNITS: Final = {"inch": "in", "cent": "percent"}  # ("per cent" is a percentage, never a rate)


_TIME_DENOMINATORS: Final = frozenset({"day", "week", "month", "year", "hour"})
# rates only where no word follows ("30 frames a second."; not "a second round", "a second time")
_CLOCK_DENOMINATORS: Final = frozenset({"second", "minute"})
_WORD_NEXT: Final = re.compile(r" ?['\u2019A-Za-z]")
_COUNT_DENOMINATORS: Final = frozenset({"game", "match", "person", "head", "share"})
_NOT_RATE_AFTER: Final = frozenset({"earlier", "ago", "before", "later", "after", "previously", "on"})
