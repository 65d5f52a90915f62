"""A run of two units or more cut into its names: titles, a leading common word, places before names,
organisations' heads, and the evidence the word before each segment gives.

Split from :mod:`newsparse_entities.chunks` (which finds the runs) by an exact move, so that each stays
under the module size limit."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Final, cast

from newsparse_entities.canonical import STATE_INSTITUTIONS
from newsparse_entities.chunk_build import build_chunk as _chunk
from newsparse_entities.chunk_context import (
    common_in_document,
    demonym_before_full_name,
    in_score_line,
    joiner_unit,
    named_elsewhere,
    office_after_of,
    opener_evidence,
)
from newsparse_entities.chunk_singles import BEFORE_ORG, SHARED_ROLES
from newsparse_entities.chunk_titles import (
    PORTFOLIO_TITLES,
    after_title_abbreviation,
    first_index,
    is_abbreviated_title,
    last_index,
    office_alone,
    opens_title,
    qualifies_a_role,
    title_of,
    title_units,
    titled_person,
)
from newsparse_entities.connectors import head_before_connector
from newsparse_entities.gazetteer import Gazetteer, country_ids
from newsparse_entities.rules import (
    ABBREVIATED_TITLES,
    DIRECTIONS,
    EVENT_HEADS,
    FACILITY_HEADS,
    LOC_HEADS,
    ORG_CONNECTORS,
    ORG_HEADS,
    PLACE_TYPE_PREFIXES,
    PLACE_TYPE_SUFFIXES,
    PORTFOLIOS,
    ROLES,
    SUBDIVISION_WORDS,
    TITLES,
)
from newsparse_entities.words import Candidate, Words

_ALL_HEADS: Final = ORG_HEADS | EVENT_HEADS | LOC_HEADS | FACILITY_HEADS


def analyse_run(
    words: Words, units: list[Candidate | int], gaz: Gazetteer, words_only: bool = False
) -> list[Candidate]:
    """Split a run into candidates: titles, a leading common word, places before names, org names;
    ``words_only``: the run has no gazetteer match (its segments take :func:`_words_segment`)."""
    # a sentence-initial common word is not part of a name ("Operating in coordination, ...")
    if units and isinstance(units[0], int):
        u0 = units[0]
        t0 = words.text[u0]
        if (
            words.initial[u0]
            and words.lower[u0] in gaz.words
            and t0 not in gaz.first_names
            and t0 not in TITLES
            and len(t0) > 1
            and not (t0 in ABBREVIATED_TITLES and len(units) > 1)  # "Gen Pinochet said": a title
            and not in_score_line(words, u0, last_index(units[-1]) + 1)
            and not (len(units) > 1 and words.text[first_index(units[1])] == "&")
            and not (len(units) > 1 and words.text[last_index(units[-1])] in ORG_HEADS and t0 not in _LEADS)
            and not named_elsewhere(words, u0, last_index(units[-1]) + 1)
        ):
            units = units[1:]
            if not units:
                return []
    # a title inside a run ends what stands before it: "... Administration Director Branko Bilbija"
    ends_org = words.text[last_index(units[-1])] in ORG_HEADS
    cuts = [0]
    for k in range(1 if not ends_org else len(units), len(units) - 1):
        u = units[k]
        if isinstance(u, int) and words.text[u] in TITLES and isinstance(units[k + 1], int):
            before = words.text[last_index(units[k - 1])]
            if before in PORTFOLIOS and words.text[u] in PORTFOLIO_TITLES and isinstance(units[k - 1], int):
                if k > 1:
                    cuts.append(k - 1)  # "US Treasury Secretary John Snow": the portfolio opens the title
            elif before not in TITLES and not (before == "of" and title_of(words, units, k - 1)):
                if not (before in ORG_CONNECTORS and office_after_of(words, units, k, gaz)):
                    cuts.append(k)  # not "Ministry of Foreign Affairs": one name
    segment = _words_segment if words_only else _analyse_segment
    if len(cuts) == 1:
        return segment(words, units, gaz)  # one segment, the common case: no copy
    cuts.append(len(units))
    out: list[Candidate] = []
    for a, b in itertools.pairwise(cuts):
        while b - a > 1 and joiner_unit(words, units[b - 1]):
            b -= 1  # "National Democratic Party of | President Hosni Mubarak": no "of" ends the name
        out += segment(words, units[a:b], gaz)
    return out


# The words that send a segment of name words to :func:`_analyse_segment`'s tests of titles and
# place types: a title, an abbreviated title or a portfolio opening it, a place type at either end.
_SEGMENT_OPENERS: Final = TITLES | ABBREVIATED_TITLES | PORTFOLIOS | PLACE_TYPE_PREFIXES


def _words_segment(words: Words, units: list[Candidate | int], gaz: Gazetteer) -> list[Candidate]:
    """What :func:`_analyse_segment` finds for a segment of two name words or more (no gazetteer
    match), without its tests of titles and place types when no word at its ends can be one (most)."""
    text, ints = words.text, cast("list[int]", units)  # no gazetteer match: every unit is a word
    first = ints[0]
    t0, last_word = text[first], text[ints[-1]]
    if (
        len(units) < 2
        or t0 in _SEGMENT_OPENERS
        or last_word in PLACE_TYPE_SUFFIXES
        or (first >= 2 and text[first - 1] == ".")
    ):
        return _analyse_segment(words, units, gaz)
    evidence: list[str] = []
    inner_head = head_before_connector(words, units)  # "Patriotic Union of Kurdistan"
    if first > 0 and words.sent[first - 1] == words.sent[first]:
        org_headed = (last_word in ORG_HEADS or inner_head) and t0 not in gaz.first_names
        _word_before_evidence(words, first - 1, len(units), evidence, org_headed)
    if len(units) >= 3 and text[ints[1]] == ".":
        evidence.append("initial")
    elif opener := opener_evidence(t0, gaz):
        evidence.append(opener)  # "Kafr Lusin", "Mount Everest"
    elif inner_head:
        evidence.append("head")  # "German Council on Foreign Relations": no first name opens it
    elif t0 in gaz.first_names and last_word not in _ALL_HEADS:
        evidence.append("first_name")
    return [_chunk(words, units, tuple(evidence))]


def _name_words_only(
    words: Words, units: list[Candidate | int], evidence: list[str], gaz: Gazetteer, last: str, head: bool
) -> list[Candidate]:
    """A segment of name words alone (``last`` its last word; ``head``: an organisation's head before
    "of"/"for"/"on"), with the evidence its form gives."""
    first = first_index(units[0])
    if len(units) == 1 and len(words.text[first]) == 1:
        return []
    if len(units) >= 3 and words.text[first_index(units[1])] == ".":
        evidence.append("initial")
    elif len(units) >= 2 and (opener := opener_evidence(words.text[first], gaz)):
        evidence.append(opener)  # "Kafr Lusin", "Mount Everest"
    elif head and "title" not in evidence:
        evidence.append("head")  # "Virginia Board of Education"
    elif len(units) >= 2 and words.text[first] in gaz.first_names and last not in _ALL_HEADS:
        evidence.append("first_name")
    return [_chunk(words, units, tuple(evidence))]


def _analyse_segment(words: Words, units: list[Candidate | int], gaz: Gazetteer) -> list[Candidate]:
    """Candidates of one run segment (no title inside it but at its start)."""
    out: list[Candidate] = []
    evidence: list[str] = []
    last_word = words.text[last_index(units[-1])] if units else ""
    # leading titles ("President", "Gen.", "Prime Minister") mark a person, unless the run is an
    # organisation ("Foreign Ministry")
    u0 = units[0] if units else None
    opens = isinstance(u0, int) and opens_title(words, units, 0) and last_word not in ORG_HEADS
    s = title_units(words, units, 0, gaz) if opens else 0
    if s and qualifies_a_role(words, units, s):
        units = units[s:]  # "Former Everton midfielder": "Former" qualifies the role after the name
    elif s:
        evidence.append("title")
        units = units[s:]
        if office_alone(words, units, gaz):
            return out  # a title alone: "Chief Operating Officer", "Deputy Chief Executive"
        if len(units) == 1 and isinstance(units[0], int) and common_in_document(words, units[0], gaz):
            return out  # "the General Election" where the text says "election" too: no person
    u0 = units[0] if units else None
    if isinstance(u0, int) and u0 >= 2 and words.text[u0 - 1] == "." and after_title_abbreviation(words, u0):
        evidence.append("title")
    if not units or (
        len(units) == 1
        and isinstance(units[0], int)
        and (words.text[units[0]] in TITLES or is_abbreviated_title(words, units[0]))
    ):
        return out
    units, typed = _without_place_type(words, units)
    if typed:
        evidence.append("place_of")  # "Kumarkhali Upazila", "Barangay Dolos": the name is the place
    first = first_index(units[0])
    prev = first - 1 if first > 0 and words.sent[first - 1] == words.sent[first] else None
    inner_head = head_before_connector(words, units)  # "Patriotic Union of Kurdistan": the head before "of"
    if prev is not None:
        # "the official Disasters Emergency Committee"; "star Thomas Hayden Church" is a person
        org_headed = (last_word in ORG_HEADS or inner_head) and words.text[first] not in gaz.first_names
        _word_before_evidence(words, prev, len(units), evidence, org_headed)
    gaz_units = [u for u in units if isinstance(u, Candidate)]
    if len(gaz_units) == len(units):  # no name word
        if s and titled_person(words, gaz_units, gaz):
            return [_chunk(words, units, tuple(evidence))]  # "President Nelson Mandela", "Queen Victoria"
        return gaz_units
    if not gaz_units:  # name words alone (units[-1] is still the last unit: last_word)
        return _name_words_only(words, units, evidence, gaz, last_word, inner_head)
    first_name = next((u for u in units if isinstance(u, int)), None)
    # "Russian Defense Ministry", "Turkish Airlines", "French Open": one organisation or event
    if ((isinstance(units[-1], int) and last_word in _ALL_HEADS) or inner_head) and "title" not in evidence:
        prefix = units[0] if isinstance(units[0], Candidate) else None
        head_ev = (*evidence, "head") if last_word in ORG_HEADS or inner_head else tuple(evidence)
        return [_chunk(words, units, head_ev, prefix=prefix)]
    # "Turkish President Recep Tayyip Erdogan": a place or demonym, titles, then a person
    h = 0
    while h < len(units) and isinstance(units[h], Candidate):
        h += 1
    head, rest = units[:h], units[h:]
    if head and rest:
        return _places_then_names(words, units, head, rest, evidence, gaz)
    # unknown words first: "George Washington" (a person), "Bayern Munich" (a club)
    if first_name is not None and isinstance(units[0], int):
        k = 0
        while k < len(units) and isinstance(units[k], int):
            k += 1
        if all(words.text[u] in DIRECTIONS for u in units[:k] if isinstance(u, int)):
            return [u for u in units[k:] if isinstance(u, Candidate)] + _split_gaz(words, units[k:], ())
        opener = opener_evidence(words.text[units[0]], gaz)
        if opener:
            return [_chunk(words, units, (*evidence, opener))]  # "Ras Al Ain", "Lake Victoria"
        if words.text[units[0]] in gaz.first_names or "title" in evidence or "role" in evidence:
            return [_chunk(words, units, (*evidence, "first_name"))]
        return [_chunk(words, units, (*evidence, "mixed"))]
    return [_chunk(words, units, (*evidence, "mixed"))]


def _word_before_evidence(
    words: Words, prev: int, n_units: int, evidence: list[str], org_headed: bool = False
) -> None:
    """Add to ``evidence`` what the word before a run segment says: a role, a company word, an article.

    A role word before a name that ends with an organisation's head is an adjective ("the official
    Disasters Emergency Committee"): no person's role."""
    low = words.lower[prev]
    lower_or_first = not words.cap[prev] or words.initial[prev]
    if low in SHARED_ROLES and n_units == 1:
        pass  # one word after "rival", "analyst": a company as often as a person
    elif low in ROLES and lower_or_first and not org_headed:
        evidence.append("role")  # "striker Alan Shearer", "Rapper Eminem" opening the sentence
    elif low in BEFORE_ORG and lower_or_first:
        evidence.append("descriptor")  # "the news weekly Der Spiegel", "Carmaker Magna Steyr"
    elif _determiner(words, prev):
        evidence.append("determiner")  # "the Phillies", "the CNB said": a person takes no article


