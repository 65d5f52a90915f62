"""What every date handler shares: the result types, the match context (sentence, tense) and small readers."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable

import attrs

from newsparse.trusted import trusted_builder
from newsparse_dates import resolve as rs
from newsparse_dates.lexicon import MONTHS, ORDINALS
from newsparse_dates.pieces import _MODS


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
    reference: str | None = None  # "published", "narrative" or None (module docstring of .narrative)
    reference_span: tuple[int, int] | None = None  # the earlier expression a narrative value used


# ``Found(*every_field)`` without attrs' __init__ (Found has no checks to skip: a quarter of its cost)
new_found = trusted_builder(Found)


_DASH = re.compile(r"--|—|–")

# words that tell a game (its periods are no calendar quarters or halves) or a business report
GAME = re.compile(
    r"(?i)\b(?:touchdowns?|field\s+goals?|scored|scoring|points?\s+(?:in|to)|lead\s+(?:of|at)|led\s+\d|trailed"
    r"|halftime|half-time|overtime|quarterback|basket|free\s+throws?|rebounds?|the\s+game|the\s+match"
    r"|\d+-\d+\s+(?:lead|win|victory|deficit))"
)
BUSINESS = re.compile(
    r"(?i)\b(?:profits?|earnings|revenues?|sales|growth|gdp|economy|fiscal|results|net\s+income)\b"
)
# the same as words counted in the whole lower-cased story (a count of literals is many times
# quicker than a search of the patterns above through a whole story)
_GAME_WORDS = (
    "touchdown", "field goal", "scored", "scoring", "trailed", "halftime", "half-time", "overtime",
    "quarterback", "free throw", "rebound", "the game", "the match",
)  # fmt: skip
# words of a cricket report, counted in the whole lower-cased story (only where a century is named)
_CRICKET_WORDS = (
    "cricket", "wicket", "innings", "batsman", "batting", "bowled", "bowler", "not out", "overs",
)  # fmt: skip
_BUSINESS_WORDS = ("profit", "earnings", "revenue", "sales", "growth", "gdp", "economy", "fiscal", "results")


def _dashes(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    r"""The starts and ends of every spaced dash of ``text`` (``\s(?:--|—|–)\s``), in order (see
    :meth:`Context.dash_within`): the dashes found by their literal text, then the white space either
    side tested (a lookahead tried at every position cost the layer 7%)."""
    starts: list[int] = []
    ends: list[int] = []
    last = len(text) - 1
    for match in _DASH.finditer(text):
        a, b = match.span()
        if 0 < a and b <= last and text[a - 1].isspace() and text[b].isspace():
            starts.append(a - 1)
            ends.append(b + 1)
    return tuple(starts), tuple(ends)


def folded(text: str) -> str:
    """``text`` lower-cased as a case-insensitive pattern compares it (long s is "s", dotless i is "i")."""
    lowered = text.lower()
    if "ſ" in lowered:
        lowered = lowered.replace("ſ", "s")
    if "ı" in lowered:
        lowered = lowered.replace("ı", "i")
    return lowered


@attrs.frozen
class Context:
    """What a handler needs besides its match: the text, the anchor date and the sentence bounds."""

    text: str
    ref: dt.date | None
    sentence_starts: tuple[int, ...]
    sentence_ends: tuple[int, ...]
    lowered: str = attrs.field(default=attrs.Factory(lambda self: folded(self.text), takes_self=True))
    # which tense markers lie in a date's own clause, from the syntax layer (``clauses.clause_reader``);
    # asked only where the markers near a date disagree
    own_clause: Callable[[int, int, tuple[int, ...]], tuple[bool, ...] | None] | None = None
    # where each spaced dash (" -- ", " — ", " – ") starts and ends: found on first use, once
    _dash_index: tuple[tuple[int, ...], tuple[int, ...]] | None = attrs.field(
        default=None, init=False, eq=False, repr=False
    )
    # whether the story tells a game: found on first use, once (only a quarter or half asks)
    _game_story: bool | None = attrs.field(default=None, init=False, eq=False, repr=False)

    @property
    def dashes(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The starts and ends of the text's spaced dashes, found when first asked (few texts ask)."""
        found = self._dash_index
        if found is None:
            found = _dashes(self.text)
            object.__setattr__(self, "_dash_index", found)  # a cache of derived data, not a change
        return found

    @property
    def game_story(self) -> bool:
        """Whether the whole story tells a game: two game words or more, and more of them than business
        words (a match report's "first quarter" is a period of play; an earnings story's is not)."""
        found = self._game_story
        if found is None:
            text = self.lowered
            games = sum(text.count(word) for word in _GAME_WORDS)
            found = games >= 2 and sum(text.count(word) for word in _BUSINESS_WORDS) < games
            object.__setattr__(self, "_game_story", found)  # a cache of derived data, not a change
        return found

    def cricket_story(self) -> bool:
        """Whether the story reports cricket (two of its words or more), where a century is a hundred
        runs ("a 55-ball half-century"), not a time."""
        return sum(self.lowered.count(word) for word in _CRICKET_WORDS) >= 2

    def sentence(self, pos: int) -> tuple[int, int]:
        """The bounds of the sentence holding ``pos`` (the whole text if there are no sentences)."""
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0 or pos > self.sentence_ends[i]:
            return max(0, pos - 200), min(len(self.text), pos + 200)
        return self.sentence_starts[i], self.sentence_ends[i]

    def dash_within(self, lo: int, hi: int) -> bool:
        """Whether a spaced dash lies wholly in ``[lo, hi)`` (a search from ``lo``, by bisection: one
        scan per document, not one per date of a long sentence)."""
        starts, ends = self.dashes
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and ends[i] <= hi  # the first dash from ``lo`` ends first

    def tense(
        self, start: int, end: int, reporting: bool = True, wide: bool = False, behind: bool = False
    ) -> int:
        """-1 past, +1 future, 0 unknown: the tense marker nearest the expression in its sentence.

        With ``reporting=False`` a reporting verb ("said", "told") is not a marker: it dates the
        report, not the event ("The contract expires in January, the company said"). With ``wide``
        the whole sentence is read, not only the words near the expression; with ``behind`` only
        the words before it (what follows is the content of a statement the expression dates)."""
        lo, hi = self.sentence(start)
        if not wide:
            main = self._fronted_tense(lo, hi, start, end)
            if main:
                return main
            lo, hi = max(lo, start - 90), min(hi, end + 50)
        if behind:
            hi = min(hi, start)
        if _STARTING.search(self.text, max(lo, start - 16), start):
            return 1  # "the third week of talks starting Monday": whatever the main verb's tense
        if _OWN_SCHEDULE.search(
            self.lowered if len(self.lowered) == len(self.text) else self.text, max(lo, start - 24), start
        ):
            return 1  # "the one which expires in October": its own verb, whatever "the last effort" says
        best, marked_before, both, marks = self._nearest(lo, hi, start, end, reporting, wide)
        if both and self.own_clause is not None and self._tree_may_move(start, end):
            best = self._nearest_in_clause(start, end, marks)  # markers disagree
        if best == 0 and _PRESENT_SCHEDULE.search(self.text, max(lo, start - 40), start):
            return 1  # "Arafat and Netanyahu meet separately Monday": the present of a scheduled event
        if not marked_before and _SCHEDULE_VERB.search(self.text, lo, start):
            return 1  # "Nakasone leaves on his visit to the United States on Wednesday, only weeks after ..."
        if best == 0 and not wide and self.own_clause is not None:
            return self._far_tense(start, end, reporting, behind, (lo, hi))
        return best

    def _nearest(
        self, lo: int, hi: int, start: int, end: int, reporting: bool, wide: bool
    ) -> tuple[int, bool, bool, list[tuple[int, int, int, bool]]]:
        """The sign of the tense marker nearest the expression, punctuation setting other clauses apart;
        whether any marker comes before it; whether markers of both tenses were seen; the markers."""
        marks = self._markers(lo, hi, start, end, reporting, wide)
        best, best_dist = 0, 10**9
        marked_before = False
        signs = 0  # 1: a past marker seen, 2: a future one
        for sign, m_start, m_end, apart in marks:
            marked_before = marked_before or m_end <= start
            # the governing verb usually comes first: markers after the expression count double
            dist = start - m_end if m_end <= start else 2 * (m_start - end)
            if apart:
                dist += 1000  # "Yeltsin, who left ... on Monday, would hold": its own clause first
            signs |= 2 if sign > 0 else 1
            if dist < best_dist:
                best, best_dist = sign, dist
        return best, marked_before, signs == 3, marks

    def _nearest_in_clause(self, start: int, end: int, marks: list[tuple[int, int, int, bool]]) -> int:
        """The sign of :meth:`_nearest` over its ``marks``, the syntax layer's tree ranking first the markers
        of the expression's own clause where markers of both tenses make a close call (``_placed``)."""
        best, best_dist = 0, 10**9
        placed = self._placed(start, end, marks)
        for i, (sign, _, _, apart) in enumerate(marks):
            dist = _distance(start, end, marks[i])
            if placed is not None and placed[i]:
                pass  # the tree puts the marker in the expression's clause, whatever the punctuation
            elif placed is not None:
                dist += 2000 if apart else 1000  # outside it: ranked after every marker inside it
            elif apart:
                dist += 1000
            if dist < best_dist:
                best, best_dist = sign, dist
        return best

    def _markers(
        self, lo: int, hi: int, start: int, end: int, reporting: bool, wide: bool
    ) -> list[tuple[int, int, int, bool]]:
        """The tense markers of ``[lo, hi)`` that may date the expression: (sign, start, end, apart), where
        ``apart`` says the punctuation puts the marker in another clause (a comma, a quotation, "how")."""
        text, lowered = self.text, self.lowered
        same = len(lowered) == len(text)  # then every offset of the lower-cased text is the text's
        out: list[tuple[int, int, int, bool]] = []
        for m in _TENSE_LOWER.finditer(lowered, lo, hi) if same else _TENSE.finditer(text, lo, hi):
            if m.start() >= start and m.end() <= end:
                continue
            if same and m["ed"] and text[m.start("ed") : m.end("ed")] != m["ed"]:
                continue  # "United", "Fred": a past participle is written in lower case
            if m["mod"] and (m.end() > start or "," in text[m.end() : start] or text[m.start()].isupper()):
                continue  # a modal governs what follows in its clause; "in May next year" is no modal
            if not reporting and m.group().lower() in _REPORTING:
                continue
            if m["fip"] and m.end() > start:
                continue  # "CITIC in May agreed to invest": a future in the past looks ahead only after it
            apart = not wide and (
                # "Yeltsin, who left ... on Monday, would hold": its own clause first
                _CLAUSE_BREAK.search(text, min(m.end(), start), max(m.start(), end)) is not None
                # "struggled to answer a question on Sunday about how he would": embedded
                or (m.start() >= end and _EMBEDS.search(text, end, m.start()) is not None)
                # "said Monday night “it will be very hard”": the quote's own tense
                or _QUOTE_MARK.search(text, min(m.end(), start), max(m.start(), end)) is not None
            )
            sign = 1 if m["fut"] or m["fip"] or m["ll"] else -1
            out.append((sign, m.start(), m.end(), apart))
        return out

    def _far_tense(self, start: int, end: int, reporting: bool, behind: bool, window: tuple[int, int]) -> int:
        """The tense of a marker of the expression's own clause beyond the words read near it ("The
        committee will, after weeks of wrangling over ..., vote on Tuesday"), by the syntax layer's tree."""
        lo, hi = self.sentence(start)
        lo, hi = max(lo, start - _FAR_BEFORE), min(hi, end + _FAR_AFTER)  # bounded: linear in long sentences
        if behind:
            hi = min(hi, start)
        if window == (lo, hi) or self.own_clause is None or not self._tree_may_move(start, end):
            return 0  # the whole sentence was read, or the tense cannot move the expression
        # the words read near it held no marker: only those before and after them are read now
        far = self._markers(lo, window[0], start, end, reporting, True)
        far += self._markers(window[1], hi, start, end, reporting, True)
        weekday = _WEEKDAY_WORD.search(self.text, start, end) is not None
        if not far or (weekday and all(m[0] < 0 for m in far)):
            return 0  # a weekday with no marker near is read as past already: only a future can move it
        placed = self.own_clause(start, end, tuple(m[1] for m in far))
        if placed is None:
            return 0
        inside = [(_distance(start, end, m), m[0]) for m, p in zip(far, placed, strict=True) if p]
        return min(inside)[1] if inside else 0

    def event_tense(self, start: int, end: int) -> int:
        """-1 past, +1 future, 0 unknown: the tense of the clause a weekday modifying a noun hangs from
        ("said in a Friday interview": past), by the syntax layer's tree alone; 0 where the tree cannot
        say (no tree, the noun an apposition: "'Meet the Press', a Sunday morning talk show")."""
        if self.own_clause is None:
            return 0
        lo, hi = self.sentence(start)
        marks = self._markers(lo, hi, start, end, True, True)
        placed = self.own_clause(start, end, tuple(m[1] for m in marks)) if marks else None
        if placed is None:
            return 0
        inside = [(_distance(start, end, m), m[0]) for m, p in zip(marks, placed, strict=True) if p]
        return min(inside)[1] if inside else 0

    def _tree_may_move(self, start: int, end: int) -> bool:
        """Whether the tense can move the expression, so that the syntax layer is worth asking: a month
        (a day) without its year, or a weekday other than the anchor's own (which is that day either way)."""
        word = _CALENDAR_WORD.search(self.text, start, end)
        if word is None:
            return False
        day = _WEEKDAYS.get(str.lower(word.group()[:3]))
        return day is None or self.ref is None or day != self.ref.isoweekday()

    def _placed(
        self, start: int, end: int, marks: list[tuple[int, int, int, bool]]
    ) -> tuple[bool, ...] | None:
        """Whether each marker lies in the expression's own clause, by the syntax layer's tree; asked
        only when the markers disagree (a past and a future), else None (punctuation decides)."""
        if self.own_clause is None or len({m[0] for m in marks}) < 2:
            return None
        reads = sorted((_distance(start, end, m) + (1000 if m[3] else 0), m[0]) for m in marks)
        rival = next(d for d, sign in reads if sign != reads[0][1])
        if rival - reads[0][0] >= _CLOSE_CALL:
            return None  # no close call: the nearest marker of the other tense is far off or set apart
        return self.own_clause(start, end, tuple(m[1] for m in marks))

    def _fronted_tense(self, lo: int, hi: int, start: int, end: int) -> int:
        """The tense of the main verb of a fronted date ("On Tuesday, the ... league plans to hold";
        "In September, Hewitt said she would"): the first marker after the subject, a reporting verb too."""
        if (
            start - lo > 40
            or not _FRONTED_AFTER.match(self.text, end)
            or not _FRONTED.fullmatch(self.text, lo, start)
        ):
            return 0
        for m in _TENSE.finditer(self.text, end, min(hi, end + 160)):
            if m["mod"] and not self.text[m.start()].islower():
                continue
            # "In December, the EU pledged to work": the pledge is the dated event, told in the past
            return 1 if m["fut"] or m["ll"] else -1
        return 0

    def future_before(self, start: int) -> bool:
        """Whether the sentence holding ``start`` marks the future or a modal before it ("would be paid on a
        still unspecified date in January": the nearest marker is a participle, the clause's is "would")."""
        lo = max(self.sentence(start)[0], start - 120)
        if _MODAL.search(self.text, lo, start):
            return True
        return any(m["fut"] or m["fip"] for m in _TENSE.finditer(self.text, lo, start))

    def before(self, start: int, n: int = 24) -> str:
        """The lower-cased text just before ``start`` (to look at the preceding word)."""
        return self.text[max(0, start - n) : start].lower()

    def after(self, end: int, n: int = 24) -> str:
        """The lower-cased text just after ``end``."""
        return self.text[end : end + n].lower()


