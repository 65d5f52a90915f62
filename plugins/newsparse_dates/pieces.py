"""Building blocks of the date patterns' regular expressions, and the modifier and relative-word tables."""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import MappingProxyType

from newsparse_dates.lexicon import ORDINALS

_L = r"(?<![\w$£€¥#@/.\-])"  # left edge: not inside a word, a number, an amount or a code
_R = r"(?![\w%$£€\-]|[.,:/]\d)"  # right edge: not followed by more of the same token
_R_DAY = r"(?![\w%$£€]|-(?![12]?\d\b|3[01]\b)|[.,:/]\d)"  # the same, but "15-17" (a range of days) is allowed
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = rf"(?-i:{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_WD = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_ABBR = r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_ORD = "|".join(sorted((k for k in ORDINALS if k.isalpha() or "-" in k), key=len, reverse=True))
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\w%]|[.,:/]\d)"
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    "|seventeen|eighteen|nineteen"
)
_NUM = (
    rf"(?:(?<![\d,.])\d+(?:\.\d+)?(?:\s+1/2)?|(?:{_TENS})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|(?:{_SMALL})\b|a\s+couple\s+of|couple\s+of|a\s+few|a\s+dozen|a\s+hundred|a\s+number\s+of"
    r"|dozens\s+of|hundreds\s+of|several|few|many|half\s+an?\b|(?:a\s+)?half|an?)"
)
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?"
    r"|century|centuries)"
)
_UNIT1 = r"(?:week|weekend|month|year|quarter|decade|century)"
_PRE_REQ = r"(?P<pre>early|late|mid|the\s+(?:end|beginning|start|middle|close|turn)\s+of)[\s-]+"
_PRE = rf"(?:{_PRE_REQ})?"
# before a month only: "the second half of May" (a year's halves are H1/H2 of their own pattern)
_PRE_MONTH = (
    r"(?:(?P<pre>early|late|mid|the\s+(?:end|beginning|start|middle|close|turn|(?:first|second|latter)\s+half)"
    r"\s+of)[\s-]+)?"
)
# words after "the past" that make it a period ("the past three years") rather than PAST_REF
_TIMEWORD = (
    r"(?:few|several|many|couple|dozen|year|month|week|day|decade|century|quarter|hour|minute|summer|winter"
    rf"|spring|fall|autumn|weekend|night|{_SMALL}|{_TENS}|(?:[a-z]+-)?(?:years|months|weeks|days|decades))\b"
)
_MODQ = (
    r"(?:(?P<modq>more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|over|under"
    r"|about|around|approximately|roughly|nearly|almost|some)\s+)?"
)


def _trie(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` written as a trie (shared prefixes once: fewer failed tries)."""
    heads: dict[str, list[str]] = {}
    ends = False
    for word in sorted(set(words)):
        if word:
            heads.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    inner = "|".join(re.escape(head) + _trie(rest) for head, rest in heads.items())
    if ends:
        return f"(?:{inner})?" if inner else ""
    return inner if len(heads) == 1 else f"(?:{inner})"


# The first words of every way a duration can start ("the", "last", "more than", "a few", "3", "two"...),
# as a lookahead: the duration pattern then gives up at once at most words of its (long) windows,
# where it used to try each of its many alternatives.  It only rejects starts the pattern would reject
# (prefixes of the pattern's own first words, with no boundary after them).  Other patterns that start
# with optional parts get the same kind of guard: the characters they can start with.
_DURATION_FIRST_WORDS = (
    "the last past next coming recent previous following first final latest preceding initial same "  # rel
    "more less fewer at up no over under about around approximately roughly nearly almost some "  # modq
    "twenty thirty forty fifty sixty seventy eighty ninety one two three four five six seven eight nine ten "
    "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
    "couple dozens hundreds several few many half"  # the number
).split()
_DURATION_NUMBER = rf"\d|a[\s\-–ton]|{_trie([w for w in _DURATION_FIRST_WORDS if w != 'the'])}"
# "the" only where one of the other first words follows it
_DURATION_START = rf"(?=[\dtlpncrfismaueodh])(?=the\s+(?:{_DURATION_NUMBER})|{_DURATION_NUMBER})"
_TZ = (
    r"(?:\s+(?P<tz>(?-i:[ECMP][SD]T|GMT|UTC|BST|CET)\b"
    r"|(?-i:Eastern|Central|Mountain|Pacific)\s+(?-i:(?:Daylight|Standard)\s+)?(?-i:Time)\b))?"
)

_MODS = MappingProxyType(
    {
        "early": "START",
        "late": "END",
        "mid": "MID",
        "the end of": "END",
        "the beginning of": "START",
        "the start of": "START",
        "the middle of": "MID",
        "the close of": "END",
        "the turn of": "START",
        "the first half of": "START",
        "the second half of": "END",
        "the latter half of": "END",
        "more than": "MORE_THAN",
        "over": "MORE_THAN",
        "less than": "LESS_THAN",
        "fewer than": "LESS_THAN",
        "under": "LESS_THAN",
        "at least": "EQUAL_OR_MORE",
        "at most": "EQUAL_OR_LESS",
        "up to": "EQUAL_OR_LESS",
        "no more than": "EQUAL_OR_LESS",
        "within": "EQUAL_OR_LESS",
        "about": "APPROX",
        "around": "APPROX",
        "approximately": "APPROX",
        "roughly": "APPROX",
        "nearly": "APPROX",
        "almost": "APPROX",
        "some": "APPROX",
    }
)
_REL = MappingProxyType(
    {
        "last": -1,
        "past": -1,
        "previous": -1,
        "prior": -1,
        "preceding": -1,
        "this": 0,
        "current": 0,
        "present": 0,
        "same": 0,
        "next": 1,
        "coming": 1,
        "following": 1,
        "this past": -1,
        "this coming": 1,
        "latest": -1,
        "recent": -1,
    }
)
