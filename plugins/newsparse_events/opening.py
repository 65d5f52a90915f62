"""The day that opens a sentence dates the casualties its later clauses tell: "On 6 May 2020, security
forces encountered militants at X, in which two militants were killed".

A calendar day written first, before the comma that ends it ("On 6 May 2020,", "On Monday,", "Arrests:
On 4 May 2020,"), frames the whole sentence: the guideline's date is when it happened, and a relative
("in which ... were killed"), participial (", killing four") or result clause ("resulting in 4 killed")
tells what happened then. The clause rules of :mod:`.anchors` keep a date from another clause than the
trigger's, so such an event was left undated. Only an undated incident told by a verb is dated, and
never where the clause says it happened before the framed act: a noun ("over the killing of X"), a
perfect ("who claim their children have been kidnapped"), a clause after "after", "before" or "since",
or a relative on a person ("the man who was arrested for the crime"); nor where a saying stands
between the day and the trigger ("On Friday, officials said 40 were dead": the day of the saying).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse import Claim, Document, TimeExpression
from newsparse.syntax import sentence_tree
from newsparse_events.anchors import past_weekday
from newsparse_events.model import DateRef, Event

__all__ = ["opening_date", "opening_day"]

# what may stand before the opening day: a note's label ("Arrests:"), "On", "Late on", "In the night of"
_BEFORE = re.compile(
    r"\s*(?:[A-Z][A-Za-z ]{0,20}:\s*)?"
    r"(?:(?:late|early)\s+)?(?:on|in|during|overnight|at)?\s*"
    r"(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?",
    re.IGNORECASE,
)
_AFTER = re.compile(r"\s*(?:\([^)]*\)\s*)?,")  # "On 6 May 2020 (as reported),"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# between the clause's start and the trigger: a clause told as before the framed act, or a relative
# on a person ("the man who was arrested")
_EARLIER = re.compile(
    r"\b(?:after|before|since|until)\b[^,;:]*$|\b(?:who|whom|that)\s+(?:[\w']+\s+){0,3}$", re.IGNORECASE
)
_PERFECT = re.compile(r"\b(?:has|have|had|'ve|'d)\s+(?:(?:not|also|already|reportedly)\s+)?(?:been\s+)?$")
_SAYING = re.compile(
    r"\b(?:said|says|told|announced|stated|claimed|confirmed|added|according\s+to)\b", re.IGNORECASE
)


def opening_day(doc: Document, start: int, end: int) -> TimeExpression | None:
    """The time expression that opens the sentence ``[start, end)`` and ends at its first comma."""
    dates: Sequence[TimeExpression] = doc.dates
    first = min(
        (t for t in dates if start <= t.start < end and t.end <= end), key=lambda t: t.start, default=None
    )
    if first is None or first.type != "DATE" or _BEFORE.fullmatch(doc.text, start, first.start) is None:
        return None
    return first if _AFTER.match(doc.text, first.end) else None


def _said(claims: Sequence[Claim], text: str, after: int, trigger: int) -> bool:
    """Whether a saying stands between offset ``after`` (the day's end) and the trigger."""
    if _SAYING.search(text, after, trigger):
        return True
    return any(after <= c.cue.start < trigger <= c.content.end and c.content.start <= trigger for c in claims)


def opening_date(doc: Document, event: Event) -> Event:
    """The undated incident with the calendar day that opens its sentence, where that day frames its
    clause."""
    if event.date is not None or event.scope != "incident" or event.background:
        return event
    trigger = event.trigger
    here = doc.sentence_index(trigger.start)
    sentence = doc.sentences[here]
    day = opening_day(doc, sentence.start, sentence.end)
    if day is None or day.end > trigger.start:
        return event
    text = doc.text
    clause = max(text.rfind(",", day.end, trigger.start), text.rfind(";", day.end, trigger.start), day.end)
    if _EARLIER.search(text, clause, trigger.start) or _PERFECT.search(text, clause, trigger.start):
        return event  # "after two children were killed", "have been kidnapped": before the day's act
    claims: Sequence[Claim] = doc.claims
    if _said(claims, text, day.end, trigger.start):
        return event  # "On Friday, officials said 40 were dead": the day of the saying
    tree = sentence_tree(doc, sentence)
    word = tree.word_at(trigger.start) if tree is not None else None
    if word is None or tree is None or tree.words[word].upos != "VERB":
        return event  # "over the killing of X", "the death of": a noun tells no time of its own
    date = past_weekday(DateRef.of(day), doc.meta.published_date)
    published = doc.meta.published_date
    value = date.value or ""
    if not _DAY.fullmatch(value) or (published is not None and value > published.isoformat()):
        return event
    return attrs.evolve(event, date=date)
