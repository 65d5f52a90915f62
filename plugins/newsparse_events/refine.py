"""A document's events seen together: restatements, competing figures, running totals, subsets.

- A restatement of a toll already told ("Three officers died. 3 fatalities.") is no new event:
  the same role and figure (or the sum of the figures just told), a compatible victim group, no
  other place, a few sentences apart; a place or day written in its own sentence completes the
  event it retells.
- Competing reports of one toll ("20 killed", later "at least 30 killed" by another source) stay
  separate events, each listing the other in ``alternatives``: never summed.
- A running total ("a war that has killed 250,000", "since January 400 have died") has scope
  ``cumulative`` and its ``period``; it takes no incident's date, and the place of another
  sentence only when that sentence tells a casualty too (the same toll, not an incident on a given day);
  a perfect tense with a war after it ("50,000 have died in the ethnic war") is a running total.
- A subset ("six of the wounded were Israeli") is no event of its own, nor a natural death told
  as biography ("died aged 93", see :mod:`.natural`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import takewhile

import attrs

from newsparse import Document, Span, TimeExpression
from newsparse.syntax import datelines
from newsparse_events.background import is_background
from newsparse_events.contest import as_float, figure_range, same_measure
from newsparse_events.disowned import is_death_sentence, is_disowned, is_intended
from newsparse_events.inquiry import is_criminal_inquiry
from newsparse_events.joined import with_joined_roles
from newsparse_events.lexicon import ANAPHORIC_FIGURES, CONTRAST_MARKERS, GENERIC_VICTIMS, LINE_BREAKS
from newsparse_events.manner import with_manner
from newsparse_events.model import Event
from newsparse_events.natural import (
    is_body_of_people,
    is_court_sentence,
    is_denied,
    is_escape,
    is_held_group,
    is_killed_off,
    is_lacking,
    is_missing_thing,
    is_natural_death,
    is_saved,
    is_sports_injury,
)
from newsparse_events.occasions import DatesByStart, dated_by_occasion
from newsparse_events.triggers import find_triggers

__all__ = ["refine"]

MAX_SENTENCES_APART = 3
_SUBSET = re.compile(
    r"\s*(?:of|among)\s+(?:the|those)\s+(?:wounded|injured|dead|killed|victims|casualties|hurt)\b", re.I
)
_PERIOD_CUES = re.compile(
    r"\b(?:since|so far|to date|in total|a total of|altogether|cumulative|over the (?:past|last)|"
    r"in the (?:past|last)|throughout|(?:so far )?this (?:year|month)|"
    r"(?:from|between) (?:\w+ ){0,2}\d{4} (?:to|and|until) (?:\w+ ){0,2}\d{4}|"
    r"over (?:the )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|"
    r"many) (?:years|decades)|under (?:[\w'.-]+ ){0,3}(?:regime|rule|dictatorship)|"
    r"bringing the(?: [\w.-]+){0,3} toll|toll for)\b",
    re.I,
)
# a total over several incidents told together: cumulative, but of the day they share
_SEVERAL_INCIDENTS = re.compile(
    r"\b(?:a series of|in (?:\w+ )?(?:separate|different)(?: \w+)? "
    r"(?:incidents|attacks|bombings|blasts|explosions|clashes))\b",
    re.I,
)
_WAR_SUBJECT = re.compile(
    r"\b(?:war|wars|conflict|insurgency|uprising|revolution|campaign|crisis|violence|fighting|occupation|"
    r"unrest)\b"
    r"[^.;,]{0,60}\b(?:has|have|had)\b[^.;]{0,20}$",
    re.I,
)
# a perfect tense before the trigger and a war after it: "50,000 have died in the ethnic war",
# "has killed scores of Israelis in suicide attacks": a running total, not one incident
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?$", re.I)
_LINE_BREAK = re.compile("[" + "".join(sorted(LINE_BREAKS)) + "]")
_WAR_AFTER = re.compile(
    r"(?:\s+[\w,'-]+){0,5}?\s+in\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:wars?|conflict|insurgency|uprising|rebellion|campaign|violence|fighting|fight|unrest|strife|struggle|"
    r"attacks|bombings|clashes)\b",
    re.I,
)
_OTHER_REPORTS = re.compile(
    r"\b(?:other|another|different|separate)\s+(?:sources?|reports?|accounts?)\b", re.I
)
# "The villagers contest that figure, saying 13 civilians were killed": a rival toll of other victims.
_CONTESTED = re.compile(
    r"\b(?:contest|dispute|reject|den(?:y|ie)|challenge|question)(?:s|d|ed|ing)?\s+(?:that|this|the|these|those|"
    r"their|its|such)\s+(?:\w+\s+)?(?:figures?|tolls?|numbers?|counts?|tally)\b",
    re.I,
)
_TOLL_WORDS = frozenset({"toll", "fatalities", "deaths", "dead", "casualties", "number", "figure"})
_ALSO_GENERIC = frozenset({"victim", "victims", "body", "bodies", "he", "she", "him", "her"})


def _amount(event: Event) -> float | None:
    """An event's figure (its value, else its lower bound); None without a count."""
    if event.count is None:
        return None
    value = event.count.value if event.count.value is not None else event.count.low
    return as_float(value) if value is not None else None


