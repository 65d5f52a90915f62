"""Deaths, injuries and jailings that are no casualties: a life's end, a sports injury, a sentence.

Also a death someone was saved from ("saved 1,200 Tutsis from death"), "missing" with an object
("missing two crucial facts": lacking, nobody is missing) and a denied toll ("none of the
passengers were injured", "no-one got injured").

The guideline counts deaths from violence, accidents and disasters, and leaves out a death of
natural causes told as biography ("he died aged 80") or of a disease ("died from coronavirus"), a
death named only to date a life ("27 years after his death"), sports injuries, metaphors ("killed
off" in a story or a game) and a court's sentence ("jailed for 14 years": only arrests at
protests, clashes and operations count).
A death or injury is read this way only for a single, unattributed victim with no means and no
violent word in its sentence.
"""

from __future__ import annotations

import re

from newsparse import Document
from newsparse_events.lexicon import (
    GROUP_NOUNS,
    NOT_PERSONS,
    PERSON_SUFFIXES,
    SINGULAR_VICTIMS,
    VICTIM_NOUNS,
)
from newsparse_events.model import Event

__all__ = [
    "is_body_of_people",
    "is_court_sentence",
    "is_denied",
    "is_escape",
    "is_held_group",
    "is_killed_off",
    "is_lacking",
    "is_missing_thing",
    "is_natural_death",
    "is_saved",
    "is_sports_injury",
]

_DEATH_WORDS = frozenset({"died", "dies", "die", "death", "dead"})
_NATURAL = re.compile(
    r"\b(?:aged \d+|at the age of \d+|in (?:his|her) sleep|(?:battle|fight|struggle) (?:with|against)|"
    r"natural causes|old age|(?:long|short|brief) illness|cancer|leukaemia|leukemia|pneumonia|"
    r"tumou?r|stroke|heart (?:attack|failure|condition|disease)|alzheimer's|dementia|"
    r"coronavirus|covid(?:-19)?|virus|flu|influenza|malaria|cholera|ebola|tuberculosis|disease)\b",
    re.IGNORECASE,
)
_DATING_A_LIFE = re.compile(
    r"\b(?:before|after|since|until|following|at the time of)\s+(?:his|her)(?:\s+\w+'s)?\s+death\b|"
    r"\b(?:before|after|since|until|when)\s+(?:he|she)\s+died\b",  # "a month before he died"
    re.IGNORECASE,
)
_SPORT = re.compile(
    r"\b(?:match|matches|game|games|season|squad|club side|derby|midfield|striker|defender|goalkeeper|"
    r"fixture|tournament|league|championship|sidelines?|ruled out|hamstring|ankle|groin|tackle|"
    r"six nations|premiership|grand slam|world cup|test series|training)\b",
    re.IGNORECASE,
)
# a player missing from a team: "missing from France's side because of injury", "With Gareth missing ..
# Michael Owen will be our captain"
_TEAM = re.compile(
    r"(?:'s side|\bline-?up|\bcaptain|\bsuspension|\bsuspended|\b(?:because of|through|with an?) injury)\b",
    re.IGNORECASE,
)
_VIOLENT = re.compile(
    r"\b(?:wound|wounds|wounded|injuries|injured|shot|shooting|gunshot|stabbed|stabbing|attack|attacked|"
    r"bomb|bombing|blast|explosion|crash|crashed|killed|killing|killer|murder|murdered|accident|fire|"
    r"drowned|beaten|assault|assaulted|violence|clashes|war)\b",
    re.IGNORECASE,
)

# an attack of an illness: no violence ("died after suffering a heart attack in Peru")
_ILLNESS_ATTACK = re.compile(r"\b(?:heart|asthma|panic|cardiac) attacks?\b", re.IGNORECASE)


def is_natural_death(doc: Document, event: Event) -> bool:
    """Whether ``event`` is one person's natural death or a death that only dates a life.

    A single death with no word of violence, accident, disaster or custody in its sentence or the
    two either side ("Rowlands died in Hove on Saturday morning, her agent said") is a life's end.
    """
    if event.role != "killed" or event.perpetrator_text is not None or event.instrument is not None:
        return False
    if str.lower(event.trigger.text) not in _DEATH_WORDS:
        return False
    uncounted = event.count is None and event.victims is None  # "Actress X has died at the age of 71"
    if not uncounted and (event.count is None or event.count.high != 1):
        return False
    words = _sentence_of(doc, event)
    if _VIOLENT.search(_ILLNESS_ATTACK.sub(" ", words) if "attack" in words else words):
        return False  # "died after suffering a heart attack" tells no attack
    if _NATURAL.search(words) is not None or _DATING_A_LIFE.search(words) is not None:
        return True
    return not uncounted and _QUIET_STORY.search(_story_around(doc, event)) is None


