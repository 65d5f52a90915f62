"""Phone numbers of wire-story footers ("-- London Newsroom +44 171 542 8863"): not amounts.

A run of digit groups written with single spaces, the last of four digits and the others of one to
three ("20 504 5000", "204 947 3548"), is a phone number; so are two groups ("266 2410") after a
closing bracket or a "+" code ("(36 1) 266 2410", "+44 171 542 8863"). Tables write their figures
with commas or end in shorter groups ("363 49 295 46"), so they stay amounts; but every group after a
"+" dialling code that follows a word on its line is part of the number, whatever its length ("Oslo
newsroom +47 22 42 50 41", "Moscow Newsroom +7095 941 8520", session 38).
"""

from __future__ import annotations

from .numbers import Words

__all__ = ["phone_group"]


def _group(words: Words, k: int) -> bool:
    """Whether word ``k`` is a bare group of one to four digits."""
    text = words.texts[k]
    return len(text) <= 4 and text.isdigit()


def _after_plus_code(words: Words, first: int) -> bool:
    """Whether the digit group at word ``first`` is glued to a "+" that follows a word, a comma or a
    bracket on the same line ("Newsroom +7095", "newsroom, +49"): a dialling code, whatever the
    groups' lengths. A "+" opening a line or after a figure ("+1 Fred Couples", "+17 +19") is a
    table's signed figure, not a code."""
    if first < 2 or words.texts[first - 1] != "+" or words.gap(first) != 0:
        return False
    before = words.texts[first - 2]
    if "\n" in words.text[words.ends[first - 2] : words.starts[first - 1]]:
        return False
    return before[-1:].isalpha() or before in (",", "(")


#: a run of more digit groups than this is a table of figures, not a phone number (the longest
#: footer numbers have four or five groups: "+44 171 542 8863"); the cap keeps each walk short
_MOST_GROUPS = 8


def phone_group(words: Words, i: int) -> bool:
    """Whether the plain number at word ``i`` is one group of a spaced phone number (module docstring).

    The walk over neighbouring groups stops past ``_MOST_GROUPS`` words, so a long run ("9 9 9 …")
    costs constant time per number instead of the whole run (which was quadratic).
    """
    first = i
    while first >= 1 and i - first <= _MOST_GROUPS and _group(words, first - 1) and words.gap(first) == 1:
        first -= 1
    last = i
    while last + 1 < words.size and last - first <= _MOST_GROUPS:
        if not (_group(words, last + 1) and words.gap(last + 1) == 1):
            break
        last += 1
    if last - first >= _MOST_GROUPS:
        return False
    if last > first and _after_plus_code(words, first):
        return True  # "Newsroom +47 22 42 50 41", "+7095 941 8520": the groups after a "+" code
    if len(words.texts[last]) != 4 or last == first:
        return False
    if any(len(words.texts[k]) == 4 for k in range(first, last)):
        return False  # "1995 1996": years side by side
    if last - first >= 2:
        return True
    before = words.texts[first - 1] if first >= 1 else ""
    glued_code = before == "-" and words.gap(first) == 0  # "+91-22-265 9000"
    return before == ")" or glued_code or (before[:1] == "+" and before[1:].isdigit())
