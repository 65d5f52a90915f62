"""Counted nouns written once for parallel counts: "12,500 jobs had gone while 7,800 were moved".

The guideline counts a noun that is elided but recoverable in the same sentence ("211 civilians
were killed and 1,447 wounded": the second counts civilians too). Here the general form: a bare
whole count with nothing after it that could be its own noun (a verb, a preposition, the end of
the clause) takes the counted noun of the count just before it in the same sentence when a word
of contrast or sequence joins them ("and", "while", "but", "to", "into", "compared with", ",").
Left out: a level reached in a change ("rose 8.6 points to 1882.6", "dropped one place to two":
an index level and a rank), ages ("Agassi, now 34,"), vague amounts ("millions have been left
homeless"), fractions and rates ("7.5 connections per 100 people").
"""

from __future__ import annotations

import re
from bisect import bisect_left

import attrs

from .context import counted_rate
from .found import Found
from .numbers import Words

__all__ = ["parallel_counted"]

Counted = tuple[int, int] | None

# words joining two parallel counts (as whole words), or a comma
_JOIN = re.compile(r"\b(?:and|or|but|while|whereas|to|into|from|against|versus|vs|with|compared)\b|,")
# words after the second count that say it has no noun of its own ("7,800 were moved", "106,000 in 2007")
_NO_NOUN_AFTER = frozenset(
    """
    in at on by for from to into with were was are is will would could should had have has be been being
    now then last this next afterwards later earlier before after each apiece respectively a an
    """.split()
)
# words before a number that make it an age or a time, not a count ("now 34", "at 14")
_NOT_COUNT_BEFORE = frozenset({"now", "aged", "age", "at", "per", "every"})
_CLAUSE_ENDS = frozenset(".;!?\n")
_TO_END = re.compile(r"\bto\s*$")
_LEVEL_NOUNS = frozenset({"point", "points", "place", "places"})


def parallel_counted(
    words: Words, found: list[Found], counted: list[Counted]
) -> tuple[list[Found], list[Counted]]:
    """The amounts and their counted nouns, a bare count taking the noun of the count before it."""
    out_found, out_counted = list(found), list(counted)
    for index in range(1, len(found)):
        f, prev = found[index], found[index - 1]
        noun = out_counted[index - 1]
        if counted[index] is not None or noun is None or not _bare_count(f) or not _bare_count(prev):
            continue
        k = bisect_left(words.starts, f.start)
        last = max(k, bisect_left(words.starts, f.end, k) - 1)
        if not _joined(words, prev, f) or not _stands_alone(words, k, last):
            continue
        if words.lower[noun[1]] in _LEVEL_NOUNS and _TO_END.search(words.text[prev.end : f.start]):
            continue  # "rose 13.30 points to 3894.60", "up four places to four": an index level, a rank
        p = bisect_left(words.starts, prev.start)
        if p >= 1 and words.lower[p - 1] in _NOT_COUNT_BEFORE:
            continue  # "7.5 connections per 100 people": the denominator of a rate
        per = counted_rate(words, last + 1)
        if per is not None:  # "258 million images are saved every day, equating to 94 billion a year"
            out_found[index] = attrs.evolve(f, unit=f"{words.texts[noun[1]]}/{per}")
        else:
            out_counted[index] = noun
    return out_found, out_counted


def _bare_count(f: Found) -> bool:
    """Whether ``f`` is a whole count with no unit (its noun may be elided)."""
    return f.kind == "number" and f.unit is None and f.value is not None and f.value.denominator == 1


def _joined(words: Words, prev: Found, f: Found) -> bool:
    """Whether two counts of one clause are joined as parallel ("and", "while", "to", ",")."""
    between = words.text[prev.end : f.start]
    if len(between) > 80 or not _CLAUSE_ENDS.isdisjoint(between) or _JOIN.search(between) is None:
        return False
    return not (prev.change is not None and _TO_END.search(between))  # a level after a change


def _stands_alone(words: Words, first: int, last: int) -> bool:
    """Whether the count at words ``first``..``last`` has no noun after it and is no age or time."""
    lower, n = words.lower, words.size
    before = lower[first - 1] if first >= 1 else ""
    after = lower[last + 1] if last + 1 < n else ""
    if before in _NOT_COUNT_BEFORE:
        return False
    if before == "," and after == ",":
        return False  # "Mr Davies, 60, said": an age in apposition
    return not after or not after[:1].isalpha() or after in _NO_NOUN_AFTER
