"""Find time expressions in English news text and normalise them to TIMEX3 values.

Each pattern is one regular expression (no nested quantifiers over overlapping classes, so every
scan is linear) with a handler that turns a match into a :class:`Found` (type, value, mod, interval)
or rejects it. All patterns run over the text; overlapping candidates are settled longest-first,
following the TimeML extent rules used by TempEval-3: determiners and quantity modifiers ("the",
"more than") are inside the expression, prepositions ("on", "in", "since") are not.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from types import MappingProxyType

import attrs

from newsparse_dates import resolve as rs
from newsparse_dates.lexicon import (
    FREQ_WORDS,
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    SEASONS,
    TENS,
    TIMES_OF_DAY,
    UNITS,
    WEEKDAYS,
    number_value,
    unit_of,
)

__all__ = ["Context", "Found", "find"]


@attrs.frozen
class Found:
    """One recognised and normalised time expression (offsets into the document text)."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchored: bool = False
    interval: tuple[str, str] | None = None
    quant: str | None = None
    freq: str | None = None
    kind: str = ""


@attrs.frozen
class Context:
    """What a handler needs besides its match: the text, the anchor date and the sentence bounds."""

    text: str
    ref: dt.date | None
    sentence_starts: tuple[int, ...]
    sentence_ends: tuple[int, ...]

    def sentence(self, pos: int) -> tuple[int, int]:
        """The bounds of the sentence holding ``pos`` (the whole text if there are no sentences)."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0 or pos > self.sentence_ends[i]:
            return max(0, pos - 200), min(len(self.text), pos + 200)
        return self.sentence_starts[i], self.sentence_ends[i]

    def tense(self, start: int, end: int) -> int:
        """-1 past, +1 future, 0 unknown: the tense marker nearest the expression in its sentence."""
        lo, hi = self.sentence(start)
        lo, hi = max(lo, start - 90), min(hi, end + 50)
        best, best_dist = 0, 10**9
        for m in _TENSE.finditer(self.text, lo, hi):
            if m.start() >= start and m.end() <= end:
                continue
            # the governing verb usually comes first: markers after the expression count double
            dist = start - m.end() if m.end() <= start else 2 * (m.start() - end)
            if dist < best_dist:
                best, best_dist = (1 if m.group("fut") else -1), dist
        if best == 0 and _PRESENT_SCHEDULE.search(self.text, max(lo, start - 40), start):
            return 1  # "Arafat and Netanyahu meet separately Monday": the present of a scheduled event
        return best

    def before(self, start: int, n: int = 24) -> str:
        """The lower-cased text just before ``start`` (to look at the preceding word)."""
        return self.text[max(0, start - n) : start].lower()

    def after(self, end: int, n: int = 24) -> str:
        """The lower-cased text just after ``end``."""
        return self.text[end : end + n].lower()


_TENSE = re.compile(
    r"(?i)\b(?:(?P<fut>(?:will|would|shall)(?:\s+not)?(?:\s+be)?\s+[a-z]+|to\s+be\s+[a-z]+|will|won't|shall|going\s+to|plans?\s+to|planning\s+to|expect(?:s|ed)?\s+to|scheduled"
    r"|set\s+to|due\s+to|would|next(?!\s+to\b)|upcoming|tomorrow|planning|(?<!previously\s)(?<!had\s)planned|as\s+(?:soon|early)\s+as"
    r"|(?:postponed|delayed|adjourned|deferred|put\s+off|pushed\s+back|extended)(?:\s+[a-z]+){0,2}\s+(?:until|till)"
    r"|(?:has|have|given)(?:\s+[a-z]+){0,3}\s+until"
    r"|(?:is|are|was|were)\s+(?:to|planning|scheduled|expected|due|set|going|supposed))"
    r"|(?P<past>had\s+been\s+(?:due|scheduled|expected|set|slated|planned)\s+to|was|were|had|did|said|says|told|ago|last|yesterday|went|came|took|made|got|gave|began|fell"
    r"|rose|shot|met|left|lost|won|held|brought|saw|sent|struck|paid|sold|bought|fought|(?-i:[a-z]+ed)))\b|'ll\b"
)

# a verb in the present tense right before a day: news writes scheduled events this way
_PRESENT_SCHEDULE = re.compile(
    r"(?i)\b(?:meets?|begins?|starts?|opens?|visits?|arrives?|leaves?|departs?|returns?|resumes?|convenes?"
    r"|hosts?|faces?|votes?|expires?|travels?|testif(?:y|ies)|reconvenes?|kicks?\s+off|ends?|closes?"
    r"|takes?\s+effect|(?:comes?|goes?)\s+into\s+(?:force|effect)|is|are)"
    r"(?:\s+[a-z]+ly)?(?:\s+(?:on|by|until|next|this|set\s+for|scheduled\s+for))?\s+$"
)

# ---------------------------------------------------------------- regex building blocks
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
    r"|dozens\s+of|hundreds\s+of|several|few|many|an?)"
)
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?"
    r"|century|centuries)"
)
_UNIT1 = r"(?:week|weekend|month|year|quarter|decade|century)"
_PRE_REQ = r"(?P<pre>early|late|mid|the\s+(?:end|beginning|start|middle|close|turn)\s+of)[\s-]+"
_PRE = rf"(?:{_PRE_REQ})?"
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
    "couple dozens hundreds several few many"  # the number
).split()
_DURATION_NUMBER = rf"\d|a[\s\-–ton]|{_trie([w for w in _DURATION_FIRST_WORDS if w != 'the'])}"
# "the" only where one of the other first words follows it
_DURATION_START = rf"(?=[\dtlpncrfismaueodh])(?=the\s+(?:{_DURATION_NUMBER})|{_DURATION_NUMBER})"
_TZ = r"(?:\s+(?-i:[ECMP][SD]T|GMT|UTC|BST|CET))?"

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


def _mod(word: str | None) -> str | None:
    """The TIMEX3 mod of a prefix ("late" -> END) or a quantity modifier ("nearly" -> APPROX)."""
    if not word:
        return None
    return _MODS.get(" ".join(word.lower().split()))


def _norm(word: str | None) -> str:
    """Lower-cased with single spaces."""
    return " ".join(word.lower().split()) if word else ""


def _month(word: str) -> int:
    """The month number of a month name or abbreviation."""
    return MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    """The day number of "3", "3rd" or "third"."""
    w = word.lower()
    return ORDINALS[w] if w in ORDINALS else int(w.rstrip("stndrh"))


def _year2(word: str) -> int:
    """A year from 4 digits, or 2 digits (19xx/20xx by a 50-year window)."""
    y = int(word)
    if len(word) == 2:
        y += 1900 if y >= 50 else 2000
    return y


def _interval(value: str) -> tuple[str, str] | None:
    """The interval of a date value (None for X and REF values)."""
    return rs.interval_of(value)


def _date(typ: str, value: str, anchored: bool, mod: str | None = None, kind: str = "") -> _Partial:
    """A DATE/TIME result with its interval computed from the value."""
    return _Partial(typ, value, mod, anchored, _interval(value) if "X" not in value else None, kind=kind)


@attrs.frozen
class _Partial:
    """A handler's result before offsets are attached."""

    type: str
    value: str
    mod: str | None = None
    anchored: bool = False
    interval: tuple[str, str] | None = None
    quant: str | None = None
    freq: str | None = None
    kind: str = ""
    skip: int = 0
    trim: int = 0


Handler = Callable[[re.Match[str], Context], "_Partial | None"]


def _pick_year(ctx: Context, start: int, end: int, month: int, day: int | None) -> int | None:
    """The year of a month (and day) written without one: by tense, else the nearest to the anchor."""
    ref = ctx.ref
    if ref is None:
        return None
    year = ref.year
    day_ = day or 15
    try:
        cand = dt.date(year, month, min(day_, 28 if month == 2 else day_))
    except ValueError:
        return year
    # news reports mostly look back: a date up to about 8 months back or 4 months ahead, unless the
    # clause is in the future tense
    ahead = (cand - ref).days
    if _SINCE.search(ctx.text, max(0, start - 12), start):  # "since March": a start already passed
        return year - 1 if (cand if day else cand.replace(day=1)) > ref else year
    tense = ctx.tense(start, end)
    if tense > 0 and ahead < -30:
        return year + 1
    if ahead > 120 and tense <= 0:
        return year - 1
    if ahead < -245:
        return year + 1
    return year


# ---------------------------------------------------------------- handlers


def _h_iso(m: re.Match[str], ctx: Context) -> _Partial | None:
    """2018-02-03 and 2018-02-03T10:00."""
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return _Partial(
            "TIME", f"{day.isoformat()}T{m['hh']}:{m['mi']}", None, False, (day.isoformat(), day.isoformat())
        )
    return _date("DATE", day.isoformat(), False)


