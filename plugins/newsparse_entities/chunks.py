"""Capitalized name chunks: runs of name words and gazetteer matches, cut and weighed by their context."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from operator import itemgetter
from typing import Final, cast

from newsparse_entities.canonical import STATE_INSTITUTIONS
from newsparse_entities.chunk_build import build_chunk as _chunk
from newsparse_entities.chunk_context import (
    affiliation,
    closes_name_elsewhere,
    common_in_document,
    demonym_before_full_name,
    in_score_line,
    its_own,
    joiner_unit,
    named_alone_elsewhere,
    named_elsewhere,
    national_branch,
    office_after_of,
    opener_evidence,
    opens_name_elsewhere,
)
from newsparse_entities.connectors import head_before_connector
from newsparse_entities.gazetteer import Gazetteer, country_ids
from newsparse_entities.layout_names import code_name, dateline_places, numbered_names
from newsparse_entities.rules import (
    ABBREVIATED_TITLES,
    COMPANY_SUFFIXES,
    DIRECTIONS,
    EVENT_HEADS,
    FACILITY_HEADS,
    LOC_HEADS,
    NAME_PARTICLES,
    NON_ENTITY_ACRONYMS,
    ORG_CONNECTORS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ORG_PLURAL_DESCRIPTORS,
    PLACE_TYPE_PREFIXES,
    PLACE_TYPE_SUFFIXES,
    PORTFOLIOS,
    ROLES,
    SAYING_VERBS,
    STOP_CAPS,
    SUBDIVISION_WORDS,
    TEAM_ROLES,
    TITLES,
)
from newsparse_entities.titles import TITLE_HEADS, title_ends
from newsparse_entities.words import Candidate, Words

_JOINERS: Final = NAME_PARTICLES | ORG_CONNECTORS
_FIRST_WORD: Final = itemgetter(0)  # a candidate's first word index
_DIGIT: Final = re.compile(r"\d")
_ALL_HEADS: Final = ORG_HEADS | EVENT_HEADS | LOC_HEADS | FACILITY_HEADS
_BEFORE_ORG: Final = ORG_DESCRIPTORS | ORG_PLURAL_DESCRIPTORS
# Titles a portfolio opens ("Treasury Secretary", "Energy Minister"; not "Labour Prime Minister").
_PORTFOLIO_TITLES: Final = frozenset(["Secretary", "Minister", "Commissioner"])
# Last words of titles that are no title alone ("Officer", "Executive"; "Major" is also a surname).
_OFFICE_HEADS: Final = TITLE_HEADS - TITLES


def _name_words(words: Words, headlines: frozenset[int]) -> set[int]:
    """The capitalized words outside headlines that can be part of a name chunk (an initial "A." can).

    One pass over the few capitalized words; a word of letters alone skips the tests for digits,
    hyphens and apostrophes."""
    text, cap, sent, upper = words.text, words.cap, words.sent, words.upper
    n = len(text)
    out: set[int] = set()
    # the wire's sign-off, a word in capitals alone on the text's last line ("REUTER"), is no name
    last = n - 1 if n and upper[n - 1] and words.line_start[n - 1] else -1
    for i in words.caps:
        if i == last:
            continue
        if sent[i] in headlines:
            continue
        t = text[i]
        if len(t) == 1 and i + 2 < n and text[i + 1] == "." and cap[i + 2]:
            out.add(i)
            continue
        if t in NON_ENTITY_ACRONYMS or (t in STOP_CAPS and not (words.poss[i] and _company_opener(words, i))):
            continue  # a stop word stays one unless a company's shares follow it ("Next's shares fell")
        if not t.isalpha():
            if _DIGIT.search(t) and not code_name(words, i):
                continue
            after_name = i > 0 and cap[i - 1] and sent[i - 1] == sent[i]
            if "-" in t and (
                t.split("-", 1)[0] in STOP_CAPS or (t.rsplit("-", 1)[1][:1].islower() and not after_name)
            ):
                continue  # "Post-mortem", "Blue-chip", "Communist-led"; "Ban Ki-moon" after a name is one
            if ("'" in t or "’" in t) and t.replace("’", "'").split("'", 1)[0] in STOP_CAPS:
                continue  # "I'm", "It's", "They’re"
        if upper[i] and len(t) > 6:
            continue
        out.add(i)
    return out


def chunks(
    words: Words, matches: Sequence[Candidate], gaz: Gazetteer, headlines: frozenset[int]
) -> list[Candidate]:
    """Gazetteer matches and capitalized chunks, merged where one name spans both."""
    by_start = {m.i: m for m in matches}
    name_words = _name_words(words, headlines)
    places = dateline_places(words, by_start)
    out: list[Candidate] = list(places)
    for c in places:  # their words are taken
        name_words.difference_update(range(c.i, c.j))
    texts, sents, cap, poss = words.text, words.sent, words.cap, words.poss
    n = len(texts)
    i = 0
    capitals: dict[str, list[int]] = {}  # named_alone_elsewhere's index, built on its first call
    for k in sorted({*by_start, *name_words}):
        if k < i:
            continue
        # a run of one unit (most), found without _run: a match or a name word nothing can follow
        m = by_start.get(k)
        if m is None:  # a name word (a particle ending a run is dropped there: "Bank of")
            nxt = k + 1
            lone = texts[k] not in _JOINERS
            cut = poss[k]
        else:  # a match: a possessive or a match inside a word ends the run
            nxt = m.j
            lone = True
            cut = poss[nxt - 1] or m.end != words.end[nxt - 1] or m.start != words.start[k]
        if lone and (
            cut
            or nxt >= n
            or sents[nxt] != sents[k]
            or (
                nxt not in by_start
                and nxt not in name_words
                and not (
                    nxt + 1 < n and sents[nxt + 1] == sents[k] and (cap[nxt + 1] or (nxt + 1) in by_start)
                )
            )
        ):
            if m is None:
                out += _single(words, k, gaz, capitals)
            else:
                out.append(m)
            i = nxt
            continue
        units, i = _run(words, by_start, name_words, k)
        if len(units) == 1:
            u = units[0]
            if isinstance(u, int):
                out += _single(words, u, gaz, capitals)  # a lone name word: most runs
            else:
                out.append(u)
            continue
        matched = [u for u in units if isinstance(u, Candidate)]
        if not matched:
            out += _analyse(words, units, gaz, True)  # name words alone: most runs of two or more
        elif len(matched) == len(units):
            if len(units) == 2 and _town_pair(matched):
                out.append(_town_pair_chunk(words, matched, gaz))
            elif len(units) == 2 and national_branch(words, matched):
                out.append(_chunk(words, matched, ("head",)))  # "Scottish Labour Party": one name
            else:
                out += matched  # gazetteer matches alone stand as they are (what _analyse would find)
        else:
            out += _analyse(words, units, gaz)
    if places:
        out.sort(key=_FIRST_WORD)  # in text order, as the scan found the others
    return numbered_names(words, out, gaz)


def _town_pair(matched: Sequence[Candidate]) -> bool:
    """Whether two gazetteer matches in a row are towns (or a one-word region, a town): with no comma
    between they name one thing, a club ("Werder Bremen", "Bayern Munich") or a person ("Tyler Houston")."""
    a, b = matched
    return (
        a.end < b.start
        and bool(a.cands)
        and bool(b.cands)
        and (a.cands[0][0].startswith("geonames:") or (a.j == a.i + 1 and a.cands[0][0][:10] == "iso3166-2:"))
        and b.cands[0][0].startswith("geonames:")
    )


def _town_pair_chunk(words: Words, matched: Sequence[Candidate], gaz: Gazetteer) -> Candidate:
    """The chunk of two towns in a row: a person's name when a first name opens it, else a club's."""
    first = words.text[matched[0].i]
    return _chunk(words, matched, ("first_name",) if first in gaz.first_names else ("mixed",))


def _single(words: Words, u: int, gaz: Gazetteer, idx: dict[str, list[int]] | None = None) -> list[Candidate]:
    """The candidate of a run of one name word: what :func:`_analyse` finds for it, without the tests
    that need two words or more (most runs are one word); ``idx``: :func:`named_alone_elsewhere`'s.
    The tests of :func:`_is_abbreviated_title` and :func:`_determiner` are written out (most words)."""
    text, initial = words.text, words.initial
    t = text[u]
    if idx is None:  # the rules below share one index: both run whoever calls (the reference too)
        idx = {}
    if (
        len(t) == 1
        or t in TITLES
        or (t in ABBREVIATED_TITLES and u + 1 < len(text) and text[u + 1] == ".")
        or (
            initial[u]
            and words.lower[u] in gaz.words
            and t not in gaz.first_names
            and not in_score_line(words, u, u + 1)
            # "Apple said" where the text names Apple alone inside a sentence too: a name, as there
            and not named_alone_elsewhere(words, u, idx)
            and not _company_opener(words, u)
            and not opens_name_elsewhere(words, u, idx)  # "Travelers had", after "Travelers Life"
            and not closes_name_elsewhere(words, u, idx, gaz)  # "Weaver said", after "Jeff Weaver"
        )
    ):
        return []  # a title alone, an initial, or a sentence-initial common word ("Operating in ...")
    evidence: tuple[str, ...] = ()
    if u >= 2 and text[u - 1] == "." and _after_title_abbreviation(words, u):
        evidence = ("title",)
    elif initial[u] and words.lower[u] in gaz.words and _company_opener(words, u):
        evidence = ("company_opener",)  # kept above for it: the common word is a company's name
    elif t[0] == "i" and t[1:2].isupper():
        evidence = ("product",)  # "iPod", "iTunes": a product written with a small "i" first
    sent = words.sent
    if u > 0 and sent[u - 1] == sent[u]:
        prev = u - 1
        low = words.lower[prev]
        before = text[prev]
        if before in _HONORIFICS:
            evidence += ("title",)  # "Mr Blair", "Mrs Thatcher": a person whatever else is said
        elif low in _SHARED_ROLES:
            pass  # "rival Google", "analyst Gartner": a company as often as a person
        elif low in ROLES and (not words.cap[prev] or initial[prev]):  # "striker Shearer", not
            evidence += ("affiliation",) if affiliation(words, prev, u + 1) else ("role",)  # ", CEO IBM"
        elif low in _BEFORE_ORG and not words.cap[prev]:
            evidence += ("descriptor",)  # "the news weekly Der Spiegel", "carmaker Magna"
        elif (before == "the" or (before == "The" and initial[prev])) and not (
            u + 1 < len(text) and words.lower[u + 1] in _EPONYM_NOUNS
        ):
            evidence += ("determiner",)  # "the Phillies", "the CNB said": a person takes no article
    found = _chunk(words, (u,), evidence)
    k = t.rfind("-")
    if k >= 2 and t.endswith("ed") and t[k + 1 :].isalpha() and t[k + 1 :].islower():
        if t[:k].isupper() or words.lower[u][:k] not in gaz.words:  # "ETA-claimed": the name is "ETA"
            return [found._replace(end=found.start + k, text=t[:k])]
        return []  # "State-owned": a common word and a participle, no name
    return [found]


def _company_opener(words: Words, u: int) -> bool:
    """Whether a sentence-initial common word is a company by what follows it: "Kingfisher said its
    profit rose", "Shell's shares fell" (a plural, a role or a descriptor says nothing)."""
    lower, n, sent = words.lower, len(words.text), words.sent
    w = lower[u]
    if (w.endswith("s") and not w.endswith("ss")) or w in ROLES or w in _BEFORE_ORG or w in _COMMON_OPENERS:
        return False
    if words.poss[u]:
        return u + 1 < n and sent[u + 1] == sent[u] and lower[u + 1] in _COMPANY_POSSESSIONS
    if u + 3 >= n or lower[u + 1] not in SAYING_VERBS:
        return False
    k = u + 2
    if lower[k] == "on" and words.cap[k + 1]:
        k += 2  # "said on Wednesday it had bought"
    if k + 1 >= n or sent[k + 1] != sent[u]:
        return False
    if lower[k] == "its" or lower[k : k + 3] == ["in", "a", "statement"]:
        return True
    return lower[k] == "it" and its_own(lower, u, k + 1, n)  # "said it had", not "said it was"


