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

from newsparse_dates.lexicon import MONTHS, ORDINALS
from newsparse_dates.patterns import _REQUIRED_LOWER, _TRIGGERS

_Hit = tuple[int, int, tuple[tuple[str, int, int], ...]]  # as ``scan._hit_words`` gives them

# The month patterns (mdy, dmy, month) each hold ``(?P<mon>{pieces._MONTH})``, compared with its
# case: one of these written exactly so, a whole word (a space, "-" or a word's edge before it, a
# space, "," or no word character after it), and every one of them is a trigger word. mdy's month is
# followed by white space and its day (digits, "the" or an ordinal word: "twenty" of "twenty-first"),
# dmy's follows white space after its day (a word starting with a digit) or "of".
_MONTH_PATTERNS: Final = ("mdy", "dmy", "month")
_EXACT_MONTHS: Final = frozenset(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec".split()
)
_DAY_WORDS: Final = frozenset(
    ("the", *(key.split("-")[0] for key in ORDINALS if key.isalpha() or "-" in key))
)
# holiday's ``(?P<hol>...)`` starts a word with one of its trigger words (``test_sieve_s37`` checks it)
# and is the required text of ``patterns._REQUIRED_LOWER``, matched where the word starts.
_HOLIDAY_FIRST: Final = frozenset(
    word for word, hits in _TRIGGERS.items() if any(h[0] == "holiday" for h in hits)
)
_HOLIDAY_AT: Final = _REQUIRED_LOWER["holiday"]

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
SIEVED: Final = frozenset((*_MONTH_PATTERNS, *_UNITS_OF, "holiday"))


def usable(text: str, lowered: str) -> bool:
    """Whether the sieve may read ``lowered`` (``str.lower(text)``) for ``text``'s case-blind matches.

    Lower-casing keeps every offset, and no character of the text matches an ASCII letter under
    ``re.IGNORECASE`` without lower-casing to it: of all of Unicode only "ſ", "ı" (and "İ", which
    changes the length) do not."""
    return len(lowered) == len(text) and "ſ" not in text and "ı" not in text


def marks(text: str, lowered: str, hits: list[_Hit]) -> dict[str, list[int]]:
    """Pattern -> the starts (in text order) of the found words that can be the word its matches hold."""
    out: dict[str, list[int]] = {name: [] for name in SIEVED}
    for start, end, _ in hits:
        word = lowered[start:end]
        if word in MONTHS and text[start:end] in _EXACT_MONTHS:
            out["month"].append(start)
            if _day_after(lowered, end):
                out["mdy"].append(start)
            gap = _space_before(lowered, start, False)
            if gap < start:
                before = _word_before(lowered, gap)
                if before == "of" or before[:1].isdecimal():
                    out["dmy"].append(start)
        if word in _HOLIDAY_FIRST:
            if _HOLIDAY_AT.match(lowered, start) is not None:
                out["holiday"].append(start)
        elif word in _UNIT_WORDS:
            _unit_marks(lowered, word, start, end, out)
    return out


def _unit_marks(lowered: str, word: str, start: int, end: int, out: dict[str, list[int]]) -> None:
    """Add ``start`` (a unit word's, ending at ``end``) to the patterns of ``out`` its word before fits."""
    gap = _space_before(lowered, start, True)
    if gap == start:
        return
    before = _word_before(lowered, gap)
    if word in _DURATION_UNITS and (
        before in _DURATION_BEFORE or before[-1:].isdecimal() or before.endswith(_GLUED)
    ):
        out["duration"].append(start)
    spaced = _space_before(lowered, start, False)
    if spaced != gap:  # "-" stands before the unit: only white space joins the other two
        if spaced == start:
            return
        gap, before = spaced, _word_before(lowered, spaced)
    if word in _RELUNIT_UNITS and (
        before in _RELUNIT_BEFORE or (before == "the" and (word == "weekend" or _of_before(lowered, gap - 3)))
    ):
        out["relunit"].append(start)
    if word in _ANAPHOR_UNITS and (
        before in _ANAPHOR_BEFORE or (before == "the" and (word == "month" or _after_before(lowered, end)))
    ):
        out["anaphor"].append(start)


def _day_after(lowered: str, end: int) -> bool:
    """Whether (after a ".") white space then a word starting with a digit, "the" or an ordinal follow."""
    size = len(lowered)
    j = end + 1 if end < size and lowered[end] == "." else end
    k = j
    while k < size and lowered[k].isspace():
        k += 1
    if k == j or k == size:
        return False
    if lowered[k].isdecimal():
        return True
    m = k
    while m < size and _word_char(lowered[m]):
        m += 1
    return lowered[k:m] in _DAY_WORDS


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
    words = _EXACT_MONTHS if months else _HOLIDAY_FIRST if name == "holiday" else _UNITS_OF[name]
    out: list[tuple[int, int]] = []
    i, n, size = 0, len(starts), len(text)
    for lo, hi in windows:
        while i < n and starts[i] < lo:
            i += 1
        if i < n and starts[i] < hi:
            out.append((lo, hi))
        elif 0 < hi < size and _word_char(text[hi]) and _word_char(text[hi - 1]):
            if text[hi] == "_" or text[hi - 1] == "_":  # the match there is kept as the window cuts it
                out.append((lo, hi))
                continue
            j = hi - 1
            while j > lo and _word_char(text[j - 1]):
                j -= 1
            if (text if months else lowered)[j:hi] in words:
                out.append((lo, hi))
    return out


def _word_char(char: str) -> bool:
    """``re``'s ``\\w`` for one character of a ``str``."""
    return char.isalnum() or char == "_"
