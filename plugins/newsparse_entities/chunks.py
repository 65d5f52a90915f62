"""Capitalized name chunks: runs of name words and gazetteer matches, cut and weighed by their context.

The scan over the words lives here; a run of one name word is read in :mod:`.chunk_singles`, a longer
run is cut into its names in :mod:`.chunk_segments` (titles inside a run: :mod:`.chunk_titles`); each
was split from here by an exact move, to keep every module under the size limit."""

from __future__ import annotations

import re
from collections.abc import Sequence
from operator import itemgetter
from typing import Final

from newsparse_entities.chunk_build import build_chunk as _chunk
from newsparse_entities.chunk_context import national_branch
from newsparse_entities.chunk_segments import analyse_run as _analyse
from newsparse_entities.chunk_singles import company_opener as _company_opener
from newsparse_entities.chunk_singles import single_word as _single
from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.layout_names import code_name, dateline_places, numbered_names
from newsparse_entities.rules import (
    COMPANY_SUFFIXES,
    NAME_PARTICLES,
    NON_ENTITY_ACRONYMS,
    ORG_CONNECTORS,
    ORG_HEADS,
    STOP_CAPS,
    TITLES,
)
from newsparse_entities.titles import title_ends
from newsparse_entities.words import Candidate, Words

_JOINERS: Final = NAME_PARTICLES | ORG_CONNECTORS
_FIRST_WORD: Final = itemgetter(0)  # a candidate's first word index
_DIGIT: Final = re.compile(r"\d")


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