def _run(
    words: Words, by_start: dict[int, Candidate], name_words: set[int], i: int
) -> tuple[list[Candidate | int], int]:
    """A maximal run of gazetteer matches and name words (outside headlines) from ``i``; returns units
    and the next index."""
    units: list[Candidate | int] = []
    n = len(words.text)
    sents, texts, cap, after_dateline = words.sent, words.text, words.cap, words.after_dateline
    sent = sents[i]
    while i < n and sents[i] == sent:
        # "BEIRUT Bomb blasts killed ...": the dateline (the core's) is no part of the next name
        if units and i in after_dateline:
            break
        if i in by_start:
            m = by_start[i]
            units.append(m)
            i = m.j
            if words.poss[i - 1] or m.end != words.end[i - 1] or m.start != words.start[m.i]:
                break
            continue
        if i in name_words:
            if texts[i][1:2].isupper() and texts[i][0] in "ie":  # "Apple iPod", "eBay UK": alone
                if not units:
                    units.append(i)
                    i += 1
                break
            units.append(i)
            i += 1
            if words.poss[i - 1]:
                break
            continue
        # a connector inside a name: "Bank of England", "Bashar al-Assad", "Ludwig van Beethoven",
        # the period of an initial: "S. Waugh"
        if units and i + 1 < n and sents[i + 1] == sent and (cap[i + 1] or (i + 1) in by_start):
            low = texts[i]
            prev = units[-1]
            if (
                low == "."
                and isinstance(prev, int)
                and len(texts[prev]) == 1
                and words.end[prev] == words.start[i]
            ):
                units.append(i)
                i += 1
                continue
            if (
                low in NAME_PARTICLES
                or low == "&"
                or (low == "of" and isinstance(prev, int) and texts[prev] in TITLES)
                or (
                    low in ORG_CONNECTORS
                    and any(isinstance(u, int) and texts[u] in ORG_HEADS for u in units)
                    and not (isinstance(prev, int) and texts[prev] in COMPANY_SUFFIXES)
                )
            ):
                units.append(i)
                i += 1
                continue
        break
    if not units:
        return units, i + 1
    first = units[0]
    start = first if isinstance(first, int) else first.i
    while units and isinstance(u := units[-1], int) and (texts[u] in _JOINERS or title_ends(words, units)):
        units.pop()
    if not units:
        return units, start + 1
    last = units[-1]
    return units, last + 1 if isinstance(last, int) else last.j


