"""Killings a sentence tells but does not report as its incident (issue 16, session 18).

- A killing denied in its own sentence is no casualty: "an elderly man was reportedly killed,
  although this was formally denied by the police"; "Fatalities were reported by some sources and
  denied by others". Read from the ``syntax`` layer: after the trigger, a passive "denied" (or
  "disputed", "refuted") whose subject is a pronoun standing for the report ("this", "it"), or a
  "denied" conjoined with the trigger's own predicate and sharing its subject; no other verb stands
  between them, and no object follows the denial ("were arrested and denied access to lawyers",
  "denied bail" deny the victims something: the event stays). A denial of something else ("the
  authorities have denied it" after "who was allegedly shot by the police", "Taliban denied they
  were behind the attacks") keeps the event.
- A killing named as an aim is no casualty, as "attempted to kill" is none (:func:`singles.is_unreal`):
  "a weapon aimed mainly at killing an unarmed civilian", "an attack aimed at killing the governor".
- A court's sentence is no death, as "jailed for 14 years" is no arrest (:mod:`.natural`): "the
  Supreme Court sentenced two men to death" (read like "beat two men to death" otherwise).
- A killing told in a relative clause on the noun of an "after"/"following" phrase is the earlier
  event the sentence's act followed, so it is background (:mod:`.background`): "The attack occurred
  after days of clashes between security forces and local gangs in which 8 armed individuals have
  died"; "introduced in 2002 following a fire at one cafe that killed 25 people". A relative right
  after the word ("following which he was beaten to death") tells the next step: it stays.
"""

from __future__ import annotations

import re

from newsparse import Document
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_events.lexicon import ATTEMPT_WORDS
from newsparse_events.model import Event

__all__ = ["is_death_sentence", "is_disowned", "is_intended", "on_earlier_event"]

_DENIALS = frozenset({"denied", "disputed", "refuted"})
_DENIAL = re.compile(r"\b(?:denied|disputed|refuted)\b", re.IGNORECASE)
# what follows a denial of the report itself: its agent or the clause's end ("denied by others.")
_AFTER_DENIAL = frozenset({"by", ".", ",", ";", ":", ")", "and", "but"})
_REPORT_PRONOUNS = frozenset({"this", "it", "that", "which"})
_VERBS = frozenset({"VERB", "AUX"})
_BE = frozenset({"was", "were", "is", "are", "been"})
_NOUNS = frozenset({"NOUN", "PROPN", "NUM"})
# "after [days of clashes between security forces and local gangs] in which": the phrase opened by
# "after"/"following", at least one word, no clause break, then a relative word right before the event
_EARLIER_RELATIVE = re.compile(
    r"\b(?:after|following)\s+(?!(?:in\s+|during\s+)?(?:which|that|whom)\b)[^,.;:()\"]{1,120}?"
    r"\s(?P<rel>(?:(?:in|during|at|with)\s+)?(?:which|that|whom))\s+$",
    re.IGNORECASE,
)
# an aim before "at <killing>": "a weapon aimed mainly at killing an unarmed civilian" kills no one
_AIMS = ATTEMPT_WORDS | frozenset("aimed aiming aims designed intent bent geared directed".split())
_AIMED_AT = re.compile(r"(?:\b[a-z]+\s+)?\b[a-z]+\s+(?:at|on)\s+$", re.IGNORECASE)  # "aimed [mainly] at "
# "sentenced [two men] to death", "condemned him to death": a sentence verb a few words before the count
_SENTENCED = re.compile(r"\b(?:sentenc|condemn)\w*\s+(?:[\w'-]+\s+){0,5}$", re.IGNORECASE)
_DENIAL_REACH = 120  # characters read after a trigger for its denial (a table's long "sentence": bounded)
_WINDOW = 160  # characters read back from the event for its "after ... which"


def _denial_after(tree: SyntaxTree, trigger: int) -> int | None:
    """The first denial verb after word ``trigger`` with no verb but the trigger's own predicate between."""
    own = tree.predicate(trigger)
    for k in range(trigger + 1, len(tree.words)):
        word = tree.words[k]
        if str.lower(word.text) in _DENIALS and word.upos in _VERBS:
            return k
        if word.upos in _VERBS and word.deprel not in ("aux", "aux:pass", "cop") and k != own:
            return None
    return None


def _denies_report(tree: SyntaxTree, denial: int, trigger: int) -> bool:
    """Whether ``denial`` denies the report of ``trigger``: a passive with a pronoun for subject, or a
    conjunct of the trigger's own predicate with no subject of its own; no object follows it."""
    after = str.lower(tree.words[denial + 1].text) if denial + 1 < len(tree.words) else "."
    if after not in _AFTER_DENIAL:
        return False  # "arrested and denied access to lawyers", "denied bail": a thing denied them
    subject = tree.subject(denial)
    passive = bool(tree.dependents(denial, "aux:pass")) or str.lower(tree.words[denial - 1].text) in _BE
    if subject is not None:
        return passive and str.lower(subject.text) in _REPORT_PRONOUNS
    own = tree.predicate(trigger)
    return tree.words[denial].deprel == "conj" and tree.head_of(denial) == own and own != denial


def is_disowned(doc: Document, event: Event) -> bool:
    """Whether the event's own sentence denies it, after telling it (see the module)."""
    sentence = doc.sentence_of(event.trigger.start)
    end = min(sentence.end, event.trigger.end + _DENIAL_REACH) if sentence is not None else 0
    if sentence is None or _DENIAL.search(doc.text, event.trigger.end, end) is None:
        return False
    tree = sentence_tree(doc, sentence)
    trigger = tree.word_at(event.trigger.start) if tree is not None else None
    if tree is None or trigger is None:
        return False
    denial = _denial_after(tree, trigger)
    return denial is not None and _denies_report(tree, denial, trigger)


def on_earlier_event(doc: Document, event: Event) -> bool:
    """Whether the event is told in a relative clause on the noun of an "after"/"following" phrase."""
    sentence = doc.sentence_of(event.trigger.start)
    if sentence is None:
        return False
    start = min(event.start, event.victims.start) if event.victims is not None else event.start
    lo = max(sentence.start, start - _WINDOW)
    found = _EARLIER_RELATIVE.search(doc.text[lo:start])
    if found is None:
        return False
    tree = sentence_tree(doc, sentence)  # the antecedent is a noun: not "said that 12 were killed"
    if tree is None:
        return False
    relative = tree.word_at(lo + found.start("rel"))
    return relative is not None and relative > 0 and tree.words[relative - 1].upos in _NOUNS


def is_intended(doc: Document, event: Event) -> bool:
    """Whether the event's trigger is a gerund named as an aim: "aimed [mainly] at killing"."""
    word = str.lower(event.trigger.text.split()[0]) if event.trigger.text.strip() else ""
    if not word.endswith("ing"):
        return False
    found = _AIMED_AT.search(doc.text, max(0, event.trigger.start - 40), event.trigger.start)
    return found is not None and any(w in _AIMS for w in str.lower(found.group(0)).split()[:-1])


def is_death_sentence(doc: Document, event: Event) -> bool:
    """Whether the event is a court's sentence: "sentenced two men to death" names no death yet."""
    if event.role != "killed" or str.lower(event.trigger.text) != "death":
        return False
    if not str.lower(doc.text[max(0, event.trigger.start - 4) : event.trigger.start]).endswith("to "):
        return False
    start = min(event.start, event.victims.start) if event.victims is not None else event.start
    return _SENTENCED.search(doc.text, max(0, start - 60), start) is not None
