"""Arrests made by a criminal inquiry: no casualty event.

The guideline annotates arrests made at protests, clashes, attacks or security operations; the
arrest of a suspect by police in a criminal inquiry ("arrested a bartender for allegedly trying to
board a flight with heroin", "two of the suspected abductors have since been arrested") is not
one. An arrest is read this way only when its sentence names a crime or a suspicion and neither
it nor the sentence either side tells violence, a protest, an armed group or an operation:
"arrested 20 suspected militants in a raid", "A suspect was shot and died. The Police arrested a
suspect and seized drugs" and "arrested after they opened fire on police" stay events.
"""

from __future__ import annotations

import re

from newsparse import Document
from newsparse_events.model import Event

__all__ = ["is_criminal_inquiry"]

# a suspicion, a charge or a non-violent crime named in the arrest's sentence
_CRIME = re.compile(
    r"\b(?:allegedly|alleged|on suspicion|suspected|suspects?|accused of|charged with|on charges?|"
    r"smuggl\w*|traffick\w*|heroin|cocaine|opium|hashish|marijuana|cannabis|narcotics?|drugs?|"
    r"fraud\w*|embezzl\w*|brib\w*|corruption|theft|thefts|thie(?:f|ves)|robbery|burglar\w*|"
    r"counterfeit\w*|forged|forgery)\b",
    re.IGNORECASE,
)

# violence, protest, an armed group or an operation: an arrest the guideline counts
_VIOLENT_SCENE = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|riot\w*|rall(?:y|ies)|march\w*|clash\w*|raid\w*|operations?|"
    r"crackdown|sweep|rebels?|militants?|insurgents?|guerrillas?|separatists?|islamists?|opposition|"
    r"activists?|dissidents?|journalists?|troops|soldiers?|army|militia\w*|terror\w*|curfew|unrest|"
    r"violen\w*|ston\w*|attack\w*|bomb\w*|blast\w*|explo\w*|shoot\w*|shot|shots|gun\w*|fire|fired|"
    r"firing|kill\w*|murder\w*|dead|death|died|wound\w*|injur\w*|stab\w*|assault\w*|beat\w*|fight\w*|"
    r"battle\w*|war|weapons?|arms|grenades?|hostages?|kidnap\w*|abduct(?:ed|ing|ion|ions)?|rap(?:e|ed)|"
    r"hijack\w*|brawl\w*|pistols?|rifles?|shoot-?outs?|lynch\w*|detonat\w*|ieds?|gangs?|stormed)\b",
    re.IGNORECASE,
)

SCENE_WINDOW = 1  # sentences either side of the arrest read for violence, protest or an operation


def is_criminal_inquiry(doc: Document, event: Event) -> bool:
    """Whether an arrest is police work on a crime: a suspicion or charge named, no violence near."""
    if event.role != "arrested":
        return False
    here = doc.sentence_index(event.trigger.start)
    sentence = doc.sentences[here]
    if _CRIME.search(doc.text, sentence.start, sentence.end) is None:
        return False
    first = doc.sentences[max(0, here - SCENE_WINDOW)]
    last = doc.sentences[min(len(doc.sentences) - 1, here + SCENE_WINDOW)]
    return _VIOLENT_SCENE.search(doc.text, first.start, last.end) is None