def _analyse(
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
            and not in_score_line(words, u0, _last_index(units[-1]) + 1)
            and not (len(units) > 1 and words.text[_first_index(units[1])] == "&")
            and not (len(units) > 1 and words.text[_last_index(units[-1])] in ORG_HEADS and t0 not in _LEADS)
            and not named_elsewhere(words, u0, _last_index(units[-1]) + 1)
        ):
            units = units[1:]
            if not units:
                return []
    # a title inside a run ends what stands before it: "... Administration Director Branko Bilbija"
    ends_org = words.text[_last_index(units[-1])] in ORG_HEADS
    cuts = [0]
    for k in range(1 if not ends_org else len(units), len(units) - 1):
        u = units[k]
        if isinstance(u, int) and words.text[u] in TITLES and isinstance(units[k + 1], int):
            before = words.text[_last_index(units[k - 1])]
            if before in PORTFOLIOS and words.text[u] in _PORTFOLIO_TITLES and isinstance(units[k - 1], int):
                if k > 1:
                    cuts.append(k - 1)  # "US Treasury Secretary John Snow": the portfolio opens the title
            elif before not in TITLES and not (before == "of" and _title_of(words, units, k - 1)):
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
    first = _first_index(units[0])
    if len(units) == 1 and len(words.text[first]) == 1:
        return []
    if len(units) >= 3 and words.text[_first_index(units[1])] == ".":
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
    last_word = words.text[_last_index(units[-1])] if units else ""
    # leading titles ("President", "Gen.", "Prime Minister") mark a person, unless the run is an
    # organisation ("Foreign Ministry")
    u0 = units[0] if units else None
    opens = isinstance(u0, int) and _opens_title(words, units, 0) and last_word not in ORG_HEADS
    s = _title_units(words, units, 0, gaz) if opens else 0
    if s and _qualifies_a_role(words, units, s):
        units = units[s:]  # "Former Everton midfielder": "Former" qualifies the role after the name
    elif s:
        evidence.append("title")
        units = units[s:]
        if _office_alone(words, units, gaz):
            return out  # a title alone: "Chief Operating Officer", "Deputy Chief Executive"
        if len(units) == 1 and isinstance(units[0], int) and common_in_document(words, units[0], gaz):
            return out  # "the General Election" where the text says "election" too: no person
    u0 = units[0] if units else None
    if isinstance(u0, int) and u0 >= 2 and words.text[u0 - 1] == "." and _after_title_abbreviation(words, u0):
        evidence.append("title")
    if not units or (
        len(units) == 1
        and isinstance(units[0], int)
        and (words.text[units[0]] in TITLES or _is_abbreviated_title(words, units[0]))
    ):
        return out
    units, typed = _without_place_type(words, units)
    if typed:
        evidence.append("place_of")  # "Kumarkhali Upazila", "Barangay Dolos": the name is the place
    first = _first_index(units[0])
    prev = first - 1 if first > 0 and words.sent[first - 1] == words.sent[first] else None
    inner_head = head_before_connector(words, units)  # "Patriotic Union of Kurdistan": the head before "of"
    if prev is not None:
        # "the official Disasters Emergency Committee"; "star Thomas Hayden Church" is a person
        org_headed = (last_word in ORG_HEADS or inner_head) and words.text[first] not in gaz.first_names
        _word_before_evidence(words, prev, len(units), evidence, org_headed)
    gaz_units = [u for u in units if isinstance(u, Candidate)]
    if len(gaz_units) == len(units):  # no name word
        if s and _titled_person(words, gaz_units, gaz):
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


