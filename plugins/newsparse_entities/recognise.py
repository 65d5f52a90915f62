"""Find candidate entity spans in a document: gazetteer matches (here) and capitalized name chunks.

Both passes (this one and :mod:`newsparse_entities.chunks`) are single left-to-right scans over the
words of :mod:`newsparse_entities.words` with a bounded look-ahead (the longest gazetteer name), so
the time is linear in the text length.  What each candidate *is* is settled later, for the whole
document, by :mod:`newsparse_entities.resolve`.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping
from typing import Final

from newsparse_entities.chunk_context import in_score_line
from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.result_rows import result_row_side
from newsparse_entities.rules import ABBREVIATED_TITLES
from newsparse_entities.words import Candidate, Words

_new = tuple.__new__  # a Candidate from all its fields in order, without the named tuple's Python frame


def _key_text(words: Words, k: int, title: bool) -> str:
    """Word ``k`` as the gazetteer keys it (title-cased when ``title``)."""
    t = words.text[k]
    if title and words.upper[k] and len(t) > 2 and "." not in t:
        return t.title()
    return t


def _match_starts(words: Words, gaz: Gazetteer) -> list[int]:
    """Indices where a gazetteer match may start (a superset: a known first word, or a hyphen).

    The known first words are found by a C-level filter (``map`` of the dict's membership test) and
    the words in capitals, whose title-cased form may be known, are few.  Words that cannot start a
    match are left out: a known word must start with a letter (or a capital); a hyphenated word not
    known, with a capital ("Saudi-led") or a prefix ("pro-Russian"), for :func:`_hyphen_part`."""
    # a capitalised word opens with a letter, so it is a first word of ``max_tokens`` exactly when it
    # is one of those that open with a letter: the dict the match loop reads next (its entry is then
    # in the cache), not a copy of its keys
    first = gaz.max_tokens
    texts = words.text
    # a capitalised word is looked up in the large dict; every word in the few first words that
    # open otherwise ("al", "de"): most words are lower-case, and a small dict stays in the cache.
    # Compiled, a comprehension tests membership by one C call an item, where ``map`` of the dict's
    # ``__contains__`` made a method call an item (the same indices, in the same order)
    lettered = [k for k in words.caps if texts[k] in first]
    others = _other_first_words(gaz)
    # most documents have none, which their lower-cased forms against the words' set tell at once
    if not _lowered(others).isdisjoint(words.vocabulary) and not others.isdisjoint(texts):
        lettered += itertools.compress(range(len(texts)), map(others.__contains__, texts))
    titled = [k for k in words.uppers if texts[k].title() in first]
    hyphened = [
        k
        for k in words.hyphens
        if texts[k][0].isupper() or str.lower(texts[k].split("-", 1)[0]) in _HYPHEN_PREFIXES
    ]
    return sorted({*lettered, *hyphened, *titled})


@functools.lru_cache(maxsize=4)
def _other_first_words(gaz: Gazetteer) -> frozenset[str]:
    """The first words of gazetteer names that open with a letter or a capital but that a capitalised
    word (``Words.caps``: a capital letter first) cannot be: the few looked up for every word of a
    document (a set: its ``isdisjoint`` over a list is a third faster than a dict's keys view's)."""
    # a letter or a capital first, not both: a small letter ("al", "de"), or a capital symbol
    return frozenset(k for k in gaz.max_tokens if k[0].isalpha() != k[0].isupper())


@functools.lru_cache(maxsize=4)
def _lowered(names: frozenset[str]) -> frozenset[str]:
    """The names lower-cased: a word of the document can be one of ``names`` only if its lower-cased
    form is one of these."""
    return frozenset(str.lower(name) for name in names)


@functools.lru_cache(maxsize=4)
def _name_prefixes(gaz: Gazetteer) -> Mapping[str, None]:
    """Every proper word prefix of a gazetteer name ("New" and "New York" of "New York City").

    A look-up extends a name word by word only while some name goes on, instead of joining and
    trying every length up to the longest name with that first word."""
    out: set[str] = set()
    for key in gaz.names:
        while " " in key:
            key = key.rpartition(" ")[0]
            if key in out:
                break  # its own prefixes are in already
            out.add(key)
    return dict.fromkeys(out)  # a dict of strings, which the garbage collector stops tracking


def gazetteer_matches(words: Words, gaz: Gazetteer, headlines: frozenset[int]) -> list[Candidate]:
    """Longest gazetteer matches, left to right, not crossing sentences or possessives."""
    out: list[Candidate] = []
    max_tokens = gaz.max_tokens
    names = gaz.names
    prefixes = _name_prefixes(gaz)
    texts, sents, poss, ends, upper = words.text, words.sent, words.poss, words.end, words.upper
    bounds, cap = words.bounds, words.cap
    i = 0
    for k in _match_starts(words, gaz):
        if k < i:
            continue
        i = k
        t = texts[i]
        found = None
        if t[0].isupper() or t[0].isalpha():
            for title in (False, True) if upper[i] else (False,):
                key = _key_text(words, i, True) if title else t
                limit = max_tokens.get(key)
                if not limit:
                    continue
                # the lengths that are names, up to the limit, the sentence's end or a possessive
                # ("Syria's Idlib" is two names)
                top = min(limit, bounds[sents[i] + 1] - i)
                hits = []
                length = 1
                while True:
                    if key in names:
                        hits.append((length, key))
                    if length >= top or poss[i + length - 1] or key not in prefixes:
                        break
                    key += " " + (_key_text(words, i + length, True) if title else texts[i + length])
                    length += 1
                for length, key in reversed(hits):
                    # what _acceptable says, its one test for a look-up as written inlined (most)
                    if (
                        _acceptable(words, i, length, headlines, title)
                        if title
                        else length > 1 or cap[i] or t[0].isupper()
                    ):
                        cands = gaz.candidates(key)
                        if cands:
                            # the text is the key: never read (the resolver reads the document's)
                            found = _new(
                                Candidate,
                                (
                                    i,
                                    i + length,
                                    words.start[i],
                                    ends[i + length - 1],
                                    key,
                                    "gaz",
                                    cands,
                                    (),
                                    None,
                                ),
                            )
                            break
                if found:
                    break
        if found is not None and found.j == i + 1 and t in ABBREVIATED_TITLES and _before_period(words, i):
            found = None  # "Sens. Ted Cruz": a plural title, not the town of Sens
        if found is None and "-" in t:
            found = _hyphen_part(words, i, gaz)
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.j
    return out


_HYPHEN_PREFIXES: Final = frozenset("pro anti non ex post pre neo".split())


def _before_period(words: Words, i: int) -> bool:
    """Whether word ``i`` is written right before its period (an abbreviation's: "Sens. Ted Cruz"), and
    not after a preposition of place, which makes it the town ("a cathedral in Sens.")."""
    k = i + 1
    if i > 0 and str.lower(words.text[i - 1]) in _PLACE_PREPOSITIONS:
        return False
    return k < len(words.text) and words.text[k] == "." and words.end[i] == words.start[k]


_PLACE_PREPOSITIONS: Final = frozenset("in at near outside around".split())


def _hyphen_part(words: Words, i: int, gaz: Gazetteer) -> Candidate | None:
    """A name inside a hyphenated word: "Saudi-led", "UN-backed", "Britain-based", "pro-Russian"."""
    text = words.text[i]
    if len(text) > 80:
        return None
    parts = text.split("-", 6)
    start = words.start[i]
    for k in range(len(parts) - 1, 0, -1):
        head, rest = "-".join(parts[:k]), "-".join(parts[k:])
        if head[:1].isupper() and rest[:1].islower() and head in gaz.names:
            return Candidate(i, i + 1, start, start + len(head), head, "gaz", gaz.candidates(head))
    if str.lower(parts[0]) in _HYPHEN_PREFIXES:
        rest = text[len(parts[0]) + 1 :]
        if rest[:1].isupper() and rest in gaz.names:
            end = words.end[i]
            return Candidate(i, i + 1, end - len(rest), end, rest, "gaz", gaz.candidates(rest))
    return None


def _acceptable(words: Words, i: int, length: int, headlines: frozenset[int], title: bool) -> bool:
    """Reject matches case makes unlikely: title-cased look-ups outside headlines, datelines and score
    lines ("Chicago 11 TORONTO 2")."""
    if title and words.sent[i] not in headlines and not words.line_start[i]:
        if not (in_score_line(words, i, i + length) or result_row_side(words, i, i + length)):
            return False  # "Atlanta 6 CHICAGO 5 ( 2nd game )": a result row with a note after it
    if length == 1 and not words.cap[i] and not words.text[i][0].isupper():
        return False
    return True
