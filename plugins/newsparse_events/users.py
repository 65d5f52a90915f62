"""Who used the means: the actor the means' own phrase names, read from the sentence's tree.

"A landmine planted by an unknown armed group exploded ..., killing a man", "shells fired by presumed
LNA forces struck a clinic injuring", "a drone operated by GNA targeted a truck, killing": the means
is the clause's subject, and the "by" agent of the participle that modifies it (or of the means noun
itself, "shelling by Afghan forces hit ..., killing") is who did it. "Saudi-led coalition airstrikes
targeted ..., killing": the leader's name and the "-led" noun before the means. Session 36 (issue 16).
"""

from __future__ import annotations

from newsparse import Span
from newsparse.syntax import SyntaxTree
from newsparse_events.lexicon import ACTOR_NOUNS, PLACE_PREPOSITIONS

__all__ = ["means_user"]

# an agent's head that tells when or how, or a pronoun, never who: "fired by night", "planted by them"
_NOT_USERS = frozenset(
    """night day daylight morning evening afternoon dawn dusk land sea air road car foot hand mistake accident
    surprise it they them this that which who whom he she""".split()
)
# participles whose "by" agent found, handled or told of the means, never used it: "a bomb found by police"
_NOT_USING = frozenset(
    """found discovered recovered identified defused dismantled seized removed reported claimed said shown
    seen filmed photographed confirmed denied blamed attributed""".split()
)
# after an agent's head, a word that opens where or when it acted: "by an armed group [in Albu Badran]"
_CUTS = frozenset({*PLACE_PREPOSITIONS, "during", "over", "after", "while", "when", ",", "("})


def means_user(tree: SyntaxTree, head: int, means: Span) -> Span | None:
    """The actor who used the means whose head word is ``head`` (its span ``means``), if its phrase names one.

    The "by" agent of a participle modifying it ("a landmine planted by X"), else a "by" phrase of the
    means noun ("shelling by X"), else a leader's "-led" modifier before it ("Saudi-led coalition").
    """
    for participle in tree.dependents(head, "acl"):
        word = tree.words[participle]
        if word.upos != "VERB" or participle < head or str.lower(word.text) in _NOT_USING:
            continue
        found = _by_agent(tree, participle, ("obl", "obl:agent"))
        if found is not None:
            return found
    found = _by_agent(tree, head, ("nmod", "nmod:agent", "obl", "obl:agent"))  # "shelling by X", a gerund
    return found if found is not None else _led_by(tree, head, means)


def _by_agent(tree: SyntaxTree, word: int, relations: tuple[str, ...]) -> Span | None:
    """The "by" phrase under ``word`` whose head names an actor (a name, an actor noun), cut at a place."""
    for k in tree.dependents(word, *relations):
        case = tree.dependents(k, "case")
        if not case or str.lower(tree.words[case[0]].text) != "by":
            continue
        agent = tree.words[k]
        lower = str.lower(agent.text)
        if lower in _NOT_USERS or not (lower in ACTOR_NOUNS or agent.upos == "PROPN"):
            return None
        phrase = tree.noun_phrase(k)
        end = agent.end
        for later in tree.words[k + 1 :]:
            if later.start >= phrase.end or str.lower(later.text) in _CUTS:
                break
            end = later.end
        start = max(phrase.start, tree.words[case[0] + 1].start)  # the phrase without its "by"
        return Span.of(tree.text, start, end)
    return None


def _led_by(tree: SyntaxTree, head: int, means: Span) -> Span | None:
    """The actor of "Saudi-led coalition airstrikes": the name before "-led" and the nouns up to the means."""
    for k in tree.dependents(head, "amod"):
        word = tree.words[k]
        if str.lower(word.text) != "led" or k < 2 or tree.words[k - 1].text != "-":
            continue
        leader = tree.words[k - 2]
        if leader.upos != "PROPN" or leader.end != tree.words[k - 1].start:
            return None
        end = word.end
        for later in tree.words[k + 1 : head]:
            if later.start >= means.start or later.upos not in ("NOUN", "PROPN"):
                break
            end = later.end
        return Span.of(tree.text, leader.start, end)
    return None