# Titles that only qualify an office ("Former President X", "Acting Chairman Y"): before a name that
# a role noun follows, they qualify that role ("Former Everton midfielder John Smith").
_QUALIFIERS: Final = frozenset("Former Acting Ex".split())


def _qualifies_a_role(words: Words, units: Sequence[Candidate | int], s: int) -> bool:
    """Whether the ``s`` title units opening a run are qualifiers only and a lower-case role noun
    follows the run: the name is the role's club or body, not a titled person."""
    if s >= len(units) or not all(isinstance(u, int) and words.text[u] in _QUALIFIERS for u in units[:s]):
        return False
    k = _last_index(units[-1]) + 1
    return k < len(words.text) and words.sent[k] == words.sent[k - 1] and words.text[k] in _ROLE_NOUNS


_ROLE_NOUNS: Final = TEAM_ROLES | ROLES


def _word_before_evidence(
    words: Words, prev: int, n_units: int, evidence: list[str], org_headed: bool = False
) -> None:
    """Add to ``evidence`` what the word before a run segment says: a role, a company word, an article.

    A role word before a name that ends with an organisation's head is an adjective ("the official
    Disasters Emergency Committee"): no person's role."""
    low = words.lower[prev]
    lower_or_first = not words.cap[prev] or words.initial[prev]
    if low in _SHARED_ROLES and n_units == 1:
        pass  # one word after "rival", "analyst": a company as often as a person
    elif low in ROLES and lower_or_first and not org_headed:
        evidence.append("role")  # "striker Alan Shearer", "Rapper Eminem" opening the sentence
    elif low in _BEFORE_ORG and lower_or_first:
        evidence.append("descriptor")  # "the news weekly Der Spiegel", "Carmaker Magna Steyr"
    elif _determiner(words, prev):
        evidence.append("determiner")  # "the Phillies", "the CNB said": a person takes no article


