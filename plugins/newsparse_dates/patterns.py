"""The date patterns (a regular expression and a handler each), their priority, triggers and required text."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import MappingProxyType

from newsparse_dates.context import Handler
from newsparse_dates.handlers_calendar import (
    _full_date,
    _h_century,
    _h_decade,
    _h_deictic,
    _h_half,
    _h_iso,
    _h_month,
    _h_quarter,
    _h_slash,
    _h_spelled_year,
    _h_split_year,
    _h_unit_long,
    _h_weekday,
    _h_year,
)
from newsparse_dates.handlers_clock import _h_military, _h_time
from newsparse_dates.handlers_relative import (
    _h_adj_ago,
    _h_anaphor,
    _h_duration,
    _h_holiday,
    _h_period,
    _h_ref,
    _h_relunit_any,
    _h_set,
    _h_the_year,
    _h_vague,
    _h_year_end,
)
from newsparse_dates.lexicon import HOLIDAYS, MONTHS, SEASONS, WEEKDAYS
from newsparse_dates.pieces import (
    _DAY,
    _DURATION_START,
    _L,
    _MODQ,
    _MONTH,
    _MONTH_FULL,
    _NUM,
    _ORD,
    _PRE,
    _PRE_MONTH,
    _PRE_REQ,
    _R,
    _R_DAY,
    _SMALL,
    _TENS,
    _TIMEWORD,
    _TZ,
    _UNIT,
    _UNIT1,
    _WD,
    _WD_ABBR,
    _YEAR,
)
from newsparse_dates.seasons import _h_season

# ---------------------------------------------------------------- patterns

# the calendar activities whose season is told from now ("this tax season", "last holiday season")
_ACTIVITY = "(?:tax|holiday|festive|shopping|growing|planting|harvest|sowing|marketing|crop)"

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

# not across a paragraph break, whatever the line endings ("\n\n", "\r\n\r\n", "\r\r")
_NO_PARAGRAPH = r"(?![ \t]*(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n))"

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
        rf"(?:(?P<drel>last|next|this\s+past|this\s+coming)\s+)?(?P<mon>{_MONTH})\s+(?:the\s+)?"
        rf"(?P<day>{_DAY}|(?i:{_ORD}))(?:[,;]?{_NO_PARAGRAPH}\s+(?P<year>{_YEAR})"
        rf"|,?\s+(?P<yrel>last|this|next)\s+year\b)?{_R_DAY}",
        _full_date,
    ),
    (
        "dmy",
        rf"\b(?P<wk>the\s+week\s+of\s+)?(?:(?:{_WD}|{_WD_ABBR}),?\s+)?(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?"
        rf"(?P<mon>{_MONTH})"
        rf"(?:,?{_NO_PARAGRAPH}\s+(?P<year>{_YEAR})|,?\s+(?P<yrel>last|this|next)\s+year\b)?{_R}",
        _full_date,
    ),
    (
        "month",
        rf"\b{_PRE_MONTH}(?:(?P<rel2>this\s+past|this\s+coming|last|this|next)\s+)?(?P<mon>{_MONTH})"
        rf"(?:,?{_NO_PARAGRAPH}\s+(?:of\s+)?(?P<year>{_YEAR})|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b)?"
        rf"(?!\w|-(?!{_MONTH_FULL}))",
        _h_month,
    ),
    (
        "splityear",
        rf"{_L}(?P<y1>(?:1[6-9]|20)\d\d)(?:/|[-–](?=(?:1[6-9]|20)?\d\d(?!\w|[-–/]\d)))(?P<y2>(?:1[6-9]|20)?\d\d)(?![\w%/]|[.,:]\d)",
        _h_split_year,
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
        r"(?:\s+(?P<tod>morning|afternoon|evening|night))?(?:\s+(?P<wrel>last|this|next)\s+week)?\b",
        _h_weekday,
    ),
    (
        "deictic",
        r"\b(?:(?P<pre>earlier|later|early|late|mid)[\s-]+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after"
        r"\s+tomorrow|today|tonight|yesterday|tomorrow|this(?=\s+(?:morning|afternoon|evening))|last(?=\s+night))"
        r"(?:\s+(?P<tod>morning|afternoon|evening|night))?\b"
        r"|\bmid[\s-]*(?P<tod2>morning|afternoon|evening)(?:\s+(?P<w2>yesterday|today|tomorrow))?\b",
        _h_deictic,
    ),
    (
        "ref",
        # guard: the first words below
        r"\b(?=now|right\snow|current|at\s|present|these|recent|lately|the\s|coming|as\s|this|press|an\s|a\slater\s|previous|soon|formerly|fu|that\s|later|last\s|next\s)"
        r"(?P<w>(?:(?<=than\s)|(?<=sooner\sor\s)|(?<=now\sor\s))later\b|(?:right\s+)?now|current|currently|soon(?!\s+(?:after|afterwards?|thereafter|as)\b)|this\s+season|(?<=\bon\s)the\s+day(?=\s*[.,;])|at\s+present|presently|nowadays|these\s+days|recently|lately|previously|formerly"
        r"|the\s+(?:very\s+)?near\s+future|the\s+future|the\s+near\s+term|the\s+short\s+term"
        # "last season", "next season", "this tax season": a season of a calendar activity told from now
        # (not "the last season of the show", "his last season": a final one)
        r"|(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?:this|last|next)\s+"
        rf"(?:{_ACTIVITY}\s+)?season"
        # "in future" as an adverb (British "in the future"), not "in future home PCs"
        r"|(?<=\bin\s)future(?=\s*[.,;:!?)\"”’]|\s+(?:to|and|but|as|if|when|too|also|by|for|with|is|are)\b)"
        r"|the\s+long\s+term|(?:the\s+)?coming\s+(?:days|weeks|months|years|quarters)"
        r"|the\s+(?:days|weeks|months|years)\s+ahead"
        r"|recent\s+(?:years|months|weeks|days)(?:\s+and\s+(?:years|months|weeks|days))?|as\s+soon\s+as\s+possible"
        rf"|the\s+past(?![\w-]|\s+(?:\d|{_TIMEWORD}))"
        r"|the\s+present(?!\s+\w)|(?<=\bat\s)(?:this|press)\s+time|(?:(?<=\bto\s)|(?<=until\s))this\s+day"
        r"|(?<=\bat\s)th(?:e|at)\s+time(?![\w-]|\s+(?:of|when|being|to|for)\b)"
        r"|(?<=\bin\s)the\s+day(?![\w'’-])"
        # "at the moment", "for the moment", "at this moment in time": now (not "the moment of/when")
        r"|(?:(?<=\bat\s)|(?<=\bfor\s))(?:the|this)\s+(?:present\s+)?moment(?:\s+in\s+time)?(?!\s+(?:of|when|that)\b)"
        r"|(?<=\bat\s)(?:an\s+early|a\s+later)\s+date|the\s+earliest\s+possible\s+(?:time|date|moment)|previous\s+years)\b",
        _h_ref,
    ),
    # "year-ago" as an adjective; "the year ago month" whole (Reuters writes it without a hyphen)
    ("adjago", r"\b(?:the\s+)?year[-\s](?:earlier|ago)\s+month\b|\byear-(?:earlier|ago)\b", _h_adj_ago),
    (
        "anaphor",
        r"\b(?:(?P<pre>earlier|later)\s+)?(?P<that>that|the\s+same)\s+(?P<same>same\s+)?"
        r"(?P<u>year|month|quarter|week|day|morning|afternoon|evening|night)\b"
        r"(?![-'’])|\bthe\s+(?P<nrel>next|following|previous|preceding)\s+(?P<nu>day|morning|afternoon|evening|night)\b"
        r"(?![-'’])|\bthe\s+(?P<au>day|week|month|year)\s+(?P<arel>after|before)(?=\s*[,.;:)])"
        # "during the month" just after a month is named: that month (not "the month of May")
        r"|(?:(?<=\bduring\s)|(?<=\bin\s)|(?<=\bfor\s)|(?<=\bover\s)|(?<=\bthroughout\s))the\s+(?P<mu>month)\b"
        r"(?![-'’]|\s+(?:of|ended|ending|before|after|to|in|ahead|when|that)\b)",
        _h_anaphor,
    ),
    (
        "vague",
        # "over the years": the article inside, as TimeML tags the vague length ("the years" PXY)
        r"(?:(?P<over>(?<=\bover\s)the\s+)(?=(?:years|months|weeks|decades)\b))?"
        r"\b(?P<u>years|months|weeks|days|decades|centuries|hours|minutes)"
        r"(?:\s+(?:or|to)\s+(?:years|months|weeks|days|decades|hours|minutes))?\b(?!-)",
        _h_vague,
    ),
    ("yearend", r"\byear(?:[-\s]|(?P<poss>['’]s\s+))end\b(?!-)", _h_year_end),
    ("unitlong", r"\b(?P<lu>hour|day|week|month|year|decade|century)-long\b", _h_unit_long),
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
        rf"\bthe\s+(?:(?P<year>{_YEAR})|(?P<back>year[-\s]earlier|year[-\s]ago|corresponding|comparable|same|latest|current"
        r"|recent))"
        r"(?:\s+(?:year-earlier|year-ago))?\s+period\b(?!\s+of\s+(?!(?:19|20)\d\d))(?P<tail>\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b)?",
        _h_period,
    ),
    (
        "duration",
        rf"\b{_DURATION_START}(?P<the>the\s+)?(?:(?P<rel>last|past|next|coming|recent)\s+|(?<=the\s)(?P<rel2>previous|following"
        rf"|first|final|latest|preceding|initial|same)\s+(?!an?\s)|{_MODQ})?(?P<num>\d{{1,3}}-1/2|{_NUM}(?:\s+and\s+a\s+half)?)(?:\s*(?:to|or|-|–)\s*(?P<hi>\d+|{_SMALL}|{_TENS}))?(?:[\s-]+(?:more|additional|straight|consecutive|trading|business|working))?"
        rf"[\s-]+(?P<unit>{_UNIT})(?P<half>\s+and\s+a\s+half)?(?P<tail>\s+or\s+so)?\b"
        r"(?:\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b)?",
        _h_duration,
    ),
    (
        "relunit",
        # guard: the first two letters of early/earlier, late/later, mid, the and the relative words
        r"\b(?=ea|la|mi|th|ne|pa|co|pr|fo|cu|sa)(?P<pre>(?:early|late|mid|earlier|later)(?:[\s-]+in)?\s+|the\s+(?:end|beginning|start|middle|close)"
        rf"\s+of\s+)?(?P<the>the\s+)?(?P<rel>this\s+coming|last|this|next|past|coming|previous|preceding|following|current|same|prior|new(?=\s+fiscal\s+year))"
        rf"\s+(?:fiscal\s+)?(?P<unit>{_UNIT1})\b(?!-)(?P<orso>\s+or\s+so\b)?"
        r"|\b(?P<pre2>the\s+(?:end|beginning|start|middle|close)\s+of\s+)(?P<the2>the)\s+(?P<unit2>week|month"
        r"|year|decade|century)\b|\bthe\s+(?P<we>weekend)\b",
        _h_relunit_any,
    ),
    (
        "set",
        rf"\b(?P<q>every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<swd>{_WD})|(?P<smon>{_MONTH})|(?P<stod>morning"
        rf"|afternoon|evening|night)|(?:(?<!other\s)(?P<snum>{_NUM})\s+)?(?P<sunit>{_UNIT}))\b"
        r"|\b(?P<fw>(?:half-(?=yearly|hourly))?(?:daily|weekly|monthly|annual|annually|yearly|hourly|nightly"
        r"|biweekly|biannually))\b"
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
        rf"|tomorrow)|(?P<mon>{_MONTH})\s+(?P<mday>{_DAY})(?:,?{_NO_PARAGRAPH}\s+(?P<myear>{_YEAR}))?))?"
        r"(?![\w:])",
        _h_time,
    ),
    (
        "military",
        r"(?<![\w$£€¥#@.\-])(?P<mh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:\s+(?P<dw>"
        + _WD
        + r"))?\s+(?:(?P<tz>(?-i:GMT|UTC|[ECMP][SD]T|BST|CET))\b"
        # "1415 local time", "1230 local / 1630 GMT": the place's clock, beside its zoned time or not
        r"|(?P<local>(?-i:local|Local|LOCAL)(?:\s+time\b|(?=\s*[/(]\s*\d))))",
        _h_military,
    ),
    (
        "holiday",
        rf"\b(?:(?P<rel>last|next|this)\s+|the\s+(?=new\s+year\b))?(?i:(?P<hol>{_HOLIDAY_NAMES}))(?:,?\s+(?P<year>{_YEAR}))?(?![\w'’])",
        _h_holiday,
    ),
)


_SOURCES = MappingProxyType({name: (rx, handler) for name, rx, handler in _PATTERNS})


class _CompiledOnUse(Mapping[str, tuple[re.Pattern[str], Handler]]):
    """Pattern name -> (compiled pattern, handler), each pattern compiled on its first lookup.

    Compiling every pattern costs about 0.1 s of a cold start, and an article's trigger words
    open the windows of only a few of them.
    """

    def __init__(self, compile_one: Callable[[str], tuple[re.Pattern[str], Handler]]) -> None:
        self._compile_one = compile_one

    def __getitem__(self, name: str) -> tuple[re.Pattern[str], Handler]:
        if name not in _SOURCES:
            raise KeyError(name)
        return self._compile_one(name)

    def __iter__(self) -> Iterator[str]:
        return iter(_SOURCES)

    def __len__(self) -> int:
        return len(_SOURCES)


@functools.cache
def _compile_pattern(name: str) -> tuple[re.Pattern[str], Handler]:
    """Pattern ``name`` compiled case-insensitively, with its handler (once per process)."""
    rx, handler = _SOURCES[name]
    return re.compile(rx, re.IGNORECASE), handler


@functools.cache
def _compile_twin(name: str) -> tuple[re.Pattern[str], Handler]:
    """The lower-case twin of pattern ``name`` (see ``_LOWER_TWINS``), with its handler."""
    rx, handler = _SOURCES[name]
    return re.compile(_lower_literals(rx.replace("(?-i:", "(?:"))), handler


_COMPILED = _CompiledOnUse(_compile_pattern)
_PRIORITY = MappingProxyType({name: i for i, (name, _, _) in enumerate(_PATTERNS)})


def _lower_literals(rx: str) -> str:
    """``rx`` with its letters lower-cased, escapes and group names kept (for a lower-cased text)."""
    return _LITERAL_OR_NAME.sub(lambda m: str.lower(m.group()) if len(m.group()) == 1 else m.group(), rx)


_LITERAL_OR_NAME = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|[A-Z]")


# Case-sensitive twins of the patterns, run on the lower-cased text: a case-insensitive alternation
# tries every branch at every word, while a case-sensitive one skips a branch on its first letter
# (three to five times quicker).  A twin matches wherever its pattern does, and more (its parts that
# compare letter case, "May" the month or "Q3", no longer do): it only proposes where a match may start,
# and the pattern itself is matched there on the text as written (see ``scan._matches``).
_LOWER_TWINS = _CompiledOnUse(_compile_twin)  # read ``[name][0]``: the twin pattern

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
        ("mdy", _MONTH_WORDS, 26, 30),
        ("dmy", _MONTH_WORDS, 40, 12),
        ("month", _MONTH_WORDS, 34, 25),
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
            "ahead recent soon possible past previous earliest previously formerly later",
            20,
            20,
        ),
        ("ref", "time day date season moment", 14, 12),
        ("adjago", "earlier ago", 12, 8),
        ("anaphor", "quarter day", 25, 12),
        ("anaphor", "year month", 20, 8),  # "that year"; "the year after,"
        ("anaphor", "week", 25, 8),
        ("anaphor", "morning afternoon evening night", 25, 2),
        ("anaphor", "next following previous preceding", 6, 12),
        ("period", "period", 40, 25),
        ("theyear", "year", 30, 20),
        ("vague", "years months weeks days decades centuries hours minutes", 12, 20),
        ("yearend", "year", 2, 10),
        ("unitlong", "long", 10, 0),
        ("spelled_year", "nineteen eighteen year", 14, 32),
        ("duration", _UNIT_WORDS, 48, 30),
        ("relunit", "last this next past coming previous preceding following current same prior", 24, 28),
        ("relunit", "fiscal", 10, 8),  # "the new fiscal year": "new" is too common a word to trigger on
        ("relunit", "weekend", 6, 4),
        ("relunit", "end beginning start middle close", 6, 38),
        (
            "set",
            "every each daily weekly monthly annual annually yearly hourly nightly biweekly biannually times "
            "once twice "
            "thrice mondays tuesdays wednesdays thursdays fridays saturdays sundays mornings afternoons "
            "evenings nights",
            15,
            32,
        ),
        ("time", "noon midnight midday", 2, 45),
        (
            "holiday",
            "christmas new independence halloween valentine boxing may bastille veterans thanksgiving labor "
            "memorial mother father easter good",
            8,
            24,
        ),
        ("decade", "twenties thirties forties fifties sixties seventies eighties nineties", 40, 2),
    )
)


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
            ("splityear", r"\d\d\d\d[/\-–]\d\d"),
            ("military", r"GMT|UTC|[ECMP][SD]T|BST|CET|local"),
            ("relunit", r"week|month|year|quarter|decade|century"),
            ("spelled_year", r"nineteen|eighteen|thousand"),
        )
    }
)
# Parts that every match of a pattern goes through, written as the pattern writes them (compiled with
# its flags, and for the lower-cased text as its twin is, case-sensitive: on the folded lower-cased
# text a lower-case letter matches only itself): most windows of a month name hold no day, most
# windows of "day" or "year" no "that day", "the following year", most of "new" or "may" no holiday.
_REQUIRED_PARTS = MappingProxyType(
    {
        "mdy": rf"(?P<mon>{_MONTH})\s+(?:the\s+)?(?P<day>{_DAY}|(?i:{_ORD}))",
        "dmy": rf"(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})",
        "anaphor": r"(?:that|same)\s+(?:same|year|month|quarter|week|day|morning|afternoon|evening|night)"
        r"|(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening|night)"
        r"|the\s+(?:day|week|month|year)\s+(?:after|before)|the\s+month",
        "holiday": rf"(?i:(?P<hol>{_HOLIDAY_NAMES}))",
        "theyear": r"the\s+(?:fiscal\s+|full\s+|calendar\s+)?year",
        # "last week", "the end of the month", "the weekend" (``relunit`` below: its unit after its
        # relative word, or "the" before it)
        "relunit": r"(?:coming|last|this|next|past|previous|preceding|following|current|same|prior|new)"
        r"\s+(?:fiscal\s+)?(?:week|weekend|month|year|quarter|decade|century)"
        r"|the\s+(?:week|month|year|decade|century)",
    }
)
_REQUIRED = MappingProxyType(
    {**_REQUIRED, **{name: re.compile(rx, re.IGNORECASE) for name, rx in _REQUIRED_PARTS.items()}}
)
# the same for the lower-cased text
_REQUIRED_LOWER = MappingProxyType(
    {
        name: re.compile(
            _lower_literals(_REQUIRED_PARTS[name].replace("(?-i:", "(?:").replace("(?i:", "(?:"))
            if name in _REQUIRED_PARTS
            else str.lower(rx.pattern)
        )
        for name, rx in _REQUIRED.items()
    }
)
