"""Titles inside a run of name units: where the title opening a run ends, whether it only qualifies a role,
whether the words after it are a title alone; and a unit's first and last word.

Split from :mod:`newsparse_entities.chunks` by an exact move, so that each stays under the module size
limit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer, country_ids
from newsparse_entities.rules import (
    ABBREVIATED_TITLES,
    PORTFOLIOS,
    ROLES,
    TEAM_ROLES,
    TITLES,
)
from newsparse_entities.titles import TITLE_HEADS
from newsparse_entities.words import Candidate, Words

# Titles a portfolio opens ("Treasury Secretary", "Energy Minister"; not "Labour Prime Minister").
PORTFOLIO_TITLES: Final = frozenset(["Secretary", "Minister", "Commissioner"])
# Last words of titles that are no title alone ("Officer", "Executive"; "Major" is also a surname).
_OFFICE_HEADS: Final = TITLE_HEADS - TITLES


def title_units(words: Words, units: Sequence[Candidate | int], s: int, gaz: Gazetteer) -> int:
    """The index after the title that opens ``units`` at ``s`` ("President", "Prime Minister",
    "Secretary of State", "Minister of Foreign Affairs"), leaving at least one unit for the name."""
    n = len(units)
    text = words.text
    while n - s > 1 and opens_title(words, units, s):
        s += 1
        u = units[s]
        if n - s > 2 and s > 0 and isinstance(u, int) and text[u] == "of":
            s += 2  # "of" and its complement: "of State", "of Defence"
            while n - s > 1 and isinstance(units[s], int) and text[units[s]] not in gaz.first_names:  # type: ignore[index]
                if n - s == 2 and _unit_words(units[-1]) == 1 and text[units[s]] not in TITLES:  # type: ignore[index]
                    break  # "Secretary of State Kerry": one word is left for the name
                s += 1
    return s


def opens_title(words: Words, units: Sequence[Candidate | int], s: int) -> bool:
    """Whether unit ``s`` is a title word, or a portfolio before one ("Treasury" in "Treasury Secretary")."""
    u = units[s]
    if not isinstance(u, int):
        return False
    t = words.text[u]
    if t in TITLES or (t in ABBREVIATED_TITLES and s + 1 < len(units)):
        return True  # "Gen Musharraf", "Prof Reddy": an abbreviation without its period, a name after it
    if t not in PORTFOLIOS or s + 2 >= len(units):  # a name must follow the title
        return False
    v = units[s + 1]
    return isinstance(v, int) and words.text[v] in PORTFOLIO_TITLES


def _unit_words(u: Candidate | int) -> int:
    """The number of words of a unit."""
    return u.j - u.i if isinstance(u, Candidate) else 1


def title_of(words: Words, units: Sequence[Candidate | int], k: int) -> bool:
    """Whether the "of" at unit ``k`` follows a title ("Minister of Foreign Affairs")."""
    prev = units[k - 1] if k > 0 else None
    return isinstance(prev, int) and words.text[prev] in TITLES


def is_abbreviated_title(words: Words, i: int) -> bool:
    """Whether word ``i`` is an abbreviated title before its period ("Sen." in "Sen. John Doe")."""
    return words.text[i] in ABBREVIATED_TITLES and i + 1 < len(words.text) and words.text[i + 1] == "."


def after_title_abbreviation(words: Words, i: int) -> bool:
    """Whether word ``i`` follows an abbreviated title and its period ("Sen. John Doe")."""
    return (
        i >= 2
        and words.text[i - 1] == "."
        and words.text[i - 2] in ABBREVIATED_TITLES
        and words.end[i - 2] == words.start[i - 1]
    )


# Titles that only qualify an office ("Former President X", "Acting Chairman Y"): before a name that
# a role noun follows, they qualify that role ("Former Everton midfielder John Smith").
_QUALIFIERS: Final = frozenset("Former Acting Ex".split())


def qualifies_a_role(words: Words, units: Sequence[Candidate | int], s: int) -> bool:
    """Whether the ``s`` title units opening a run are qualifiers only and a lower-case role noun
    follows the run: the name is the role's club or body, not a titled person."""
    if s >= len(units) or not all(isinstance(u, int) and words.text[u] in _QUALIFIERS for u in units[:s]):
        return False
    k = last_index(units[-1]) + 1
    return k < len(words.text) and words.sent[k] == words.sent[k - 1] and words.text[k] in _ROLE_NOUNS


_ROLE_NOUNS: Final = TEAM_ROLES | ROLES


def titled_person(words: Words, matched: Sequence[Candidate], gaz: Gazetteer) -> bool:
    """Whether gazetteer matches right after a person's title are that person's name ("President
    Nelson Mandela", "Queen Victoria", "General Washington"): no country or demonym among them."""
    states = country_ids(gaz)
    return words.text[matched[0].i - 1] in _PERSON_TITLES and not any(
        not c.cands or c.cands[0][1] == "demonym" or c.cands[0][0] in states for c in matched
    )


def office_alone(words: Words, units: list[Candidate | int], gaz: Gazetteer) -> bool:
    """Whether the words left after a title are the rest of the title ("Operating Officer")."""
    return (
        bool(units)
        and words.text[last_index(units[-1])] in _OFFICE_HEADS
        and all(isinstance(u, int) for u in units)
        and words.text[first_index(units[0])] not in gaz.first_names
    )


def first_index(u: Candidate | int) -> int:
    """The first word index of a unit."""
    return u.i if isinstance(u, Candidate) else u


def last_index(u: Candidate | int) -> int:
    """The last word index of a unit."""
    return u.j - 1 if isinstance(u, Candidate) else u


# Titles that only a person bears, right before the name ("Former", "Foreign", "Crown", "Saint",
# "Chief", "Deputy", "Field", "Lord" open place and other names too: "Former Yugoslavia").
_PERSON_TITLES: Final = frozenset(
    """Mr Mrs Ms Dr Sir Dame President King Queen Prince Princess Pope Sheikh Emir Sultan Emperor Empress
    General Colonel Admiral Senator Governor Mayor Chancellor Premier Minister Secretary Ayatollah Imam
    Cardinal Archbishop Bishop Rabbi Professor Captain Lieutenant Sergeant Corporal Judge Speaker
    Congressman Congresswoman President-elect Major-General Lieutenant-General Brigadier-General
    Lieutenant-Colonel Vice-Admiral Rear-Admiral""".split()
)
