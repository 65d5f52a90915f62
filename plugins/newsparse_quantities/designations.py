"""Numbers that a neighbouring word makes a designation, not an amount (read on unused news).

- "top 40 singles", "eight top three hits", "the Top 500 list": "top N" before a word of a chart
  or a ranking names a band of ranks (the guideline's "Top 40"), it counts nothing;
- "0845 8 505 505", "0800 555 111": digit groups after a zero-padded dialling code are the rest
  of a phone number even when they read as one spaced number ("8 505 505");
- "text GOODPUB to 85130", "+353 1 6603377": a bare run of five or more digits with no unit, no
  counted noun and no figure after it is a code (news writes amounts from 10,000 up with commas).
"""

from __future__ import annotations

from .numbers import Words

__all__ = ["after_dialling_code", "chart_rank", "long_code", "spaced_phone"]

#: words after "top N" that make it a chart position or a ranking band, not a count
_CHART_WORDS = frozenset(
    """
    hit hits single singles album albums chart charts list lists spot spots place places
    finish finishes slot slots ranking rankings
    """.split()
)


def chart_rank(words: Words, first: int, last: int) -> bool:
    """Whether the number spanning words ``first``..``last`` follows "top" and precedes a chart
    word ("top 40 singles"): a band of ranks, not a count of singles."""
    after = last + 1
    if first < 1 or after >= words.size:
        return False
    return words.lower[first - 1] == "top" and words.lower[after] in _CHART_WORDS


def after_dialling_code(words: Words, i: int) -> bool:
    """Whether word ``i`` follows a zero-padded digit group one space before it ("0800 555 111"):
    the rest of a phone number, not an amount ("0000" is zero, so all zeros do not count)."""
    before = words.texts[i - 1] if i >= 1 else ""
    return before[:1] == "0" and before.isdigit() and bool(before.strip("0")) and words.gap(i) == 1


def spaced_phone(words: Words, i: int) -> bool:
    """Whether a number read as spaced digit groups ("8 505 505") follows a dialling code: its first
    word is bare digits and the code is no table figure's decimals ("up .02 5.75" stays an amount)."""
    if i < 2 or not words.texts[i].isdigit() or not after_dialling_code(words, i):
        return False
    return words.texts[i - 2][-1:].isalpha() and words.gap(i - 1) == 1


def long_code(words: Words, i: int, unit_or_counted: bool) -> bool:
    """Whether word ``i`` is a bare run of five or more digits with no unit or counted noun and no
    figure after it ("to 85130", "+49 69 756525"): a code, not an amount; a table's row of figures
    ("14432 2467.872") stays one, and so does a number with no word before it (nothing says code)."""
    text = words.texts[i]
    if i < 1 or unit_or_counted or len(text) < 5 or not text.isdigit():
        return False
    after = i + 1
    return after >= words.size or not words.texts[after][:1].isdigit()