def _titled_person(words: Words, matched: Sequence[Candidate], gaz: Gazetteer) -> bool:
    """Whether gazetteer matches right after a person's title are that person's name ("President
    Nelson Mandela", "Queen Victoria", "General Washington"): no country or demonym among them."""
    states = country_ids(gaz)
    return words.text[matched[0].i - 1] in _PERSON_TITLES and not any(
        not c.cands or c.cands[0][1] == "demonym" or c.cands[0][0] in states for c in matched
    )


def _office_alone(words: Words, units: list[Candidate | int], gaz: Gazetteer) -> bool:
    """Whether the words left after a title are the rest of the title ("Operating Officer")."""
    return (
        bool(units)
        and words.text[_last_index(units[-1])] in _OFFICE_HEADS
        and all(isinstance(u, int) for u in units)
        and words.text[_first_index(units[0])] not in gaz.first_names
    )


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
    r = _title_units(words, rest, 0, gaz)
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
        and words.text[_last_index(rest[-1])] not in STATE_INSTITUTIONS  # "German Embassy": no person German
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


def _title_units(words: Words, units: Sequence[Candidate | int], s: int, gaz: Gazetteer) -> int:
    """The index after the title that opens ``units`` at ``s`` ("President", "Prime Minister",
    "Secretary of State", "Minister of Foreign Affairs"), leaving at least one unit for the name."""
    n = len(units)
    text = words.text
    while n - s > 1 and _opens_title(words, units, s):
        s += 1
        u = units[s]
        if n - s > 2 and s > 0 and isinstance(u, int) and text[u] == "of":
            s += 2  # "of" and its complement: "of State", "of Defence"
            while n - s > 1 and isinstance(units[s], int) and text[units[s]] not in gaz.first_names:  # type: ignore[index]
                if n - s == 2 and _unit_words(units[-1]) == 1 and text[units[s]] not in TITLES:  # type: ignore[index]
                    break  # "Secretary of State Kerry": one word is left for the name
                s += 1
    return s