def _places_then_names(
    words: Words,
    units: list[Candidate | int],
    head: list[Candidate | int],
    rest: list[Candidate | int],
    evidence: list[str],
    gaz: Gazetteer,
) -> list[Candidate]:
    """A run that opens with gazetteer matches (``head``) and goes on with name words (``rest``).

    "Turkish President Recep Tayyip Erdogan": a place or demonym, titles, then a person; or one name
    that starts with a place name.
    """
    out: list[Candidate] = []
    ev = list(evidence)
    r = title_units(words, rest, 0, gaz)
    if r:
        ev.append("title")
    rest = rest[r:]
    lead = [u for u in head if isinstance(u, Candidate)]
    if (
        len(lead) == 1
        and ev == evidence
        and lead[0].j - lead[0].i == 1
        and rest
        and isinstance(rest[0], int)
        and words.text[lead[0].i] in gaz.first_names
        and not words.poss[lead[0].i]
        and words.text[last_index(rest[-1])] not in STATE_INSTITUTIONS  # "German Embassy": no person German
        and not demonym_before_full_name(words, lead[0], rest, gaz)
    ):
        return [_chunk(words, units, (*evidence, "first_name"))]
    rest_words = [u for u in rest if isinstance(u, int)]
    if (
        lead
        and rest_words
        and all(_is_directional(words, u) or words.lower[u] in SUBDIVISION_WORDS for u in rest_words)
    ):
        return lead
    if ev != evidence or (rest and isinstance(rest[0], int) and words.text[rest[0]] in gaz.first_names):
        out.extend(lead)
        if _town_surname(words, rest, gaz):
            out.append(_chunk(words, rest, tuple(ev)))  # "Russian Irina Shevchenko": no town Shevchenko
        else:
            out.extend(_split_gaz(words, rest, tuple(ev)))
        return out
    if all(_is_demonym(u) and _of_a_state(u, gaz) for u in lead):
        out.extend(lead)
        out.extend(_split_gaz(words, rest, tuple(ev)))
        return out
    if (
        len(lead) == 1
        and len(rest_words) == len(rest)
        and lead[0].cands[0][0] in country_ids(gaz)
        and all(words.lower[u] in gaz.words and words.text[u] not in _ALL_HEADS for u in rest_words)
    ):
        return lead  # "U.S. Officials", "U.S. Diplomat": a country, then common words in capitals
    return [_chunk(words, units, (*evidence, "mixed"), prefix=lead[0])]


