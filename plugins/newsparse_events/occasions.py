"""An undated incident's date from an earlier mention of its means or occasion, dated there.

"... imposed after a major earthquake on March 5. ... an earthquake that killed up to 1,000": the
deaths are the earthquake's, told undated, and the story dated the earthquake before. Likewise
"Saturday's referendum ... killed by a bomb blast on the day of the referendum". The noun is the
event's instrument (its last word) or the occasion of "on the day of the N"; the date must be
written with an earlier mention of the same noun ("N on DATE", "DATE's N", "the DATE N").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse import Document, TimeExpression
from newsparse_events.anchors import is_resolved, past_weekday
from newsparse_events.model import DateRef, Event

__all__ = ["dated_by_occasion"]

# "on the day of the referendum", "during the night of the attack": the occasion noun
_DAY_OF = re.compile(
    r"\b(?:on|during)\s+the\s+(?:day|eve|night|morning|evening|afternoon)\s+of\s+the\s+([a-z]+)\b",
    re.IGNORECASE,
)
# between a date and its noun: "Saturday's referendum", "the March 5 earthquake", "last week's deadly blast"
_DATE_THEN_NOUN = re.compile(r"(?:['\u2019]s)?(?:\s+(?!(?:the|a|an|and|or|of|in|on)\b)[a-z-]+)?\s+")
# between a noun and its date: "a major earthquake on March 5"
_NOUN_THEN_DATE = re.compile(r"\s+on\s+")
_WEEKDAY = re.compile(r"XXXX-WXX-[1-7]")


def _nouns(doc: Document, event: Event) -> list[tuple[str, int]]:
    """The event's means and occasion nouns, each with the offset before which its dated mention is sought."""
    found: list[tuple[str, int]] = []
    if event.instrument is not None:
        words = re.findall(r"[a-z]+", event.instrument.text.lower())
        if words:
            found.append((words[-1], event.instrument.start))
    sentence = doc.sentence_of(event.trigger.start)
    if sentence is not None:
        for hit in _DAY_OF.finditer(doc.text, sentence.start, sentence.end):
            found.append((hit.group(1).lower(), hit.start()))
    return found


def _usable(date: TimeExpression, doc: Document) -> DateRef | None:
    """The date as an event's date: a resolved calendar date (a bare weekday read before publication)."""
    if date.type != "DATE":
        return None
    ref = DateRef.of(date)
    if _WEEKDAY.fullmatch(date.value or ""):
        ref = past_weekday(ref, doc.meta.published_date)
    if not is_resolved(ref.value):
        return None
    published = doc.meta.published_date
    if published is not None and (ref.value or "") > published.isoformat():
        return None  # a date after the story's is no incident's it reports
    return ref


def _dated_mention(doc: Document, noun: str, before: int, dates: Sequence[TimeExpression]) -> DateRef | None:
    """The date written with the last mention of ``noun`` before offset ``before``, if any."""
    text = doc.text
    for hit in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", text[:before], re.IGNORECASE))):
        for date in dates:
            if date.end <= hit.start() and _DATE_THEN_NOUN.fullmatch(text, date.end, hit.start()):
                return _usable(date, doc)
            if date.start >= hit.end() and _NOUN_THEN_DATE.fullmatch(text, hit.end(), date.start):
                return _usable(date, doc)
    return None


def dated_by_occasion(doc: Document, event: Event, dates: Sequence[TimeExpression]) -> Event:
    """The undated incident with the date an earlier mention of its means or occasion is written with."""
    if event.date is not None or event.scope != "incident":
        return event
    for noun, before in _nouns(doc, event):
        found = _dated_mention(doc, noun, before, dates)
        if found is not None:
            return attrs.evolve(event, date=found)
    return event
