"""Days listed before a month ("on 14, 20 and 27 April") and bare years: dates, which the dates layer owns."""

from __future__ import annotations

from typing import Final

from .numbers import Num, Words

__all__ = ["bare_year", "listed_days"]

_MOST_LISTED_DAYS: Final = 6  # "on 3, 10, 17, 24 and 31 May": the longest lists of days news writes


def listed_days(words: Words, last: int) -> int:
    """The last of the numbers of one or two digits listed by commas after word ``last`` ("14, 20
    and 27 April": 20), or ``last`` itself; at most a few (a long run of figures is a table)."""
    for _ in range(_MOST_LISTED_DAYS):
        if not (last + 2 < words.size and words.texts[last + 1] == "," and len(words.texts[last + 2]) <= 2):
            break
        if not words.is_digits(last + 2):
            break
        last += 2
    return last


def bare_year(num: Num, text: str, described: bool) -> bool:
    """Whether ``num`` is a year: a bare 4-digit number from 1000 to 2099 (``text``, its word) with
    no unit and no counted noun (``described``)."""
    plain = num.plain and not described and len(text) == 4
    return plain and num.value is not None and 1000 <= num.value <= 2099
