"""Word lists of English time expressions: months, weekdays, number words, units, seasons, holidays.

They are small closed classes, kept as code (frozen mappings) rather than data files, because the
regular expressions of ``recognise`` are built from them at import time.
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = [
    "FREQ_WORDS",
    "HOLIDAYS",
    "MONTHS",
    "NUMBER_WORDS",
    "ORDINALS",
    "SEASONS",
    "TIMES_OF_DAY",
    "UNITS",
    "WEEKDAYS",
    "number_value",
    "unit_of",
]

MONTHS = MappingProxyType(
    {
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)

WEEKDAYS = MappingProxyType(
    {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
)

_UNITS_TEEN = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
TENS = MappingProxyType(
    {
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)

# Cardinal words; vague quantities ("several", "a few") map to None (written "X" in values).
NUMBER_WORDS = MappingProxyType(
    {
        **{w: i for i, w in enumerate(_UNITS_TEEN)},
        **TENS,
        "a": 1,
        "an": 1,
        "half": 0.5,
        "a half": 0.5,
        "half a": 0.5,
        "half an": 0.5,
        "one": 1,
        "a hundred": 100,
        "hundred": 100,
        "a dozen": 12,
        "dozen": 12,
        "a couple of": 2,
        "couple of": 2,
        "a couple": 2,
        "a thousand": 1000,
        "several": None,
        "a few": None,
        "few": None,
        "some": None,
        "many": None,
        "dozens of": None,
        "a number of": None,
        "hundreds of": None,
        "thousands of": None,
    }
)

ORDINALS = MappingProxyType(
    {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "eleventh": 11,
        "twelfth": 12,
        "thirteenth": 13,
        "fourteenth": 14,
        "fifteenth": 15,
        "sixteenth": 16,
        "seventeenth": 17,
        "eighteenth": 18,
        "nineteenth": 19,
        "twentieth": 20,
        "twenty-first": 21,
        "twenty-second": 22,
        "twenty-third": 23,
        "twenty-fourth": 24,
        "twenty-fifth": 25,
        "twenty-sixth": 26,
        "twenty-seventh": 27,
        "twenty-eighth": 28,
        "twenty-ninth": 29,
        "thirtieth": 30,
        "thirty-first": 31,
        "1st": 1,
        "2nd": 2,
        "3rd": 3,
        "4th": 4,
    }
)

# Unit word -> (TIMEX3 letter, whether it is a time unit written after "PT").
UNITS = MappingProxyType(
    {
        "second": ("S", True),
        "minute": ("M", True),
        "hour": ("H", True),
        "day": ("D", False),
        "night": ("D", False),
        "week": ("W", False),
        "weekend": ("WE", False),
        "month": ("M", False),
        "quarter": ("Q", False),
        "year": ("Y", False),
        "decade": ("DE", False),
        "century": ("CE", False),
    }
)

SEASONS = MappingProxyType({"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"})

TIMES_OF_DAY = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
)

# Adverbs of frequency -> (period, quant).
FREQ_WORDS = MappingProxyType(
    {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "annual": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
        "quarterly": "P3M",
        "nightly": "P1D",
        "biweekly": "P2W",
        "biannually": "P6M",
        "half-yearly": "P6M",  # "its half-yearly economic report": every six months, not every year
        "half-hourly": "PT30M",
    }
)

# Fixed-date holidays -> (month, day); moving ones are computed in ``resolve``.
HOLIDAYS = MappingProxyType(
    {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "new year": (1, 1),  # "over the New Year" (capitalised: "the new year" is the next one)
        "independence day": (7, 4),
        "halloween": (10, 31),
        "valentine's day": (2, 14),
        "boxing day": (12, 26),
        "may day": (5, 1),
        "bastille day": (7, 14),
        "veterans day": (11, 11),
    }
)


def number_value(word: str) -> int | float | None:
    """The value of a number written in digits or words ("three", "twenty-four", "2.5"); None if vague."""
    w = " ".join(str.lower(word).replace("-", " ").split())
    for half in (" 1/2", " and a half", "½"):
        if w.endswith(half) and len(w) > len(half):
            base = number_value(w[: -len(half)])
            return None if base is None else base + 0.5
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if w.replace(".", "", 1).isdigit():
        return float(w) if "." in w else int(w)
    parts = w.split()
    if len(parts) == 2 and parts[0] in TENS and parts[1] in NUMBER_WORDS:
        second = NUMBER_WORDS[parts[1]]
        return TENS[parts[0]] + second if isinstance(second, int) and second < 10 else None
    return None


def unit_of(word: str) -> str:
    """The singular unit of a unit word ("months" -> "month", "centuries" -> "century")."""
    w = str.lower(word)
    if w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w