# a weekday or a month: the expressions whose direction the syntax layer's clauses are asked for
_CALENDAR_WORD = re.compile(
    r"(?i)\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
)
_FAR_BEFORE, _FAR_AFTER = 400, 200  # characters: how far a marker of the clause is looked for
_CLOSE_CALL = 100  # characters: markers of both tenses this near the expression leave the choice to the tree


def _distance(start: int, end: int, mark: tuple[int, int, int, bool]) -> int:
    """How far a tense marker lies from the expression: the governing verb usually comes first, so
    markers after the expression count double."""
    return start - mark[2] if mark[2] <= start else 2 * (mark[1] - end)


_WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_WEEKDAY_WORD = re.compile(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day")
# a comma or a semicolon between a tense marker and the expression: another clause
_CLAUSE_BREAK = re.compile(r"[,;]\s")
_EMBEDS = re.compile(r"(?i)\b(?:how|what|whether|why|that|if)\b")
_QUOTE_MARK = re.compile(r"[\"“”]")

_TENSE = re.compile(
    r"(?i)\b(?:(?P<neg>(?:could|would)(?:\s+not|n['’]t)\s+(?:be\s+reached|say|comment|confirm|disclose|elaborate|discuss"
    r"|specify|identify|name|reveal|give|provide|answer|respond|explain|immediately|(?:be\s+)?(?:immediately\s+)?"
    r"(?:reached|confirmed|verified|determined|identified)))"
    r"|(?P<fut>(?:will|would|shall)(?:\s+not)?(?:\s+be)?\s+[a-z]+"
    r"|(?P<mod>(?:can|could|may|might|should|must)(?:\s+not)?(?:\s+[a-z]+ly)?\s+(?!have\b|not\b)[a-z]+)|to\s+be\s+[a-z]+|will|won't|shall|going\s+to|plans?\s+to|planning\s+to|expect(?:s|ed)?\s+to|expect(?:s|ing)?|anticipat(?:es?|ing)|scheduled"
    r"|set\s+to|due\s+to|would|next(?!\s+to\b)|upcoming|tomorrow|planning|(?<!previously\s)(?<!had\s)planned|as\s+(?:soon|early)\s+as"
    r"|(?:postponed|delayed|adjourned|deferred|put\s+off|pushed\s+back|extended)(?:\s+[a-z]+){0,2}\s+(?:until|till)"
    r"|(?:has|have|given)(?:\s+[a-z]+){0,3}\s+until"
    r"|(?:is|are|was|were)\s+(?:to|planning|scheduled|expected|due|set|going|supposed|forecast\s+to|predicted\s+to))"
    r"|(?P<fip>(?:promised|pledged|vowed|agreed|decided|threatened|undertook|offered)\s+to"
    r"\s+(?!(?:in|on|at|by|the|a|an|this|that|it|its|their)\b)[a-z]+)"
    r"|(?P<past>had\s+been\s+(?:due|scheduled|expected|set|slated|planned)\s+to|was|were|had|did|said|says|told|ago|last|yesterday|went|came|took|made|got|gave|began|fell"
    r"|rose|shot|met|left|lost|won|held|brought|saw|sent|struck|paid|sold|bought|fought|(?<!\bbe\s)(?-i:[a-z]+ed)))\b|(?P<ll>['’]ll)\b"
)

# the same on the lower-cased text, case-sensitive (five times quicker: a case-insensitive alternation
# cannot skip its branches on their first letter); an "-ed" word must then be lower case in the text
_TENSE_LOWER = re.compile(_TENSE.pattern.replace("(?i)", "", 1).replace("(?-i:[a-z]+ed)", "(?P<ed>[a-z]+ed)"))

# a verb in the present tense right before a day: news writes scheduled events this way (not a noun
# after a determiner: "after the close on Monday" is no schedule)
_PRESENT_SCHEDULE = re.compile(
    r"(?i)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)\b(?:meets?|begins?|starts?|opens?|visits?|arrives?|leaves?|departs?|returns?|resumes?|convenes?"
    r"|hosts?|faces?|votes?|expires?|travels?|testif(?:y|ies)|reconvenes?|kicks?\s+off|ends?|closes?"
    r"|takes?\s+effect|(?:comes?|goes?)\s+into\s+(?:force|effect)|is|are)"
    r"(?:\s+[a-z]+ly)?(?:\s+(?:on|in|by|until|next|this|set\s+for|scheduled\s+for))?\s+$"
)


# a participle of a schedule right before the expression
# a scheduled event's own verb in the simple present right before the date ("which expires in October")
_OWN_SCHEDULE = re.compile(
    r"(?<!\bthe\s)\b(?:expires|begins|starts|opens|resumes|convenes|reconvenes|takes\s+effect|comes\s+into\s+(?:force|effect))"
    r"(?:\s+(?:on|in))?\s+$"
)
_STARTING = re.compile(r"(?i)(?<!after\s)(?<!since\s)\b(?:starting|beginning|commencing)\s+(?:on\s+)?$")

# a scheduled event told in the simple present, anywhere before the expression in its clause
_SCHEDULE_VERB = re.compile(
    r"\b(?:meets|begins|starts|opens|visits|arrives|leaves|departs|returns|resumes|convenes|hosts|travels"
    r"|reconvenes|kicks\s+off|expires|goes\s+on\s+trial|takes\s+office)\b"
)

_SINCE = re.compile(r"(?i)\b(?:ever\s+)?since\s+$")
_REPORTING = frozenset(("said", "says", "told", "added", "noted", "stated", "reported", "explained"))
_IN_BEFORE = re.compile(r"(?i)\b(?:in|the)\s+$")
# a month naming an event held on a fixed date: "the November election", "a November matchup"
_NAMED_EVENT = re.compile(
    r"(?i)\s+(?:(?:general|presidential|congressional|midterm|national|state|local|runoff)\s+)?"
    r"(?:elections?|votes?|vote|ballot|polls|midterms|referendum|matchup|showdown|contest)\b"
)
_DETERMINER = re.compile(r"(?i)\b(?:the|a|an|this)\s+$")
# a modal or a plan before a date speaks of what may come, not of a past event ("OPEC may need to meet
# in September", "announced an agreement to acquire the company in January")
_MODAL = re.compile(
    r"(?i)\b(?:may|might|could|can|should|must|(?:needs?|hopes?|wants?|agreement|plans?|deal|offer|bid"
    r"|proposal|decision|option|intention|promise|pledge)\s+to\s+(?!be\b)[a-z]+)\b"
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


def _still_ahead(ctx: Context, start: int, end: int) -> bool:
    """Whether a date months ahead stays ahead though the sentence reads past: its own clause is in
    the future ("They will try to agree before September 30, delegates said") or it is a deadline
    not told in the past ("gives companies until late September")."""
    event = ctx.tense(start, end, reporting=False)
    if event > 0:
        return True
    if event != 0:
        return False
    if _DEADLINE.search(ctx.text, max(0, start - 8), start) is not None:
        return True
    # "The Fed may approve a rate hike in December, traders said": a modal of the clause looks ahead
    return _MODAL_AHEAD.search(ctx.text, max(ctx.sentence(start)[0], start - 50), start) is not None


_DEADLINE = re.compile(r"(?i)\b(?:until|till|by|before)\s+$")
_MODAL_AHEAD = re.compile(
    r"(?i)\b(?:may|might|could|should|must|can)\s+(?:not\s+|also\s+|still\s+)?(?!have\b|been\b)[a-z]+\b[^,;:()]*$"
)


# nothing but a preposition (or a conjunction) between the sentence start and the expression
_FRONTED = re.compile(
    r"""[\s"'`(]*(?i:(?:and|but|also|then|on|in|by|until|early|late|earlier|later)\s+){0,2}"""
)
# ... and its comma, then the main clause's subject (not a clause of its own: "On Friday, when ...")
_FRONTED_AFTER = re.compile(
    r"(?i),\s+(?!(?:when|while|as|after|before|if|though|although|because|since|despite|with|amid|in|at|on|for|during|following)\b)"
)

# a futures or options contract month: an exchange before it or the traded thing after it ("CBOT
# January soybeans", "the September contract", "December Euromark futures", "March delivery")
_EXCHANGE_BEFORE = re.compile(
    r"\b(?:CBOT|CME|KCBT|MGE|MGEX|COMEX|Comex|NYMEX|Nymex|LIFFE|Liffe|MATIF|Matif|IPE|SIMEX|TOCOM|CSCE|NYCE|NYBOT)\s+$"
)
_CONTRACT_AFTER = re.compile(
    r"\s+(?:(?:soft\s+|hard\s+)?(?:red\s+|white\s+)?(?:winter\s+|spring\s+)?wheat|corn|soybeans?|soymeal|soyoil|oats|"
    r"canola|cotton|cocoa|coffee|arabica|robusta|(?:raw\s+|white\s+)?sugar|crude(?!\s+(?:output|production|exports?|imports?))|"
    r"heating\s+oil|gas\s*oil|unleaded|brent|wti|(?:live|feeder)\s+cattle|(?:lean\s+)?hogs|pork\s+bellies|"
    r"t-bonds?|bunds?|gilts?|euromarks?|eurodollars?|euroyen|euroswiss|euribor|futures|contracts?|"
    r"delivery|deliveries|positions?|options|vols)\b",
    re.IGNORECASE,
)
# ... unless a preposition or a determiner of time makes it the calendar month ("in June crude fell")
_CALENDAR_BEFORE = re.compile(
    r"(?i)\b(?:in|since|during|until|till|through|throughout|last|this|next|early|late|mid|of|by|after|before)[\s-]+$"
)


def _is_contract(ctx: Context, start: int, end: int) -> bool:
    """Whether a bare month names a futures contract month (always the next such month on or after the
    publication's: "CBOT January soybeans" in August 1996 is January 1997, never the January gone)."""
    if _EXCHANGE_BEFORE.search(ctx.text, max(0, start - 8), start):
        return True
    return _CONTRACT_AFTER.match(ctx.text, end) is not None and not _CALENDAR_BEFORE.search(
        ctx.text, max(0, start - 12), start
    )


_ENDED = re.compile(r"(?i)\bended\s+(?:on\s+)?$")


def _event_tense(ctx: Context, start: int, end: int, wide: bool) -> int:
    """The tense of the event a month names (reporting verbs aside); with ``wide``, where no marker is
    near, the sentence's ("In January, a week after the anniversary, a bombing ... killed a guard")."""
    near = ctx.tense(start, end, reporting=False)
    return near if near or not wide else ctx.tense(start, end, reporting=False, wide=True)


def _named_event(ctx: Context, start: int, end: int) -> bool:
    """Whether a month names an event held on a fixed date ("the November general election", "a
    November matchup"), which is the coming one unless its clause is told in the past."""
    return _NAMED_EVENT.match(ctx.text, end) is not None and (
        _DETERMINER.search(ctx.text, max(0, start - 6), start) is not None
    )


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
    if day is None and _is_contract(ctx, start, end):  # "CBOT January soybeans": a contract still traded
        return year if month >= ref.month else year + 1
    if _SINCE.search(ctx.text, max(0, start - 12), start):  # "since March": a start already passed
        return year - 1 if (cand if day else cand.replace(day=1)) > ref else year
    # the tense only where it moves the year (a month within a month back or six weeks ahead keeps it)
    tense = ctx.tense(start, end) if ahead < -30 or ahead > 45 else 0
    if tense > 0 and ahead < -30:
        return year + 1
    if ahead > 120 and tense >= 0 and day is None and _named_event(ctx, start, end):
        return year  # "the November general election", "a November matchup": the coming one
    if ahead > 120 and tense <= 0 and not _still_ahead(ctx, start, end):
        return year - 1
    if _ENDED.search(ctx.text, max(0, start - 12), start):  # "the fiscal year ended Jan. 31": over
        return year - 1 if ahead > 0 else year
    if ahead < -245 or (ahead > 45 and tense < 0):
        # "bought RJR in February", "In January, American Medical brought in": a past event (its
        # verb, not "said") in a month far ahead is a year back; "payable Dec. 7", "by May" stay ahead
        before = _IN_BEFORE.search(ctx.text, max(0, start - 8), start)
        past = (
            before is not None
            # "for the Nov. 5 election", "the outcome of the November elections": an event named by its
            # date a few months ahead is the coming one, whatever the tense of the clause around it
            and not (ahead > 45 and before.group().lower().startswith("the"))
            and _event_tense(ctx, start, end, wide=ahead < -245) < 0
            and not ctx.future_before(start)
        )
        if ahead > 45 and past:
            return year - 1
        if ahead < -245 and not past:
            return year + 1
    return year
