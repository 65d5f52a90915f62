"""Lines in capitals (a wire headline, a table's heading): their time words read as running text
writes them, since the patterns know a month or a weekday by its capital and nothing else."""

from __future__ import annotations

import re
from typing import Final

# month and weekday names in capitals, written with one capital; the short months and "MAY" and
# "MARCH" only beside a number ("AUG 23", "MAY 3": "DEC REPORTS LOSS", "MAY MISS CUP" are no dates)
_NAMES: Final = frozenset(
    "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY JANUARY FEBRUARY APRIL JUNE JULY AUGUST"
    " SEPTEMBER OCTOBER NOVEMBER DECEMBER".split()
)
_BESIDE_A_NUMBER: Final = frozenset("MAY MARCH JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC".split())
# a plural unit after its count ("AFTER 20 MONTHS") and an ordinal's ending ("AUGUST 24TH"): lower case
_WORDS: Final = re.compile(
    r"\b(?:[A-Z]+DAY|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|(?:YEAR|MONTH|WEEK|DAY|HOUR|MINUTE|DECADE)S)\b"
    r"|(?<=\d)(?:ST|ND|RD|TH)\b",
    re.ASCII,
)
_NUMBER_NEAR: Final = re.compile(r"\d")


def recased(text: str) -> str:
    """``text`` with the time words of each line in capitals written as in running text ("THURSDAY,
    AUGUST 22 SCHEDULE" as "Thursday, August 22 SCHEDULE"), of the same length; ``text`` itself when
    no line is in capitals or none holds a time word."""
    lines = text.split("\n")
    changed = False
    for k, line in enumerate(lines):
        if line.isupper():
            new = _WORDS.sub(_recased_word, line)
            if new != line:
                lines[k] = new
                changed = True
    return "\n".join(lines) if changed else text


def _recased_word(m: re.Match[str]) -> str:
    """One time word of a line in capitals as running text writes it, or as it stands."""
    word = m.group()
    if word in _NAMES:
        return str.capitalize(word)
    if word in _BESIDE_A_NUMBER:
        line = m.string
        near = line[max(0, m.start() - 3) : m.end() + 3]
        return str.capitalize(word) if _NUMBER_NEAR.search(near) else word
    if word.endswith("DAY"):
        return word  # "FIRST DAY", "HOLIDAY": no weekday
    return str.lower(word)