def _opens_title(words: Words, units: Sequence[Candidate | int], s: int) -> bool:
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
    return isinstance(v, int) and words.text[v] in _PORTFOLIO_TITLES


def _unit_words(u: Candidate | int) -> int:
    """The number of words of a unit."""
    return u.j - u.i if isinstance(u, Candidate) else 1


def _title_of(words: Words, units: Sequence[Candidate | int], k: int) -> bool:
    """Whether the "of" at unit ``k`` follows a title ("Minister of Foreign Affairs")."""
    prev = units[k - 1] if k > 0 else None
    return isinstance(prev, int) and words.text[prev] in TITLES


def _is_abbreviated_title(words: Words, i: int) -> bool:
    """Whether word ``i`` is an abbreviated title before its period ("Sen." in "Sen. John Doe")."""
    return words.text[i] in ABBREVIATED_TITLES and i + 1 < len(words.text) and words.text[i + 1] == "."


def _after_title_abbreviation(words: Words, i: int) -> bool:
    """Whether word ``i`` follows an abbreviated title and its period ("Sen. John Doe")."""
    return (
        i >= 2
        and words.text[i - 1] == "."
        and words.text[i - 2] in ABBREVIATED_TITLES
        and words.end[i - 2] == words.start[i - 1]
    )


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


def _first_index(u: Candidate | int) -> int:
    """The first word index of a unit."""
    return u.i if isinstance(u, Candidate) else u


def _last_index(u: Candidate | int) -> int:
    """The last word index of a unit."""
    return u.j - 1 if isinstance(u, Candidate) else u


def _determiner(words: Words, k: int) -> bool:
    """Whether word ``k`` is an article before a name: "the", or "The" opening a sentence ("The Tories
    said"); "The" inside a sentence opens a work's title ("starred in The Aviator")."""
    return words.text[k] == "the" or (words.text[k] == "The" and words.initial[k])


# Titles that only a person bears, right before the name ("Former", "Foreign", "Crown", "Saint",
# "Chief", "Deputy", "Field", "Lord" open place and other names too: "Former Yugoslavia").
_PERSON_TITLES: Final = frozenset(
    """Mr Mrs Ms Dr Sir Dame President King Queen Prince Princess Pope Sheikh Emir Sultan Emperor Empress
    General Colonel Admiral Senator Governor Mayor Chancellor Premier Minister Secretary Ayatollah Imam
    Cardinal Archbishop Bishop Rabbi Professor Captain Lieutenant Sergeant Corporal Judge Speaker
    Congressman Congresswoman President-elect Major-General Lieutenant-General Brigadier-General
    Lieutenant-Colonel Vice-Admiral Rear-Admiral""".split()
)
# Honorifics right before a name: a person ("Mr Blair"; the title itself is no part of the name).
_HONORIFICS: Final = frozenset("Mr Mrs Ms Miss Dr Sir Dame".split())
# Nouns a person's name qualifies after an article: "the Blair government", "the Ambani family", "the
# Gershon report" say nothing of an organisation (the article belongs to the noun).
_EPONYM_NOUNS: Final = frozenset(
    """government administration era years family report review inquiry affair campaign campaigns camp
    aides allies supporters backers loyalists operatives presidency candidacy brothers""".split()
)
# Roles a company plays too: before one word ("rival Google", "analyst Gartner", "partner Nissan")
# they say nothing of its type; before a full name they still announce the person.
_SHARED_ROLES: Final = frozenset("rival rivals opponent partner winner champion analyst counterpart".split())
# Capitalised trade nouns that lead a company's name.
_LEADS: Final = frozenset(
    "Distributor Publisher Carmaker Broadcaster Retailer Insurer Brewer Lender Pollster".split()
)
# What a company's name owns after "'s" when a common word opens the sentence ("Shell's shares"): the
# few of ORG_POSSESSIONS a country, an industry or a party has no claim to.
_COMPANY_POSSESSIONS: Final = frozenset("shares stock shareholders subsidiary ceo chief-executive".split())
# Common words that open a sentence before "said its" as a group of people or a body, never a company.
_COMMON_OPENERS: Final = frozenset("police government army military court party team club".split())