def _generic(event: Event) -> bool:
    word = str.lower(event.victims.text).split()[-1] if event.victims and event.victims.text.split() else ""
    return word in GENERIC_VICTIMS or word in _ALSO_GENERIC


def _same_group(a: Event, b: Event) -> bool:
    return _generic(a) or _generic(b) or same_measure(a, b)


def _own_place(doc: Document, event: Event) -> bool:
    """Whether the event's place is named in its own sentence (not taken from the narrative)."""
    if event.place_text is None:
        return False
    return doc.sentence_index(event.place_text.start) == doc.sentence_index(event.trigger.start)


def _places_differ(doc: Document, a: Event, b: Event) -> bool:
    """Whether two events are told with different places of their own ("in Kabul" ... "in Herat")."""
    if not (_own_place(doc, a) and _own_place(doc, b)):
        return False
    assert a.place_text is not None and b.place_text is not None
    differ = str.lower(a.place_text.text) != str.lower(b.place_text.text)
    return differ and (a.place is None or a.place != b.place)


def _near(doc: Document, a: Event, b: Event) -> bool:
    return abs(doc.sentence_index(b.start) - doc.sentence_index(a.start)) <= MAX_SENTENCES_APART


def _recent(doc: Document, event: Event, kept: Sequence[Event]) -> list[Event]:
    """The events kept before ``event`` that are near it, read back from the last (linear overall)."""
    here = doc.sentence_index(event.start)
    near: list[Event] = []
    for other in reversed(kept):
        if here - doc.sentence_index(other.start) > MAX_SENTENCES_APART:
            break
        near.append(other)
    near.reverse()
    return near


