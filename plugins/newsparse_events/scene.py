"""The place a definite scene noun of the event's own clause names: "killed at the school" after
"a first-grader killed at Sandy Hook Elementary School" is Sandy Hook Elementary School.

The guideline takes an event's place from its clause or from a sentence that clearly describes the same
incident. A clause that says where with a definite noun of a kind of place and no name ("20 students
killed at the school", "shot inside the church", "died in the village") points back at the place an
earlier sentence named with that noun: a name that ends with it ("Mother Emanuel Church"), or one
written right after "the <noun> of" or right before the noun ("the village of Kafr Nasih", "Rampur
village"). The nearest such name, at most a few sentences back, is the event's place when its own
sentence names none; nothing else is read ("the hospital" is where victims were taken, not where the
incident happened, so it is not among the nouns).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsparse import Document, Span
from newsparse_events.areas import areas_in_sentence
from newsparse_events.model import Event

__all__ = ["SCENE_NOUNS", "scene_noun", "scene_place"]

Mention = tuple[int, int, str, str, str | None]
MAX_SENTENCES_BACK = 3  # sentences between the event and the one that names its scene
MAX_TRIGGER_CHARS = 80  # from the trigger to the scene noun's phrase after it
# kinds of place a definite noun may stand for (a hospital, where victims are taken, is not one)
SCENE_NOUNS = frozenset(
    {
        "school", "church", "mosque", "synagogue", "temple", "cathedral", "market", "nightclub",
        "club", "restaurant", "hotel", "mall", "university", "college", "campus", "prison", "jail",
        "embassy", "consulate", "airport", "stadium", "theater", "theatre", "cafe", "bar", "compound",
        "camp", "village", "town", "township", "district", "neighbourhood", "neighborhood", "suburb",
    }
)  # fmt: skip
_NAMED_KINDS = frozenset({"GPE", "LOC", "FACILITY", "ORG"})  # a named school or church is often ORG
_PHRASE = re.compile(
    r"\b(?i:at|in|inside|outside|near|into)\s+the\s+(?:[a-z][a-z-]*\s+){0,2}?"
    rf"(?P<noun>{'|'.join(sorted(SCENE_NOUNS))})\b(?!\s+of\b)"
)


def scene_noun(text: str, start: int, end: int, trigger: Span) -> tuple[str, int] | None:
    """The scene noun of a locative phrase with "the" and no name inside ``[start, end)`` (a sentence)
    that follows the trigger or opens the sentence, and where the phrase starts; None when there is
    none or the phrase goes on with a name."""
    for found in _PHRASE.finditer(text, start, end):
        noun = found.group("noun")
        if found.start() != start and not trigger.end <= found.start() <= trigger.end + MAX_TRIGGER_CHARS:
            continue  # the trigger's complement, or the clause's opening ("At the school, ..."), only:
            # "The police in the district arrested": the district is where the police serve
        after = text[found.end() : found.end() + 2]
        if after[:1] == " " and after[1:2].isupper():
            continue  # "at the school Sandy Hook": a name of its own, the clause's
        return noun, found.start()
    return None


def _names(text: str, mention: Mention, noun: str) -> bool:
    """Whether the mention is a name of a place of kind ``noun``: it ends with the noun, or the noun
    is written right before it with "of" ("the village of X") or right after it ("X village")."""
    start, end = mention[0], mention[1]
    words = str.lower(text[start:end]).split()
    if words and words[-1] == noun:
        return True
    before = str.lower(text[max(0, start - len(noun) - 8) : start])
    if re.search(rf"\b{noun}\s+of\s+(?:the\s+)?$", before):
        return True
    return re.match(rf"\s+{noun}\b", str.lower(text[end : end + len(noun) + 2])) is not None


def scene_place(doc: Document, event: Event, mentions: Sequence[Mention]) -> Event:
    """The event with the place an earlier sentence named for the scene noun of its own clause, when
    its own sentence names no place. ``mentions`` are sorted by start."""
    if event.place_text is not None or event.scope != "incident":
        return event
    text = doc.text
    here = doc.sentence_index(event.trigger.start)
    sentence = doc.sentences[here]
    found = scene_noun(text, sentence.start, sentence.end, event.trigger)
    if found is None:
        return event
    noun, at = found
    first = doc.sentences[max(0, here - MAX_SENTENCES_BACK)].start
    lo = bisect.bisect_left(mentions, first, key=lambda m: m[0])
    hi = bisect.bisect_left(mentions, at, key=lambda m: m[0])
    named = [m for m in mentions[lo:hi] if m[3] in _NAMED_KINDS and _names(text, m, noun)]
    if not named:
        return event
    start, end, ident = named[-1][0], named[-1][1], named[-1][2]
    return attrs.evolve(
        event,
        place=ident,
        place_text=Span.of(text, start, end),
        areas=areas_in_sentence(doc, (start, end, ident), mentions, _NAMED_KINDS - {"ORG"}),
    )
