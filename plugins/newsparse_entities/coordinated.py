"""A name in a list beside a known name: "Facebook, Google and Twitter", "Nasser Hussain and Peter
Such". The resolver drops a lone capitalised name it has no evidence for; standing in a list joined by
commas and a closing "and"/"or" beside a name it typed, the name is one of the same kind.

One step after the resolver's passes (``extract``): the decided mentions and the document's words
in, the mentions with the list members added out. Session 36 (docs/design.md, "Session 36: ent").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer, slug
from newsparse_entities.resolve import Resolved
from newsparse_entities.rules import (
    ABBREVIATED_TITLES,
    FUNCTION_WORDS,
    HOLIDAYS,
    LAW_HEADS,
    NAME_PARTICLES,
    NON_ENTITY_ACRONYMS,
    ORG_CONNECTORS,
    ROLES,
    STOP_CAPS,
    TITLES,
)
from newsparse_entities.words import Words
from newsparse_entities.works import WORK_NOUNS

__all__ = ["coordinated_names"]

# The words that close a list; a comma joins its other members.
_CLOSERS: Final = frozenset(["and", "or"])
# The forms of a decided mention that say what its list holds: a name, not a demonym ("Palestinian
# and Soviet officials": peoples' adjectives) nor a dateline's town.
_NAMING_FORMS: Final = frozenset(["name", "alias", "acronym", "surname", "capital"])
# The types a list passes on. Not a people (NORP: named by its demonyms, which the form above leaves
# out), nor a place: the resolver reads lists of places itself (``context.listed_with_places``), and
# an unknown name beside a known town is a team, a band or a firm named after one as often
# ("Halifax and Nationwide", "Massive Attack and Portishead").
_PASSED: Final = frozenset(["PERSON", "ORG", "GROUP", "FACILITY", "PRODUCT", "EVENT"])
_ID_PREFIX: Final = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "loc",
    "LOC": "loc",
    "GROUP": "group",
    "FACILITY": "facility",
    "PRODUCT": "product",
    "EVENT": "event",
}
# Capitalised words that are no name by themselves in a list: stop words, months and days, titles,
# roles, holidays, laws' heads.
_NO_NAME: Final = STOP_CAPS | TITLES | ABBREVIATED_TITLES | ROLES | HOLIDAYS | LAW_HEADS | NON_ENTITY_ACRONYMS
# Lower-case words inside a longer name ("World Series of Golf", "The Land is Ours"): a run after one
# that follows a capitalised word is that name's end, not a member; before one and a capitalised word
# ("Bank of England", "Touching the Void"), fewer: "Google and Apple in Europe" is a list.
_INSIDE_BEFORE: Final = ORG_CONNECTORS | NAME_PARTICLES | (FUNCTION_WORDS - _CLOSERS)
_INSIDE_AFTER: Final = ORG_CONNECTORS | NAME_PARTICLES | frozenset(["the", "is"])
# Words of the arts in a sentence: its lists name works, bands and artists together, whose kinds
# the resolver tells apart least ("films including Raging Bull, Goodfellas and ...", "hits include
# What a Girl Wants, Dirrty and Beautiful", "Beyonce, Prince, Destiny's Child ... nominations").
_ARTS: Final = WORK_NOUNS | frozenset(
    """films dramas comedies musicals novels songs operas sitcoms documentaries cartoons show shows
    series programme programmes hit hits track tracks album albums single singles game games band
    bands artist artists act acts singer singers headline headlines
    headliner headliners festival festivals chart charts nominee nominees nomination nominations
    nominated award awards listen listens listened music""".split()
)
_MAX_RUN: Final = 4  # the longest run of capitalised words taken as one member


def coordinated_names(
    words: Words, resolved: Sequence[Resolved], text: str, headlines: frozenset[int], gaz: Gazetteer
) -> list[Resolved]:
    """The decided mentions with every run of capitalised words that no mention covers, listed by
    commas and a closing "and"/"or" beside decided names all of one type, added as a name of it."""
    if _CLOSERS.isdisjoint(words.vocabulary) or not resolved:
        return list(resolved)  # no list closes in the document
    starts = words.start
    covered: dict[int, Resolved] = {}  # the first word of each decided mention, its mention
    inside: set[int] = set()  # every word a decided mention covers
    for r in resolved:
        k = bisect.bisect_left(starts, r.start)
        covered.setdefault(k, r)
        while k < len(starts) and starts[k] < r.end:
            inside.add(k)
            k += 1
    found: list[Resolved] = []
    for k, first in sorted(covered.items()):
        if words.sent[k] in headlines or first.type not in _PASSED or first.form not in _NAMING_FORMS:
            continue
        if first.guess:
            continue  # a type the resolver guessed: nothing to pass on
        for member in _list_members(words, k, covered, inside, gaz):
            if not _taken(found, words, member):
                found.append(_named(words, member, first, resolved, text))
    return [*resolved, *found] if found else list(resolved)


def _list_members(
    words: Words, k: int, covered: dict[int, Resolved], inside: set[int], gaz: Gazetteer
) -> list[tuple[int, int]]:
    """The uncovered runs of the list that the mention at word ``k`` stands in, if every decided member
    is of its type and the list closes with "and"/"or", in a sentence not about the arts; empty
    otherwise."""
    found = _units(words, k, covered, inside)
    if found is None:
        return []
    units, i, j = found
    lower, n = words.lower, len(words.text)
    if (i > 0 and lower[i - 1] in _CLOSERS) or (j < n and lower[j] in _CLOSERS):
        return []  # "Interpol and Echo and the Bunnymen": which "and" joins the list?
    if isinstance(units[0], Resolved) and _holds_connector(words, units[0]):
        return []  # "the Department for Culture, Media and Sport": the list is the name's end
    me = covered[k]
    runs: list[tuple[int, int]] = []
    for u in units:
        if not isinstance(u, Resolved):
            runs.append(u)
        elif u.type != me.type or u.form not in _NAMING_FORMS:
            return []  # a list of mixed kinds, or of a people's adjectives: say nothing
    g = words.sent[k]
    if not runs or any(w in _ARTS for w in lower[words.bounds[g] : words.bounds[g + 1]]):
        return []
    return [r for r in runs if _may_name(words, r, gaz, me.type)]


def _holds_connector(words: Words, r: Resolved) -> bool:
    """Whether a decided name holds "of", "for", "on" or "&" ("Department for Culture", "Organization
    for Economic Cooperation"): a list after it may be the rest of its name."""
    u = bisect.bisect_left(words.start, r.start)
    while u < len(words.start) and words.start[u] < r.end:
        if words.lower[u] in ORG_CONNECTORS:
            return True
        u += 1
    return False


def _units(
    words: Words, k: int, covered: dict[int, Resolved], inside: set[int]
) -> tuple[list[Resolved | tuple[int, int]], int, int] | None:
    """The members of the list around word ``k`` (decided mentions, or runs of capitalised words as
    word ranges), read left and right along commas to the one closing "and"/"or", with the list's
    first word and the word after it; None for no list."""
    sent, n = words.sent, len(words.text)
    members: list[Resolved | tuple[int, int]] = [covered[k]]
    closed = False
    # rightwards: ", X" repeated, then "and X" (", and X")
    j = _end_word(words, k, covered)
    while j < n and sent[j] == sent[k]:
        gap = _gap(words, j)
        if gap is None:
            break
        step, closes = gap
        nxt = _unit_at(words, j + step, covered, inside, sent[k])
        if nxt is None:
            break
        members.append(nxt[0])
        j = nxt[1]
        if closes:
            closed = True
            break
    # leftwards: "X ," repeated; a closer already read on the right stops at its list's start
    i = k
    while i > 0 and sent[i - 1] == sent[k]:
        prev = _unit_before(words, i, covered, inside, sent[k])
        if prev is None:
            break
        unit, i, closes = prev
        if closes and closed:
            break  # "A and B and C": two lists, not one
        members.insert(0, unit)
        closed = closed or closes
    if not closed or len(members) < 2:
        return None
    return members, i, j


def _end_word(words: Words, k: int, covered: dict[int, Resolved]) -> int:
    """The index of the first word after the decided mention opening at word ``k``."""
    return bisect.bisect_left(words.start, covered[k].end)


def _gap(words: Words, j: int) -> tuple[int, bool] | None:
    """The joiner at word ``j``: "," (one word, not closing), "and"/"or" or ", and"/", or" (closing);
    None for anything else."""
    lower, n = words.lower, len(words.text)
    if words.poss[j - 1]:
        return None  # "Google's and Apple's": possessives, no list of names
    if lower[j] in _CLOSERS:
        return 1, True
    if lower[j] == ",":
        if j + 1 < n and lower[j + 1] in _CLOSERS:
            return 2, True
        return 1, False
    return None


def _unit_at(
    words: Words, u: int, covered: dict[int, Resolved], inside: set[int], sentence: int
) -> tuple[Resolved | tuple[int, int], int] | None:
    """The member opening at word ``u`` and the index after it: a decided mention or a run of
    capitalised words; None for anything else."""
    if u >= len(words.text) or words.sent[u] != sentence:
        return None
    if u in covered:
        return covered[u], _end_word(words, u, covered)
    if u in inside or not words.cap[u]:
        return None
    e = u
    while e < len(words.text) and words.sent[e] == sentence and words.cap[e] and e not in inside:
        e += 1
    if e in covered:
        return None  # a run touching a decided name: part of a longer name, not a member
    return (u, e), e


def _unit_before(
    words: Words, i: int, covered: dict[int, Resolved], inside: set[int], sentence: int
) -> tuple[Resolved | tuple[int, int], int, bool] | None:
    """The member before the joiner that ends right before word ``i``, its first word, and whether
    the joiner closes the list; None for no member there."""
    lower = words.lower
    if i < 2 or lower[i - 1] not in (",", *_CLOSERS):
        return None
    closes = lower[i - 1] in _CLOSERS
    end = i - 1
    if closes and lower[end - 1] == ",":
        end -= 1  # the serial comma before "and"
    if end < 1 or words.sent[end - 1] != sentence:
        return None
    last = end - 1
    if last in inside:
        starts = [s for s in covered if s <= last and words.sent[s] == sentence]
        if not starts:
            return None
        s = max(starts)
        if _end_word(words, s, covered) != end or words.poss[end - 1]:
            return None
        return covered[s], s, closes
    if not words.cap[last] or words.poss[last]:
        return None
    s = last
    while s > 0 and words.sent[s - 1] == sentence and words.cap[s - 1] and s - 1 not in inside:
        s -= 1
    if s - 1 in inside and words.sent[s - 1] == sentence:
        return None  # a run touching a decided name
    return (s, end), s, closes


def _may_name(words: Words, run: tuple[int, int], gaz: Gazetteer, etype: str) -> bool:
    """Whether a run of capitalised words may be a name of ``etype``: short, no stop word, title or
    role in it, not in capitals (a headline's or a table's), no possessive or contraction inside
    ("Destiny's Child", "I'm"), nothing possessed ("the Rolling Stones' Emotional Rescue"), not the
    end or start of a longer name; a person's with a known first name or surname; one word alone, more
    than a letter, not a word the document also writes in lower case, nor a common word opening its
    sentence or line ("Police and Hamas")."""
    i, j = run
    texts = words.text
    if j - i > _MAX_RUN or any(texts[u] in _NO_NAME or words.upper[u] for u in range(i, j)):
        return False
    if any(not texts[u][:1].isalpha() or "'" in texts[u] or words.poss[u] for u in range(i, j - 1)):
        return False
    if not texts[j - 1][:1].isalpha() or "'" in texts[j - 1] or _inside_a_name(words, i, j):
        return False
    if i > 0 and words.sent[i - 1] == words.sent[i] and (words.poss[i - 1] or texts[i - 1][-1:] == "'"):
        return False
    if etype == "PERSON" and texts[i] not in gaz.first_names and texts[j - 1] not in gaz.surnames:
        return False
    if j - i > 1:
        return True
    low = words.lower[i]
    if len(low) < 2 or low in texts:
        return False
    opens = words.initial[i] or words.line_start[i]
    return not (opens and low in gaz.words and texts[i] not in gaz.first_names)


def _inside_a_name(words: Words, i: int, j: int) -> bool:
    """Whether the run ``i:j`` continues a longer name across a lower-case word of names: "of Golf"
    after "World Series", "Bank" before "of England"."""
    sent, cap, lower = words.sent, words.cap, words.lower
    if i >= 2 and sent[i - 2] == sent[i] and lower[i - 1] in _INSIDE_BEFORE and cap[i - 2]:
        return not words.initial[i - 2]  # "Shares of Facebook, Google ...": a sentence's first word
    n = len(words.text)
    if j + 1 >= n or sent[j + 1] != sent[i] or lower[j] not in _INSIDE_AFTER:
        return False
    nxt = j + 2 if lower[j + 1] == "the" and j + 2 < n and sent[j + 2] == sent[i] else j + 1
    return cap[nxt]  # "Born on the Fourth of July"


def _taken(found: Sequence[Resolved], words: Words, run: tuple[int, int]) -> bool:
    """Whether a run was added already (it stands in the list of two decided names)."""
    s = words.start[run[0]]
    return any(r.start == s for r in found)


def _named(
    words: Words, run: tuple[int, int], beside: Resolved, resolved: Sequence[Resolved], text: str
) -> Resolved:
    """The mention of a run, of the type of the decided name beside it: the entity another mention of
    the same name decides (of that type), else a new one named as written, a guess where the name
    beside it is one (its type then the default's: "Sussex or Surrey")."""
    s, e = words.start[run[0]], words.end[run[1] - 1]
    name = " ".join(text[s:e].split())
    for r in resolved:
        if r.type == beside.type and r.form == "name" and " ".join(text[r.start : r.end].split()) == name:
            return Resolved(s, e, r.id, r.type, r.canonical, "name", r.identifiers, None, r.guess)
    ident = f"{_ID_PREFIX[beside.type]}:{slug(name)}"
    return Resolved(s, e, ident, beside.type, name, "name", {}, None, beside.guess)
