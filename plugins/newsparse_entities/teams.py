"""Places that stand for sports teams: a town with a score, "beat", a team role, or a plural verb
opening its clause ("Birmingham have confirmed", "why Newcastle are"), cities in a sports report, and
the other free mentions of a country that plays once in a report of a team sport (session 38)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

from newsparse_entities.chunk_context import club_after_transfer, team_after_result
from newsparse_entities.gazetteer import Gazetteer, frozen_record
from newsparse_entities.layout_names import national_team
from newsparse_entities.rules import (
    CLAUSE_MARKS,
    CLAUSE_OPENERS,
    FACILITY_HEADS,
    LOC_HEADS,
    ORG_HEADS,
    PLACE_PREPOSITIONS,
    PLURAL_VERBS,
    POSSESSED_ROLES,
    TEAM_NOUNS,
    TEAM_ROLES,
)
from newsparse_entities.venues import is_dateline
from newsparse_entities.words import Candidate, Words

__all__ = [
    "apposed_club",
    "bracketed_club",
    "country_team",
    "individual_sport",
    "match_report",
    "place_teams",
    "playing_countries",
    "possessing_club",
    "sports_report",
    "team_context",
    "team_in_match",
    "team_in_sports_report",
]

_LOCATIVE: Final = frozenset("in at near outside inside across around to into toward towards via".split())
_TEAM_VERBS: Final = frozenset(
    "beat beats drew defeated v vs vs. edged thrashed routed overcame trounced".split()
)
_TEAM_BEFORE: Final = frozenset("v vs vs. beat defeated".split())
# Words of match reports: three in a document make it a sports report.
_SPORT_WORDS: Final = frozenset(
    """match matches league cup coach season striker goal goals try tries rugby football premiership
    half-time halftime fly-half scrum-half squad championship tournament kick-off penalty fixture
    friendly semi-final quarter-final final""".split()
)


# Words of individual sports (tennis, golf, boxing, snooker, athletics, motor racing) and of team
# sports: where the first outnumber the second, a town beside a score is a player's or a venue.
_INDIVIDUAL_WORDS: Final = frozenset(
    """tennis golf golfer golfers snooker boxing boxer boxers athletics seed seeded seeds birdie birdies
    bogey bogeys tiebreak tie-break tiebreaker aces wildcard heavyweight middleweight welterweight
    lightweight bout prix formula sprint sprinter hurdles marathon cyclist cycling atp wta pga lpga
    grand-slam""".split()
)
_TEAM_SPORT_WORDS: Final = frozenset(
    """football soccer rugby cricket baseball basketball hockey striker strikers goalkeeper midfielder
    defender squad league premiership fixture innings wicket wickets nba nfl nhl goal goals try tries
    scrum touchdown quarterback""".split()
)
# Team competitions of individual sports ("Davis Cup", "Ryder Cup"): their countries are teams.
_TEAM_CUPS: Final = frozenset("davis fed ryder solheim hopman".split())
# Places that are best known as sports venues or tournaments: never a team by context alone.
_VENUES: Final = frozenset(
    """Wimbledon Augusta Wentworth Silverstone Monza Imola Hockenheim Suzuka Interlagos Carnoustie
    Turnberry Troon Birkdale Hoylake Sawgrass Muirfield Flushing Ascot Aintree Epsom""".split()
)


def individual_sport(words: Words) -> bool:
    """Whether the document reports an individual sport: two words of tennis, golf, boxing and the like,
    more than words of team sports ("the 11th-seeded Washington fell ... 6-3 6-4")."""
    low = words.lower
    if _INDIVIDUAL_WORDS.isdisjoint(words.vocabulary):
        return False  # most documents: no word of an individual sport
    cups = "cup" in words.vocabulary
    if cups and any(w == "cup" and k > 0 and low[k - 1] in _TEAM_CUPS for k, w in enumerate(low)):
        return False  # "the Davis Cup final in Seville": "Spain have the initiative" is the national team
    # the words of each kind the document has, each counted where it is written (C-level counts)
    solo = sum(map(low.count, _INDIVIDUAL_WORDS.intersection(words.vocabulary)))
    return solo >= 2 and solo > sum(map(low.count, _TEAM_SPORT_WORDS.intersection(words.vocabulary)))


def no_team(words: Words, c: Candidate) -> bool:
    """A known venue or tournament ("Wimbledon finalist") is no team unless a score follows it, as in a
    results line ("Wimbledon 2")."""
    return words.text[c.i] in _VENUES and not _scored(words, c)


def _scored(words: Words, c: Candidate) -> bool:
    """Whether a bare score follows the name in its sentence, as in a results line ("Wimbledon 2")."""
    j = c.j
    return (
        j < len(words.text)
        and words.sent[j] == words.sent[c.i]
        and words.text[j].isdigit()
        and len(words.text[j]) <= 3
    )


def sports_report(words: Words) -> bool:
    """Whether the document reports sport: three of its words or more name matches, squads or scores."""
    # most documents have none (a test of two sets), and the count of them all is skipped
    present = _SPORT_WORDS.intersection(words.vocabulary)
    # three of them are enough; one or two are counted where they are written (a C-level count)
    return len(present) >= 3 or sum(map(words.lower.count, present)) >= 3


def team_in_match(words: Words, c: Candidate) -> bool:
    """In a sports report, a place after "against" ("the game against Italy") or before a plural verb
    ("England were sloppy", "insisted Ireland have") is its team; not located, possessed or inside a word."""
    i, j, sent = c.i, c.j, words.sent
    if c.end != words.end[j - 1] or words.poss[j - 1]:
        return False
    if i > 0 and sent[i - 1] == sent[i] and words.lower[i - 1] == "against":
        return True
    prev = words.prev(i)
    if prev is not None and (words.lower[prev] in _LOCATIVE or words.text[prev] in (",", "of")):
        return False  # "in England were", "Republic of Ireland have"
    return j < len(words.text) and sent[j] == sent[i] and words.lower[j] in PLURAL_VERBS


def team_in_sports_report(words: Words, c: Candidate) -> bool:
    """In a report where two places already are teams, a city acting or possessed is a team too
    ("Milwaukee has won 10 of its last 15", "Boston 's seventh loss"), unless it is located ("in
    Chicago"), a dateline, an apposition ("ARLINGTON , Texas"), inside a word or no team (a venue)."""
    if no_team(words, c):
        return False
    prev = words.prev(c.i)
    if prev is not None and (words.lower[prev] in _LOCATIVE or words.text[prev] == ","):
        return False
    if c.end != words.end[c.j - 1]:
        return False  # "the Galway-based coach"
    return not (words.line_start[c.i] and words.upper[c.i])


def team_context(words: Words, c: Candidate) -> bool:
    """Whether a name stands for a sports team: followed by a score, or by or after "beat", "v"."""
    text, sent = words.text, words.sent
    i, j = c.i, c.j
    if j < len(text) and sent[j] == sent[i]:
        nxt = text[j]
        if nxt.isdigit() and len(nxt) <= 3:
            return True
        if nxt in _TEAM_VERBS or (
            nxt in TEAM_ROLES
            and c.end == words.end[j - 1]
            and not (nxt in POSSESSED_ROLES and words.poss[j - 1])
        ):
            return True  # "Galway-based coach" is no team
        opens = i == 0 or sent[i - 1] != sent[i] or text[i - 1] in CLAUSE_MARKS
        if nxt in PLURAL_VERBS and (opens or words.lower[i - 1] in CLAUSE_OPENERS):
            return True  # "Birmingham have confirmed", "why Newcastle are": a town opening its clause
    if i > 0 and sent[i - 1] == sent[i] and text[i - 1] in _TEAM_BEFORE:
        return True
    if i == 0 or sent[i - 1] != sent[i]:
        return False
    town = bool(c.cands) and c.cands[0][0].startswith("geonames:")  # no country: "join France in"
    return team_after_result(words, i, j) or (town and club_after_transfer(words, i))


def place_teams(words: Words, gaz_cands: Sequence[Candidate], text: str) -> set[str]:
    """The places that stand for teams in the whole document: with a score or "beat" anywhere, or, in
    a sports report, after "against" or before a plural verb ("against Leicester", "Newcastle were");
    in a report of an individual sport only those in a results line ("DETROIT 4"); no venue."""
    sport: bool | None = None
    teams, scored, bracketed = set(), set(), set()
    for c in gaz_cands:
        if no_team(words, c):
            continue
        if team_context(words, c):
            teams.add(text[c.start : c.end])
            if _scored(words, c):
                scored.add(text[c.start : c.end])
        elif bracketed_club(words, c):
            bracketed.add(text[c.start : c.end])
        elif team_in_match(words, c) or possessing_club(words, c) or apposed_club(words, c):
            sport = sports_report(words) if sport is None else sport
            if sport:
                teams.add(text[c.start : c.end])
    if len(bracketed) >= 2 or (bracketed and sports_report(words)):
        teams |= bracketed  # a line-up: two towns in brackets after players' names, or one in a sports report
    return scored if teams and individual_sport(words) else teams


def match_report(words: Words, teams: set[str]) -> tuple[bool, bool]:
    """Whether countries in match roles are national teams, and whether, two teams being found, other
    acting cities are teams too: neither in a report of an individual sport ("against India 's Paes")."""
    sport = sports_report(words)
    solo = (sport or len(teams) >= 2) and individual_sport(words)
    return sport and not solo, len(teams) >= 2 and not solo


def country_team(words: Words, c: Candidate, sport: bool) -> bool:
    """Whether a country's name stands for its national team: beside a team word ("England coach"), or
    in a sports report after "against" or before a plural verb ("against Italy", "Scotland have")."""
    return national_team(words, c) or (sport and team_in_match(words, c))


# Nouns of a match's result or a side's state after a club's possessive ("Metz 's 3-1 home victory").
_SIDE_NOUNS: Final = frozenset("win victory defeat draw loss lead misery campaign demolition".split())
# Capitalised second words of a place's own sites after its possessive ("Milan 's San Siro stadium").
_SITE_WORDS: Final = (
    FACILITY_HEADS | LOC_HEADS | ORG_HEADS | frozenset("Hospital Park Centre Center Gardens".split())
)
_LOCATED: Final = frozenset("in at into".split())


_QUOTES: Final = frozenset("'’")


def _town(c: Candidate) -> bool:
    """Whether a gazetteer match is first of all a town or region (a GeoNames place, not a country)."""
    return bool(c.cands) and c.cands[0][0].startswith("geonames:")


def bracketed_club(words: Words, c: Candidate) -> bool:
    """Whether a town stands in brackets after a capitalised name, as a player's club in a line-up
    ("Anto Drobnjak ( Bastia )"); a country there is a nationality, a capital word a headline."""
    i, j, text = c.i, c.j, words.text
    return (
        i >= 2
        and j < len(text)
        and text[i - 1] == "("
        and text[j] == ")"
        and words.cap[i - 2]
        and not words.upper[i - 2]
        and _town(c)
        and not _lower_after(words, j + 1)
    )


def _lower_after(words: Words, k: int) -> bool:
    """Whether word ``k`` is a lower-case word of the same sentence other than "and", as the noun the
    brackets are inside of ("Haneda ( Tokyo ) airport")."""
    return (
        k < len(words.text)
        and words.sent[k] == words.sent[k - 1]
        and words.text[k].islower()
        and words.text[k] != "and"
    )


def possessing_club(words: Words, c: Candidate) -> bool:
    """Whether a town possesses a player, a team role or a result, as its club does in a sports report
    ("Parma 's Alessandro Melli", "Milan 's new coach", "Karlsruhe 's 4-0 demolition of St Pauli")."""
    i, j, text = c.i, c.j, words.text
    if j + 1 < len(text) and text[j] in _QUOTES and text[j + 1] in ("s", "S"):
        j += 2  # the possessive written apart ("Parma 's"): a quote and an "s" of their own
    elif not words.poss[j - 1] or c.end != words.end[j - 1]:
        return False
    if j >= len(text) or words.sent[j] != words.sent[i] or not _town(c):
        return False
    after = text[j : j + 5]  # "3-1 home win" is five words: "3", "-", "1", "home", "win"
    if any(w in TEAM_ROLES or w in _SIDE_NOUNS for w in after):
        return True
    run = list(itertools.takewhile(words.cap.__getitem__, range(j, j + len(after))))  # the name after
    return (
        len(run) >= 2 and _SITE_WORDS.isdisjoint(after[: len(run)]) and not _located(words, text[c.i : c.j])
    )


def _located(words: Words, name: list[str]) -> bool:
    """Whether the place is written after "in", "at" or "into" somewhere in the document ("In Boston ,
    Mike Stanley 's single"): the town as a place, though its club may be named after it."""
    n, k = len(name), 0
    text, lower = words.text, words.lower
    while True:
        try:
            k = text.index(name[0], k + 1)
        except ValueError:
            return False
        if lower[k - 1] in _LOCATED and text[k : k + n] == name:
            return True


def apposed_club(words: Words, c: Candidate) -> bool:
    """Whether a town stands in apposition after a noun of a side ("west-country rivals Gloucester",
    "leaders Chelsea", "bottom club Borders", "second-placed Kent"): its club (asked in a sports report)."""
    i = c.i
    return (
        i > 0
        and words.sent[i - 1] == words.sent[i]
        and words.lower[i - 1] in TEAM_NOUNS
        and c.end == words.end[c.j - 1]
        and _town(c)
    )


# Words before a country (or before the list it ends) that make it the place, not its side: "in
# England", "the people of Spain", "toured New Zealand and Australia", "through Australia".
_COUNTRY_LOCATED: Final = PLACE_PREPOSITIONS | frozenset("of through toured touring visited visiting".split())
_LISTING: Final = frozenset([",", "and", "or"])


def playing_countries(
    words: Words, gaz_ids: Sequence[tuple[Candidate, str, str]], gaz: Gazetteer, sport: bool
) -> frozenset[int]:
    """The indices of ``gaz_ids`` whose country stands for its national team: those that play by
    their own context (:func:`country_team`) and, in a report of a team sport, the other free
    mentions of a country that plays once."""
    countries = [
        k
        for k, (_, ident, form) in enumerate(gaz_ids)
        if form == "name"
        and not ident.startswith(("geonames:", "iso3166-2:"))
        and _record_type(gaz, ident) == "GPE"
    ]
    playing = frozenset(k for k in countries if country_team(words, gaz_ids[k][0], sport))
    if not sport or not playing:
        return playing
    text = words.text
    names = {" ".join(text[gaz_ids[k][0].i : gaz_ids[k][0].j]) for k in playing}
    ends = frozenset(gaz_ids[k][0].j - 1 for k in countries)
    return playing | frozenset(
        k
        for k in countries
        if " ".join(text[gaz_ids[k][0].i : gaz_ids[k][0].j]) in names
        and _free_country(words, gaz_ids[k][0], ends)
    )


def _record_type(gaz: Gazetteer, ident: str) -> str | None:
    """The type of the gazetteer's record ``ident`` (its countries are "GPE"), or None."""
    found = frozen_record(gaz, ident)
    return found[0] if found is not None else None


def _free_country(words: Words, c: Candidate, ends: frozenset[int]) -> bool:
    """Whether a country's mention may be its side: not after "in", "to", "of" ... (nor in a list that
    follows one: "in France, Britain and Ireland"), not after a town and a comma ("BARRY, Wales"), not
    inside a word ("England-based"), not a person's country ("England's Jonny Wilkinson"), not a
    dateline."""
    i, j, n = c.i, c.j, len(words.text)
    if c.end != words.end[j - 1] or (words.poss[j - 1] and j < n and words.cap[j]):
        return False
    prev = words.prev(i)
    if prev and words.text[prev] == "," and prev - 1 not in ends and words.cap[prev - 1]:
        return False
    while prev is not None and (words.text[prev] in _LISTING or words.cap[prev]):
        prev = words.prev(prev)  # back over the list the country ends ("France, Britain and")
    if prev is not None and words.lower[prev] in _COUNTRY_LOCATED:
        return False
    return not is_dateline(words, c)
