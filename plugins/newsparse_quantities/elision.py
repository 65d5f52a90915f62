"""Counted nouns written once for parallel counts: "12,500 jobs had gone while 7,800 were moved".

The guideline counts a noun that is elided but recoverable in the same sentence ("211 civilians
were killed and 1,447 wounded": the second counts civilians too). Here the general form: a bare
whole count with nothing after it that could be its own noun (a verb, a preposition, the end of
the clause) takes the counted noun of the count just before it in the same sentence when a word
of contrast or sequence joins them ("and", "while", "but", "to", "into", "compared with", ",").
The same for "the number of": "the number of Japanese films released rose to 310", "limit the
number of regional casinos to eight" count films and casinos (the guideline's "the number rose
to 12", with no noun, counts nothing).
A count before "more" or "fewer" with no noun after them is such a count too ("309 electoral
votes, 39 more than needed", "killed roughly 100 demonstrators and injured hundreds more").
Left out of the parallel counts: a level reached in a change ("rose 8.6 points to 1882.6",
"dropped one place to two": an index level and a rank), ages ("Agassi, now 34,"), vague
amounts not before "more" or "fewer" ("millions have been left homeless"), fractions and rates
("7.5 connections per 100 people").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from .found import Found, replaced
from .lexicon import IRREGULAR_PLURALS, plural_in_s
from .numbers import Words
from .rate_units import counted_rate

__all__ = ["number_of_counted", "parallel_counted"]

Counted = tuple[int, int] | None

# words joining two parallel counts (as whole words), or a comma
_JOIN = re.compile(r"\b(?:and|or|but|while|whereas|to|into|from|against|versus|vs|with|compared|than)\b|,")
# words after the second count that say it has no noun of its own ("7,800 were moved", "106,000 in 2007")
_NO_NOUN_AFTER: Final = frozenset(
    """
    in at on by for from to into with were was are is will would could should had have has be been being
    now then last this next afterwards later earlier before after each apiece respectively a an
    onwards and but while if so because unless when though although whereas
    """.split()
)
# words before a number that make it an age or a time, not a count ("now 34", "at 14")
_NOT_COUNT_BEFORE: Final = frozenset({"now", "aged", "age", "at", "per", "every"})
_CLAUSE_ENDS: Final = frozenset(".;!?\n")
_OF_PRONOUNS: Final = frozenset({"them", "those", "these", "which", "whom"})
_TO_END: Final = re.compile(r"\bto\s*$")
_LEVEL_NOUNS: Final = frozenset({"point", "points", "place", "places"})
# comparatives after a count whose noun is elided: "309 electoral votes, 39 more than needed"
_COMPARATIVES: Final = frozenset({"more", "fewer"})


def parallel_counted(
    words: Words, found: list[Found], counted: list[Counted]
) -> tuple[list[Found], list[Counted]]:
    """The amounts and their counted nouns, a bare count taking the noun of the count before it."""
    out_found, out_counted = list(found), list(counted)
    for index in range(1, len(found)):
        f, prev = found[index], found[index - 1]
        noun = out_counted[index - 1]
        vague = _vague_count(f)
        if counted[index] is not None or noun is None or not _bare_count(prev):
            continue
        if not (vague or _bare_count(f)):
            continue
        k = bisect_left(words.starts, f.start)
        last = max(k, bisect_left(words.starts, f.end, k) - 1)
        if not _joined(words, prev, f) or not _stands_alone(words, k, last):
            continue
        if vague and (last + 1 >= words.size or words.lower[last + 1] not in _COMPARATIVES):
            continue  # "millions were left homeless"; but "shot 100 demonstrators and injured hundreds more"
        if words.lower[noun[1]] in _LEVEL_NOUNS and _TO_END.search(words.text[prev.end : f.start]):
            continue  # "rose 13.30 points to 3894.60", "up four places to four": an index level, a rank
        p = bisect_left(words.starts, prev.start)
        if p >= 1 and words.lower[p - 1] in _NOT_COUNT_BEFORE:
            continue  # "7.5 connections per 100 people": the denominator of a rate
        if _number_of_before(words.text, f.start) is not None:
            continue  # "taking the number of people employed to 38.9 million": that noun, below
        per = counted_rate(words, last + 1)
        if per is not None:  # "258 million images are saved every day, equating to 94 billion a year"
            out_found[index] = replaced(f, unit=f"{words.texts[noun[1]]}/{per}")
        else:
            out_counted[index] = noun
    return out_found, out_counted


def _bare_count(f: Found) -> bool:
    """Whether ``f`` is a whole count with no unit (its noun may be elided)."""
    return f.kind == "number" and f.unit is None and f.value is not None and f.value.denominator == 1


def _vague_count(f: Found) -> bool:
    """Whether ``f`` is a vague count with no unit ("hundreds"), whose noun may be elided before "more"."""
    return f.kind == "number" and f.unit is None and f.value is None and f.modifier is None


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
    if after == "of":  # "Four people, two of them", "10 world records, three of which"
        return last + 2 < n and lower[last + 2] in _OF_PRONOUNS
    if after in _COMPARATIVES:  # "39 more than needed", "two more in Florida"; not "two more goals"
        following = lower[last + 2] if last + 2 < n else ""
        return following == "than" or _no_noun(following)
    return _no_noun(after)


def _no_noun(after: str) -> bool:
    """Whether the word after a count opens no noun of its own (none, a sign, a verb or a particle)."""
    return not after or not after[:1].isalpha() or after in _NO_NOUN_AFTER


def number_of_counted(words: Words, found: list[Found], spans: list[Span]) -> tuple[list[Found], list[Span]]:
    """The amounts and their counted nouns' character spans, a bare count in a clause about "the
    number of <nouns>" counting them (read from the text: the phrase may stand beyond the words read
    around amounts); "increase the number of tourists by 40,000 per year" makes a rate of the noun."""
    out_found, out = list(found), list(spans)
    if "umber" not in words.text and "UMBER" not in words.text:  # (most texts have no "number of")
        return out_found, out
    for index, f in enumerate(found):
        if spans[index] is not None or f.kind != "number" or f.unit is not None:
            continue
        if f.value is None and f.modifier != "range":
            continue  # ("hundreds" of something else: a vague amount names its own noun)
        noun = _number_of_before(words.text, f.start)
        if noun is None:
            continue
        between = [out[j] for j in range(index) if noun[1] < found[j].start and found[j].end <= f.start]
        if any(c is not None and c != noun for c in between):
            continue  # another amount between has a noun of its own
        last = bisect_left(words.starts, f.end) - 1
        per = counted_rate(words, last + 1) if last >= 0 else None
        if per is not None:
            head = words.text[noun[0] : noun[1]].split()[-1]
            out_found[index] = replaced(f, unit=f"{head}/{per}")
        else:
            out[index] = noun
    return out_found, out


def _number_of_before(text: str, end: int) -> Span:
    """The noun phrase of "the number of <nouns>" in the clause before offset ``end``, as character
    offsets from its first word to its head (the first plural after "of" and a determiner)."""
    lo = max(0, end - _NUMBER_OF_REACH)
    clause = max(text.rfind(c, lo, end) for c in _CLAUSE_ENDS) + 1
    phrases = [m.end() for m in _NUMBER_OF.finditer(text, max(lo, clause), end)]
    if not phrases:
        return None
    pieces = list(_WORD.finditer(text, phrases[-1], end))[:5]
    if pieces and str.lower(pieces[0].group()) in _DETERMINERS:
        pieces = pieces[1:]
    for at, piece in enumerate(pieces[:4]):
        word = piece.group()
        low = str.lower(word)
        if not word.isalpha():
            return None
        if plural_in_s(low) or low in IRREGULAR_PLURALS:
            first = at
            while first > 0 and pieces[first - 1].group().islower():
                first -= 1  # "specialist sport colleges" ("Japanese films": adjectives left out)
            return pieces[first].start(), piece.end()
    return None


Span = tuple[int, int] | None
_NUMBER_OF_REACH: Final = 150  # characters back from the amount to "the number of"
_NUMBER_OF: Final = re.compile(r"\bnumbers? of\s+", re.IGNORECASE)
_WORD: Final = re.compile(r"[^\W\d_]+|\S")
_DETERMINERS: Final = frozenset("the its their his her our your these those such".split())