# what makes a death news of violence, an accident, a disaster or custody (not a life's end)
_QUIET_STORY = re.compile(
    r"\b(?:wound\w*|injur\w*|shot|shoot\w*|gun\w*|stab\w*|attack\w*|bomb\w*|blast\w*|explo\w*|"
    r"crash\w*|kill\w*|murder\w*|accident\w*|fire|blaze|drown\w*|beat\w*|assault\w*|violen\w*|clash\w*|"
    r"war|fight\w*|battle\w*|troops|soldiers?|army|forces|militia\w*|militants?|rebels?|police|"
    r"custody|prison\w*|jail\w*|detain\w*|detention|arrest\w*|tortur\w*|execut\w*|raid\w*|protest\w*|"
    r"riot\w*|flight|plane|aircraft|helicopter|earthquake|quake|tsunami|flood\w*|storm|hurricane|cyclone|"
    r"landslide|collapse\w*|disaster|victims?|suicide|poison\w*|overdose|epidemic|outbreak|famine|"
    r"hunger|strike|siege|airstrike\w*|shell\w*|mine|missile\w*|rocket\w*|terror\w*|found dead|body|bodies|"
    r"corpses?|remains|missing|abduct\w*|kidnap\w*|lynch\w*|hang\w*|burn\w*|ston\w*|mob|gang\w*)\b",
    re.IGNORECASE,
)
QUIET_WINDOW = 2  # sentences either side of a single death read for violence, accident or custody


def _story_around(doc: Document, event: Event) -> str:
    """The text of the death's sentence and of the sentences around it."""
    here = doc.sentence_index(event.trigger.start)
    first = doc.sentences[max(0, here - QUIET_WINDOW)]
    last = doc.sentences[min(len(doc.sentences) - 1, here + QUIET_WINDOW)]
    return doc.text[first.start : last.end]


def _sentence_of(doc: Document, event: Event) -> str:
    """The text of the sentence that holds the event's trigger."""
    sentence = doc.sentences[doc.sentence_index(event.trigger.start)]
    return doc.text[sentence.start : sentence.end]


def _single_unattributed(event: Event) -> bool:
    """One victim, with no perpetrator and no means named."""
    return (
        event.perpetrator_text is None
        and event.instrument is None
        and event.count is not None
        and event.count.high == 1
    )


def is_sports_injury(doc: Document, event: Event) -> bool:
    """Whether ``event`` is one player's injury or absence in a sports sentence ("injured as his side won").

    A player "missing" from a side, a line-up or a captaincy is no missing person.
    """
    if event.role not in ("wounded", "missing") or not _single_unattributed(event):
        return False
    words = _sentence_of(doc, event)
    others = words.replace(event.trigger.text, " ")
    team = event.role == "missing" and _TEAM.search(words) is not None
    return (team or _SPORT.search(words) is not None) and _VIOLENT.search(others) is None


def is_killed_off(doc: Document, event: Event) -> bool:
    """Whether the trigger is "killed off" / "kill ... off": a story's character or a plan, not a person."""
    after = str.lower(doc.text[event.trigger.end : event.trigger.end + 24]).split()
    return event.role == "killed" and (after[:1] == ["off"] or (len(after) > 1 and after[1] == "off"))


def is_court_sentence(doc: Document, event: Event) -> bool:
    """Whether the trigger is a court's sentence: "jailed for 14 years", "imprisoned for life"."""
    word = str.lower(event.trigger.text)
    after = str.lower(doc.text[event.trigger.end : event.trigger.end + 6]).split()
    return event.role == "arrested" and word in {"jailed", "imprisoned"} and after[:1] == ["for"]


_SAVED = re.compile(
    r"\b(?:saved|rescued|spared|escaped|cheated|save|rescue|spare)\b[^.;]{0,60}?\bfrom\s+$", re.IGNORECASE
)
_OBJECT_START = re.compile(r"\s+(?:an?|the|two|three|four|five|several|some|\d[\d,.]*)\b", re.IGNORECASE)


