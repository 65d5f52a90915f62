"""Names decided by the lists and appositions they stand in, and places by the article's countries.

"near Saraqeb and Abu al-Duhur" (places), "Bab Ghaliq (Qaatabah, Ad Dali)"-style notes ("Zamora,
Michoacan,"), team sheets ("Lewsey, Erinle, Abbott"), and a town name shared by several countries.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final

from newsparse_entities.cues import COMMA, COMPANY_PLURALS, LIST_PLACE, CueIndex
from newsparse_entities.gazetteer import Gazetteer, country_ids
from newsparse_entities.rules import PLACE_AFTER, SUBDIVISION_WORDS, WEAK_FIRST_NAMES
from newsparse_entities.words import Candidate, Words

LIST_JOINERS: Final = frozenset([",", "and", "or", "&"])
_PEOPLE_LIST_JOINERS: Final = frozenset([",", ";", "/", "and"])
_TOWN_WORDS: Final = frozenset("city town village countryside area".split())
_REGION_BEFORE_COMMA: Final = SUBDIVISION_WORDS | _TOWN_WORDS | PLACE_AFTER
_CLAUSE_ENDS: Final = frozenset([",", ".", ";", ")", ":", "and"])
# Prepositions that open a list of places ("near Saraqeb and Abu al-Duhur").
_LIST_PLACE_PREPS: Final = frozenset("in near outside from to into toward towards between".split())
_NEAR: Final = frozenset(["near", "outside"])
# Plural place nouns before "of" and a list of places ("the ports of Anzali and Nowshahr").
_PLACES_OF: Final = frozenset(
    "towns cities villages ports provinces districts regions islands areas states countries capitals".split()
)


def country_choices(
    gaz_cands: Sequence[Candidate], text: str, gaz: Gazetteer, chosen: dict[str, str]
) -> dict[str, str]:
    """A name shared by places in several countries is the one in a country the article names
    ("Tripoli" in a story about Lebanon is Lebanon's); name -> id."""
    ambiguous = [
        c
        for c in gaz_cands
        if len(c.cands) > 1
        and text[c.start : c.end] not in chosen
        and all(cid.startswith("geonames:") for cid, _form in c.cands)  # towns alone, no state or group
    ]
    if not ambiguous:
        return {}
    states = country_ids(gaz)
    named: set[str] = set()
    for c in gaz_cands:
        if c.cands and c.cands[0][0] in states:
            code = gaz.country_code(c.cands[0][0])
            if code is not None:
                named.add(code)
    if not named:
        return {}
    out: dict[str, str] = {}
    for c in ambiguous:
        for cid, _form in c.cands:
            if gaz.country_code(cid) in named:  # every candidate is a GeoNames town here
                out[text[c.start : c.end]] = cid
                break
    return out


def place_appositions(
    words: Words, cues: CueIndex, text: str, gaz: Gazetteer, decided: dict[str, str | None]
) -> set[str]:
    """Chunk names a comma joins to a known place: the place's region ("Zamora, Michoacan", "Gardez
    district, Paktia", "Tarinkot city, Urozgan") or a place in a known country ("Mali Zvornik, Serbia").
    Only the candidates with a comma before or after them are read (``cues``)."""
    out: set[str] = set()
    ordered = cues.ordered
    lower, n = words.lower, len(words)
    for k in cues.at.get(COMMA, ()):
        c = ordered[k]
        if c.kind != "chunk":
            continue
        comma = c.i - 1
        if comma >= 1 and words.text[comma] == "," and words.sent[comma] == words.sent[c.i]:
            p = ordered[k - 1] if k > 0 else None
            before = comma - 1
            ends_clause = c.j >= n or words.text[c.j] in _CLAUSE_ENDS  # "in Japan, Vodafone has" is none
            if ends_clause and (
                (
                    p is not None
                    and p.j == comma
                    and (is_known_place(p, gaz) or decided.get(text[p.start : p.end]) in ("GPE", "LOC"))
                )
                or (not words.cap[before] and lower[before] in _REGION_BEFORE_COMMA)
            ):
                out.add(text[c.start : c.end])
                continue
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if (
            nxt is not None
            and c.j < n
            and words.text[c.j] == ","
            and nxt.i == c.j + 1
            and not words.poss[nxt.j - 1]
            and is_known_place(nxt, gaz)
            and nxt.cands[0][0] in country_ids(gaz)
            and (nxt.j >= n or words.text[nxt.j] in _CLAUSE_ENDS)
        ):
            out.add(text[c.start : c.end])
    return out


def listed_with_people(
    words: Words,
    chunk_cands: Sequence[Candidate],
    chunk_keys: Sequence[str],
    decided: dict[str, str | None],
    guesses: frozenset[str] | set[str] = frozenset(),
) -> tuple[set[str], set[int]]:
    """Names in a list ("Lewsey, Erinle, Abbott, Voyce; King, Dawson") where most members typed by
    evidence are people: the rest are people too (a team sheet, a list of scorers).  A guess (a lone
    name typed with no evidence) counts for no side; a capitalized word that is no name chunk ("King",
    a title; "Douglas", a town) between two joiners does not end the list, and is returned by index
    (word indices of the lists of people), so that a town there can be read as a surname."""
    out: set[str] = set()
    bridged: set[int] = set()
    group: list[str] = []
    between: list[int] = []

    def flush() -> None:
        """Decide a finished list by its members' majority."""
        if len(group) < 3:
            return
        kinds = [decided.get(k) for k in group if k not in guesses]
        people = kinds.count("PERSON")
        if people >= 2 and people * 2 >= len([k for k in kinds if k is not None]):
            out.update(group)
            bridged.update(between)

    prev: Candidate | None = None
    lower = words.lower
    for c, key in zip(chunk_cands, chunk_keys, strict=True):
        if (
            prev is not None
            and words.sent[prev.i] == words.sent[c.i]
            and (
                (1 <= c.i - prev.j <= 2 and all(t in _PEOPLE_LIST_JOINERS for t in lower[prev.j : c.i]))
                or (
                    c.i - prev.j == 3
                    and lower[prev.j] in _PEOPLE_LIST_JOINERS
                    and words.cap[prev.j + 1]
                    and lower[prev.j + 2] in _PEOPLE_LIST_JOINERS
                )
            )
        ):
            group.append(key)
            if c.i - prev.j == 3:
                between.append(prev.j + 1)
        else:
            if len(group) >= 3:  # what flush looks at: most groups are one name
                flush()
            group = [key]
            between = []
        prev = c
    flush()
    return out, bridged


def listed_with_places(words: Words, cues: CueIndex, text: str, gaz: Gazetteer) -> set[str]:
    """Chunk names listed, after a locative preposition, with a known place ("from Aleppo, Homs and Abu
    Kamal") or right after "near"/"outside" ("near Saraqeb and Abu al-Duhur"); after another locative
    preposition, names opening with "Abu" ("in Saraqeb and Abu al-Duhur").  A list is joined by
    commas and ends at its "and"/"or" member; a possessive ends it.  Lists are read from the
    candidates after such a preposition (``cues``): no list member has one before it."""
    out: set[str] = set()
    ordered = cues.ordered
    lower, sent, poss = words.lower, words.sent, words.poss
    for s in cues.at.get(LIST_PLACE, ()):
        group = [ordered[s]]
        last_conj = 0
        for c in itertools.islice(ordered, s + 1, None):
            p = group[-1]
            if not (
                1 <= c.i - p.j <= 2
                and last_conj == 0
                and sent[p.i] == sent[c.i]
                and all(t in LIST_JOINERS for t in lower[p.j : c.i])
                and not poss[p.j - 1]
            ):
                break
            group.append(c)
            if lower[c.i - 1] in ("and", "or"):
                last_conj = len(group) if not poss[c.j - 1] else 0
        if last_conj >= 2:  # a list of two or more
            out.update(_places_listed(words, group[:last_conj], text, gaz))
    return out


def _places_listed(words: Words, members: Sequence[Candidate], text: str, gaz: Gazetteer) -> list[str]:
    """The chunk names of a finished list that are places: every one after "near" or "outside" or
    beside a known place, else those opening with "Abu" ("in Saraqeb and Abu al-Duhur")."""
    prev = words.prev(members[0].i)
    prep = words.lower[prev] if prev is not None else ""
    if prep == "of":
        noun = words.prev(prev) if prev is not None else None
        if noun is None or words.lower[noun] not in _PLACES_OF:
            return []  # "the president of X and Y"; "the ports of X and Y" is a list of places
    elif prep not in _LIST_PLACE_PREPS:
        return []
    names = [text[c.start : c.end] for c in members if c.kind == "chunk"]
    if prep in _NEAR or any(is_known_place(c, gaz) for c in members):
        return names
    return [n for n in names if n.split()[0] in WEAK_FIRST_NAMES]  # "Abu" makes no person here


def is_known_place(c: Candidate, gaz: Gazetteer) -> bool:
    """Whether a candidate is a gazetteer place (not a demonym)."""
    if c.kind != "gaz" or not c.cands or c.cands[0][1] == "demonym":
        return False
    row = gaz.entities.get(c.cands[0][0])  # its type, without the record ``gaz.info`` builds
    return row is not None and row[0] in ("GPE", "LOC")


def after_company_plural(words: Words, p: int) -> bool:
    """Whether word ``p`` ends "firms", "firms such as", "companies including", "firms, like"."""
    lower = words.lower
    if lower[p] in ("as", "including", "like"):
        p -= 2 if lower[p] == "as" and p > 0 and lower[p - 1] == "such" else 1
        if p >= 0 and lower[p] == ",":
            p -= 1
    return p >= 0 and lower[p] in COMPANY_PLURALS and not words.cap[p]


def listed_after_company_plural(
    words: Words, ordered: Sequence[Candidate], text: str, firsts: Sequence[Candidate]
) -> set[str]:
    """Chunk names of a list that a plural noun of companies opens ("Technology firms Sony, Philips,
    Matsushita and Samsung"; "rival firms such as Microsoft and Apple"): companies, every one.
    ``firsts`` are the chunks after such a noun (``company_list`` evidence), where lists start;
    ``ordered`` every candidate by first word (``CueIndex.ordered``)."""
    out: set[str] = set()
    lower, sent = words.lower, words.sent
    starts = {c.i for c in firsts if (p := words.prev(c.i)) is not None and after_company_plural(words, p)}
    k = 0
    while k < len(ordered):
        c = ordered[k]
        k += 1
        if c.i not in starts:
            continue
        group = [c]
        while k < len(ordered):
            q, r = group[-1], ordered[k]
            if not (
                1 <= r.i - q.j <= 2
                and sent[q.i] == sent[r.i]
                and all(t in LIST_JOINERS for t in lower[q.j : r.i])
            ):
                break
            group.append(r)
            k += 1
        if len(group) >= 2:
            out.update(text[m.start : m.end] for m in group if m.kind == "chunk")
    return out