def _h_slash(m: re.Match[str], ctx: Context) -> _Partial | None:
    """US numeric dates: 2/3/2018, 02/03/18."""
    try:
        day = dt.date(_year2(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return _date("DATE", day.isoformat(), False)


def _full_date(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Month and day, with an optional year and weekday, in either order; "the week of March 6"."""
    found = _month_day(m, ctx)
    if found is None or not m["wk"]:
        return found
    if "X" in found.value:
        return _Partial("DATE", "XXXX-WXX", None, found.anchored)
    week = rs.iso_week(dt.date.fromisoformat(found.value))
    return _date("DATE", week, found.anchored)


def _month_day(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Month and day, with an optional year and weekday, in either order."""
    month, day = _month(m["mon"]), _day(m["day"])
    if m["year"]:
        try:
            return _date("DATE", dt.date(int(m["year"]), month, day).isoformat(), False)
        except ValueError:
            return None
    if day > 31 or (month == 2 and day > 29) or (month in (4, 6, 9, 11) and day > 30):
        return None
    year = _pick_year(ctx, m.start(), m.end(), month, day)
    if year is None:
        return _date("DATE", f"XXXX-{month:02d}-{day:02d}", False)
    try:
        return _date("DATE", dt.date(year, month, day).isoformat(), True)
    except ValueError:
        return None


_MONTH_PREPS = (
    "in",
    "since",
    "until",
    "till",
    "by",
    "of",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "between",
    "and",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "or",
    "on",
    "until",
    "for",
    "each",
    "every",
    "since",
    "throughout",
    "the",
    "a",
    "an",
)


def _h_month(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Month (+ year or "of last year"), with "early/late/mid" and "last/this/next"."""
    word = m["mon"]
    month = _month(word)
    mod = _mod(m["pre"])
    if m["year"]:
        return _date("DATE", f"{m['year']}-{month:02d}", False, mod)
    rel = _norm(m["rel"]) or _norm(m["rel2"])
    if word.endswith(".") or word.lower() in _MONTH_ABBREVIATIONS:
        return None  # "Oct." alone is not written for a month; "last Oct. 23" is a day
    if not rel and not m["pre"]:
        prev = ctx.before(m.start(), 16).split()
        if word in ("May", "March") and (not prev or prev[-1].strip("(\"'“") not in _MONTH_PREPS):
            return None
    ref = ctx.ref
    if ref is None:
        return _date("DATE", f"XXXX-{month:02d}", False, mod)
    if m["rel"]:  # "October of last year", "June this year"
        year = ref.year + _REL.get(rel, 0)
    elif m["rel2"]:  # "last October", "next March", "this May"
        offset = _REL.get(rel, 0)
        if offset < 0:
            year = ref.year if month < ref.month else ref.year - 1
        elif offset > 0:
            year = ref.year if month > ref.month else ref.year + 1
        else:
            year = ref.year
    else:
        year = _pick_year(ctx, m.start(), m.end(), month, None) or ref.year
    return _date("DATE", f"{year:04d}-{month:02d}", True, mod)


_YEAR_BLOCKERS = frozenset(
    "resolution no no. number article flight route highway interstate model version room suite code "
    "section chapter page rule law decree order bill act item paragraph unit zone box lot id apollo "
    "$ # usd eur gbp vs".split()
)
_YEAR_AFTER_BLOCK = re.compile(
    r"\s*+(?:%|percent|per\s+cent|(?:square\s+)?(?:km|kilometers?|kilometres?|miles?|meters?|metres?|feet"
    r"|tons?|tonnes?|people|persons|civilians|soldiers|troops|men|women|children|deaths|votes|dollars"
    r"|euros|pounds|units|cars|jobs|families|refugees|residents|students|workers|members|cases|hours|minutes"
    r"|yards|calories|points|shares|barrels|acres|hectares|rounds|households|homes|houses|villages|times"
    r"|-\s*\d{1,3}(?!\d)))",
    re.IGNORECASE,
)


def _h_year(m: re.Match[str], ctx: Context) -> _Partial | None:
    """A year, "fiscal 1989", "early 2011", "the end of 2010"."""
    year = int(m["year"])
    prev = ctx.before(m.start(), 20).split()
    last = prev[-1] if prev else ""
    if not m["fiscal"] and not m["pre"]:
        if last in _YEAR_BLOCKERS or last.endswith(("$", "#")):
            return None
        if _YEAR_AFTER_BLOCK.match(ctx.text, m.end()):
            return None
        if year < 1900 and last not in ("in", "since", "of", "by", "until", "from", "to", "and", "the"):
            return None
        if year > 2100:
            return None
    return _date("DATE", f"{year:04d}", False, _mod(m["pre"]))


_DECADE_WORDS = MappingProxyType(
    {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }
)


_YEAR_TENS = TENS  # "nineteen eighty-nine": the tens of a spoken year
_YEAR_ONES = MappingProxyType(
    {
        w: i
        for i, w in enumerate(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen "
            "seventeen eighteen nineteen".split()
        )
    }
)


def _spelled_year(words: str) -> int | None:
    """The year of "nineteen ninety-six", "nineteen hundred", "two thousand one"; None if not one."""
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w not in ("and", "the", "year", "o", "oh")]
    if parts[:2] == ["two", "thousand"]:
        rest = parts[2:]
        base = 2000
    elif parts and parts[0] in ("nineteen", "eighteen", "twenty"):
        base = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}[parts[0]]
        rest = parts[1:]
        if rest[:1] == ["hundred"]:
            rest = rest[1:]
        elif not rest:
            return None
    else:
        return None
    total = 0
    for w in rest:
        if w in _YEAR_TENS:
            total += _YEAR_TENS[w]
        elif w in _YEAR_ONES:
            total += _YEAR_ONES[w]
        else:
            return None
    return base + total if total < 100 else None


def _h_spelled_year(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Years in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand"."""
    year = _spelled_year(m["wy"])
    if year is None:
        return None
    if m["mon"]:
        return _date("DATE", f"{year:04d}-{_month(m['mon']):02d}", False)
    return _date("DATE", f"{year:04d}", False)


def _h_decade(m: re.Match[str], ctx: Context) -> _Partial | None:
    """The 1990s, the mid-1980s, the '90s, the nineties."""
    if m["c"]:
        value = f"{m['c']}{m['d']}"
    else:
        digit = m["d2"] if m["d2"] else str(_DECADE_WORDS[m["dw"].lower()])
        century = "19"
        if (
            ctx.ref is not None
            and m["d2"]
            and int(m["d2"]) * 10 <= ctx.ref.year % 100
            and ctx.ref.year >= 2000
        ):
            century = "20"
        value = f"{century}{digit}"
    return _date("DATE", value, False, _mod(m["pre"]))


def _h_century(m: re.Match[str], ctx: Context) -> _Partial | None:
    """The 20th century; this/last/next century."""
    if m["n"]:
        return _date("DATE", f"{int(m['n']) - 1:02d}", False, _mod(m["pre"]))
    if ctx.ref is None:
        return _Partial("DATE", "XX", _mod(m["pre"]))
    offset = _REL.get(_norm(m["rel"]), 0)
    return _date("DATE", rs.shift(ctx.ref, "CE", offset), True, _mod(m["pre"]))


_Q_ORD = MappingProxyType(
    {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "1st": 1,
        "2nd": 2,
        "3rd": 3,
        "4th": 4,
        "final": 4,
        "last": 4,
    }
)


def _h_quarter(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Quarters: "the third quarter (of 1989)", "third-quarter", "the latest quarter", "Q3 2018"."""
    words = _norm(m.group(0))
    if words == "quarter":  # "a quarter of the city", "quarter-to-quarter"
        return None
    ref = ctx.ref
    q = _Q_ORD.get(_norm(m["qn"])) if m["qn"] else None
    if m["qd"]:
        q = int(m["qd"])
    year: int | None = None
    anchored = False
    if m["year"] or m["year2"] or m["year3"]:
        year = int(m["year"] or m["year2"] or m["year3"])
    elif m["ry"] or m["rys"]:  # "the third quarter of last year", "last year's quarter"
        if ref is None:
            return _Partial("DATE", f"XXXX-Q{q}" if q else "XXXX-QX")
        year = ref.year + _REL.get(_norm(m["ry"] or m["rys"]), 0)
        anchored = True
    if q is None:
        if ref is None:
            return _Partial("DATE", "XXXX-QX")
        rel = _norm(m["qrel"])
        if "year-earlier" in words or "year-ago" in words:
            base = rs.add_months(ref - dt.timedelta(days=45), -12)
        elif rel in ("current", "this"):
            base = ref
        elif rel == "next" or rel == "coming":
            base = rs.add_months(ref, 3)
        elif rel in ("previous", "prior", "last", "past", "preceding") and "latest" not in words:
            base = (
                rs.add_months(ref, -3 - 1) if ref.month % 3 == 1 and ref.day <= 45 else rs.add_months(ref, -3)
            )
        else:  # "the quarter", "the latest quarter": the quarter being reported, just ended
            base = ref - dt.timedelta(days=45)
        if anchored:  # "last year's quarter": the reported quarter, a year back
            year = base.year + _REL.get(_norm(m["ry"] or m["rys"]), 0)
        if year is not None:
            return _date("DATE", f"{year:04d}-Q{(base.month - 1) // 3 + 1}", anchored)
        return _date("DATE", rs.quarter_of(base), True)
    if year is None:
        if ref is None:
            return _Partial("DATE", f"XXXX-Q{q}")
        year = ref.year
        if dt.date(year, 3 * q - 2, 1) > ref and ctx.tense(m.start(), m.end()) <= 0:
            year -= 1
        if "year-earlier" in words or "year-ago" in words:
            year -= 1
        anchored = True
    found = _date("DATE", f"{year:04d}-Q{q}", anchored)
    return attrs.evolve(found, skip=_determiner_before_adjective(m))


def _determiner_before_adjective(m: re.Match[str]) -> int:
    """Characters to drop so that "the third-quarter (results)" keeps only the hyphenated adjective."""
    text = m.group(0)
    if text[:4].lower() == "the " and _HYPHENATED_END.search(text):
        return 4
    return 0


_HYPHENATED_END = re.compile(r"[\w]-\w+$")


def _h_half(m: re.Match[str], ctx: Context) -> _Partial | None:
    """The first/second half of a year: 1989-H1."""
    h = 1 if _norm(m["h"]) == "first" else 2
    if m["year"]:
        return _date("DATE", f"{m['year']}-H{h}", False)
    if ctx.ref is None:
        return _Partial("DATE", f"XXXX-H{h}")
    offset = _REL.get(_norm(m["ry"]), 0)
    return _date("DATE", f"{ctx.ref.year + offset:04d}-H{h}", True)


def _h_season(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Seasons: "last fall", "this summer", "the winter of 1994", "spring 2011"."""
    season = SEASONS[m["s"].lower()]
    rel = _norm(m["rel"])
    mod = _mod(rel) if rel in ("early", "late", "mid") else None
    if m["year"]:
        return _date("DATE", f"{m['year']}-{season}", False, mod)
    if not rel and not m["the"]:
        prev = ctx.before(m.start(), 12).split()
        if not prev or prev[-1] not in ("in", "during", "since", "until", "by", "this", "over", "through"):
            return None
        if season == "FA":
            return None
    if m["s"][0].isupper() and m.start() > 0 and ctx.text[m.start() - 2 : m.start()].strip() not in ("", "."):
        return None  # "Arab Spring" and other names
    ref = ctx.ref
    if ref is None:
        return _Partial("DATE", f"XXXX-{season}", mod)
    cur_season = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        ref.month, "FA"
    )
    order = ["WI", "SP", "SU", "FA"]
    year = ref.year
    offset = _REL.get(rel, 0) if rel not in ("early", "late", "mid") else 0
    tense = ctx.tense(m.start(), m.end())
    if offset < 0 or (offset == 0 and tense < 0 and not rel.startswith("this")):
        if order.index(season) >= order.index(cur_season):
            year -= 1
    elif offset > 0 and order.index(season) <= order.index(cur_season):
        year += 1
    if season == "WI" and ref.month in (1, 2):
        year -= 1
    return _date("DATE", f"{year:04d}-{season}", True, mod)


_POSSESSIVE_PAST = re.compile(r"['’]s\s+(?!(?:scheduled|planned|upcoming|expected|proposed)\b)")


def _h_weekday(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Weekdays: most recent in past tense, the coming one in future tense; "last/next/this Friday"."""
    wd = WEEKDAYS[m["wd"].lower()]
    rel = _norm(m["rel"])
    tod = TIMES_OF_DAY.get(_norm(m["tod"])) if m["tod"] else None
    mod = _mod(rel) if rel in ("early", "late") else None
    ref = ctx.ref
    if ref is None:
        value = f"XXXX-WXX-{wd}"
        return _Partial("TIME" if tod else "DATE", value + (f"T{tod}" if tod else ""), mod)
    if rel in ("last", "this past"):
        day = rs.weekday_near(ref, wd, -2)
    elif rel in ("next", "this coming"):
        day = rs.weekday_near(ref, wd, 2)
    elif not rel and _POSSESSIVE_PAST.match(ctx.text, m.end()):
        # "Friday's ruling", "Thursday's close": a possessive weekday names an event already reported
        day = rs.weekday_near(ref, wd, -1)
    else:
        tense = ctx.tense(m.start(), m.end())
        if rel == "this" and tense >= 0:
            tense = 1
        day = rs.weekday_near(ref, wd, 1 if tense > 0 else -1)
    if tod:  # "Friday night": a TIME with the part of the day, as the TIMEX3 guidelines write it
        iso = day.isoformat()
        return _Partial("TIME", f"{iso}T{tod}", mod, True, (iso, iso))
    return _date("DATE", day.isoformat(), True, mod)


_GENERIC_AGE = re.compile(
    r"['’]s\s+(?:world|youth|society|generation|children|kids|young|teenagers|standards|technology|computers"
    r"|personal\s+computers|families|consumers|culture|music|politics)\b"
)


def _h_deictic(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Today, yesterday, tomorrow, tonight, this morning, last night (with times of day)."""
    tod: str | None
    if m["tod2"]:  # "mid-afternoon (yesterday)": a part of the publication day unless a day is named
        word, tod = _norm(m["w2"]) or "today", TIMES_OF_DAY[m["tod2"].lower()]
    else:
        word = _norm(m["w"])
        tod = TIMES_OF_DAY.get(_norm(m["tod"])) if m["tod"] else None
        if m["w"] == "Today" and re.search(r"\w\s+$", ctx.text[max(0, m.start() - 3) : m.start()]):
            return None  # "VOA Today", "USA Today": a name inside a sentence
        if word in ("today", "tomorrow") and not m["tod"] and _GENERIC_AGE.match(ctx.text, m.end()):
            return None  # "today's youth", "the computers of tomorrow": an age, not a day
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "this": 0,
        "last": -1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }
    if word == "tonight":
        tod = "NI"
    if word == "last" and tod not in ("NI",):
        return None
    if word == "this" and tod == "NI":
        tod = "NI"
    mod = _mod(m["pre"]) if m["pre"] else None
    ref = ctx.ref
    if ref is None:
        return _Partial("DATE" if not tod else "TIME", "XXXX-XX-XX" + (f"T{tod}" if tod else ""), mod)
    day = ref + dt.timedelta(days=offsets[word])
    value = day.isoformat()
    if tod:
        return _Partial("TIME", f"{value}T{tod}", mod, True, (value, value))
    return _date("DATE", value, True, mod)


_REFS = MappingProxyType(
    {
        "now": "PRESENT_REF",
        "right now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "at present": "PRESENT_REF",
        "presently": "PRESENT_REF",
        "nowadays": "PRESENT_REF",
        "these days": "PRESENT_REF",
        "the present": "PRESENT_REF",
        "the moment": "PRESENT_REF",
        "current": "PRESENT_REF",
        "recently": "PAST_REF",
        "lately": "PAST_REF",
        "the past": "PAST_REF",
        "previously": "PAST_REF",
        "formerly": "PAST_REF",
        "recent": "PAST_REF",
        "once": "PAST_REF",
        "earlier": "PAST_REF",
        "the future": "FUTURE_REF",
        "the near future": "FUTURE_REF",
        "soon": "FUTURE_REF",
        "the near term": "FUTURE_REF",
        "the short term": "FUTURE_REF",
        "the long term": "FUTURE_REF",
        "the coming days": "FUTURE_REF",
        "the days ahead": "FUTURE_REF",
        "the weeks ahead": "FUTURE_REF",
        "the months ahead": "FUTURE_REF",
        "the years ahead": "FUTURE_REF",
        "the coming weeks": "FUTURE_REF",
        "the coming months": "FUTURE_REF",
        "the coming years": "FUTURE_REF",
        "coming years": "FUTURE_REF",
        "coming months": "FUTURE_REF",
        "coming weeks": "FUTURE_REF",
        "coming days": "FUTURE_REF",
        "coming quarters": "FUTURE_REF",
        "the coming quarters": "FUTURE_REF",
        "recent years": "PAST_REF",
        "recent months": "PAST_REF",
        "recent weeks": "PAST_REF",
        "recent days": "PAST_REF",
        "as soon as possible": "FUTURE_REF",
        "later": "FUTURE_REF",
    }
)


def _h_ref(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Now, currently, recently, the past, the future, in recent years, in the coming days."""
    word = _norm(m["w"])
    value = _REFS.get(word, "PAST_REF")
    if word == "current" and re.match(
        r"\s+(?:account|affairs|events|issue|of|and|in)\b", ctx.text[m.end() : m.end() + 12]
    ):
        return None  # "the current account" and the electrical current are not the present
    if word == "current" and ctx.before(m.start(), 6).endswith("then "):
        return None
    if word in ("once", "earlier", "later"):
        return None
    if word.startswith("recent ") and " and " in word:  # "recent weeks and months"
        return _Partial("DATE", "PAST_REF")
    if word in ("recent months", "recent weeks", "recent days"):
        return _Partial("DURATION", f"PX{word[7].upper()}")
    if value == "PRESENT_REF" and ctx.ref is not None:
        iso = ctx.ref.isoformat()
        return _Partial("DATE", value, None, True, (iso, iso))
    return _Partial("DATE", value)


_AGO_FORWARD = ("later", "from now", "hence", "after")


def _h_ago(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "three days ago", "a year earlier", "two weeks from now"."""
    amount = number_value(m["num"]) if m["num"] else 1
    unit_word = unit_of(m["unit"])
    unit = UNITS[unit_word][0]
    forward = _norm(m["dir"]) in _AGO_FORWARD
    mod = _mod(m["modq"])
    ref = ctx.ref
    if amount is None or ref is None or not isinstance(amount, int):
        value = (
            ("FUTURE_REF" if forward else "PAST_REF")
            if amount is None or ref is not None
            else ("XXXX-XX-XX" if unit in ("D", "H", "S") else "XXXX")
        )
        return _Partial("DATE", value, mod)
    sign = 1 if forward else -1
    if unit in ("H", "S", "M") and UNITS[unit_word][1]:
        value = ref.isoformat()
    elif unit == "DE":
        value = rs.shift(ref, "Y", sign * 10 * amount)
    elif unit == "CE":
        value = rs.shift(ref, "Y", sign * 100 * amount)
    else:
        value = rs.shift(ref, unit, sign * amount)
    return _date("DATE", value, True, mod)


def _h_the_year(m: re.Match[str], ctx: Context) -> _Partial | None:
    """The year: "the year ended June 30" is a length (P1Y); "for the year," is the current year."""
    if m["ending"] is not None:
        return _Partial("DURATION", "P1Y")
    if m["ein"]:  # "earlier in the year": this year, as "earlier this year"
        mod = {"early": "START", "late": "END"}.get(_norm(m["ein"]).split()[0])
        if ctx.ref is None:
            return _Partial("DATE", "XXXX", mod)
        return _date("DATE", rs.shift(ctx.ref, "Y", 0), True, mod)
    prev = ctx.before(m.start(), 12).split()
    following = ctx.text[m.end() : m.end() + 4]
    if "full" in m.group(0).lower() and ctx.ref is not None:  # "for the full year": the current year
        return _date("DATE", rs.shift(ctx.ref, "Y", 0), True)
    if not prev or prev[-1] not in ("for", "of", "during", "through", "throughout"):
        return None
    if not (following[:1] in (",", ".", ";", ":", ")") or following == " of "):
        return None
    if ctx.ref is None:
        return _Partial("DATE", "XXXX")
    return _date("DATE", rs.shift(ctx.ref, "Y", 0), True)


_VAGUE_NOT = r"\s+(?:of|ago|old|later|earlier|before|after|on\s+end)\b"


def _h_vague(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "for years", "within weeks": a duration of unknown length (PXY, PXW)."""
    prev = ctx.before(m.start(), 10).split()
    if prev and prev[-1] == "in" and re.match(r"\s*[.,;:)]", ctx.text[m.end() : m.end() + 3]):
        pass  # "the first time in years."
    elif not prev or prev[-1] not in ("for", "within"):
        return None
    blockers = r"\s+(?:ago|old|later|earlier|before|after|on\s+end)\b" if prev[-1] == "within" else _VAGUE_NOT
    if re.match(blockers, ctx.text[m.end() : m.end() + 12]):
        return None
    letter, time_unit = UNITS[unit_of(m["u"])]
    return _Partial("DURATION", rs.duration_value(None, letter, time_unit))


def _h_year_end(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "by year-end" (the end of this year), "since year-end" (the end of last year)."""
    if ctx.ref is None:
        return _Partial("DATE", "XXXX-12-31")
    back = ctx.before(m.start(), 8).endswith("since ") or ctx.tense(m.start(), m.end()) < 0
    year = ctx.ref.year - 1 if back else ctx.ref.year
    return _date("DATE", f"{year:04d}-12-31", True)


def _h_anaphor(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "that year", "later that year", "earlier that day": resolved in ``_post`` on the last date named."""
    if m["nrel"]:  # "the next day", "the following morning": a day after the last date named
        tod = TIMES_OF_DAY.get(m["nu"].lower())
        step = "+" if _norm(m["nrel"]) in ("next", "following") else "-"
        return _Partial(
            "TIME" if tod else "DATE", "XXXX-XX-XX" + (f"T{tod}" if tod else ""), kind="day" + step
        )
    unit = m["u"].lower()
    if unit == "day" and not (m["pre"] or m["same"] or _norm(m["that"]) == "the same"):
        return None  # "redemptions that day": often hypothetical; TimeBank tags the marked forms
    if _norm(m["that"]) == "the same" and unit != "day":
        return None  # "the same quarter" is a comparison, handled with quarters
    blank = {"year": "XXXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "day": "XXXX-XX-XX"}[unit]
    return _Partial("DATE", blank, _mod(m["pre"]), kind="anaphor")


def _h_adj_ago(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "year-earlier", "year-ago" used as adjectives: the previous year."""
    if ctx.ref is None:
        return _Partial("DATE", "XXXX")
    return _date("DATE", rs.shift(ctx.ref, "Y", -1), True)


_RATE = re.compile(
    r"(?i)(?:(?:\d%?|percent|cents?|dollars?|times|once|twice|thrice|per|hundred|thousand|million|billion|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|dozens?)(?:\s+[a-z]+){0,2}|\bper)\s*$"
)


def _h_period(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "the 1988 period", "the year-earlier period": a year, made a quarter by the quarter in context."""
    if m["year"]:
        return _date("DATE", m["year"], False)
    back = _norm(m["back"])
    if back in ("corresponding", "comparable", "same") and not m["tail"]:
        if "year" not in m.group(0).lower():
            return None
    if ctx.ref is None:
        return _Partial("DATE", "XXXX")
    if back in ("latest", "current", "recent"):  # the period being reported: a quarter if one is in context
        return _date("DATE", rs.shift(ctx.ref, "Y", 0), True)
    return _date("DATE", rs.shift(ctx.ref, "Y", -1), True)


_YEAR_START = re.compile(r"(?:fiscal\s+)?(?:1[6-9]|20)\d\d\b")
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|should|shall|must)\s+$")


def _h_duration_value(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "three months", "the last three months", "the next two weeks", "a five-year plan", "24 hours"."""
    after = ctx.after(m.end(), 12)
    if after.startswith(("-old", " old", "-year-old", " of age")):
        return None
    if m["unit"][0].isupper() and m["num"][0].isdigit():
        return None  # "60 Minutes", "48 Hours": titles
    num = m["num"]
    if _norm(num) == "one" and m["unit"].lower() == "day" and _MODAL_BEFORE.search(ctx.before(m.start(), 10)):
        return _Partial("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day to come
    amount = number_value(num) if num else 1
    if m["half"] and isinstance(amount, (int, float)):  # "a year and a half"
        amount += 0.5
    unit_word = unit_of(m["unit"])
    letter, time_unit = UNITS[unit_word]
    if (
        m["unit"].lower().endswith("s")
        and unit_word != m["unit"].lower()
        and amount == 1
        and num
        and num.lower() in ("a", "an")
    ):
        return None  # "a years" is not English; "a days" neither
    if num and num.lower() in ("a", "an") and not m["rel"]:
        if letter in ("Q", "S") or _RATE.search(ctx.text, max(0, m.start() - 30), m.start()):
            return None  # "a second time", "$27 a year", "twice a day"
    if "-" in m.group(0) and m["unit"].lower().endswith("s") and unit_word != m["unit"].lower():
        return None  # "three-quarters", "two-thirds"-like fractions
    if (
        m["unit"].lower() == "quarter"
        and after.startswith(" of ")
        and not _YEAR_START.match(ctx.text, m.end() + 4)
    ):
        return None  # "one-quarter of those affected": a fraction
    value = rs.duration_value(None if m["hi"] else amount, letter, time_unit)  # a range: "two to three weeks"
    mod = _mod(m["modq"])
    if _norm(m["tail"]) == "or so":
        mod = "APPROX"
    rel = _norm(m["rel"] or m["rel2"])
    ref = ctx.ref
    direction = {"last": -1, "past": -1, "recent": -1, "preceding": -1, "next": 1, "coming": 1}.get(rel, 0)
    if not m["the"] and rel in ("last", "next") and not num:
        return None  # "last week" is a date, not a duration
    if ref is None or direction == 0 or not isinstance(amount, int) or m["hi"]:
        return _Partial("DURATION", value, mod)
    span = _span_back(ref, letter, amount, direction)
    if span is None:
        return _Partial("DURATION", value, mod)
    return _Partial("DURATION", value, mod, True, span)


def _h_duration(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Durations; "the 10-day (strike)" keeps only the hyphenated adjective, as TimeBank does."""
    if m["dir"] and _norm(m["dir"]) == "later":
        # "three days later" counts from an event, not from publication: TimeML tags the duration
        found = _h_duration_value(m, ctx)
        return attrs.evolve(found, trim=len(m.group(0)) - m.start("dir") + m.start()) if found else None
    if m["dir"]:
        ago = _h_ago(m, ctx)
        return attrs.evolve(ago, kind="ago") if ago is not None else None
    found = _h_duration_value(m, ctx)
    if found is None or m["rel"] or m["rel2"]:
        return found
    return attrs.evolve(found, skip=_determiner_before_adjective(m))


@lru_cache(maxsize=4096)
def _span_back(ref: dt.date, letter: str, amount: int, direction: int) -> tuple[str, str] | None:
    """The interval of an anchored duration: ``amount`` units before (or after) the anchor."""
    if letter in ("S", "H"):
        return ref.isoformat(), ref.isoformat()
    if letter in ("D", "W", "WE"):
        days = amount * {"D": 1, "W": 7, "WE": 7}[letter]
        other = ref + dt.timedelta(days=direction * days)
    else:
        months = amount * {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[letter]
        try:
            other = rs.add_months(ref, direction * months)
        except ValueError:
            return None
    # inclusive windows of exactly N units: "the last week" on a Tuesday is Wednesday..Tuesday
    lo, hi = (other + dt.timedelta(days=1), ref) if direction < 0 else (ref, other - dt.timedelta(days=1))
    return lo.isoformat(), hi.isoformat()


def _h_relunit(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "last week", "this year", "next month", "earlier this year", "the end of the year", "the weekend"."""
    if m["unit"][0].isupper() and m["rel"] and m["rel"][0].isupper():
        return None  # "This Week", "Next Year": titles of shows and papers
    unit = UNITS[m["unit"].lower()][0]
    rel = _norm(m["rel"])
    pre = _norm(m["pre"])
    mod = _mod(pre) if pre in _MODS else None
    if m["orso"]:  # "the next year or so"
        mod = "APPROX"
    if m["the"] and rel in ("last", "past", "next", "coming") and not pre and unit in ("Y", "DE", "CE"):
        # TimeBank: "over the past year", "in the last decade" name the previous calendar unit
        if ctx.ref is None:
            return _Partial("DATE", {"Y": "XXXX", "DE": "XXX", "CE": "XX"}[unit], mod)
        return _date("DATE", rs.shift(ctx.ref, unit, _REL[rel]), True, mod)
    if m["the"] and rel in ("last", "past", "next", "coming") and not pre:
        value = rs.duration_value(1, unit, False)
        if ctx.ref is None:
            return _Partial("DURATION", value, mod)
        return _Partial("DURATION", value, mod, True, _span_back(ctx.ref, unit, 1, _REL[rel]))
    if rel == "the" and not pre and unit not in ("WE",):
        if unit == "Y" and ctx.ref is not None and ctx.tense(m.start(), m.end()) >= 0:
            return None
        if unit != "Y":
            return None
    ref = ctx.ref
    if ref is None:
        blank = {
            "W": "XXXX-WXX",
            "WE": "XXXX-WXX-WE",
            "M": "XXXX-XX",
            "Q": "XXXX-QX",
            "Y": "XXXX",
            "DE": "XXX",
            "CE": "XX",
        }[unit]
        return _Partial("DATE", blank, mod)
    offset = 0 if rel == "the" else _REL.get(rel, 0)
    if unit == "WE":
        if offset < 0:
            sat = rs.weekday_near(ref, 6, -2)
        elif offset > 0:
            sat = rs.weekday_near(rs.weekday_near(ref, 6, 1), 6, 2)
        else:
            sat = rs.weekday_near(ref, 6, -1 if ctx.tense(m.start(), m.end()) < 0 else 1)
        return _date("DATE", rs.iso_week(sat) + "-WE", True, mod)
    if unit == "Q":
        return _date("DATE", rs.shift(ref, "Q", offset), True, mod)
    if rel == "following" and m["the"] and unit in ("Y", "M", "W"):
        # "the following year" follows the last date named (resolved in _post); publication if none
        return _date("DATE", rs.shift(ref, unit, offset), True, mod, kind="following")
    return _date("DATE", rs.shift(ref, unit, offset), True, mod)


def _h_set(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Sets: "every Friday", "each year", "daily", "twice a week", "on Sundays"."""
    if m["fw"]:
        return _Partial("SET", FREQ_WORDS[m["fw"].lower()])
    quant = _norm(m["q"]).upper() if m["q"] else None
    if m["times"]:
        unit = UNITS[unit_of(m["unit"])]
        times = _norm(m["times"])
        n = {"once": 1, "twice": 2, "thrice": 3}.get(times)
        if n is None:
            n_ = number_value(times.split()[0])
            n = n_ if isinstance(n_, int) else None
        return _Partial(
            "SET", rs.duration_value(1, unit[0], unit[1]), None, False, None, None, f"{n}X" if n else None
        )
    if m["swd"]:
        return _Partial("SET", f"XXXX-WXX-{WEEKDAYS[m['swd'].lower()]}", None, False, None, quant)
    if m["smon"]:
        return _Partial("SET", f"XXXX-{_month(m['smon']):02d}", None, False, None, quant)
    if m["stod"]:
        return _Partial("SET", f"TXX{TIMES_OF_DAY[m['stod'].lower()]}", None, False, None, quant)
    if m["pwd2"]:  # "Tuesday nights"
        tod = TIMES_OF_DAY[m["ptod"].lower()[:-1]]
        return _Partial("SET", f"XXXX-WXX-{WEEKDAYS[m['pwd2'].lower()]}T{tod}", None, False, None, "EVERY")
    if m["pwd"]:
        return _Partial("SET", f"XXXX-WXX-{WEEKDAYS[m['pwd'].lower()[:-1]]}", None, False, None, "EVERY")
    unit = UNITS[unit_of(m["sunit"])]
    amount = number_value(m["snum"]) if m["snum"] else 1
    if m["other"]:
        amount = 2
    return _Partial("SET", rs.duration_value(amount, unit[0], unit[1]), None, False, None, quant)


def _h_time(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Clock times: "10:35 a.m.", "9 a.m. EDT Thursday", "noon Saturday", "14:30 GMT"."""
    if m["noon"] and ctx.before(m.start(), 6).endswith("high "):
        return None
    if m["noon"]:
        hh, mi = (12, 0) if m["noon"].lower() in ("noon", "midday") else (24, 0)
    else:
        hh, mi = int(m["h"]), int(m["mi"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
        if hh > 24 or mi > 59 or (not ap and (not m["mi"] or ":" not in m.group(0))):
            return None
    clock = f"T{hh:02d}:{mi:02d}"
    ref = ctx.ref
    day: dt.date | None = None
    if m["dw"]:
        if ref is None:
            return _Partial("TIME", f"XXXX-WXX-{WEEKDAYS[m['dw'].lower()]}{clock}")
        tense = ctx.tense(m.start(), m.end())
        day = rs.weekday_near(ref, WEEKDAYS[m["dw"].lower()], 1 if tense > 0 else -1)
    elif m["mon"]:
        month, mday = _month(m["mon"]), _day(m["mday"])
        year = _pick_year(ctx, m.start(), m.end(), month, mday)
        try:
            day = dt.date(year, month, mday) if year else None
        except ValueError:
            return None
        if day is None:
            return _Partial("TIME", f"XXXX-{month:02d}-{mday:02d}{clock}")
    elif m["dd"]:
        if ref is None:
            return _Partial("TIME", f"XXXX-XX-XX{clock}")
        day = ref + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[m["dd"].lower()])
    elif ref is not None:
        day = ref
    if day is None:
        return _Partial("TIME", f"XXXX-XX-XX{clock}")
    iso = day.isoformat()
    return _Partial("TIME", f"{iso}{clock}", None, True, (iso, iso))


_MOVING = MappingProxyType(
    {
        "thanksgiving": (11, 4, 4),
        "thanksgiving day": (11, 4, 4),
        "labor day": (9, 1, 1),
        "memorial day": (5, 1, -1),
        "mother's day": (5, 7, 2),
        "father's day": (6, 7, 3),
    }
)


def _holiday_date(name: str, year: int) -> dt.date:
    """The date of a holiday in ``year``."""
    if name in HOLIDAYS:
        month, day = HOLIDAYS[name]
        return dt.date(year, month, day)
    if name in ("easter", "easter sunday"):
        return rs.easter(year)
    if name == "good friday":
        return rs.easter(year) - dt.timedelta(days=2)
    month, weekday, n = _MOVING[name]
    if n < 0:
        return (
            rs.nth_weekday(year, month, weekday, 5)
            if rs.nth_weekday(year, month, weekday, 5).month == month
            else rs.nth_weekday(year, month, weekday, 4)
        )
    return rs.nth_weekday(year, month, weekday, n)


def _h_holiday(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Holidays: Christmas, New Year's Day, Thanksgiving, Easter (with a year or resolved by tense)."""
    name = _norm(m["hol"]).replace("’", "'")
    if m["year"]:
        return _date("DATE", _holiday_date(name, int(m["year"])).isoformat(), False)
    ref = ctx.ref
    if ref is None:
        return _Partial("DATE", "XXXX-XX-XX")
    rel = _norm(m["rel"])
    this_year = _holiday_date(name, ref.year)
    tense = -1 if rel == "last" else 1 if rel == "next" else ctx.tense(m.start(), m.end())
    day = this_year
    if tense < 0 and this_year > ref:
        day = _holiday_date(name, ref.year - 1)
    elif tense > 0 and this_year < ref:
        day = _holiday_date(name, ref.year + 1)
    return _date("DATE", day.isoformat(), True)


# ---------------------------------------------------------------- patterns

_HOLIDAY_NAMES = "|".join(
    sorted(
        [
            *(re.escape(h).replace("'", "['’]") for h in HOLIDAYS),
            "thanksgiving(?:\\s+day)?",
            "labor\\s+day",
            "memorial\\s+day",
            "mother['’]s\\s+day",
            "father['’]s\\s+day",
            "easter(?:\\s+sunday)?",
            "good\\s+friday",
        ],
        key=len,
        reverse=True,
    )
)

_PATTERNS: tuple[tuple[str, str, Handler], ...] = (
    (
        "iso",
        rf"{_L}(?P<y>\d{{4}})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<hh>\d\d):(?P<mi>\d\d)(?::\d\d)?)?{_R}",
        _h_iso,
    ),
    ("slash", rf"{_L}(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{{4}}|\d\d){_R}", _h_slash),
    (
        "mdy",
        rf"\b(?P<wk>the\s+week\s+of\s+)?(?:(?:{_WD}|{_WD_ABBR}),?\s+)?(?:(?P<pre>early|late|mid)[\s-]+)?"
        rf"(?P<mon>{_MONTH})\s+(?:the\s+)?"
        rf"(?P<day>{_DAY}|(?i:{_ORD}))(?:,?\s+(?P<year>{_YEAR}))?{_R_DAY}",
        _full_date,
    ),
    (
        "dmy",
        rf"\b(?P<wk>the\s+week\s+of\s+)?(?:(?:{_WD}|{_WD_ABBR}),?\s+)?(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?"
        rf"(?P<mon>{_MONTH})"
        rf"(?:,?\s+(?P<year>{_YEAR}))?{_R}",
        _full_date,
    ),
    (
        "month",
        rf"\b{_PRE}(?:(?P<rel2>this\s+past|this\s+coming|last|this|next)\s+)?(?P<mon>{_MONTH})"
        rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)?(?![\w-])",
        _h_month,
    ),
    (
        "year",
        # guard: the first letters of early/late/mid/the, fiscal/calendar/FY, or a year's first digit
        rf"(?=[elmtfc12])(?:\b{_PRE_REQ}|{_L})(?:(?P<fiscal>(?:fiscal|calendar)(?:\s+year)?|FY|the\s+year)\s*)?(?P<year>{_YEAR})",
        _h_year,
    ),
    (
        "decade",
        # guard: a word start with the first character of the/early/late/mid, a year or a decade word, or "'"
        rf"(?=\b[12tfsenlm]|')(?:\bthe\s+)?(?:\b{_PRE_REQ})?(?:(?<![\w$])(?P<c>1[5-9]|20)(?P<d>\d)0'?s|'(?P<d2>\d)0s"
        r"|\b(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
        _h_decade,
    ),
    (
        "century",
        rf"\b(?:the\s+)?{_PRE}(?:(?P<n>1\d|2[01])(?:st|nd|rd|th)|(?P<rel>this|last|next|the\s+next|the\s+last"
        r"|the\s+past|the\s+previous))\s+century\b",
        _h_century,
    ),
    (
        "quarter",
        rf"\b(?:the\s+|(?P<rys>this|last|next)\s+year['’]s\s+)?(?:(?P<year2>{_YEAR})\s+)?"
        rf"(?:(?P<qrel>latest|current|last|this|next|past|previous|prior|same|coming|year-earlier|year-ago"
        r"|comparable|recent|preceding)\s+)?(?:(?:comparable|year-earlier|year-ago)\s+)?(?:fiscal[\s-]+)?"
        r"(?:(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal[\s-]+)?)?quarter(?![\w-])"
        rf"(?:\s+of\s+(?:(?:fiscal|the\s+year)\s+)?(?P<year>{_YEAR})|\s+of\s+(?P<ry>last|this|next)\s+year\b)?"
        rf"|\b(?-i:Q(?P<qd>[1-4]))(?:\s+(?P<year3>{_YEAR}))?\b",
        _h_quarter,
    ),
    (
        "half",
        rf"\b(?:the\s+)?(?P<h>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:(?P<year>{_YEAR})"
        r"|(?P<ry>last|this|next)\s+year\b"
        r"|the\s+year\b)",
        _h_half,
    ),
    (
        "season",
        rf"\b(?P<the>the\s+)?(?:(?P<rel>this\s+past|this\s+coming|last|this|next|early|late|mid)[\s-]+)?"
        rf"(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?\b(?!-)",
        _h_season,
    ),
    (
        "weekday",
        rf"\b(?:(?P<rel>this\s+past|this\s+coming|last|next|this|early|late)\s+)?(?P<wd>{_WD})"
        r"(?:\s+(?P<tod>morning|afternoon|evening|night))?\b",
        _h_weekday,
    ),
    (
        "deictic",
        r"\b(?:(?P<pre>early|late|mid)[\s-]+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after"
        r"\s+tomorrow|today|tonight|yesterday|tomorrow|this(?=\s+(?:morning|afternoon|evening))|last(?=\s+night))"
        r"(?:\s+(?P<tod>morning|afternoon|evening|night))?\b"
        r"|\bmid[\s-]*(?P<tod2>morning|afternoon|evening)(?:\s+(?P<w2>yesterday|today|tomorrow))?\b",
        _h_deictic,
    ),
    (
        "ref",
        r"\b(?=now|current|at\s|present|these|recent|lately|the\s|coming|as\s)"  # the first words below
        r"(?P<w>now|current|currently|at\s+present|presently|nowadays|these\s+days|recently|lately"
        r"|the\s+near\s+future|the\s+future|the\s+near\s+term|the\s+short\s+term"
        r"|the\s+long\s+term|(?:the\s+)?coming\s+(?:days|weeks|months|years|quarters)"
        r"|the\s+(?:days|weeks|months|years)\s+ahead"
        r"|recent\s+(?:years|months|weeks|days)(?:\s+and\s+(?:years|months|weeks|days))?|as\s+soon\s+as\s+possible"
        rf"|the\s+past(?![\w-]|\s+(?:\d|{_TIMEWORD}))"
        r"|the\s+present(?!\s+\w))\b",
        _h_ref,
    ),
    ("adjago", r"\byear-(?:earlier|ago)\b", _h_adj_ago),
    (
        "anaphor",
        r"\b(?:(?P<pre>earlier|later)\s+)?(?P<that>that|the\s+same)\s+(?P<same>same\s+)?(?P<u>year|month|quarter|day)\b"
        r"(?![-'’])|\bthe\s+(?P<nrel>next|following|previous|preceding)\s+(?P<nu>day|morning|afternoon|evening|night)\b"
        r"(?![-'’])",
        _h_anaphor,
    ),
    (
        "vague",
        r"\b(?P<u>years|months|weeks|days|decades|centuries|hours|minutes)"
        r"(?:\s+(?:or|to)\s+(?:years|months|weeks|days|decades|hours|minutes))?\b(?!-)",
        _h_vague,
    ),
    ("yearend", r"\byear[-\s]end\b(?!-)", _h_year_end),
    (
        "theyear",
        r"\b(?P<ein>(?:earlier|later|early|late)\s+in\s+)?the\s+(?:fiscal\s+|full\s+|calendar\s+)?year\b(?![-'’])"
        r"(?P<ending>(?=\s+end(?:ed|ing)\b))?",
        _h_the_year,
    ),
    (
        "spelled_year",
        rf"\b(?:(?P<mon>{_MONTH_FULL})\s+)?(?P<wy>(?:nineteen|eighteen)[\s-]+(?:hundred(?:\s+and)?[\s-]+)?"
        rf"(?:(?:{_TENS})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen"
        r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|o[\s-](?:one|two|three|four|five|six|seven|eight"
        r"|nine)|hundred)|the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight"
        r"|nine|ten))?)\b",
        _h_spelled_year,
    ),
    (
        "period",
        rf"\bthe\s+(?:(?P<year>{_YEAR})|(?P<back>year-earlier|year-ago|corresponding|comparable|same|latest|current"
        r"|recent))"
        r"(?:\s+(?:year-earlier|year-ago))?\s+period\b(?P<tail>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b)?",
        _h_period,
    ),
    (
        "duration",
        rf"\b{_DURATION_START}(?P<the>the\s+)?(?:(?P<rel>last|past|next|coming|recent)\s+|(?<=the\s)(?P<rel2>previous|following"
        rf"|first|final|latest|preceding|initial|same)\s+|{_MODQ})?(?P<num>{_NUM}(?:\s+and\s+a\s+half)?)(?:\s*(?:to|or|-|–)\s*(?P<hi>\d+|{_SMALL}|{_TENS}))?(?:[\s-]+(?:more|additional|straight|consecutive))?"
        rf"[\s-]+(?P<unit>{_UNIT})(?P<half>\s+and\s+a\s+half)?(?P<tail>\s+or\s+so)?\b"
        r"(?:\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b)?",
        _h_duration,
    ),
    (
        "relunit",
        # guard: the first two letters of early/earlier, late/later, mid, the and the relative words
        r"\b(?=ea|la|mi|th|ne|pa|co|pr|fo|cu|sa)(?P<pre>(?:early|late|mid|earlier|later)(?:[\s-]+in)?\s+|the\s+(?:end|beginning|start|middle|close)"
        rf"\s+of\s+)?(?P<the>the\s+)?(?P<rel>last|this|next|past|coming|previous|following|current|same|prior)"
        rf"\s+(?:fiscal\s+)?(?P<unit>{_UNIT1})\b(?!-)(?P<orso>\s+or\s+so\b)?"
        r"|\b(?P<pre2>the\s+(?:end|beginning|start|middle|close)\s+of\s+)(?P<the2>the)\s+(?P<unit2>week|month"
        r"|year|decade|century)\b|\bthe\s+(?P<we>weekend)\b",
        lambda m, ctx: _h_relunit_any(m, ctx),
    ),
    (
        "set",
        rf"\b(?P<q>every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<swd>{_WD})|(?P<smon>{_MONTH})|(?P<stod>morning"
        rf"|afternoon|evening|night)|(?:(?P<snum>{_NUM})\s+)?(?P<sunit>{_UNIT}))\b"
        r"|\b(?P<fw>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|biannually)\b"
        r"|\b(?P<times>once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)"
        rf"\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{_UNIT})\b"
        r"|\b(?P<pwd>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))\b"
        rf"|\b(?P<pwd2>{_WD})\s+(?P<ptod>mornings|afternoons|evenings|nights)\b",
        _h_set,
    ),
    (
        "time",
        # guard: a word start with a digit, or the "n"/"m" of noon, midnight, midday
        rf"(?=\b[\dnm])(?:{_L}(?P<h>[01]?\d|2[0-4])(?=[:.]\d\d|\s*[ap]\.?m\b)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.?|p\.m\.?|am\b|pm\b))?{_TZ}"
        r"|\b(?P<noon>noon|midnight|midday))(?:,?\s+(?:on\s+)?(?:(?P<dw>" + _WD + r")|(?P<dd>today|yesterday"
        rf"|tomorrow)|(?P<mon>{_MONTH})\s+(?P<mday>{_DAY})))?(?![\w:])",
        _h_time,
    ),
    (
        "holiday",
        rf"\b(?:(?P<rel>last|next|this)\s+)?(?i:(?P<hol>{_HOLIDAY_NAMES}))(?:,?\s+(?P<year>{_YEAR}))?(?![\w'’])",
        _h_holiday,
    ),
)


def _h_relunit_any(m: re.Match[str], ctx: Context) -> _Partial | None:
    """Dispatch the three shapes of the relunit pattern."""
    if m["we"]:
        return _h_relunit_we(m, ctx)
    if m["unit2"]:
        return _h_relunit_the(m, ctx)
    return _h_relunit(m, ctx)


def _h_relunit_we(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "the weekend": the weekend nearest the anchor in the clause's tense."""
    ref = ctx.ref
    if ref is None:
        return _Partial("DATE", "XXXX-WXX-WE")
    sat = rs.weekday_near(ref, 6, -1 if ctx.tense(m.start(), m.end()) <= 0 else 1)
    return _date("DATE", rs.iso_week(sat) + "-WE", True)


def _h_relunit_the(m: re.Match[str], ctx: Context) -> _Partial | None:
    """ "the end of the year": the anchor's year (month, week) with a START/MID/END mod."""
    unit = UNITS[m["unit2"].lower()][0]
    mod = _mod(_norm(m["pre2"]).removesuffix(" of") + " of")
    if ctx.ref is None:
        return _Partial(
            "DATE", {"W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}[unit], mod
        )
    return _date("DATE", rs.shift(ctx.ref, unit, 0), True, mod)


_COMPILED = MappingProxyType(
    {name: (re.compile(rx, re.IGNORECASE), handler) for name, rx, handler in _PATTERNS}
)
_PRIORITY = MappingProxyType({name: i for i, (name, _, _) in enumerate(_PATTERNS)})

# Trigger words: a pattern is only run in windows (characters before, after) around the words that
# can start or end its expressions, found by one cheap pass over the words of the text.


def _triggers(
    table: Sequence[tuple[str, str, int, int]],
) -> MappingProxyType[str, tuple[tuple[str, int, int], ...]]:
    """Word -> the (pattern, characters before, characters after) windows it opens."""
    out: dict[str, tuple[tuple[str, int, int], ...]] = {}
    for pattern, words, before, after in table:
        for word in words.split():
            out[word] = (*out.get(word, ()), (pattern, before, after))
    return MappingProxyType(out)


_MONTH_WORDS = " ".join(MONTHS)
_WEEKDAY_WORDS = " ".join(WEEKDAYS)
_UNIT_WORDS = (
    "second seconds minute minutes hour hours day days night nights week weeks weekend weekends month months "
    "quarter quarters year years decade decades century centuries"
)
_TRIGGERS = _triggers(
    (
        ("mdy", _MONTH_WORDS, 30, 30),
        ("dmy", _MONTH_WORDS, 40, 12),
        ("month", _MONTH_WORDS, 45, 25),
        ("century", "century", 45, 2),
        ("quarter", "quarter q1 q2 q3 q4", 75, 35),
        ("half", "half quarters", 22, 30),
        ("season", " ".join(SEASONS), 25, 15),
        ("weekday", _WEEKDAY_WORDS, 20, 15),
        (
            "deictic",
            "today tonight yesterday tomorrow morning afternoon evening night midmorning midafternoon "
            "midevening",
            30,
            15,
        ),
        (
            "ref",
            "now current currently present presently nowadays days recently lately future near short long "
            "term coming "
            "ahead recent soon possible past",
            20,
            20,
        ),
        ("adjago", "earlier ago", 8, 2),
        ("anaphor", "year month quarter day", 25, 2),
        ("anaphor", "next following previous preceding", 6, 12),
        ("period", "period", 40, 25),
        ("theyear", "year", 30, 20),
        ("vague", "years months weeks days decades centuries hours minutes", 12, 20),
        ("yearend", "year", 2, 10),
        ("spelled_year", "nineteen eighteen year", 25, 40),
        ("duration", _UNIT_WORDS, 75, 45),
        (
            "relunit",
            "last this next past coming previous following current same prior weekend end beginning "
            "start middle "
            "close",
            30,
            35,
        ),
        (
            "set",
            "every each daily weekly monthly annually yearly hourly nightly biweekly biannually times "
            "once twice "
            "thrice mondays tuesdays wednesdays thursdays fridays saturdays sundays mornings afternoons "
            "evenings nights",
            15,
            45,
        ),
        ("time", "noon midnight midday", 2, 45),
        (
            "holiday",
            "christmas new independence halloween valentine boxing may bastille veterans thanksgiving labor "
            "memorial mother father easter good",
            8,
            30,
        ),
        ("decade", "twenties thirties forties fifties sixties seventies eighties nineties", 40, 2),
    )
)
# patterns started by a number, with their windows
_NUMBER_PATTERNS = (("iso", 0, 25), ("slash", 0, 12), ("year", 45, 3), ("decade", 40, 4), ("time", 0, 45))
_WORD = re.compile(r"\w+")
_TRIGGER_WORDS = frozenset(_TRIGGERS)
# a word starting with anything but an ASCII letter (digits; the rare non-ASCII word runs on to its end)
_NON_ASCII_LETTER_START = re.compile(r"[^\Wa-zA-Z_]\w*")
_ASCII_DIGIT_START = re.compile(r"[0-9]\w*")  # the same, enough for an ASCII text
# runs of lower-case ASCII letters and digits: every trigger word of a lower-cased text is one of them
# (with more: pieces of non-ASCII words), and a simple class is quicker to find than a Unicode \w+
_ASCII_RUN = re.compile(r"[a-z0-9]+")


def _is_word_char(c: str) -> bool:
    """Whether ``c`` is a regex ``\\w`` character (the same test as the ``re`` module's)."""
    return c.isalnum() or c == "_"


_Hit = tuple[int, int, tuple[tuple[str, int, int], ...]]  # a word's start, end and the windows it opens


def _hit_words(text: str) -> list[_Hit]:
    """The words of ``text`` that open windows, in text order: (start, end, windows they open).

    A word opens windows when it starts with a digit or its lower-cased form is a trigger word.
    Rather than a Python step for each of the few hundred words of an article, the trigger words
    present are found by a set intersection over the lower-cased ASCII runs (a superset of the
    words), and then located with ``str.find`` (whole words only); numbers are found by a regex
    that skips ASCII letters.
    Lower-casing keeps every offset when the lower-cased text has the text's length (then each
    character maps to one character); otherwise the plain loop over the words is used.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        out: list[_Hit] = []
        for m in _WORD.finditer(text):
            word = m.group()
            if word[0].isdigit():
                out.append((m.start(), m.end(), _NUMBER_PATTERNS))
            else:
                hits = _TRIGGERS.get(word.lower(), ())
                if hits:
                    out.append((m.start(), m.end(), hits))
        return out
    size = len(text)
    found: list[_Hit] = []
    for word in _TRIGGER_WORDS.intersection(_ASCII_RUN.findall(lowered)):
        hits = _TRIGGERS[word]
        start = lowered.find(word)
        while start >= 0:
            end = start + len(word)
            if (start == 0 or not _is_word_char(text[start - 1])) and (
                end == size or not _is_word_char(text[end])
            ):
                found.append((start, end, hits))
            start = lowered.find(word, end)
    for m in (_ASCII_DIGIT_START if text.isascii() else _NON_ASCII_LETTER_START).finditer(text):
        start = m.start()
        if text[start].isdigit() and (start == 0 or not _is_word_char(text[start - 1])):
            found.append((start, m.end(), _NUMBER_PATTERNS))
    found.sort()
    return found


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each pattern, the merged windows of ``text`` worth scanning."""
    raw: dict[str, list[tuple[int, int]]] = {}
    size = len(text)
    for start, end, hits in _hit_words(text):
        for name, before, after in hits:
            raw.setdefault(name, []).append((max(0, start - before), min(size, end + after)))
    merged: dict[str, list[tuple[int, int]]] = {}
    for name, spans in raw.items():
        spans.sort()
        out = []
        first, last = spans[0]  # the window being grown
        for lo, hi in spans:
            if lo <= last:
                if hi > last:
                    last = hi
            else:
                out.append((first, last))
                first, last = lo, hi
        out.append((first, last))
        merged[name] = out
    return merged


# Text that every match of a pattern contains (and consumes), so that a window without it is
# skipped at the cost of one quick search instead of running the pattern through it: most windows
# opened by a number hold no year, date or decade.  Compiled with the patterns' own flags, so that
# letter case is compared the same way ("ties" ends every decade word).
_REQUIRED = MappingProxyType(
    {
        name: re.compile(rx, re.IGNORECASE)
        for name, rx in (
            ("year", r"(?:1[6-9]|20)\d\d"),
            ("decade", r"0'?s|ties"),
            ("iso", r"\d\d\d\d-\d\d-\d\d"),
            ("slash", r"\d/\d"),
            ("relunit", r"week|month|year|quarter|decade|century"),
            ("spelled_year", r"nineteen|eighteen|thousand"),
        )
    }
)


def _candidates(ctx: Context) -> Iterator[Found]:
    """Every accepted match of every pattern inside its windows, possibly overlapping."""
    text = ctx.text
    for name, windows in _windows(text).items():
        rx, handler = _COMPILED[name]
        required = _REQUIRED.get(name)
        for lo, hi in windows:
            if required is not None and required.search(text, lo, hi) is None:
                continue
            for m in rx.finditer(text, lo, hi):
                if m.end() == m.start():
                    continue
                try:
                    part = handler(m, ctx)
                except (OverflowError, ValueError):
                    # anchoring left the calendar (a publication date near year 1 or 9999):
                    # the expression still comes out, unanchored
                    part = handler(m, attrs.evolve(ctx, ref=None)) if ctx.ref is not None else None
                if part is None:
                    continue
                start, end = m.start() + part.skip, m.end() - part.trim
                stripped = text[start:end].rstrip(" \t\n,")
                end = start + len(stripped)
                start += len(stripped) - len(stripped.lstrip())
                if end <= start:
                    continue
                yield Found(
                    start,
                    end,
                    part.type,
                    part.value,
                    part.mod,
                    part.anchored,
                    part.interval,
                    part.quant,
                    part.freq,
                    part.kind or name,
                )


def _select(cands: Sequence[Found]) -> list[Found]:
    """Non-overlapping candidates, longest first (ties: earlier pattern in the list), in text order."""
    order = sorted(cands, key=lambda f: (-(f.end - f.start), _PRIORITY.get(f.kind, 99), f.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Found] = []
    for f in order:
        i = bisect.bisect_left(taken, (f.start, f.end))
        if i > 0 and taken[i - 1][1] > f.start:
            continue
        if i < len(taken) and taken[i][0] < f.end:
            continue
        taken.insert(i, (f.start, f.end))
        chosen.append(f)
    chosen.sort(key=lambda f: f.start)
    return chosen


_YEAR_IN = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_RANGE_JOIN = re.compile(r"(?i)\s*(?:to|through|until|till|and|-|–|—)\s*")
_SINCE = re.compile(r"(?i)\b(?:ever\s+)?since\s+$")
_YEAR_BACK = re.compile(r"(?i)^(?:a|one|the)?\s*year[\s-](?:earlier|ago)$|^year-(?:earlier|ago)$")


_ANAPHOR_SHAPES = MappingProxyType(
    {
        "XXXX": (re.compile(r"\d{4}"), 4),
        "XXXX-XX": (re.compile(r"\d{4}-\d\d"), 7),
        "XXXX-QX": (re.compile(r"\d{4}-Q\d"), 7),
        "XXXX-XX-XX": (re.compile(r"\d{4}-\d\d-\d\d"), 10),
    }
)


def _resolve_anaphor(f: Found, named: Sequence[str]) -> Found:
    """The last named value at the granularity of ``f`` ("that year" after "June 1998" -> 1998)."""
    shape, size = _ANAPHOR_SHAPES[f.value]
    for value in reversed(named[-6:]):
        if shape.match(value):
            return attrs.evolve(f, value=value[:size], interval=rs.interval_of(value[:size]))
    return f


def _resolve_next_day(f: Found, named: Sequence[str]) -> Found:
    """ "the next day", "the previous evening": a day after (before) the last full date named."""
    for value in reversed(named[-6:]):
        if _FULL_DATE.match(value):
            day = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=1 if f.kind == "day+" else -1)
            iso = day.isoformat()
            return attrs.evolve(f, value=iso + f.value[10:], interval=(iso, iso))
    return f


def _resolve_following(f: Found, named: Sequence[str]) -> Found:
    """ "the following year/month/week": one unit after the last date named at that granularity."""
    unit = "W" if "W" in f.value else "M" if len(f.value) == 7 else "Y"
    for value in reversed(named[-6:]):
        if unit == "Y" and value[:4].isdigit():
            shifted = f"{int(value[:4]) + 1:04d}"
        elif unit == "M" and re.match(r"\d{4}-\d\d(?:-\d\d)?$", value):
            shifted = rs.month_value(rs.add_months(dt.date(int(value[:4]), int(value[5:7]), 1), 1))
        elif unit == "W" and re.match(r"\d{4}-\d\d-\d\d$", value):
            shifted = rs.iso_week(dt.date.fromisoformat(value) + dt.timedelta(weeks=1))
        else:
            continue
        return attrs.evolve(f, value=shifted, anchored=False, interval=rs.interval_of(shifted))
    return f


_QUARTER_NAMED = re.compile(r"(?i)first|second|third|fourth|final|\bQ\d|year-|year['’]s")
_ENDED = re.compile(r"(?i)\s+end(?:ed|ing)\s+$")


def _quarter_ended(f: Found, nxt: Found, ctx: Context) -> Found:
    """ "the quarter ended July 31": the calendar quarter holding most of the three months before."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value) or not _ENDED.match(ctx.text[f.end : nxt.start]):
        return f
    value = rs.quarter_of(dt.date.fromisoformat(nxt.value) - dt.timedelta(days=45))
    return attrs.evolve(f, value=value, interval=rs.interval_of(value))


_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_SECOND_DAY = re.compile(
    r"\s*(?:-|–|and|or|to|through)\s*(?P<day>[12]?\d|3[01])(?P<year>,?\s+(?:1[6-9]|20)\d\d)?"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|of|to|and|with|for|when|while|before|after)\b)"
)


def _day_ranges(found: list[Found], ctx: Context) -> list[Found]:
    """The second day of "Jan. 15-17", "April 24 and 25" (a date of the same month, year shared)."""
    out: list[Found] = []
    skip = -1
    for i, f in enumerate(found):
        if i == skip:
            continue
        m = _SECOND_DAY.match(ctx.text, f.end) if f.kind == "mdy" and _FULL_DATE.fullmatch(f.value) else None
        if m is None:
            out.append(f)
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        year = int(m["year"].strip(", \t\n")) if m["year"] else int(f.value[:4])
        try:
            first = dt.date(year, int(f.value[5:7]), int(f.value[8:10]))
            day = first.replace(day=int(m["day"]))
        except ValueError:
            out.append(f)
            continue
        if day <= first or (
            nxt is not None and nxt.start < m.end() and not (m["year"] and nxt.end <= m.end())
        ):
            out.append(f)
            continue
        if nxt is not None and nxt.end <= m.end():
            skip = i + 1  # the year after the second day belongs to the range
        anchored = f.anchored and not m["year"]
        out.append(
            attrs.evolve(f, value=first.isoformat(), anchored=anchored, interval=rs.interval_of(str(first)))
        )
        second = attrs.evolve(f, start=m.start("day"), end=m.end(), value=day.isoformat(), anchored=anchored)
        out.append(attrs.evolve(second, interval=rs.interval_of(day.isoformat())))
    return out


def _post(found: list[Found], ctx: Context) -> list[Found]:
    """Document-level adjustments: "since X" intervals, and "a year earlier" after a quarter."""
    out: list[Found] = []
    previous: Found | None = None
    last_quarter: tuple[int, str] | None = None
    found = _day_ranges(found, ctx)
    mentioned: list[str] = []  # calendar values named so far, for "that year", "later that day"
    for i, f in enumerate(found):
        text = ctx.text[f.start : f.end]
        if f.kind == "quarter" and i + 1 < len(found) and not _QUARTER_NAMED.search(text):
            f = _quarter_ended(f, found[i + 1], ctx)
        if f.kind == "anaphor":
            f = _resolve_anaphor(f, mentioned)
        elif f.kind == "following":
            f = _resolve_following(f, mentioned)
        elif f.kind in ("day+", "day-"):
            f = _resolve_next_day(f, mentioned)
        elif f.type in ("DATE", "TIME") and f.value[:4].isdigit():
            mentioned.append(f.value)
        if f.kind == "quarter" and "Q" in f.value and "X" not in f.value and "year-" not in text.lower():
            last_quarter = (f.end, f.value)
        text = ctx.text[f.start : f.end]
        if (
            last_quarter is not None
            and ((f.kind in ("ago", "adjago") and _YEAR_BACK.match(text)) or f.kind == "period")
            and f.start - last_quarter[0] < 400
        ):
            year, q = last_quarter[1].split("-")
            named = _YEAR_IN.search(text)
            same = re.search(r"(?i)\b(?:latest|current|recent)\b", text) is not None
            value = f"{named.group(0)}-{q}" if named else f"{int(year) - (0 if same else 1):04d}-{q}"
            f = attrs.evolve(f, value=value, interval=rs.interval_of(value))
        if (
            f.type == "DATE"
            and f.interval is not None
            and ctx.ref is not None
            and _SINCE.search(ctx.text, max(0, f.start - 12), f.start)
            and f.interval[0] <= ctx.ref.isoformat()
        ):
            # TimeML keeps "since" outside as a signal (no mod); its meaning goes into the interval
            f = attrs.evolve(f, interval=(f.interval[0], ctx.ref.isoformat()), anchored=True)
        if (
            previous is not None
            and f.kind == previous.kind
            and f.kind in ("month", "mdy", "dmy")
            and f.anchored
            and f.value[:4].isdigit()
            and f.value < previous.value
            and _RANGE_JOIN.fullmatch(ctx.text, previous.end, f.start)
        ):  # "from November to February": the second end of a range follows the first
            value = f"{int(f.value[:4]) + 1:04d}{f.value[4:]}"
            f = attrs.evolve(f, value=value, interval=rs.interval_of(value))
        out.append(f)
        previous = f
    return out


def find(text: str, ref: dt.date | None, sentences: Sequence[tuple[int, int]] = ()) -> list[Found]:
    """All time expressions of ``text`` resolved against ``ref`` (the publication date, if known)."""
    starts = tuple(s for s, _ in sentences)
    ends = tuple(e for _, e in sentences)
    ctx = Context(text, ref, starts, ends)
    return _post(_select(list(_candidates(ctx))), ctx)