def is_saved(doc: Document, event: Event) -> bool:
    """Whether the trigger is a death someone was saved from: "saved 1,200 Tutsis from death"."""
    if event.role != "killed" or str.lower(event.trigger.text) != "death":
        return False
    return _SAVED.search(doc.text, max(0, event.trigger.start - 80), event.trigger.start) is not None


def is_lacking(doc: Document, event: Event) -> bool:
    """Whether "missing" takes an object ("missing two crucial facts"): lacking something, nobody missing."""
    if event.role != "missing" or str.lower(event.trigger.text) != "missing":
        return False
    if event.count is None or event.count.start < event.trigger.end:
        return False  # "1,000 people remain missing a week after": the people are missing
    return _OBJECT_START.match(doc.text, event.trigger.end) is not None


_DENIED = re.compile(
    r"\b(?:none of(?: the| them| its| their| his| her)?|no[- ]one|nobody|not a single|not one)\s*$",
    re.IGNORECASE,
)


def is_denied(doc: Document, event: Event) -> bool:
    """Whether the victims are denied: "none of the passengers were injured", "no-one got injured"."""
    ends = [event.start]
    if event.victims is not None:
        ends.append(event.victims.start)
    if event.count is not None:
        ends.append(event.count.start)
        if str.lower(event.count.text) == "one":
            ends.append(event.count.end)  # "no-one": the count is the "one" of it
    return any(_DENIED.search(doc.text[max(0, end - 30) : end]) is not None for end in ends)


_BODY_WORDS = frozenset({"body", "bodies"})
# what a dead body is told with: found, recovered, buried, a morgue, a violent or deadly word
_DEATH_CONTEXT = re.compile(
    r"\b(?:found|discovered|recovered|retrieved|buried|burial|dumped|exhumed|identified|lying|lay|"
    r"pulled|washed|wrapped|presented|mutilated|dismembered|decapitated|beheaded|burnt|charred|"
    r"decomposed|decomposing|dead|remains|morgue|mortuary|autopsy|post-mortem|funeral|coffin|grave|"
    r"graves|victims?|died|death|deaths|kill\w*|murder\w*|missing|rubble|wreckage|debris|drowned)\b",
    re.IGNORECASE,
)


def is_body_of_people(doc: Document, event: Event) -> bool:
    """Whether "bodies" names organisations, not the dead: "public bodies", "United Nations bodies".

    A dead body is told as "the body of X" or with a word of death, finding or violence in its
    sentence ("two bodies were found"); "a right to information held by 100,000 public bodies" is none.
    """
    if event.role != "killed" or str.lower(event.trigger.text) not in _BODY_WORDS:
        return False
    after = doc.text[event.trigger.end : event.trigger.end + 4].split()
    if after[:1] == ["of"]:
        return False
    words = _sentence_of(doc, event)
    return _DEATH_CONTEXT.search(words) is None and _VIOLENT.search(words) is None


_PERSON_WORDS = VICTIM_NOUNS | SINGULAR_VICTIMS | frozenset(f"{w}s" for w in SINGULAR_VICTIMS)
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who", "one", "someone", "anyone"})
# "the missing X" / "a missing X": the words after the modifier up to a break name what is missing
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|my|your|this|these|those)\s+$", re.IGNORECASE)
_NOUNS_AFTER = re.compile(r"\s+((?:[A-Za-z][\w'-]*\s+){0,2}[A-Za-z][\w'-]*)")
# "the tapes went missing": the subject right before a verb of becoming
_WENT = re.compile(r"([A-Za-z][\w'-]*)\s+(?:went|go|goes|gone|going|had gone|has gone|have gone)\s+$")


def _names_a_person(words: str, names: bool = True) -> bool:
    """Whether a few words name a person: a person noun, a pronoun or (``names``) a capitalised name."""
    tokens = words.split()
    if names and any(w[:1].isupper() for w in tokens):
        return True
    return any(_is_person_noun(str.lower(w)) for w in tokens)


def _is_person_noun(word: str) -> bool:
    """Whether a lower-case word names people: listed, a pronoun, or a person's ending ("fishermen")."""
    if word in _PERSON_WORDS or word in _PERSON_PRONOUNS:
        return True
    single = word[:-3] + "man" if word.endswith("men") else word[:-1] if word.endswith("s") else word
    return single.endswith(PERSON_SUFFIXES) and single not in NOT_PERSONS


