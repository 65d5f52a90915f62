"""Sides of a match: a name the layer could only guess is a team when it plays one.

"Chelsea beat Coventry 2-0", "Cup holders Fiorentina easily beat Cosenza 3-1", "the tie between
Tottenham Hotspur and Everton": a lone name with no evidence of its own is typed by its form, and a
club's name often looks like a person's ("Chelsea", "Everton").  When the sentence makes it the
subject or object of a result verb, or one of the pair after "between" in a sentence about a match,
and the other side is an organisation (a town the document makes a team, or a name decided ORG), the
guessed name is an organisation too.  Two guessed names beating each other ("Sampras beat Agassi")
stay as they are: the relation says the sides are alike, not which kind they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Final

import attrs

from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.rules import EVENT_HEADS, FACILITY_HEADS, LOC_HEADS, ORG_HEADS
from newsparse_entities.teams import individual_sport, sports_report
from newsparse_entities.words import Candidate, Words

__all__ = [
    "RESULT_VERBS",
    "Evidence",
    "guessed_teams",
    "match_sides",
    "possessors_of_people",
    "team_nicknames",
]

# Verbs whose subject and object are the two sides of a match ("X beat Y", "X drew with Y").
RESULT_VERBS: Final = frozenset(
    "beat beats defeated defeats edged thrashed routed overcame trounced drew".split()
)
# The words after a side that :func:`_verb_after` reads (an adverb ending in "-ly" is tested apart).
_AFTER_A_SIDE: Final = RESULT_VERBS | frozenset(["lost"])
# Prepositions a result verb takes before its object ("drew with Y", "lost to Y").
_VERB_PREPOSITIONS: Final = {"drew": "with", "lost": "to"}
# Heads of names that a plural capitalised word after "the" may be besides a team ("the Games").
_NOT_NICKNAMES: Final = EVENT_HEADS | ORG_HEADS | LOC_HEADS | FACILITY_HEADS
# Nouns of a match: "between X and Y" names its sides only in a sentence that holds one.
_MATCH_NOUNS: Final = frozenset("tie match game clash derby fixture final semi-final encounter".split())


@attrs.frozen
class Evidence:
    """What each team rule reads: the document's words and candidates, the types decided so far
    (``decided``, which :func:`guessed_teams` updates between rules), the type votes, the towns the
    document makes teams, and the gazetteer."""

    words: Words
    cands: Sequence[Candidate]
    text: str
    decided: Mapping[str, str | None]
    votes: Mapping[str, Mapping[str, int]]
    teams: set[str]
    gaz: Gazetteer


def _object_start(words: Words, v: int) -> int | None:
    """The index of the first word of the object of the result verb at ``v`` (past its preposition
    and an article)."""
    k = v + 1
    prep = _VERB_PREPOSITIONS.get(words.lower[v])
    if prep is not None and k < len(words.lower) and words.lower[k] == prep:
        k += 1
    if k < len(words.lower) and words.lower[k] == "the":
        k += 1  # "beat the Cincinnati Reds"
    return k if k < len(words.lower) and words.sent[k] == words.sent[v] else None


def _verb_after(words: Words, j: int) -> int | None:
    """The index of a result verb right after a name ending before word ``j``, past one adverb
    ("Fiorentina easily beat"); None when none stands there."""
    lower, n = words.lower, len(words.lower)
    for k in (j, j + 1):
        if k >= n or words.sent[k] != words.sent[j - 1]:
            return None
        if lower[k] in RESULT_VERBS or (lower[k] == "lost" and k + 1 < n and lower[k + 1] == "to"):
            return k
        if not (k == j and lower[k].endswith("ly") and words.text[k].islower()):
            return None
    return None


def _pairs(words: Words, by_start: Mapping[int, Candidate]) -> Iterable[tuple[Candidate, Candidate]]:
    """The two sides of every result verb and every "between X and Y" of a match sentence."""
    lower, n = words.lower, len(words.lower)
    for c in by_start.values():
        nxt = lower[c.j] if c.j < n else ""
        v = _verb_after(words, c.j) if nxt in _AFTER_A_SIDE or nxt.endswith("ly") else None
        if v is not None:
            k = _object_start(words, v)
            other = by_start.get(k) if k is not None else None
            if other is not None:
                yield c, other
        if nxt == "and" and c.i > 0 and lower[c.i - 1] == "between" and c.j + 1 < n:
            other = by_start.get(c.j + 1)
            g = words.sent[c.i]
            if other is not None and not _MATCH_NOUNS.isdisjoint(
                lower[words.bounds[g] : words.bounds[g + 1]]
            ):
                yield c, other


def _weakly_a_person(key: str, votes: Mapping[str, Mapping[str, int]], gaz: Gazetteer) -> bool:
    """Whether a name typed PERSON is so by its form only (no evidence, and no known first name opening
    a name of several words: "Nicole Pratt" is a person's), or against an organisation's vote by no
    more than one first name ("the Florida Marlins": an article, and a town that is a first name)."""
    vote = votes.get(key)
    if not vote:
        first, _, rest = key.partition(" ")
        return not (rest and first in gaz.first_names)
    return len(vote) == 2 and vote.get("ORG", 0) >= 2 and vote.get("PERSON", 0) <= 3


def match_sides(ev: Evidence) -> set[str]:
    """The names typed PERSON by their form alone or weakly (:func:`_weakly_a_person`) that play a
    side of a match against an organisation: a town of ``teams`` or a name ``decided`` ORG on evidence
    (not by default: "Morrissey beat Eminem" in an awards story)."""
    words, text, decided, votes = ev.words, ev.text, ev.decided, ev.votes
    vocabulary = words.vocabulary
    if _AFTER_A_SIDE.isdisjoint(vocabulary) and "between" not in vocabulary:
        return set()  # most documents: no result verb, no "between"
    out: set[str] = set()
    cap, n = words.cap, len(words.cap)
    for a, b in _pairs(words, {c.i: c for c in ev.cands}):
        ka, kb = text[a.start : a.end], text[b.start : b.end]
        for mine, theirs, other in ((ka, kb, b), (kb, ka, a)):
            if other.kind == "gaz":  # a town the document makes a team, not a demonym before a name
                team = theirs in ev.teams and not (other.j < n and cap[other.j])
            else:
                team = decided.get(theirs) == "ORG" and bool(votes.get(theirs))
            if team and decided.get(mine) == "PERSON" and _weakly_a_person(mine, votes, ev.gaz):
                out.add(mine)
    return out if out and not individual_sport(words) else set()  # tennis, golf: the sides are players


def team_nicknames(ev: Evidence) -> list[str]:
    """Plural common words written as names after "the" in a report of a team sport, which the
    layer drops as common words: a team's nickname ("the Gunners", "the Magpies", "the Lions"); it runs
    before :func:`match_sides`."""
    words, decided, votes = ev.words, ev.decided, ev.votes
    candidates = [
        key
        for key, kind in decided.items()
        if kind is None
        and key[-1] == "s"
        and len(key) > 3
        and key[0].isupper()
        and key[1:].islower()
        and key not in _NOT_NICKNAMES
        and set(votes.get(key, ())) == {"ORG"}
    ]
    if not candidates or not sports_report(words) or individual_sport(words):
        return []  # most documents: no such word, or no report of a team sport
    return [key for key in candidates if not _in_a_title(words, key)]


def _in_a_title(words: Words, key: str) -> bool:
    """Whether a word is written inside a longer title ("Pirates of the Caribbean", "Lord of the
    Rings"): followed by "of", or after "of the" after a capital ("captain of the Dragons" is the team)."""
    text, lower, n = words.text, words.lower, len(words.text)
    return any(
        (k + 1 < n and lower[k + 1] == "of")
        or (k >= 3 and lower[k - 1] == "the" and lower[k - 2] == "of" and words.cap[k - 3])
        for k in words.caps
        if text[k] == key
    )


def possessors_of_people(ev: Evidence) -> list[str]:
    """In a report of a team sport, names typed PERSON by their form alone that own a person named in
    full right after them ("Everton's Duncan Ferguson"): the player's club."""
    words, cands, text, decided, votes = ev.words, ev.cands, ev.text, ev.decided, ev.votes
    poss, wtext, sent = words.poss, words.text, words.sent
    n = len(wtext)
    owners = []  # guessed names with a possessive after them ("Everton's", the wire's "Everton 's")
    for c in cands:
        if c.kind != "chunk" or c.j - c.i > 1:
            continue
        if poss[c.j - 1]:
            k = c.j
        elif c.j + 1 < n and wtext[c.j] == "'" and wtext[c.j + 1] == "s":
            k = c.j + 2
        else:
            continue
        mine = text[c.start : c.end]
        if k < n and sent[k] == sent[c.i] and decided.get(mine) == "PERSON" and not votes.get(mine):
            owners.append((mine, k))
    if not owners or not sports_report(words) or individual_sport(words):
        return []  # in politics "Blair's Gordon Brown" is a colleague, not a club
    by_start = {c.i: c for c in cands if c.kind == "chunk"}
    out = []
    for mine, k in owners:
        other = by_start.get(k)
        if other is None or other.j - other.i < 2:
            continue
        theirs = text[other.start : other.end]
        if decided.get(theirs) == "PERSON" and votes.get(theirs, {}).get("PERSON", 0) >= 3:
            out.append(mine)
    return out


def guessed_teams(
    words: Words,
    cands: Sequence[Candidate],
    text: str,
    decided: dict[str, str | None],
    votes: Mapping[str, Mapping[str, int]],
    teams: set[str],
    gaz: Gazetteer,
) -> list[str]:
    """The names the three rules above make teams, in order (nicknames first: "the Pirates" is then a
    side that "the Houston Astros routed"); each is decided ORG in ``decided`` before the next rule."""
    found: list[str] = []
    ev = Evidence(words, cands, text, decided, votes, teams, gaz)
    for step in (team_nicknames, match_sides, possessors_of_people):
        for key in step(ev):
            decided[key] = "ORG"
            found.append(key)
    return found
