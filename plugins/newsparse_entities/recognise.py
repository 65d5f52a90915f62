"""Find candidate entity spans in a document: gazetteer matches and capitalized name chunks.

Works on the document's own tokens (``doc.tokens``), with a possessive ``'s`` split off.  Both passes
are single left-to-right scans with a bounded look-ahead (the longest gazetteer name), so the time is
linear in the text length.  What each candidate *is* is settled later, for the whole document, by
:mod:`newsparse_entities.resolve`.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from operator import itemgetter

import attrs

from newsparse import Document
from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.rules import (
    ABBREVIATED_TITLES,
    COMPANY_SUFFIXES,
    DIRECTIONS,
    EVENT_HEADS,
    FACILITY_HEADS,
    FUNCTION_WORDS,
    LOC_HEADS,
    NAME_PARTICLES,
    NON_ENTITY_ACRONYMS,
    ORG_CONNECTORS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PLACE_NOUNS,
    ROLES,
    SAYING_VERBS,
    STOP_CAPS,
    SUBDIVISION_WORDS,
    TEAM_ROLES,
    TITLES,
    WEAK_FIRST_NAMES,
)

_APOSTROPHES = "'’"
_JOINERS = NAME_PARTICLES | ORG_CONNECTORS
_DIGIT = re.compile(r"\d")
# Cricket scorecard words around players' names: caught, bowled, leg before wicket, stumped.
_SCORECARD = frozenset(["c", "b", "lbw", "st"])
_ALL_HEADS = ORG_HEADS | EVENT_HEADS | LOC_HEADS | FACILITY_HEADS


@attrs.frozen(eq=False)
class Words:
    """The document's tokens as parallel columns (no object per token), possessive ``'s`` split off.

    ``words.text[i]`` is token ``i`` without its possessive; ``sent[i]`` its sentence index;
    ``initial[i]`` whether it is the first word of its sentence; ``line_start[i]`` whether only
    spaces stand before it on its line; ``upper``/``cap``: in capitals / capitalized.  ``bounds[g]``
    is the index of the first token of sentence ``g`` (and ``bounds[-1] == len(words.text)``), so sentence
    ``g`` is ``bounds[g]:bounds[g + 1]``; ``caps``, ``uppers`` and ``hyphens`` are the indices of the
    capitalized tokens, of those in capitals and of those with a hyphen: few, and where scans start.
    """

    start: list[int]
    end: list[int]
    text: list[str]
    lower: list[str]
    poss: list[bool]
    sent: list[int]
    initial: list[bool]
    line_start: list[bool]
    upper: list[bool]
    cap: list[bool]
    bounds: list[int]
    caps: list[int]
    uppers: list[int]
    hyphens: list[int]

    def __len__(self) -> int:
        """The number of tokens."""
        return len(self.start)

    def prev(self, i: int) -> int | None:
        """The index of the word before ``i`` in the same sentence, or None."""
        return i - 1 if i > 0 and self.sent[i - 1] == self.sent[i] else None


@attrs.frozen
class Candidate:
    """A span that may name an entity: ``kind`` is "gaz" (with ``cands``) or "chunk" (with ``evidence``)."""

    i: int
    j: int
    start: int
    end: int
    text: str
    kind: str
    cands: Sequence[Sequence[str]] = ()
    evidence: tuple[str, ...] = ()
    prefix: Candidate | None = None


def _is_cap(text: str) -> bool:
    """Whether a word starts with a capital (after an "al-"/"el-" style particle)."""
    if not text:
        return False
    if text[0].isupper():
        return True
    dash = text.find("-")
    return 0 < dash < 4 and dash + 1 < len(text) and text[dash + 1].isupper()


def _offsets(text: str, char: str) -> list[int]:
    """The offsets of ``char`` in ``text``: ``str.find`` skips to a rare character many times faster
    than a regular expression scans for it."""
    out = []
    p = text.find(char)
    while p >= 0:
        out.append(p)
        p = text.find(char, p + 1)
    return out


def words_of(doc: Document) -> Words:
    """The document's shared tokens (``doc.tokens``, not re-tokenised) as columns with sentence facts.

    This runs over every token of every document, so no Python code runs per token: the dense
    columns are built with ``map`` over C-level functions (the lower-cased words by lower-casing them
    all joined by newlines: no token holds whitespace, and a newline ends the context of a final
    sigma as the end of a string does); the sparse facts (capitals, possessives, hyphens, line and
    sentence starts) are found first, by a C-level filter or by their positions in the text bisected
    into the token offsets, and only those few tokens are looked at in Python.
    """
    tokens = doc.tokens
    n = len(tokens)
    if not n:
        return Words([], [], [], [], [], [], [], [], [], [], [0] * (len(doc.sentences) + 2), [], [], [])
    text = doc.text
    starts, ends, texts = (list(column) for column in zip(*tokens, strict=True))
    hyphens = sorted({bisect_right(starts, p) - 1 for p in _offsets(text, "-")})
    poss = [False] * n
    # where a token may end with a possessive 's, in text order, so that a token is cut once ("a's's"
    # loses its last "'s" only)
    ends_of_s = [p + 2 for quote in "'’" for p in _offsets(text, quote) if text[p + 1 : p + 2] in ("s", "S")]
    for end in sorted(ends_of_s):
        k = bisect_left(ends, end)
        if k < n and ends[k] == end and len(texts[k]) > 2:
            texts[k] = texts[k][:-2]
            ends[k] -= 2
            poss[k] = True
    # bounds[g]: the first token of sentence g, the number of sentence ends at or before its start
    bounds = [0]
    k = 0
    for sentence in doc.sentences:
        k = bisect_left(starts, sentence.end, k)
        bounds.append(k)
    bounds.append(n)
    sents: list[int] = []
    for g, (lo, hi) in enumerate(itertools.pairwise(bounds)):
        sents += [g] * (hi - lo)
    line_start = [False] * n
    for pos in [-1, *_offsets(text, "\n")]:
        pos += 1  # a line starts after a newline (or at 0) and any spaces, as ``^[ \t]*`` in MULTILINE
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        k = bisect_left(starts, pos)
        if k < n and starts[k] == pos:
            line_start[k] = True
    firsts = list(map(itemgetter(0), texts))
    # in capitals: a letter first, two characters or more, and str.isupper (few pass the C filter)
    all_cased_upper = itertools.compress(range(n), map(str.isupper, texts))
    uppers = [k for k in all_cased_upper if firsts[k].isalpha() and len(texts[k]) > 1]
    upper = [False] * n
    for k in uppers:
        upper[k] = True
    # capitalized: a capital letter first, or after an "al-" style particle
    caps = [k for k in itertools.compress(range(n), map(str.isupper, firsts)) if firsts[k].isalpha()]
    capped = {k for k in hyphens if firsts[k].isalpha() and _is_cap(texts[k])}
    if not capped.issubset(caps):
        caps = sorted(capped.union(caps))
    cap = [False] * n
    for k in caps:
        cap[k] = True
    # the first word of a sentence: its first token starting with a letter, unless a number came first
    initial = [False] * n
    for lo, hi in itertools.pairwise(bounds):
        for k in range(lo, hi):
            if firsts[k].isalpha():
                initial[k] = True
                break
            if firsts[k].isdigit():
                break
    return Words(
        start=starts,
        end=ends,
        text=texts,
        lower="\n".join(texts).lower().split("\n"),
        poss=poss,
        sent=sents,
        initial=initial,
        line_start=line_start,
        upper=upper,
        cap=cap,
        bounds=bounds,
        caps=caps,
        uppers=uppers,
        hyphens=hyphens,
    )


def headline_sentences(words: Words) -> frozenset[int]:
    """Headlines, where case says nothing about names: sentences in capitals, or in Title Case
    ("Toshiba Could Be First To Feel U.K. Trade Anger": capitalized function words give it away).

    Only a sentence with two words in capitals or a capitalized function word can be one, so the
    words of those few sentences alone are counted."""
    sent, text, upper, cap, bounds = words.sent, words.text, words.upper, words.cap, words.bounds
    ups = Counter(itertools.compress(sent, upper))
    function_caps = Counter(
        [
            sent[k]
            for k in words.caps
            if not upper[k] and not words.initial[k] and len(text[k]) > 1 and words.lower[k] in FUNCTION_WORDS
        ]
    )
    out = set()
    for s in {*(s for s, up in ups.items() if up >= 2), *function_caps}:
        rows = [k for k in range(bounds[s], bounds[s + 1]) if text[k][0].isalpha() and len(text[k]) > 1]
        a = len(rows)
        up = ups[s]
        capped = sum(1 for k in rows if cap[k] and not upper[k])
        if up >= 2 and up * 10 >= a * 6:
            out.add(s)
        elif a >= 4 and function_caps[s] >= 1 and (capped + up) * 10 >= a * 8:
            out.add(s)
    return frozenset(out)


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
    first = gaz.max_tokens
    texts = words.text
    known = itertools.compress(range(len(texts)), map(first.__contains__, texts))
    lettered = [k for k in known if texts[k][0].isalpha() or texts[k][0].isupper()]
    titled = [k for k in words.uppers if texts[k].title() in first]
    hyphened = [
        k
        for k in words.hyphens
        if texts[k][0].isupper() or texts[k].split("-", 1)[0].lower() in _HYPHEN_PREFIXES
    ]
    return sorted({*lettered, *hyphened, *titled})


@functools.lru_cache(maxsize=4)
def _name_prefixes(gaz: Gazetteer) -> frozenset[str]:
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
    return frozenset(out)


def gazetteer_matches(words: Words, gaz: Gazetteer, headlines: frozenset[int]) -> list[Candidate]:
    """Longest gazetteer matches, left to right, not crossing sentences or possessives."""
    out: list[Candidate] = []
    max_tokens = gaz.max_tokens
    names = gaz.names
    prefixes = _name_prefixes(gaz)
    texts, sents, poss, ends, upper = words.text, words.sent, words.poss, words.end, words.upper
    bounds = words.bounds
    i = 0
    for k in _match_starts(words, gaz):
        if k < i:
            continue
        i = k
        t = texts[i]
        found = None
        if t[0].isupper() or t[0].isalpha():
            for title in (False, True) if upper[i] else (False,):
                key = _key_text(words, i, title)
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
                    if _acceptable(words, i, length, headlines, title):
                        cands = gaz.candidates(key)
                        if cands:
                            found = Candidate(
                                i,
                                i + length,
                                words.start[i],
                                ends[i + length - 1],
                                _slice(words, i, i + length),
                                "gaz",
                                cands,
                            )
                            break
                if found:
                    break
        if found is None and "-" in t:
            found = _hyphen_part(words, i, gaz)
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.j
    return out


_HYPHEN_PREFIXES = frozenset("pro anti non ex post pre neo".split())


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
    if parts[0].lower() in _HYPHEN_PREFIXES:
        rest = text[len(parts[0]) + 1 :]
        if rest[:1].isupper() and rest in gaz.names:
            end = words.end[i]
            return Candidate(i, i + 1, end - len(rest), end, rest, "gaz", gaz.candidates(rest))
    return None


def _slice(words: Words, i: int, j: int) -> str:
    """Placeholder text for a candidate; the resolver reads the real text from the document."""
    return " ".join(words.text[i:j])


def _acceptable(words: Words, i: int, length: int, headlines: frozenset[int], title: bool) -> bool:
    """Reject matches case makes unlikely: title-cased look-ups outside headlines, datelines and score
    lines ("Chicago 11 TORONTO 2")."""
    if title and words.sent[i] not in headlines and not words.line_start[i]:
        if not _in_score_line(words, i, i + length):
            return False
    if length == 1 and not words.cap[i] and not words.text[i][0].isupper():
        return False
    return True


def _name_words(words: Words, headlines: frozenset[int]) -> set[int]:
    """The capitalized words outside headlines that can be part of a name chunk (an initial "A." can).

    One pass over the few capitalized words; a word of letters alone skips the tests for digits,
    hyphens and apostrophes."""
    text, cap, sent, upper = words.text, words.cap, words.sent, words.upper
    n = len(text)
    out: set[int] = set()
    for i in words.caps:
        if sent[i] in headlines:
            continue
        t = text[i]
        if len(t) == 1 and i + 2 < n and text[i + 1] == "." and cap[i + 2]:
            out.add(i)
            continue
        if t in STOP_CAPS or t in NON_ENTITY_ACRONYMS:
            continue
        if not t.isalpha():
            if _DIGIT.search(t):
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
    out: list[Candidate] = []
    i = 0
    for k in sorted({*by_start, *name_words}):
        if k < i:
            continue
        units, i = _run(words, by_start, name_words, k)
        matched = [u for u in units if isinstance(u, Candidate)]
        if len(matched) == len(units):
            out += matched  # gazetteer matches alone stand as they are (what _analyse would find)
        else:
            out += _analyse(words, units, gaz)
    return out


def _run(
    words: Words, by_start: dict[int, Candidate], name_words: set[int], i: int
) -> tuple[list[Candidate | int], int]:
    """A maximal run of gazetteer matches and name words (outside headlines) from ``i``; returns units
    and the next index."""
    units: list[Candidate | int] = []
    n = len(words.text)
    sents, texts = words.sent, words.text
    sent = sents[i]
    while i < n and sents[i] == sent:
        if i in by_start:
            m = by_start[i]
            units.append(m)
            i = m.j
            if words.poss[i - 1] or m.end != words.end[i - 1] or m.start != words.start[m.i]:
                break
            continue
        if i in name_words:
            units.append(i)
            i += 1
            if words.poss[i - 1]:
                break
            continue
        # a connector inside a name: "Bank of England", "Bashar al-Assad", "Ludwig van Beethoven",
        # the period of an initial: "S. Waugh"
        if units and i + 1 < n and sents[i + 1] == sent and (words.cap[i + 1] or (i + 1) in by_start):
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
    start = i if not units else _first_index(units[0])
    while units and isinstance(units[-1], int) and texts[units[-1]] in _JOINERS:
        units.pop()
    return units, (_last_index(units[-1]) + 1) if units else start + 1


def _analyse(words: Words, units: list[Candidate | int], gaz: Gazetteer) -> list[Candidate]:
    """Split a run into candidates: titles, a leading common word, places before names, org names."""
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
            and not _in_score_line(words, u0, _last_index(units[-1]) + 1)
            and not (len(units) > 1 and words.text[_first_index(units[1])] == "&")
            and not (len(units) > 1 and words.text[_last_index(units[-1])] in ORG_HEADS)
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
            if words.text[_last_index(units[k - 1])] not in TITLES:
                cuts.append(k)
    if len(cuts) == 1:
        return _analyse_segment(words, units, gaz)  # one segment, the common case: no copy
    cuts.append(len(units))
    out: list[Candidate] = []
    for a, b in itertools.pairwise(cuts):
        out += _analyse_segment(words, units[a:b], gaz)
    return out


def _analyse_segment(words: Words, units: list[Candidate | int], gaz: Gazetteer) -> list[Candidate]:
    """Candidates of one run segment (no title inside it but at its start)."""
    out: list[Candidate] = []
    evidence: list[str] = []
    last_word = words.text[_last_index(units[-1])] if units else ""
    # leading titles ("President", "Gen.", "Prime Minister") mark a person, unless the run is an
    # organisation ("Foreign Ministry")
    s = 0
    while (
        len(units) - s > 1
        and isinstance(units[s], int)
        and words.text[units[s]] in TITLES  # type: ignore[index]
        and last_word not in ORG_HEADS
    ):
        s += 1
        evidence.append("title")
    if s:
        units = units[s:]
    u0 = units[0] if units else None
    if isinstance(u0, int) and u0 >= 2 and words.text[u0 - 1] == "." and _after_title_abbreviation(words, u0):
        evidence.append("title")
    if not units or (
        len(units) == 1
        and isinstance(units[0], int)
        and (words.text[units[0]] in TITLES or _is_abbreviated_title(words, units[0]))
    ):
        return out
    first = _first_index(units[0])
    prev = first - 1 if first > 0 and words.sent[first - 1] == words.sent[first] else None
    if prev is not None and words.lower[prev] in ROLES and not words.cap[prev]:
        evidence.append("role")
    elif prev is not None and words.lower[prev] in ORG_DESCRIPTORS and not words.cap[prev]:
        evidence.append("descriptor")  # "the news weekly Der Spiegel", "carmaker Magna"
    elif prev is not None and words.text[prev] == "the":
        evidence.append("determiner")  # "the Phillies", "the CNB said": a person takes no article
    gaz_units = [u for u in units if isinstance(u, Candidate)]
    if len(gaz_units) == len(units):  # no name word
        return gaz_units
    if not gaz_units:  # name words alone (units[-1] is still the last unit: last_word)
        if len(units) == 1 and len(words.text[first]) == 1:
            return out
        if len(units) >= 3 and words.text[_first_index(units[1])] == ".":
            evidence.append("initial")
        elif len(units) >= 2 and words.text[first] in gaz.first_names and last_word not in _ALL_HEADS:
            evidence.append("first_name")
        return [_chunk(words, units, tuple(evidence))]
    first_name = next((u for u in units if isinstance(u, int)), None)
    # "Russian Defense Ministry", "Turkish Airlines", "French Open": one organisation or event
    if isinstance(units[-1], int) and last_word in _ALL_HEADS and "title" not in evidence:
        prefix = units[0] if isinstance(units[0], Candidate) else None
        head_ev = (*evidence, "head") if last_word in ORG_HEADS else tuple(evidence)
        return [_chunk(words, units, head_ev, prefix=prefix)]
    # "Turkish President Recep Tayyip Erdogan": a place or demonym, titles, then a person
    h = 0
    while h < len(units) and isinstance(units[h], Candidate):
        h += 1
    head, rest = units[:h], units[h:]
    if head and rest:
        ev = list(evidence)
        r = 0
        while len(rest) - r > 1 and isinstance(rest[r], int) and words.text[rest[r]] in TITLES:  # type: ignore[index]
            r += 1
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
            out.extend(_split_gaz(words, rest, tuple(ev)))
            return out
        if all(_is_demonym(u) for u in lead):
            out.extend(lead)
            out.extend(_split_gaz(words, rest, tuple(ev)))
            return out
        return [_chunk(words, units, (*evidence, "mixed"), prefix=lead[0])]
    # unknown words first: "George Washington" (a person), "Bayern Munich" (a club)
    if first_name is not None and isinstance(units[0], int):
        k = 0
        while k < len(units) and isinstance(units[k], int):
            k += 1
        if all(words.text[u] in DIRECTIONS for u in units[:k] if isinstance(u, int)):
            return [u for u in units[k:] if isinstance(u, Candidate)] + _split_gaz(words, units[k:], ())
        if words.text[units[0]] in gaz.first_names or "title" in evidence or "role" in evidence:
            return [_chunk(words, units, (*evidence, "first_name"))]
        return [_chunk(words, units, (*evidence, "mixed"))]
    return [_chunk(words, units, (*evidence, "mixed"))]


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


def _in_score_line(words: Words, i: int, j: int) -> bool:
    """Whether words ``i:j`` are a team in a results or standings line: a score follows, and the name
    opens its line or follows the other side's score ("Bradford 1 Tranmere 0", "Stoke 4 3 1 0 7 4 10");
    after the score the line ends, or another score or the other side follows ("About 100 people",
    "Ronaldo 9, Rooney 87" and "Fleming 8-1-26-3" are none)."""
    if j >= len(words.text) or words.sent[j] != words.sent[i]:
        return False
    nxt = words.text[j]
    if not (nxt.isdigit() and len(nxt) <= 3):
        return False
    k = j + 1
    if k < len(words.text) and words.sent[k] == words.sent[i]:
        after = words.text[k]
        if not ((after.isdigit() and len(after) <= 3) or words.cap[k]):
            return False
    return words.line_start[i] or (
        i > 0 and words.sent[i - 1] == words.sent[i] and words.text[i - 1].isdigit()
    )


def _chunk(
    words: Words,
    units: Sequence[Candidate | int],
    evidence: tuple[str, ...],
    prefix: Candidate | None = None,
) -> Candidate:
    """One name chunk over ``units`` with the evidence its context gives."""
    u = units[0]
    i = u.i if isinstance(u, Candidate) else u
    u = units[-1]
    j = u.j if isinstance(u, Candidate) else u + 1
    ev = list(evidence)
    sent = words.sent
    nxt = words.text[j] if j < len(sent) and sent[j] == sent[i] else None
    if nxt is not None:
        if nxt in SAYING_VERBS:
            ev.append("says")
        elif nxt == ",":
            after = words.lower[j + 1] if j + 1 < len(words.text) else ""
            after2 = words.lower[j + 2] if j + 2 < len(words.text) else ""
            if after == "who" or after in ROLES or (after in ("a", "an", "the") and after2 in ROLES):
                ev.append("apposition")
            elif after in SAYING_VERBS:
                ev.append("says")
        elif (
            nxt == "("
            and j + 2 < len(words.text)
            and words.text[j + 2] == ")"
            and words.upper[j + 1]
            and words.text[j + 1][0] == words.text[i][0]
            and "." not in words.text[j + 1]
        ):
            ev.append("acronym_follows")
    prev = i - 1 if i > 0 and sent[i - 1] == sent[i] else None
    if (
        prev is not None
        and words.text[prev] == "of"
        and prev > 0
        and words.text[prev - 1] in PLACE_NOUNS  # lower case: "State Department of Health" is a name
    ):
        ev.append("place_of")  # "the province of Yunnan", "the mining town of Moengo"
    elif (
        nxt is not None
        and words.lower[j] in SUBDIVISION_WORDS
        and words.lower[j] not in ("state", "department")
    ):
        ev.append("place_of")  # "Sharqiyah province"
    if "descriptor" in ev and "first_name" in ev:
        ev.remove("descriptor")  # "former broadcaster Peter Kent": the first name wins
    if (
        nxt is not None
        and words.lower[j] in TEAM_ROLES
        and not ("first_name" in ev or "title" in ev or "role" in ev)
    ):
        ev.append("team_role")  # "Reds manager Ray Knight", "Eagles owner Jeffrey Lurie"
    if (prev is not None and words.text[prev] in _SCORECARD) or (nxt is not None and nxt in _SCORECARD):
        ev.append("scorecard")  # "Ranatunga lbw b Fleming 0", "S. Law c Tillekeratne b Dharmasena"
    if "&" in words.text[i:j]:  # "Douglas & Lomason", "Standard & Poor's": no person's name
        ev = [e for e in ev if e != "first_name"] + ["ampersand"]
    if (
        nxt is not None
        and nxt.isdigit()  # what _in_score_line looks at first
        and not ("first_name" in ev or "initial" in ev or "title" in ev)
        and _in_score_line(words, i, j)
    ):
        ev.append("score")  # a golfer with a first name and a score stays a person
    place = prev is not None and words.lower[prev] in ("in", "at", "near", "from", "outside")
    if place:
        ev.append("place_prep")
    if words.text[i] in WEAK_FIRST_NAMES and "first_name" in ev:
        # "Abu" opens people's names and places' alike ("Abu Kamal"): after "near" it is no person
        ev = (
            [e for e in ev if e != "first_name"]
            if place
            else ["weak_first_name" if e == "first_name" else e for e in ev]
        )
    last = words.text[j - 1]
    if j - i < 2:
        pass  # a head word alone ("Group", "Government") names nothing
    elif last in ORG_HEADS:
        ev.append("org_head")
    elif last in EVENT_HEADS:
        ev.append("event_head")
    elif last in LOC_HEADS:
        ev.append("loc_head")
    elif last in FACILITY_HEADS:
        ev.append("facility_head")
    return Candidate(
        i, j, words.start[i], words.end[j - 1], " ".join(words.text[i:j]), "chunk", (), tuple(ev), prefix
    )
