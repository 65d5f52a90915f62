"""Deaths told as a life's end, not as casualties: "died aged 93", "after a long battle with cancer".

The guideline counts deaths from violence, accidents and disasters, and leaves out a death of
natural causes told as biography ("he died aged 80") or a death named only to date a life ("27
years after his death"). Only a single, unattributed death with no means and no violent word in
its sentence is read this way.
"""

from __future__ import annotations

import re

from newsparse import Document
from newsparse_events.model import Event

__all__ = ["is_natural_death"]

_DEATH_WORDS = frozenset({"died", "dies", "die", "death", "dead"})
_NATURAL = re.compile(
    r"\b(?:aged \d+|at the age of \d+|in (?:his|her) sleep|(?:battle|fight|struggle) (?:with|against)|"
    r"natural causes|old age|(?:long|short|brief) illness|cancer|leukaemia|leukemia|pneumonia|"
    r"tumou?r|stroke|heart (?:attack|failure|condition|disease)|alzheimer's|dementia)\b",
    re.IGNORECASE,
)
_DATING_A_LIFE = re.compile(
    r"\b(?:before|after|since|until|following|at the time of)\s+(?:his|her)(?:\s+\w+'s)?\s+death\b",
    re.IGNORECASE,
)
_VIOLENT = re.compile(
    r"\b(?:wound|wounds|wounded|injuries|injured|shot|shooting|gunshot|stabbed|stabbing|attack|attacked|"
    r"bomb|bombing|blast|explosion|crash|crashed|killed|killing|killer|murder|murdered|accident|fire|"
    r"drowned|beaten|assault|assaulted|violence|clashes|war)\b",
    re.IGNORECASE,
)


def is_natural_death(doc: Document, event: Event) -> bool:
    """Whether ``event`` is one person's natural death or a death that only dates a life."""
    if event.role != "killed" or event.perpetrator_text is not None or event.instrument is not None:
        return False
    if event.trigger.text.lower() not in _DEATH_WORDS or event.count is None or event.count.high != 1:
        return False
    sentence = doc.sentences[doc.sentence_index(event.trigger.start)]
    words = doc.text[sentence.start : sentence.end]
    if _VIOLENT.search(words):
        return False
    return _NATURAL.search(words) is not None or _DATING_A_LIFE.search(words) is not None