_DEFINITE_ONE = re.compile(r"\b(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _retold_person(doc: Document, told: Event, event: Event) -> bool:
    """Whether ``event`` retells the one victim told before, by the same noun after a definite word.

    "justice for the murder of their brother Robert McCartney. Their brother was stabbed to death
    in Belfast": the killing is one, told first as the campaign's occasion; "A policeman has been
    shot dead ... The slain policeman Ejup Bajgora": one death, told again with its name.
    """
    if (event.background and not told.background) or told.victims is None or event.victims is None:
        return False
    if _amount(told) != 1 or _amount(event) != 1:
        return False
    words = event.victims.text.split()
    heads = {str.lower(words[-1])} | {w for w in words if w.islower()}  # "policeman Ejup Bajgora"
    lead = doc.text[max(0, event.victims.start - 30) : event.victims.start]
    told_words = str.lower(told.victims.text).split()
    return any(h in told_words for h in heads) and _DEFINITE_ONE.search(lead) is not None


def _told(doc: Document, event: Event, kept: Sequence[Event]) -> list[Event]:
    """The incidents kept near ``event`` that it may retell: same role, occasion and group, no other place."""
    return [
        e
        for e in _recent(doc, event, kept)
        if e.role == event.role
        and e.scope == "incident"
        and (_retold_person(doc, e, event) or (e.background == event.background and _same_group(e, event)))
        and not _places_differ(doc, e, event)
        and _amount(e) is not None
    ]


def _restates(doc: Document, event: Event, kept: Sequence[Event]) -> bool:
    """Whether ``event`` retells a figure of the events kept before it (one of them, or their sum)."""
    figure = _amount(event)
    if figure is None or event.scope != "incident":
        return False
    told = _told(doc, event, kept)
    if any(_amount(e) == figure for e in told):
        return True
    return len(told) > 1 and sum(_amount(e) or 0 for e in told) == figure


def _named_again(event: Event, kept: Sequence[Event]) -> bool:
    """Whether a single named victim was named with the same role before ("Ian Brown was arrested ...
    He said Brown was arrested at his hotel": one arrest; "Jane Smith" is not "John Smith")."""
    victims = event.victims
    if victims is None or event.count is None or event.count.value != 1 or not victims.text[:1].isupper():
        return False
    if (event.count.start, event.count.end) != (victims.start, victims.end):
        return False  # a name is its own count; "a Palestinian" ... "a Palestinian" are two people
    name = victims.text.split()
    return any(
        e.role == event.role and e.victims is not None and e.victims.text.split()[-len(name) :] == name
        for e in kept
    )


def _names_told(doc: Document, event: Event, kept: list[Event]) -> bool:
    """Name the unnamed single victim told just before with the same role, in ``kept`` ("The 55th
    Canadian soldier was killed ... The blast killed Matthew J. McCully": one death, McCully's)."""
    victims, count = event.victims, event.count
    if victims is None or count is None or count.value != 1 or not victims.text[:1].isupper():
        return False
    if (count.start, count.end) != (victims.start, victims.end):
        return False  # a name is its own count
    here = doc.sentence_index(event.trigger.start)
    for k in range(len(kept) - 1, -1, -1):
        told = kept[k]
        if told.role != event.role:
            continue
        if here - doc.sentence_index(told.trigger.start) > 1 or told.victims is None:
            return False
        if told.count is not None and told.count.value != 1:
            return False
        if told.victims.text[:1].isupper() or told.victims.text.endswith("s"):
            return False  # already named, or a group
        kept[k] = attrs.evolve(told, victims=victims, count=told.count or count)
        return True
    return False


def _parts_of(doc: Document, events: Sequence[Event]) -> list[list[Event]]:
    """For each event, the events of its sentence with its role, in text order (the parts of one figure).

    Grouped once per document, so that a long text does not pay a pass over every event per event.
    """
    groups: dict[tuple[int, str], list[Event]] = {}
    keys = [(doc.sentence_index(e.trigger.start), e.role) for e in events]
    for key, event in zip(keys, events, strict=True):
        groups.setdefault(key, []).append(event)
    return [groups[key] for key in keys]


def _breakdown(doc: Document, parts: Sequence[Event], kept: Sequence[Event]) -> bool:
    """Whether two or more figures of one sentence split a total told before ("70 were injured. ... Ten
    officers were seriously wounded and 60 suffered slight injuries"): the guideline's bare breakdown."""
    if len(parts) < 2 or any(_amount(e) is None or e.scope != "incident" for e in parts):
        return False
    total = sum(_amount(e) or 0 for e in parts)
    first = doc.sentence_index(parts[0].trigger.start)
    told = [e for e in _told(doc, parts[0], kept) if doc.sentence_index(e.trigger.start) < first]
    return any(_amount(e) == total and all(_same_group(e, p) for p in parts) for e in told)


_RESPECTIVELY = re.compile(r"[^.;:]{0,30}\brespectively\b", re.IGNORECASE)


def _split_respectively(doc: Document, event: Event, kept: Sequence[Event]) -> bool:
    """Whether the event splits a toll its sentence told before: "five soldiers were killed in three
    bombings, killing four and one respectively" (a breakdown, no new event)."""
    if _RESPECTIVELY.match(doc.text, event.end) is None:
        return False
    here = doc.sentence_index(event.trigger.start)
    return any(e.role == event.role and doc.sentence_index(e.trigger.start) == here for e in kept)


def _complete(doc: Document, event: Event, kept: list[Event]) -> None:
    """Give the told event the place, date and actor its restatement writes in its own sentence (if none).

    The guideline completes an event's fields "from a restatement that clearly names the same
    victims": "Nine soldiers were killed. ... the attack in Bouake that killed the nine soldiers";
    "Two policemen died. The two policemen were shot dead by gunmen" (the gunmen did it).
    """
    figure = _amount(event)
    own_actor = _own_actor(doc, event)
    if event.victims is None or not (_own_place(doc, event) or event.date is not None or own_actor):
        return
    same = [e for e in _told(doc, event, kept) if _amount(e) == figure]
    if len(same) == 1:
        k = next(k for k in range(len(kept) - 1, -1, -1) if kept[k] is same[0])
        told = kept[k]
        if told.place_text is None and _own_place(doc, event):
            told = attrs.evolve(told, place=event.place, place_text=event.place_text, areas=event.areas)
        if told.date is None and event.date is not None and _dated_here(doc, event):
            told = attrs.evolve(told, date=event.date)
        if told.perpetrator_text is None and own_actor:
            told = attrs.evolve(told, perpetrator=event.perpetrator, perpetrator_text=event.perpetrator_text)
        kept[k] = told


_DEFINITE_GROUP = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _placed_again(doc: Document, event: Event, kept: list[Event]) -> bool:
    """Whether ``event`` retells the toll of the sentence before with a place inside that toll's place.

    "Security forces killed four guerrillas in a village south of Algiers. The armed militants were
    shot dead in Nahar village 90 km south of Algiers": one killing, in Nahar. The retelling has no
    figure, a definite group and its own place, and writes the told place after its own; the told
    event takes the more specific place (``kept`` is updated).
    """
    if event.count is not None or event.victims is None or not kept or not _own_place(doc, event):
        return False
    told = kept[-1]
    here = doc.sentence_index(event.trigger.start)
    if told.role != event.role or told.scope != "incident" or not _own_place(doc, told):
        return False
    if doc.sentence_index(told.trigger.start) != here - 1 or _amount(told) is None:
        return False
    lead = doc.text[max(0, event.victims.start - 30) : event.victims.start]
    assert event.place_text is not None and told.place_text is not None
    end = doc.sentences[here].end
    if (
        _DEFINITE_GROUP.search(lead) is None
        or told.place_text.text not in doc.text[event.place_text.end : end]
    ):
        return False
    kept[-1] = attrs.evolve(told, place=event.place, place_text=event.place_text, areas=event.areas)
    return True


def _headline_end(doc: Document, events: Sequence[Event]) -> int:
    """Where a wire story's headline ends: at its first dateline, when an event stands before it (else 0).

    "Rebels overrun police post, kill 24. | COLOMBO 1996-08-29 | ... killing 24 policemen": the
    headline restates the body's event.
    """
    if not events or _LINE_BREAK.search(doc.text, events[0].end) is None:
        return 0  # cheap: a headline is a paragraph of its own
    first = events[0].start
    lines = datelines(doc.text, doc.sentences[: doc.sentence_index(first) + 3])
    if any(line.start <= first and _LINE_BREAK.search(doc.text, line.end, first) for line in lines):
        return 0  # a dateline on a line before the event: the event is in the body
    # a wire tag in the headline's own line ("RTRS - Melbourne train collides ...") is no dateline
    return next((line.start for line in lines if line.start > first), 0)


def _headline_told(head: Event, event: Event) -> bool:
    """Whether a headline event may be the one a body ``event`` tells: same role and occasion, the
    same figure or none ("Serbian policeman shot dead"); a headline's place and words are its own
    shorthand ("ONE ROMANIAN DIES IN BUS CRASH IN BULGARIA" for "a Romanian passenger ... in northern
    Bulgaria"), so neither is compared."""
    if head.role != event.role or head.scope != "incident" or head.background != event.background:
        return False
    return _amount(head) is None or _amount(head) == _amount(event)


def _for_headline(event: Event, kept: list[Event], head_end: int, head_count: int) -> bool:
    """Put a body ``event`` in place of the headline event it restates (the guideline anchors it in
    the body); False when what it restates is not in the headline."""
    if event.start < head_end or event.scope != "incident":
        return False
    # only the first kept events can be the headline's (at most its count: linear over a long text)
    told = [e for e in kept[:head_count] if e.end <= head_end and _headline_told(e, event)]
    if len(told) != 1:
        return False
    k = next(k for k in range(len(kept) - 1, -1, -1) if kept[k] is told[0])
    kept[k] = event
    return True


def _own_actor(doc: Document, event: Event) -> bool:
    """Whether the event's perpetrator is named in its own sentence (the clause's actor)."""
    actor = event.perpetrator_text
    return actor is not None and doc.sentence_index(actor.start) == doc.sentence_index(event.trigger.start)


def _dated_here(doc: Document, event: Event) -> bool:
    """Whether the event's date is written in its own sentence."""
    assert event.date is not None
    return doc.sentence_index(event.date.start) == doc.sentence_index(event.trigger.start)


_GENERIC_MEANS = frozenset({"explosion", "blast", "attack", "bombing", "incident", "shooting"})


def _generic_means(span: Span | None) -> bool:
    """Whether an instrument is a bare generic word ("explosion", "the blast"): it names no weapon."""
    words = str.lower(span.text).split() if span is not None else []
    return bool(words) and words[-1] in _GENERIC_MEANS and len(words) <= 2


def _means_of_told(doc: Document, event: Event, kept: Sequence[Event]) -> Event:
    """ "wounded in the explosion" after "when a large roadside bomb exploded": the blast is that bomb."""
    if not _generic_means(event.instrument):
        return event
    assert event.instrument is not None
    before = [
        w
        for w in str.lower(doc.text[max(0, event.instrument.start - 12) : event.instrument.start]).split()
        if w not in {"the", "a", "an", "that", "this"}
    ]
    if not before or before[-1] not in {"in", "by", "from"}:
        return event  # "killed during clashes after the bombing": an earlier attack, not the means
    for told in reversed(_recent(doc, event, kept)):
        if told.instrument is not None and not _generic_means(told.instrument) and told.scope == event.scope:
            return attrs.evolve(event, instrument=told.instrument)
    return event


def _is_subset(doc: Document, event: Event) -> bool:
    """Whether the event's count is a part of a group told before: "six of the wounded"."""
    return event.count is not None and _SUBSET.match(doc.text, event.count.end) is not None


def _scope(doc: Document, event: Event, dates: Sequence[TimeExpression]) -> Event:
    """The event as a running total when its clause says so, with its period."""
    sentence = doc.sentence_of(event.trigger.start)
    start = sentence.start if sentence is not None else 0
    end = sentence.end if sentence is not None else len(doc.text)
    lo, hi = max(start, event.start - 80), min(end, event.end + 60)
    # a semicolon ends the clause: "3000 died over 30 years; 3000 people died in one morning in NY"
    lo = max(lo, doc.text.rfind(";", lo, event.start) + 1)
    semicolon = doc.text.find(";", event.end, hi)
    hi = semicolon if semicolon >= 0 else hi
    cue = _PERIOD_CUES.search(doc.text, lo, hi)
    if (
        cue is not None
        and str.lower(cue.group()).startswith("bringing")
        and event.trigger.start < cue.start()
    ):
        cue = None  # "five were killed by a blast, bringing the toll to 1,971": the five are the incident
    war = _WAR_SUBJECT.search(doc.text[max(start, event.trigger.start - 90) : event.trigger.start]) or (
        _PERFECT.search(doc.text, max(start, event.trigger.start - 20), event.trigger.start)
        and _WAR_AFTER.match(doc.text, event.trigger.end, end)
    )
    if cue is None and war is None:
        if event.scope == "cumulative":  # a war as the act's subject (``roles.Roles.total``): a period
            told = event.date
            period = Span(told.start, told.end, told.text) if told is not None else None
            return attrs.evolve(event, date=None, period=period)
        if _SEVERAL_INCIDENTS.search(doc.text, lo, hi) is not None:
            return attrs.evolve(event, scope="cumulative")  # "killed in three separate bombings" yesterday
        return event
    period = None
    if cue is not None:
        after = [t for t in dates if cue.end() <= t.start <= cue.end() + 2]
        stop = after[0].end if after else cue.end()
        period = Span.of(doc.text, cue.start(), stop)
    instrument = event.instrument
    if cue is not None and str.lower(cue.group()).startswith("bringing") and instrument is not None:
        # "killed by a bomb blast ..., bringing the death toll to 1,971": the blast made the incident
        instrument = instrument if instrument.start >= cue.start() else None
    return attrs.evolve(event, scope="cumulative", period=period, date=None, instrument=instrument)


def _total_place(doc: Document, event: Event, kept: Sequence[Event]) -> Event:
    """A running total with no place of its own keeps another sentence's only if that one tells a casualty.

    "... the deaths of civilians in Afghanistan. It said 700 civilians have been killed this year"
    is one toll; "blamed blasts in South African cities. ... unrest which has claimed 2,400 lives"
    places an incident, not the total.
    """
    if event.scope != "cumulative" or event.place_text is None or _own_place(doc, event):
        return event
    sentence = doc.sentence_of(event.place_text.start)
    if sentence is not None:
        tokens = doc.token_columns
        lo = bisect.bisect_left(tokens.starts, sentence.start)
        hi = bisect.bisect_right(tokens.ends, sentence.end)
        if find_triggers(tokens, lo, hi) and not _incident_in(kept, sentence.start, sentence.end):
            return event
    return attrs.evolve(event, place=None, place_text=None, areas=())


# a continent is where an event happened only when its own clause says so ("killed 15,000 in central Africa")
_REGIONS = re.compile(r"(?:the\s+)?(?:Europe|Asia|Africa|Americas?|Middle\s+East|Latin\s+America)", re.I)


def _near_region(doc: Document, event: Event) -> Event:
    """The event without a continent found beyond its clause: "a shockwave throughout Europe" (another
    sentence), "arrested two men, but did not believe the case was linked to others in Europe"."""
    place = event.place_text
    if place is None or _REGIONS.fullmatch(place.text) is None:
        return event
    lo, hi = sorted((event.end, place.start)) if place.start >= event.end else (place.end, event.start)
    same = doc.sentence_index(place.start) == doc.sentence_index(event.start)
    if same and not re.search(r"[,;:]", doc.text[lo:hi]):
        return event
    return attrs.evolve(event, place=None, place_text=None, areas=())


def _incident_in(kept: Sequence[Event], start: int, end: int) -> bool:
    """Whether an incident told with its count and day lies in ``[start, end)`` ("on Tuesday ... killing
    two"): its place is that incident's, no running total's ("50,000 have died in the war")."""
    return any(
        start <= e.trigger.start < end and e.scope == "incident" and None not in (e.count, e.date)
        for e in kept
    )


def _as_referent(event: Event, kept: Sequence[Event]) -> Event:
    """A figure that refers back ("the true figure is under 20") takes the time and scope of its toll."""
    if tuple(str.lower(event.trigger.text).split()) not in ANAPHORIC_FIGURES:
        return event
    told = next((e for e in reversed(kept) if e.role == event.role), None)
    if told is None:
        return event
    return attrs.evolve(event, scope=told.scope, period=told.period, date=told.date)


def _toll_of_total(doc: Document, event: Event, kept: Sequence[Event]) -> Event:
    """A toll told right after a running total in its sentence is that total's rival figure: "UN officials
    say hundreds of thousands have been killed in the conflict, the regime says the death toll is 10,000"."""
    if "toll" not in str.lower(event.trigger.text) or event.scope != "incident" or not kept:
        return event
    told = kept[-1]
    if told.scope != "cumulative" or told.role != event.role:
        return event
    if doc.sentence_index(told.start) != doc.sentence_index(event.start):
        return event
    return attrs.evolve(event, scope="cumulative", period=told.period, date=None)


def _rivals(doc: Document, a: Event, b: Event) -> bool:
    """Whether two events are rival reports of one toll: different figures, and rival sources or a toll."""
    if a.role != b.role or a.scope != b.scope or a.count is None or b.count is None:
        return False
    if not _near(doc, a, b) or _places_differ(doc, a, b):
        return False
    lo_a, hi_a = figure_range(a.count)
    lo_b, hi_b = figure_range(b.count)
    if not (hi_a < lo_b or hi_b < lo_a):
        return False
    between = doc.text[a.end : b.start]
    if not _same_group(a, b) and _CONTESTED.search(between) is None:
        return False  # other victims, unless the rival account contests the figure
    sources = {e.source.source or e.source.source_text for e in (a, b) if e.source is not None}
    if len(sources) == 2:
        return True
    words = set(str.lower(between).replace(",", " ").split())
    tolls = {w for e in (a, b) for w in str.lower(e.trigger.text).split()} & _TOLL_WORDS
    return bool(tolls) or bool(words & CONTRAST_MARKERS) or _OTHER_REPORTS.search(between) is not None


def _no_casualty(doc: Document, event: Event) -> bool:
    """A natural death, a sports injury, a sentence, an inquiry's arrest: no casualty (:mod:`.natural`)."""
    tests = (
        is_natural_death,
        is_sports_injury,
        is_killed_off,
        is_court_sentence,
        is_saved,
        is_lacking,
        is_body_of_people,
        is_missing_thing,
        is_held_group,
        is_escape,
        is_criminal_inquiry,
        is_disowned,
        is_intended,
        is_death_sentence,
    )
    return is_denied(doc, event) or any(test(doc, event) for test in tests)


def refine(doc: Document, events: Sequence[Event], dates: Sequence[TimeExpression]) -> list[Event]:
    """The document's events with restatements and subsets dropped, scopes set and rivals linked."""
    kept: list[Event] = []
    dropped: set[int] = set()
    parts_of = _parts_of(doc, events)
    head_end = _headline_end(doc, events)
    head_count = sum(1 for _ in takewhile(lambda e: e.end <= head_end, events))
    by_start = DatesByStart.of(dates)
    for n, event in enumerate(events):
        if id(event) in dropped or _is_subset(doc, event) or _no_casualty(doc, event):
            continue
        parts = parts_of[n]
        if (parts[0] is event and _breakdown(doc, parts, kept)) or _split_respectively(doc, event, kept):
            dropped.update(id(e) for e in parts)
            continue
        event = _scope(doc, event, dates)
        event = _as_referent(event, kept)
        event = _toll_of_total(doc, event, kept)
        event = _total_place(doc, event, kept)
        event = _near_region(doc, event)
        event = dated_by_occasion(doc, event, by_start)
        if is_background(doc, event):
            event = attrs.evolve(event, background=True)
        event = with_joined_roles(event)  # "killing and injuring 12": its deaths told apart
        event = _means_of_told(doc, event, kept)
        if head_end and _for_headline(event, kept, head_end, head_count):
            continue
        if _placed_again(doc, event, kept):
            continue
        if _restates(doc, event, kept) or _named_again(event, kept) or _names_told(doc, event, kept):
            _complete(doc, event, kept)
            continue
        kept.append(event)
    kept = with_manner(doc, kept, dates)
    links: dict[int, list[Span]] = {}
    where = [doc.sentence_index(e.start) for e in kept]
    for i, a in enumerate(kept):
        for j in range(i + 1, len(kept)):
            b = kept[j]
            if where[j] - where[i] > MAX_SENTENCES_APART:
                break  # events are in text order: the rest are farther still
            if _rivals(doc, a, b):
                links.setdefault(i, []).append(Span(b.start, b.end, b.text))
                links.setdefault(j, []).append(Span(a.start, a.end, a.text))
    return [attrs.evolve(e, alternatives=tuple(links[i])) if i in links else e for i, e in enumerate(kept)]