def _without_place_type(words: Words, units: list[Candidate | int]) -> tuple[list[Candidate | int], bool]:
    """``units`` without an administrative word around a place's name ("Kumarkhali Upazila", "Paletwa
    Town", "Barangay Dolos"), and whether one was there; a name of one word is left whole."""
    if len(units) < 2:
        return units, False
    last, first = units[-1], units[0]
    if isinstance(last, int) and words.text[last] in PLACE_TYPE_SUFFIXES and isinstance(units[-2], int):
        return units[:-1], True
    if isinstance(first, int) and words.text[first] in PLACE_TYPE_PREFIXES:
        return units[1:], True
    return units, False


def _split_gaz(words: Words, units: list[Candidate | int], evidence: tuple[str, ...]) -> list[Candidate]:
    """Unknown words become chunks between the gazetteer matches left as they are."""
    out: list[Candidate] = []
    buf: list[Candidate | int] = []
    for u in units:
        if isinstance(u, Candidate):
            if buf:
                out.append(_chunk(words, buf, evidence))
                buf = []
            out.append(u)
        else:
            buf.append(u)
    if buf:
        out.append(_chunk(words, buf, evidence))
    return out


def _town_surname(words: Words, rest: Sequence[Candidate | int], gaz: Gazetteer) -> bool:
    """Whether ``rest`` is a first name, maybe more name words, then a one-word town's name: a
    surname spelt like a town ("Irina Shevchenko"), as it is where no place or title comes first."""
    if len(rest) < 2 or not all(isinstance(u, int) for u in rest[:-1]):
        return False
    first, last = rest[0], rest[-1]
    return (
        isinstance(first, int)
        and words.text[first] in gaz.first_names
        and isinstance(last, Candidate)
        and last.j - last.i == 1
        and bool(last.cands)
        and last.cands[0][0].startswith("geonames:")
        and last.cands[0][1] == "name"
    )


def _of_a_state(c: Candidate, gaz: Gazetteer) -> bool:
    """Whether a gazetteer match's first entity is no region or continent: "Asian Tsunami", "European
    Indoors" are one name, "Russian Defense Ministry" a country and a name."""
    row = gaz.entities.get(c.cands[0][0])
    return row is None or row[0] != "LOC"


def _is_demonym(c: Candidate) -> bool:
    """Whether a gazetteer match is a demonym ("Russian")."""
    return bool(c.cands) and c.cands[0][1] == "demonym"


def _is_directional(words: Words, i: int) -> bool:
    """Whether word ``i`` is a compass word."""
    return words.text[i] in DIRECTIONS


def _determiner(words: Words, k: int) -> bool:
    """Whether word ``k`` is an article before a name: "the", or "The" opening a sentence ("The Tories
    said"); "The" inside a sentence opens a work's title ("starred in The Aviator")."""
    return words.text[k] == "the" or (words.text[k] == "The" and words.initial[k])


# Capitalised trade nouns that lead a company's name.
_LEADS: Final = frozenset(
    "Distributor Publisher Carmaker Broadcaster Retailer Insurer Brewer Lender Pollster".split()
)