def is_missing_thing(doc: Document, event: Event) -> bool:
    """Whether "missing" tells a thing, not a person: "a missing Time Crystal", "the tapes went missing".

    From the clause: the noun a modifier "missing" goes with ("the missing instrumental parts"; a
    person noun is needed there, "the missing soldiers"), or the subject of "went missing".
    """
    if event.role != "missing" or str.lower(event.trigger.text) != "missing":
        return False
    before = doc.text[max(0, event.trigger.start - 30) : event.trigger.start]
    if _ATTRIBUTIVE.search(before):
        found = _NOUNS_AFTER.match(doc.text, event.trigger.end)
        return found is not None and not _names_a_person(found.group(1), names=False)
    went = _WENT.search(before)
    return went is not None and not _names_a_person(went.group(1))


# a definite group told before: "the four detainees", "eight of the detainees", "its hostages"
_DEFINITE = re.compile(r"\b(?:the|these|those|its|their|his|her|our)\s+$", re.IGNORECASE)
_PARTITIVE = re.compile(r"\bof\s+(?:the|these|those|its|their)\b", re.IGNORECASE)  # "eight of the detainees"
_ATTRIBUTIVE_HELD = frozenset({"detained", "jailed", "imprisoned", "kidnapped", "abducted", "displaced"})


def is_held_group(doc: Document, event: Event) -> bool:
    """Whether the event names people already held or displaced: "the four detainees", "the detained men".

    A noun for people in custody or exile ("detainees", "hostages", "refugees") or a participle
    modifying one ("the detained men") refers to a group; it tells a new arrest, abduction or flight
    only with a figure of its own that no definite determiner presents as known.
    """
    word = str.lower(event.trigger.text)
    if word in _ATTRIBUTIVE_HELD:
        before = doc.text[max(0, event.trigger.start - 12) : event.trigger.start]
        after = doc.text[event.trigger.end : event.trigger.end + 20].split()
        noun = str.lower(re.sub(r"\W+$", "", after[0])) if after else ""
        return bool(_DEFINITE.search(before)) and _is_person_noun(noun)
    if word not in GROUP_NOUNS:
        return False
    if event.count is None or event.count.start >= event.trigger.start:
        return True
    between = doc.text[event.count.end : event.trigger.start]
    return (
        _DEFINITE.search(doc.text, max(0, event.count.start - 12), event.count.start) is not None
        or _PARTITIVE.search(between) is not None
        or _released(doc, event)
    )


# what is done to people already held: "free or charge 12 detainees", "five detainees released from"
_HELD_ACTS = frozenset(
    "free freed release released releasing charge charged transferred repatriated held holding".split()
)
MAX_HELD_ACT_WORDS = 4  # words between the group noun (or its count) and what is done to it


def _released(doc: Document, event: Event) -> bool:
    """Whether the counted group is told as freed, charged or moved: people held before, no new arrest."""
    assert event.count is not None
    before = str.lower(doc.text[max(0, event.count.start - 40) : event.count.start]).split()
    after = str.lower(doc.text[event.trigger.end : event.trigger.end + 40]).split()
    words = [*before[-MAX_HELD_ACT_WORDS:], *after[:MAX_HELD_ACT_WORDS]]
    return any(word.strip(",.;:") in _HELD_ACTS for word in words)


# attackers whose flight is an escape from the scene, never a displacement: "the gunmen fled"
_ESCAPING = frozenset(
    """gunmen gunman attackers attacker assailants assailant bandits kidnappers raiders criminals
    suspects suspect perpetrators perpetrator hitmen robbers robber thieves thief""".split()
)


def is_escape(doc: Document, event: Event) -> bool:
    """Whether a displacement is attackers getting away: "the gunmen fled", "the assailant fled".

    The guideline's displaced are people made to leave their homes by violence or disaster; an
    attacker fleeing the scene is not (fighters or soldiers who fled are left as displaced).
    """
    if event.role != "displaced" or event.victims is None:
        return False
    if not str.lower(event.trigger.text).startswith(("fle", "escap")):
        return False  # "2 soldiers were displaced", "evacuated": made to leave, whoever they are
    words = str.lower(event.victims.text).split()
    return bool(words) and words[-1] in _ESCAPING
