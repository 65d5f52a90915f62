"""An undated incident told as more of the story just before it takes that story's day.

"Algerian security forces said three women were killed when a bomb exploded at a market on Friday.
[...] The paper said the blast killed seven. Several people were also wounded." The guideline dates
such an event with the narrative's day when the text makes the link: here "the blast" (a definite
incident noun) and "also" tie the sentence to the story of the dated event before it. A toll told in
the sentence right after a dated toll, in the same paragraph, goes on with its story too: "At least
74 were killed in Nairobi, and more than 1,640 were wounded. At least seven were reported dead in
Dar es Salaam" (unless it tells "another" or a "separate" incident).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsparse import Document, Span, TimeExpression
from newsparse_events.model import Event

__all__ = ["chained_dates", "ranged_total"]

MAX_CHAIN_SENTENCES = 3  # sentences from a dated incident to the undated one that continues its story
_TOLLS = frozenset({"killed", "wounded", "casualties"})
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# words of the event's own sentence that tell more of the same story: "also", or the incident named
# again with a definite article ("the blast", "the attack"); "another attack" starts a new story
_TIE = re.compile(
    r"\b(?:also|the\s+(?:blast|explosion|attack|bombing|bomb|raid|air\s?strike|shooting|clash(?:es)?|"
    r"fighting|incident|ambush|assault|crash|quake|earthquake|fire|violence|gunmen|attackers|"
    r"assailants|gunfire|shelling))\b",
    re.IGNORECASE,
)


def chained_dates(doc: Document, events: Sequence[Event], dates: Sequence[TimeExpression]) -> list[Event]:
    """The events with an undated incident tied to the dated incident before it given that one's day.

    ``events`` and ``dates`` are in text order; one pass over the events (each looks back at the
    dates between it and the last dated incident only), so the cost is linear in the text.
    """
    starts = [t.start for t in dates]
    out: list[Event] = []
    last: Event | None = None  # the latest incident dated with a calendar day
    for event in events:
        if event.date is None and event.scope == "incident" and last is not None:
            if _tied(doc, last, event) and not _dated_between(dates, starts, last, event):
                event = attrs.evolve(event, date=last.date)
        event = ranged_total(doc, event)
        out.append(event)
        if event.scope == "incident" and event.date is not None:
            last = event if _DAY.fullmatch(event.date.value or "") else None
    return out


def _tied(doc: Document, last: Event, event: Event) -> bool:
    """Whether ``event`` is told a few sentences after ``last`` with a word that continues its story."""
    here = doc.sentence_index(event.start)
    if here >= len(doc.sentences) or here - doc.sentence_index(last.start) > MAX_CHAIN_SENTENCES:
        return False
    sentence = doc.sentences[here]
    # a paragraph's tolls told in a row keep the day: the one before must be a toll ("The men fled"
    # after an attack is no toll whose story goes on)
    other = (
        last.role not in _TOLLS or _OTHER_INCIDENT.search(doc.text, sentence.start, sentence.end) is not None
    )
    if sentence.start <= last.start:
        # the same sentence: its own dates already had their say, but a day carried from before to
        # an earlier toll of it holds for the rest ("seven were reported dead ..., and 72 others were hurt")
        return not other and last.date is not None and not sentence.start <= last.date.start < sentence.end
    if _TIE.search(doc.text, sentence.start, event.end) is not None:
        return True
    before = doc.sentences[here - 1]
    gap = doc.text[before.end : sentence.start]
    return not other and before.start <= last.start < before.end and "\n" not in gap and "\r" not in gap


# a sentence that tells an incident other than the story's: "In another attack", "a separate blast"
_OTHER_INCIDENT = re.compile(
    r"\b(?:another|separate|separately|elsewhere|earlier|meanwhile)\b", re.IGNORECASE
)


def _dated_between(dates: Sequence[TimeExpression], starts: Sequence[int], last: Event, event: Event) -> bool:
    """Whether a date other than ``last``'s day is told between the two events (another story's)."""
    day = last.date.value if last.date is not None else None
    lo, hi = bisect.bisect_left(starts, last.end), bisect.bisect_left(starts, event.end)
    return any(dates[k].type in {"DATE", "TIME"} and dates[k].value != day for k in range(lo, hi))


# a span of years ending at the event's date: "carried out from 1915 to 1923, ... were killed"
_RANGE_OPEN = re.compile(
    r"\b(?:from|between)\s+(?:\d{4}|the\s+\d{4}s)\s*(?:to|and|until|till|-|–)\s*$", re.IGNORECASE
)
MAX_RANGE_OPEN = 40  # characters from "from" to the range's closing year


def ranged_total(doc: Document, event: Event) -> Event:
    """An incident dated by the end of a span of years is a running total over that span.

    "The genocide was carried out from 1915 to 1923, resulting in the deportation of 2,000,000
    Armenians, of whom 1,500,000 were killed": the deaths span the years, their period is the span.
    """
    date = event.date
    if event.scope != "incident" or date is None or not (date.value or "")[:4].isdigit():
        return event
    opened = _RANGE_OPEN.search(doc.text, max(0, date.start - MAX_RANGE_OPEN), date.start)
    if opened is None:
        return event
    period = Span.of(doc.text, opened.start(), date.end)
    return attrs.evolve(event, scope="cumulative", period=period, date=None)
