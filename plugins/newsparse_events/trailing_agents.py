"""The "by" phrase that closes a passive toll's clause chain: "a man was killed and three people were
injured in a drive-by shooting by two armed men", "a man was killed in a drive-by shooting in Alvaro
Weyne neighborhood by armed men in a car" (session 43, issue 16).

A passive toll with no actor, whose sentence goes on through passive tolls told alongside it ("and
three were injured", "while a bystander was wounded") and their obliques to a "by" phrase naming an
actor, tells who did it by that phrase: the agent of the coordinated passives is shared, and a "by"
phrase after a chain of locative obliques is the trigger's agent, whichever noun the parse hangs it
on (the neighbourhood, the other toll's attack noun). The parse often reads "by two armed men" as a
number with an unattached participle; the words after "by" up to the first actor noun are then the
phrase. Nothing is taken across a clause of another kind (a verb with an active subject of its own,
"which", "who", ";"), from a "by" phrase of finding or saying ("found by police"), of a time or way
("by night", "by car"), or of an instrument ("by a roadside bomb"), nor when the victims share a word
with the actor. Only an empty perpetrator is filled.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse.syntax import Phrase, SyntaxTree
from newsparse_events.actorless import actorless_harms, with_actor
from newsparse_events.clause_attackers import BODY_NOUNS
from newsparse_events.context import Mention
from newsparse_events.lexicon import ACTOR_NOUNS, INSTRUMENTS
from newsparse_events.model import Event

__all__ = ["trailing_agent", "with_trailing_agents"]

HARM_ROLES: Final = frozenset({"killed", "wounded", "casualties", "abducted"})
_BE: Final = frozenset("is are was were be been being".split())
# words that open a clause of another kind between the toll and the "by" phrase
_BOUNDARIES: Final = frozenset(
    """; : which who whom whose where when after before following amid because since although though but
    said says that as""".split()
)
# verbs whose "by" phrase names who found, said or cared for, never who harmed ("found by police")
_NO_ACTS: Final = frozenset(
    """found discovered recovered identified questioned interrogated arrested detained captured rescued
    treated evacuated taken admitted released claimed reported said confirmed announced quoted cited
    condemned denounced""".split()
)
# a "by" phrase that tells when or how, not who
_BY_MEANS: Final = frozenset(
    """night day daylight morning evening afternoon dawn dusk land sea air road car foot hand phone mistake
    accident surprise""".split()
)
_INSTRUMENT_WORDS: Final = frozenset(w for phrase in INSTRUMENTS for w in phrase.split())
# heads that name a part of a body whose "of" phrase names it: "members of a gang"
_PARTS: Final = frozenset("elements element members member group groups faction factions".split())
_WORDS_TO_NOUN: Final = 4  # "by [at least] two armed men": words from "by" to the actor noun
# words any group of people shares: "two men were shot ... by six armed men" names two groups
_GENERIC: Final = frozenset("a an the of two three four five six men man people persons person".split())


def _lower(tree: SyntaxTree, k: int) -> str:
    return str.lower(tree.words[k].text)


def _passive(tree: SyntaxTree, k: int) -> bool:
    """Whether verb ``k`` is passive: a passive relation, or a form of "be" before a participle."""
    if tree.dependents(k, "aux:pass", "nsubj:pass"):
        return True
    be = any(_lower(tree, a) in _BE for a in tree.dependents(k, "aux", "cop"))
    return be and not _lower(tree, k).endswith("ing")


def _passive_toll(tree: SyntaxTree, t: int) -> bool:
    """Whether trigger word ``t`` is told in the passive: by the tree, or a form of "be" right before it
    (adverbs and a first act between: "was reportedly shot and killed", "was shot dead")."""
    head = tree.head_of(t)
    if _passive(tree, t) or (head is not None and _passive(tree, head)):
        return True
    for k in range(t - 1, max(-1, t - 5), -1):
        if _lower(tree, k) in _BE:
            return True
        if tree.words[k].upos not in ("ADV", "VERB", "CCONJ"):
            return False
    return False


def _active_clause(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` is a verb with an active subject of its own: another clause, another doer."""
    return (
        tree.words[k].upos == "VERB" and bool(tree.dependents(k, "nsubj", "csubj")) and not _passive(tree, k)
    )


def _actor_word(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` heads an actor: an actor noun, a body's noun or a proper name; never an
    instrument, a time or a way."""
    word = _lower(tree, k)
    if word in _INSTRUMENT_WORDS or word in _BY_MEANS:
        return False
    return word in ACTOR_NOUNS or word in BODY_NOUNS or tree.words[k].upos == "PROPN"


def _agent_phrase(tree: SyntaxTree, by: int) -> Phrase | None:
    """The actor a "by" word opens: the noun phrase of its head when that is an actor, else (a number
    the parse made the head: "by two armed men") the words after "by" up to the first actor noun."""
    noun = tree.head_of(by)
    if noun is not None and noun > by and tree.words[noun].upos in ("NOUN", "PROPN"):
        if not _actor_word(tree, noun):
            return None
        phrase = tree.noun_phrase(noun)
        if _lower(tree, noun) in _PARTS:
            phrase = tree.noun_phrase(noun, modifiers=True)  # "members of a gang"
        return phrase if phrase.start > tree.words[by].start else None
    for k in range(by + 1, min(len(tree.words), by + 1 + _WORDS_TO_NOUN)):
        if tree.words[k].upos == "PUNCT":
            return None
        if _lower(tree, k) in ACTOR_NOUNS or _lower(tree, k) in BODY_NOUNS:
            start, end = tree.words[by + 1].start, tree.words[k].end
            return Phrase(start, end, tree.text[start:end], k)
    return None


def trailing_agent(tree: SyntaxTree, t: int, last: int) -> Phrase | None:
    """The actor of the first "by" phrase after the passive toll whose trigger spans words ``t`` to
    ``last``, when only passive tolls, their obliques and "and" / "while" stand between."""
    if not _passive_toll(tree, t):
        return None
    if any(_lower(tree, k) in _NO_ACTS for k in range(max(0, t - 1), t)):
        return None  # "found dead": the finding's
    for k in range(last + 1, len(tree.words)):
        word = _lower(tree, k)
        if word in _BOUNDARIES or word in _NO_ACTS or _active_clause(tree, k):
            return None
        if word != "by" or tree.text[tree.words[k].start - 1 : tree.words[k].start] == "-":
            continue  # a "drive-by shooting" is no agent
        return _agent_phrase(tree, k)
    return None


def _same_side(tree: SyntaxTree, event: Event, phrase: Phrase) -> bool:
    """Whether the victims' noun phrase shares a word with the actor ("Taliban militants were killed ...
    by Taliban"), words any group of people shares aside ("two men were shot ... by six armed men")."""
    if event.victims is None:
        return False
    k = tree.word_at(event.victims.start)
    victims = event.victims.text if k is None else tree.noun_phrase(k).text
    words = set(str.lower(phrase.text).split()) - _GENERIC
    return not words.isdisjoint(str.lower(f"{victims} {event.victims.text}").split())


def with_trailing_agents(doc: Document, events: Sequence[Event], mentions: Sequence[Mention]) -> list[Event]:
    """The events, each passive toll with no actor given the "by" phrase that closes its clause chain."""
    out = list(events)
    for i, event, tree, t in actorless_harms(doc, events, HARM_ROLES):
        last = tree.word_at(event.trigger.end - 1)
        phrase = trailing_agent(tree, t, t if last is None else last)
        if phrase is not None and not _same_side(tree, event, phrase):
            out[i] = with_actor(doc, event, phrase, mentions)
    return out
