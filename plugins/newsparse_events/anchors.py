"""When and according to whom: an event's date (resolved, or the narrative's day) and its source claim."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence

from newsparse import Claim, Document, Span, TimeExpression
from newsparse.syntax import SyntaxTree
from newsparse.text import TokenColumns
from newsparse_events.lexicon import HARD_BREAKS, TEMPORAL_SUBORDINATORS, VIOLENCE_WORDS
from newsparse_events.model import DateRef, SourceRef
from newsparse_events.sayings import hangs_on_saying, saying_words

__all__ = [
    "clause_dates",
    "date_near",
    "is_resolved",
    "lead_date",
    "lead_index",
    "leading_clause_end",
    "linked_date",
    "narrative_date",
    "needs_narrative_day",
    "said_at",
    "saying_clause_dates",
    "saying_dates",
    "saying_times",
    "source_of",
]

MAX_NARRATIVE_SENTENCES = 3  # sentences back to the date an unresolved time ("mid-morning") is on
_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# a toll told as the content of a report or claim ("Reports that civilians had been killed prompted")
_REPORTED = re.compile(r"\b(?:that|whether)\b", re.IGNORECASE)
_LINE_END = r"(?:\r\n|\r(?!\n)|\n)"  # LF, CRLF or CR: the same text whatever its line ends
_PARAGRAPH_BREAK = re.compile(rf"{_LINE_END}[^\S\r\n]*{_LINE_END}|{_LINE_END}[ \t]+")
MAX_LINKED_SENTENCES = (
    1  # sentences back to the date an undated event continues ("It said 2,000 were killed")
)


def leading_clause_end(text: str, tokens: TokenColumns, lo: int, hi: int, start: int) -> int:
    """End of a leading "Since/After/Before ..., " clause (its dates time another event), else the start."""
    dateline = hi > lo + 2 and tokens.texts[lo + 1] == ":"  # "MOSCOW: Since ..."
    first = lo + 2 if dateline else lo
    if hi > first and str.lower(tokens.texts[first]) in TEMPORAL_SUBORDINATORS:
        for k in range(first + 1, hi):
            if tokens.texts[k] == ",":
                return tokens.starts[k]
            if tokens.texts[k] in HARD_BREAKS:
                break
    return start


def is_resolved(value: str | None) -> bool:
    """Whether a TIMEX3 value names a calendar date ("2020-05-08"), not "PRESENT_REF" or nothing."""
    return value is not None and value[:1].isdigit()


def narrative_date(dates: Sequence[TimeExpression], doc: Document, at: int) -> DateRef | None:
    """The last resolved date before offset ``at`` within a few sentences: the day "mid-morning" is on."""
    first = doc.sentence_index(at) - MAX_NARRATIVE_SENTENCES
    for t in reversed(dates):
        if t.end > at or t.type not in {"DATE", "TIME"} or not is_resolved(t.value):
            continue
        if doc.sentence_index(t.start) < first:
            return None
        return DateRef.of(t)
    return None


# a value with no calendar day of its own: "mid-morning" (XXXX-XX-XXTMO), "later that day" without a
# publication date, or no value at all; a month, weekday, year or "a few days ago" is written as it is
_DAYLESS_VALUE = re.compile(r"XXXX-XX-XX(?:T.*)?")


def needs_narrative_day(date: DateRef) -> bool:
    """Whether an event's own time names no day and takes the narrative's: "mid-morning", "that day".

    A month, a weekday or "two years ago" the dates layer could not place (no publication date)
    is kept as written: an earlier sentence's year is no better a date for it.
    """
    return date.value is None or _DAYLESS_VALUE.fullmatch(date.value) is not None


def past_weekday(date: DateRef, published: dt.date | None) -> DateRef:
    """A bare weekday the dates layer left open ("a Sunday air strike"): the last one before publication.

    News tells a past week's events by weekday; the guidelines resolve it to the most recent such
    day before the story's date.
    """
    found = _WEEKDAY.fullmatch(date.value or "")
    if found is None or published is None:
        return date
    back = (published.isoweekday() - int(found.group(1)) - 1) % 7 + 1
    day = (published - dt.timedelta(days=back)).isoformat()
    return DateRef(date.start, date.end, date.text, day, day, day)


def linked_date(
    dates: Sequence[TimeExpression],
    doc: Document,
    at: int,
    blocked: Sequence[tuple[int, int]],
    violent: Callable[[int, int], bool] = lambda lo, hi: True,
) -> DateRef | None:
    """The narrative's date for the undated event at ``at``: the day its story is on.

    The last resolved date of the sentence before ("Iran said it seized heights in an assault which
    started on Tuesday. It said 2,000 Iraqi troops had been killed": the deaths are Tuesday's), or
    the last calendar day of the same paragraph a few sentences back when no sentence between
    names another date ("On 9 May, armed men attacked a patrol. The men fled. Two officers died"),
    unless the event is told inside a "that" clause ("Reports that civilians had been killed").
    A year, month or decade of the sentence before links only when it is told with a word of violence
    or a casualty (``violent(lo, hi)`` on token ranges): "He coached Ireland in 1985. His death in a
    crash shocked ..." gives the death no date. A dateline's date (``blocked``) is the story's; one
    hanging on a verb of saying ("Also on Thursday, Emanuel said") is the saying's: no date.
    """
    here = doc.sentence_index(at)
    other = False  # an unresolved date of the sentence before stands between
    for t in reversed(dates):
        if t.end > at or doc.sentence_index(t.start) >= here:
            continue
        back = here - doc.sentence_index(t.start)
        if back > MAX_NARRATIVE_SENTENCES:
            return None
        if t.type != "DATE" or any(a <= t.start and t.end <= b for a, b in blocked):
            continue
        if _after(t, doc):
            return None  # "He is due back in Berlin on September 5": a later day tells no past death
        if back <= MAX_LINKED_SENTENCES:
            day = _DAY.match(t.value or "") is not None
            if is_resolved(t.value) and (day or _dates_violence(doc, t.start, violent)):
                return None if hangs_on_saying(doc, t) else DateRef.of(t)
            other = True
            continue
        if (
            _DAY.fullmatch(t.value or "")
            and not other
            and not _PARAGRAPH_BREAK.search(doc.text, t.end, at)
            and not _REPORTED.search(doc.text, doc.sentences[here].start, at)
        ):
            return None if hangs_on_saying(doc, t) else DateRef.of(t)
        return None  # a year or a month two sentences back, or another paragraph's: no narrative day
    return None


MAX_DAYS_AHEAD = 2  # a day or two past the given date may still be the story's (time zones, a coder's date)


def _after(date: TimeExpression, doc: Document) -> bool:
    """Whether a resolved day falls days after the story's publication date (a plan, not a past event)."""
    published = doc.meta.published_date
    if published is None or _DAY.match(date.value or "") is None:
        return False
    return (date.value or "")[:10] > (published + dt.timedelta(days=MAX_DAYS_AHEAD)).isoformat()


_CLAUSE_BREAKS = HARD_BREAKS | {","}
MAX_DATE_LEAD = 4  # tokens from a word of violence to the year or month it is told with ("died in May 2003")


def _dates_violence(doc: Document, start: int, violent: Callable[[int, int], bool]) -> bool:
    """Whether a word of violence or a casualty is told right before offset ``start``, in the same clause.

    "Baha Mousa died in September 2003" dates the death; "He coached Ireland in 1985" dates no event.
    """
    tokens = doc.token_columns
    k = bisect.bisect_left(tokens.starts, start)
    lo = k
    while (
        lo > 0
        and k - lo < MAX_DATE_LEAD
        and tokens.texts[lo - 1] not in HARD_BREAKS
        and tokens.texts[lo - 1] != ","
    ):
        lo -= 1
    return lo < k and violent(lo, k)


def lead_date(
    dates: Sequence[TimeExpression], doc: Document, at: int, blocked: Sequence[tuple[int, int]]
) -> DateRef | None:
    """The first past date of the second sentence for an undated event of the story's first sentence.

    A news lead tells what happened and the next sentence when: "Chadian troops killed 384 Libyans.
    The statement said troops annihilated a Libyan column yesterday". A dateline's date (``blocked``)
    is the story's; only a calendar day up to publication is the day a death happened on.
    """
    published = doc.meta.published_date
    lead = lead_index(doc, blocked)
    if published is None or doc.sentence_index(at) != lead or len(doc.sentences) < lead + 2:
        return None
    second = doc.sentences[lead + 1]
    for t in dates:
        if t.start < second.start or t.type != "DATE" or any(a <= t.start and t.end <= b for a, b in blocked):
            continue
        if t.end > second.end or _TIMES_SAYING.search(doc.text, max(second.start, t.start - 40), t.start):
            return None  # "the farmer confessed on Friday that he had killed": the day he confessed
        found = past_weekday(DateRef.of(t), published)
        if not _DAY.fullmatch(found.value or "") or (found.value or "") > published.isoformat():
            continue  # "could rise in 2006": only a past day, read against the story's date
        return None if hangs_on_saying(doc, t) else found
    return None


# a verb of saying right before a date: the date times the saying ("confessed on Friday to a magistrate")
_TIMES_SAYING = re.compile(
    r"\b(?:said|says|told|confessed|admitted|announced|reported|testified|stated|claimed|denied|added)"
    r"\s+(?:(?:on|late|early|last|this)\s+)?$",
    re.IGNORECASE,
)
MAX_LEAD_INDEX = 2  # a headline and a dateline line may stand before the story's first sentence


def lead_index(doc: Document, heads: Sequence[tuple[int, int]]) -> int:
    """The index of the story's first sentence: the one after a dateline standing on its own line.

    A wire story opens "Peru's guerrillas kill one. / LIMA, Peru 1996-08-21 / Peruvian guerrillas
    killed one man ...": the headline and the dateline are sentences of their own, the lead is third.
    A dateline opening its sentence ("MOSCOW (Reuters) - Police said ...") leaves the lead there.
    """
    lead = 0
    for start, end in heads:
        k = doc.sentence_index(start)
        if k > MAX_LEAD_INDEX or k >= len(doc.sentences):
            break
        alone = _VISIBLE.search(doc.text, end, doc.sentences[k].end) is None
        lead = max(lead, k + 1 if alone else k)
    return lead


_VISIBLE = re.compile(r"\w")


def resolved_date(date: DateRef | None, doc: Document) -> DateRef | None:
    """The date with a bare weekday resolved against the publication date."""
    return past_weekday(date, doc.meta.published_date) if date is not None else None


def date_near(
    dates: Sequence[TimeExpression], start: int, end: int, where: int, leading_end: int
) -> DateRef | None:
    """The time expression of the sentence nearest to ``where`` that places an event (not a SET)."""
    best = None
    for t in dates:
        if not (start <= t.start and t.end <= end) or t.type == "SET":
            continue
        if t.end <= leading_end < where:
            continue
        if t.type == "DURATION" and t.interval is None:
            continue
        rank = 0 if is_resolved(t.value) else 1 if (t.value or "").startswith("XXXX") else 2  # "now" last
        key = (rank, abs(t.start - where))
        if best is None or key < best[0]:
            best = (key, t)
    if best is None:
        return None
    return DateRef.of(best[1])


# clause relations below an event's clause whose times are another happening's: "measures imposed
# after the March 5 earthquake" (a clause on an incident noun, "in clashes that erupted on Monday",
# is not; nor is an adverbial or complement clause, "when a bomb exploded on Monday", often "ccomp")
_OTHER_CLAUSES = frozenset({"acl", "acl:relcl"})


def clause_dates(
    tree: SyntaxTree | None,
    dates: Sequence[TimeExpression],
    trigger: Span,
    nominal: bool = False,
    claims: Sequence[Claim] = (),
) -> list[TimeExpression]:
    """The dates of the sentence but those told in a clause on a noun that is no incident, or in the
    clause of a saying (the cue of one of ``claims``, the sentence's, or a verb of saying of the tree).

    "14 people were injured in clashes during a strike called to protest against measures imposed
    after the March 5 earthquake": March 5 dates the earthquake, not the injuries. ``nominal``: the
    trigger is a noun ("the killing of").
    """
    at = tree.word_at(trigger.start) if tree is not None else None
    if tree is None or at is None:
        return list(dates)
    nominal = nominal or str.lower(trigger.text).endswith(" of")  # "deaths", "the killing of"
    own = tree.predicate(at)
    kept = [t for t in dates if not _in_other_clause(tree, t.start, own)]
    cues = (_saying_cues(claims) if claims else set()) | saying_words(tree)  # "speculated", no claim
    if cues:  # "..., officials said as dawn broke Saturday": the day the officials spoke
        kept = [t for t in kept if not _times_saying(tree, t.start, at, cues)]
    told = _prior_clause(tree, own)
    if told is not None:
        return [t for t in kept if told[0] <= t.start and t.end <= told[1]]
    if nominal and _object_noun(tree, at, own):
        return [t for t in kept if t.start > trigger.start]  # "last week the media highlighted the killing"
    return kept


# subordinators of a clause telling what happened before the main clause's act: "sentenced on
# Thursday for killing", "hunted the gunman on Wednesday after he killed his wife"
_PRIOR_MARKERS = frozenset({"after", "for", "of"})


# stems of verbs whose object casualty noun is the happening itself: "causing 3 casualties",
# "incurring fatalities", "suffered casualties", "resulting in one death", "led to the killing of"
_HAPPENING_VERBS = (
    "occur happen took take came come follow caus left leav brought bring rais incur suffer sustain "
    "result lead led inflict claim report record confirm see saw witness regist count toll"
).split()


def _object_noun(tree: SyntaxTree, at: int, own: int) -> bool:
    """Whether a casualty noun is told as the object of another act ("highlighted the killing of").

    "Last week the media highlighted the killing of X": the week times the highlighting. A subject
    ("the deaths came on Sunday"), a noun of violence's verb or of one that tells the casualties
    themselves ("causing 3 casualties", "incurring fatalities") keeps the clause's dates.
    """
    if at == own or tree.words[at].upos != "NOUN" or tree.words[own].upos != "VERB":
        return False
    verb = str.lower(tree.words[own].text)
    if verb in VIOLENCE_WORDS or verb.startswith(tuple(_HAPPENING_VERBS)) or _gerund(tree, at):
        return False
    k = at
    for _ in range(len(tree.words)):  # up to the word attached to the verb
        head = tree.head_of(k)
        if head is None:
            return False
        if head == own:
            break
        k = head
    return tree.words[k].deprel in ("obj", "obl")


def _gerund(tree: SyntaxTree, at: int) -> bool:
    """Whether the word at ``at`` is a verbal "-ing" form with an object ("admitted kidnapping two girls")."""
    following = str.lower(tree.words[at + 1].text) if at + 1 < len(tree.words) else ""
    return str.lower(tree.words[at].text).endswith("ing") and following != "of"


def _prior_clause(tree: SyntaxTree, own: int) -> tuple[int, int] | None:
    """The span of the event's clause when a prior-time subordinator opens it ("after he killed").

    The main clause's dates time a later act (a hunt, a sentence), not the killing: only the
    clause's own dates may date it.
    """
    first = own
    for _ in range(len(tree.words)):  # up the conjuncts: "after he killed his wife and wounded three"
        head = tree.head_of(first)
        if tree.words[first].deprel != "conj" or head is None or head >= first:
            break
        first = tree.predicate(head)
    if tree.words[first].upos not in ("VERB", "AUX"):
        return None  # a noun: the tree links its time itself
    finite = tree.words[first].deprel == "advcl" and tree.dependents(first, "nsubj", "nsubj:pass")
    if tree.head_of(first) is not None and not finite:
        return None  # an attached clause, but a finite adverbial one ("hunted ... after he killed")
    clause = tree.clause(first)
    opener = [k for k in tree.dependents(first, "mark") if tree.words[k].start <= clause.start]
    before = [k for k in range(first) if tree.words[k].end <= clause.start]
    words = [str.lower(tree.words[k].text) for k in opener + before[-1:]]
    if not any(word in _PRIOR_MARKERS for word in words):
        return None
    if "after" in words and str.lower(tree.words[first].text).endswith("ing"):
        return None  # "retreated after incurring fatalities": one happening, right after
    return clause.start, clause.end


def _on_other_noun(tree: SyntaxTree, clause: int, own: int) -> bool:
    """Whether predicate ``clause`` modifies a noun that is no incident ("measures imposed after ...").

    An unattached participle after the event's predicate counts when a noun is written right before it.
    """
    word = tree.words[clause]
    head = tree.head_of(clause)
    if word.deprel in _OTHER_CLAUSES and head is not None:
        noun = tree.words[head]
    elif word.deprel is None and head is None and word.upos == "VERB" and own < clause - 1:
        noun = tree.words[clause - 1]
        if noun.upos not in ("NOUN", "PROPN"):
            return False
    else:
        return False
    return str.lower(noun.text) not in VIOLENCE_WORDS


def _in_other_clause(tree: SyntaxTree, offset: int, own: int) -> bool:
    """Whether the word at ``offset`` sits in a clause on a non-incident noun, not the event's own."""
    k = tree.word_at(offset)
    if k is None:
        return False
    clause = tree.predicate(k)
    for _ in range(len(tree.words)):  # a bounded walk up the clauses
        if clause == own:
            return False
        if _on_other_noun(tree, clause, own):
            return True
        head = tree.head_of(clause)
        if head is None:
            return False
        clause = tree.predicate(head)
    return False


# the claim cues that are verbs of saying: a claim's cue may be a verb of another act ("attacked")
_SAYING_VERBS = frozenset(
    "said says say told tells reported reports announced announces stated states added adds quoted "
    "confirmed confirms testified".split()
)


def _saying_cues(claims: Sequence[Claim]) -> set[int]:
    """The start offsets of the claims' cues that are verbs of saying ("said", "told", "reported")."""
    return {claim.cue.start for claim in claims if str.lower(claim.cue.text) in _SAYING_VERBS}


def _times_saying(tree: SyntaxTree, offset: int, at: int, cues: set[int]) -> bool:
    """Whether the date at ``offset`` hangs on a verb of saying on its way up the tree to the word
    that it shares with the event's trigger (word ``at``).

    "At least 82 were killed and more than 1,700 injured, officials said as dawn broke Saturday":
    Saturday is when the officials spoke (it reaches "killed" through "said"), not when the bombs
    went off; "invaded a party on Friday, killing one girl, police said" keeps Friday (it meets
    "killing" at "invaded"), and so does a date with no word shared (a participle left unattached).
    """
    k = tree.word_at(offset)
    if k is None:
        return False
    shared: set[int] = set()
    j: int | None = at
    for _ in range(len(tree.words)):  # the trigger's word and the words it hangs on
        if j is None:
            break
        shared.add(j)
        j = tree.head_of(j)
    seen = False
    step: int | None = k
    for _ in range(len(tree.words)):  # a bounded walk up from the date
        if step is None:
            return False
        seen = seen or tree.words[step].start in cues
        if step in shared:
            return seen
        step = tree.head_of(step)
    return False


def saying_clause_dates(
    tree: SyntaxTree | None, dates: Sequence[TimeExpression], claims: Sequence[Claim], triggers: Sequence[int]
) -> frozenset[int]:
    """The starts of the sentence's dates that time a saying for every trigger of it (``triggers``:
    their start offsets): a later sentence's undated toll must not take them as its story's day."""
    if tree is None or not claims or not dates or not triggers:
        return frozenset()
    cues = _saying_cues(claims)
    words = [tree.word_at(at) for at in triggers]
    return frozenset(
        t.start for t in dates if all(w is not None and _times_saying(tree, t.start, w, cues) for w in words)
    )


def _holding(claims: Sequence[Claim], start: int, end: int) -> Claim | None:
    """The innermost claim whose content holds ``[start, end)``."""
    best = None
    for claim in claims:
        content = claim.content
        if not (content.start <= start and end <= content.end):
            continue
        if best is None or content.end - content.start < best[0]:
            best = (content.end - content.start, claim)
    return None if best is None else best[1]


def saying_dates(
    dates: Sequence[TimeExpression], claims: Sequence[Claim], start: int, end: int
) -> list[TimeExpression]:
    """The dates of the event's sentence without one told with the cue of the claim holding it.

    "Jack Straw said on Friday that about 440 Britons were dead": Friday is when he said it, not
    when they died (the guideline's date is when it happened); a date in the source's own words
    ("officials investigating a Sunday air strike now claim that the 47 killed") still dates it.
    """
    claim = _holding(claims, start, end)
    if claim is None:
        return list(dates)
    cue, content = claim.cue, claim.content
    return [t for t in dates if not (cue.start <= t.start and t.end <= content.start)]


# between a reporting cue and the date that times it: "said on Thursday", "said Thursday night"
_SAID_GAP = re.compile(r"\s+(?:(?:late|early)\s+)?(?:on\s+)?")


def saying_times(text: str, claims: Sequence[Claim], dates: Sequence[TimeExpression]) -> list[TimeExpression]:
    """The dates that do not time a saying ("police said on Friday"): a narrative passes only those on.

    Each claim is tried only on the dates inside the two windows where :func:`said_at` can hold
    (just after its cue, or between its source and cue), found by bisection: linear in the claims,
    not claims times dates for every event.
    """
    if not dates:
        return []
    order = sorted(range(len(dates)), key=lambda k: dates[k].start)
    starts = [dates[k].start for k in order]
    timed: set[int] = set()
    for claim in claims:
        windows = [(claim.cue.end + 1, claim.cue.end + 12)]
        if claim.source_text is not None:
            windows.append((claim.source_text.end, claim.cue.start))
        for low, high in windows:
            for at in range(bisect.bisect_left(starts, low), bisect.bisect_right(starts, high)):
                if order[at] not in timed and said_at(text, claim, dates[order[at]]):
                    timed.add(order[at])
    return [t for k, t in enumerate(dates) if k not in timed]


def said_at(text: str, claim: Claim, date: TimeExpression) -> bool:
    """Whether ``date`` times the saying of ``claim``: right after its cue ("said on Thursday"), or
    between its source and cue ("a newspaper on Saturday put the toll at seven"), not in its content."""
    cue = claim.cue
    if cue.end < date.start <= cue.end + 12:
        gap = _SAID_GAP.fullmatch(text, cue.end, date.start)
        return gap is not None and not text.startswith("'s", date.end)
    source = claim.source_text
    if source is None or not (source.end <= date.start and date.end <= cue.start):
        return False
    return not claim.content.start <= date.start < claim.content.end


def source_of(claims: Sequence[Claim], start: int, end: int) -> SourceRef | None:
    """The innermost claim whose content holds ``[start, end)``, as a :class:`SourceRef`."""
    claim = _holding(claims, start, end)
    if claim is None:
        return None
    named = claim.antecedent or claim.source_text
    return SourceRef(
        claim.start,
        claim.end,
        claim.text,
        claim.source,
        named.text if named is not None else None,
        claim.cue.text,
    )


# a relative clause opening right before its trigger: "an earthquake that killed", "which has killed"
_RELATIVE_OPENING = re.compile(
    r"\b(?:that|which|who)\s+(?:(?:has|have|had|was|were)\s+)?(?:been\s+)?$", re.IGNORECASE
)


# the relative's antecedent is an earlier event that times another: "following an earthquake that"
_EARLIER_EVENT = re.compile(
    r"\b(?:following|after|since|before)\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,5}$", re.IGNORECASE
)


def relative_start(text: str, start: int, trigger: int) -> int:
    """Where a relative clause holding the trigger opens (dates before it time the main clause), else start.

    "adopted on March 13 following an earthquake that killed 1,000": March 13 is when it was adopted.
    Only a relative whose antecedent follows "after", "following", "since" or "before" opens one, or
    one told as later than its main clause ("who later killed himself").
    """
    later = later_relative(text, start, trigger)
    if later > start:
        return later
    found = _RELATIVE_OPENING.search(text, max(start, trigger - 40), trigger)
    if found is None or not _EARLIER_EVENT.search(text, max(start, found.start() - 50), found.start()):
        return start  # "On Monday a bomb that killed 12 exploded": the bomb's day is the killing's
    return found.start()


# a relative clause told as happening later than its main clause: "Cunanan, who later killed himself"
_LATER_RELATIVE = re.compile(
    r"\b(?:who|which|that)\s+(?:later|subsequently|eventually|afterwards)\s+$", re.IGNORECASE
)


def later_relative(text: str, start: int, trigger: int) -> int:
    """Where a relative clause told as later than its main clause opens right before the trigger, else start.

    "shot outside his Florida home in 1997 by Andrew Cunanan, who later killed himself": the main
    clause's place and date are the shooting's, not the suicide's.
    """
    found = _LATER_RELATIVE.search(text, max(start, trigger - 40), trigger)
    return found.start() if found is not None else start
