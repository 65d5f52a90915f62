"""An undated incident's date from an earlier mention of its means or occasion, dated there.

"... imposed after a major earthquake on March 5. ... an earthquake that killed up to 1,000": the
deaths are the earthquake's, told undated, and the story dated the earthquake before. Likewise
"Saturday's referendum ... killed by a bomb blast on the day of the referendum". The noun is the
event's instrument (its last word) or the occasion of "on the day of the N"; the date must be
written with an earlier mention of the same noun ("N on DATE", "DATE's N", "the DATE N").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsparse import Document, TimeExpression
from newsparse_events.anchors import is_resolved, past_weekday
from newsparse_events.model import DateRef, Event

__all__ = ["DatesByStart", "dated_by_occasion"]

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
# how far from a mention of the noun its date may start: a date and its gap ("Saturday's deadly")
_REACH = 200
# how far back a dated mention is sought: a long article's length (the story that dates the occasion)
_LOOK_BACK = 20_000


def _nouns(doc: Document, event: Event, dates: DatesByStart) -> list[tuple[str, int]]:
    """The event's means and occasion nouns, each with the offset before which its dated mention is sought
    (each sentence's occasions read once per document, in ``dates``)."""
    found: list[tuple[str, int]] = []
    if event.instrument is not None:
        words = re.findall(r"[a-z]+", event.instrument.text.lower())
        if words:
            found.append((words[-1], event.instrument.start))
    sentence = doc.sentence_of(event.trigger.start)
    if sentence is not None:
        key = (sentence.start, sentence.end)
        if key not in dates.occasions:
            hits = _DAY_OF.finditer(doc.text, sentence.start, sentence.end)
            dates.occasions[key] = [(hit.group(1).lower(), hit.start()) for hit in hits]
        found.extend(dates.occasions[key])
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


@attrs.frozen
class DatesByStart:
    """The document's dates with their order by start, built once per document for the searches below."""

    dates: Sequence[TimeExpression]
    order: tuple[int, ...]
    starts: tuple[int, ...]
    # each sentence's "on the day of the ..." nouns, read once for all the events of the sentence
    occasions: dict[tuple[int, int], list[tuple[str, int]]] = attrs.field(factory=dict, eq=False)

    @classmethod
    def of(cls, dates: Sequence[TimeExpression]) -> DatesByStart:
        """Index ``dates`` (in the layer's order) by where they start."""
        order = tuple(sorted(range(len(dates)), key=lambda k: dates[k].start))
        return cls(dates, order, tuple(dates[k].start for k in order))

    def near(self, lo: int, hi: int) -> list[TimeExpression]:
        """The dates that start in ``[lo, hi]``, in the layer's order."""
        found = self.order[bisect.bisect_left(self.starts, lo) : bisect.bisect_right(self.starts, hi)]
        return [self.dates[k] for k in sorted(found)]


def _dated_mention(doc: Document, noun: str, before: int, dates: DatesByStart) -> DateRef | None:
    """The date written with the last mention of ``noun`` before offset ``before``, if any.

    Only the mentions in the ``_LOOK_BACK`` characters before, and the dates that start within
    ``_REACH`` characters of a mention, are tried: a long text costs no pass over all of it per event.
    """
    text = doc.text
    mention = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    for hit in reversed(list(mention.finditer(text, max(0, before - _LOOK_BACK), before))):
        for date in dates.near(hit.start() - _REACH, hit.end() + _REACH):
            if date.end <= hit.start() and _DATE_THEN_NOUN.fullmatch(text, date.end, hit.start()):
                return _usable(date, doc)
            if date.start >= hit.end() and _NOUN_THEN_DATE.fullmatch(text, hit.end(), date.start):
                return _usable(date, doc)
    return None


def dated_by_occasion(doc: Document, event: Event, dates: DatesByStart) -> Event:
    """The undated incident with the date an earlier mention of its means or occasion is written with."""
    if event.date is not None or event.scope != "incident":
        return event
    for noun, before in _nouns(doc, event, dates):
        found = _dated_mention(doc, noun, before, dates)
        if found is not None:
            return attrs.evolve(event, date=found)
    return event
