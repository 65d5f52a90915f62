"""How a told death was done, from a later sentence that names the same victims: its actor and date.

"At least 33 people have died in protests. ... The dead were all shot by riot police": the police
did it. "murdered fashion designer Gianni Versace ... The 51-year-old designer was shot outside his
Florida home in 1997 by Andrew Cunanan": Cunanan did it, in 1997. The later clause tells no new
casualty (its verb, "shot", is no death of its own): it completes the told event's empty fields.
Its subject must be definite and name the victims again ("the dead", "the victims", or a word
of the told event's own phrase); the actor is the "by" phrase of the same clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse import Document, Span, TimeExpression
from newsparse_events.actors import ACTOR_KINDS, PLACE_KINDS
from newsparse_events.anchors import is_resolved, past_weekday
from newsparse_events.context import mentions_of
from newsparse_events.model import DateRef, Event
from newsparse_events.places import mention_near

__all__ = ["with_manner"]

MAX_SENTENCES_AFTER = 3  # sentences after the told event where its manner may be told
# "The dead were all shot by", "The 51-year-old designer was shot outside his home in 1997 by"
_MANNER = re.compile(
    r"\s*(?:the|these|those|both)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:all\s+|reportedly\s+|allegedly\s+)?(?:shot|stabbed|beaten|attacked|ambushed|gunned\s+down|hacked)\b",
    re.IGNORECASE,
)
# the agent: "by riot police", "by suspected serial killer Andrew Cunanan", up to a break
_AGENT = re.compile(
    r"\bby\s+((?:(?!(?:in|on|at|outside|near|after|during|with|and|who|which|while|when)\b)[\w'.-]+\s*){1,6})"
)
_SAME_VICTIMS = frozenset({"dead", "victim", "victims", "bodies", "deceased"})


def _names_victims(subject: str, event: Event) -> bool:
    """Whether the later subject names the told event's victims ("the dead", "the designer")."""
    head = str.lower(subject).split()[-1]
    if head in _SAME_VICTIMS:
        return True
    told = set(re.findall(r"[a-z]+", str.lower(event.text)))
    if event.victims is not None:
        told |= set(re.findall(r"[a-z]+", str.lower(event.victims.text)))
    return len(head) > 3 and head in told


def _agent(doc: Document, start: int, end: int) -> Span | None:
    """The "by" phrase's actor in ``[start, end)``, its trailing punctuation cut."""
    found = _AGENT.search(doc.text, start, end)
    if found is None:
        return None
    words = found.group(1).rstrip(" ,.;:")
    return Span.of(doc.text, found.start(1), found.start(1) + len(words)) if words else None


def _date_in(doc: Document, dates: Sequence[TimeExpression], start: int, end: int) -> DateRef | None:
    """The one resolved calendar date written in ``[start, end)``, if exactly one."""
    found = [t for t in dates if start <= t.start and t.end <= end and t.type == "DATE"]
    if len(found) != 1:
        return None
    ref = past_weekday(DateRef.of(found[0]), doc.meta.published_date)
    return ref if is_resolved(ref.value) else None


def _placed(doc: Document, event: Event, start: int, end: int, agent: Span) -> Event:
    """The event with the place its manner clause names ("shot outside his Florida home"), if it has none."""
    if event.place_text is not None:
        return event
    found = mention_near(
        mentions_of(doc), (start, end), start, PLACE_KINDS, doc.text, [(agent.start, agent.end)]
    )
    if found is None:
        return event
    return attrs.evolve(event, place=found[2], place_text=Span.of(doc.text, found[0], found[1]))


def _actor(doc: Document, agent: Span) -> str | None:
    """The entity id of the actor mention the "by" phrase holds, if any."""
    for start, end, ident, kind, _form in mentions_of(doc):
        if agent.start <= start and end <= agent.end and kind in ACTOR_KINDS:
            return ident
    return None


def _completed(
    doc: Document, event: Event, events: Sequence[Event], dates: Sequence[TimeExpression]
) -> Event:
    """The death with the actor, date and place of a later clause telling how it was done, if one does."""
    here = doc.sentence_index(event.trigger.start)
    for sentence in doc.sentences[here + 1 : here + 1 + MAX_SENTENCES_AFTER]:
        manner = _MANNER.match(doc.text, sentence.start, sentence.end)
        if manner is None or not _names_victims(manner.group(1), event):
            continue
        agent = _agent(doc, manner.end(), sentence.end)
        if agent is None or any(
            e.role == "killed" and event.end <= e.trigger.start < sentence.start for e in events
        ):
            return event  # no actor, or another death told between: "the dead" may be its victims
        date = event.date or _date_in(doc, dates, sentence.start, sentence.end)
        done = attrs.evolve(event, perpetrator=_actor(doc, agent), perpetrator_text=agent, date=date)
        return _placed(doc, done, manner.end(), sentence.end, agent)
    return event


def with_manner(doc: Document, events: Sequence[Event], dates: Sequence[TimeExpression]) -> list[Event]:
    """The events, each unattributed death completed by a later clause telling how it was done."""
    return [
        _completed(doc, e, events, dates)
        if e.role == "killed" and e.perpetrator_text is None and e.scope == "incident"
        else e
        for e in events
    ]
