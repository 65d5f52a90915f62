"""Which merged windows of a pattern can hold a match, told from the words the trigger scan found.

Most windows of the month, length, relative-unit and anaphor patterns hold no match ("may" the verb,
"days" with no number before it); each cost a required check and a search of the pattern's twin.
Every match of these patterns holds a word the scan already found (a month name as the pattern
writes it; a unit word after a word that can end what comes before it), so a window without one is
dropped before any expression runs in it (issue 13). The proof for each pattern is written beside
its table; ``tests/dates/test_sieve_s37.py`` checks the windows kept give every match the unsieved
windows give.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

from newsparse_dates.lexicon import MONTHS

_Hit = tuple[int, int, tuple[tuple[str, int, int], ...]]  # as ``scan._hit_words`` gives them

# The month patterns (mdy, dmy, month) each hold ``(?P<mon>{pieces._MONTH})``, compared with its
# case: one of these written exactly so, a whole word (a space, "-" or a word's edge before it, a
# space, "," or no word character after it), and every one of them is a trigger word.
_MONTH_PATTERNS: Final = ("mdy", "dmy", "month")
_EXACT_MONTHS: Final = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
)

# The other sieved patterns hold a unit word (a trigger word, whole) joined by white space (or "-"
# for duration) to a whole word before it; which words may stand there:
# duration: ``NUM [\s-]+ UNIT``; before the ``[\s-]+`` ends a number (a digit), a number word, "of"
# ("a couple of", "dozens of"), "few", "dozen", "hundred", "several", "many", "a", "an", "half", one
# of the words that may stand between ("more", "consecutive"...), or the upper end of a range, which
# "to" or "or" may glue to what is before it ("10 totwo days": the word "totwo").
_SMALL_AND_TENS: Final = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
).split()
_DURATION_UNITS: Final = frozenset(
    "second seconds minute minutes hour hours day days night nights week weeks weekend weekends "
    "month months quarter quarters year years decade decades century centuries".split()
)
_DURATION_BEFORE: Final = frozenset(
    (
        *_SMALL_AND_TENS,
        *"of few dozen hundred several many a an half".split(),
        *"more additional straight consecutive trading business working".split(),
    )
)
_GLUED: Final = tuple(glue + word for glue in ("to", "or") for word in _SMALL_AND_TENS)
# relunit: ``REL \s+ (fiscal \s+)? UNIT``, ``the (end|...) \s+ of \s+ the \s+ UNIT``, ``the \s+ weekend``.
_RELUNIT_UNITS: Final = frozenset("week weekend month year quarter decade century".split())
_RELUNIT_BEFORE: Final = frozenset(
    "coming last this next past previous preceding following current same prior new fiscal".split()
)
# anaphor: ``(that|the same) \s+ (same \s+)? UNIT``, ``the (next|...) \s+ UNIT``,
# ``the \s+ UNIT \s+ (after|before)``, ``the \s+ month``.
_ANAPHOR_UNITS: Final = frozenset("year month quarter week day morning afternoon evening night".split())
_ANAPHOR_BEFORE: Final = frozenset("that same next following previous preceding".split())
_UNIT_WORDS: Final = _DURATION_UNITS | _RELUNIT_UNITS | _ANAPHOR_UNITS
_UNITS_OF: Final = MappingProxyType(
    {"duration": _DURATION_UNITS, "relunit": _RELUNIT_UNITS, "anaphor": _ANAPHOR_UNITS}
)
SIEVED: Final = frozenset((*_MONTH_PATTERNS, *_UNITS_OF))


def usable(text: str, lowered: str) -> bool:
    """Whether the sieve may read ``lowered`` (``str.lower(text)``) for ``text``'s case-blind matches.

    Lower-casing keeps every offset, and no character of the text matches an ASCII letter under
    ``re.IGNORECASE`` without lower-casing to it: of all of Unicode only "ſ", "ı" (and "İ", which
    changes the length) do not."""
    return len(lowered) == len(text) and "ſ" not in text and "ı" not in text


def marks(text: str, lowered: str, hits: list[_Hit]) -> dict[str, list[int]]:
    """Pattern -> the starts (in text order) of the found words that can be the word its matches hold."""
    months: list[int] = []
    duration: list[int] = []
    relunit: list[int] = []
    anaphor: list[int] = []
    for start, end, _ in hits:
        word = lowered[start:end]
        if word in MONTHS:
            if text[start:end] in _EXACT_MONTHS:
                months.append(start)
        elif word in _UNIT_WORDS:
            gap = _space_before(lowered, start, True)
            if gap == start:
                continue
            before = _word_before(lowered, gap)
            if word in _DURATION_UNITS and (
                before in _DURATION_BEFORE or before[-1:].isdecimal() or before.endswith(_GLUED)
            ):
                duration.append(start)
            spaced = _space_before(lowered, start, False)
            if spaced != gap:  # "-" stands before the unit: only white space joins the other two
                if spaced == start:
                    continue
                gap, before = spaced, _word_before(lowered, spaced)
            if word in _RELUNIT_UNITS and (
                before in _RELUNIT_BEFORE
                or (before == "the" and (word == "weekend" or _of_before(lowered, gap - 3)))
            ):
                relunit.append(start)
            if word in _ANAPHOR_UNITS and (
                before in _ANAPHOR_BEFORE
                or (before == "the" and (word == "month" or _after_before(lowered, end)))
            ):
                anaphor.append(start)
    return {
        "mdy": months,
        "dmy": months,
        "month": months,
        "duration": duration,
        "relunit": relunit,
        "anaphor": anaphor,
    }


def _space_before(lowered: str, start: int, hyphen: bool) -> int:
    """Where the run of white space (and "-" where ``hyphen``) ending at ``start`` begins."""
    j = start
    while j > 0 and (lowered[j - 1].isspace() or (hyphen and lowered[j - 1] == "-")):
        j -= 1
    return j


def _word_before(lowered: str, end: int) -> str:
    """The whole word (``\\w`` run) of ``lowered`` ending at ``end`` ("" when none does)."""
    j = end
    while j > 0 and _word_char(lowered[j - 1]):
        j -= 1
    return lowered[j:end]


def _of_before(lowered: str, start: int) -> bool:
    """Whether the word "of" and white space stand before ``start`` (where "the" starts)."""
    gap = _space_before(lowered, start, False)
    return gap < start and _word_before(lowered, gap) == "of"


def _after_before(lowered: str, end: int) -> bool:
    """Whether white space then "after" or "before" follow ``end``."""
    j, size = end, len(lowered)
    while j < size and lowered[j].isspace():
        j += 1
    return j > end and lowered.startswith(("after", "before"), j)


def kept(
    windows: list[tuple[int, int]], starts: list[int], text: str, lowered: str, name: str
) -> list[tuple[int, int]]:
    """The ``windows`` of pattern ``name`` holding one of ``starts``, and any whose end cuts a word
    into one its matches hold ("day" of "yearly" cut after "year": the window's own match may end
    there, in a word the scan never found whole)."""
    months = name in _MONTH_PATTERNS
    words = _EXACT_MONTHS if months else _UNITS_OF[name]
    out: list[tuple[int, int]] = []
    i, n, size = 0, len(starts), len(text)
    for lo, hi in windows:
        while i < n and starts[i] < lo:
            i += 1
        if i < n and starts[i] < hi:
            out.append((lo, hi))
        elif 0 < hi < size and _word_char(text[hi]) and _word_char(text[hi - 1]):
            j = hi - 1
            while j > lo and _word_char(text[j - 1]):
                j -= 1
            if (text if months else lowered)[j:hi] in words:
                out.append((lo, hi))
    return out


def _word_char(char: str) -> bool:
    """``re``'s ``\\w`` for one character of a ``str``."""
    return char.isalnum() or char == "_"
