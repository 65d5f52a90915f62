"""Find candidate entity spans in a document: gazetteer matches and capitalized name chunks.

Works on the document's own tokens (``doc.tokens``), with a possessive ``'s`` split off.  Both passes
are single left-to-right scans with a bounded look-ahead (the longest gazetteer name), so the time is
linear in the text length.  What each candidate *is* is settled later, for the whole document, by
:mod:`newsparse_entities.resolve`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

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
    ORG_HEADS,
    ROLES,
    SAYING_VERBS,
    STOP_CAPS,
    SUBDIVISION_WORDS,
    TITLES,
)

_APOSTROPHES = "'’"
_JOINERS = NAME_PARTICLES | ORG_CONNECTORS
_DIGIT = re.compile(r"\d")
_ALL_HEADS = ORG_HEADS | EVENT_HEADS | LOC_HEADS | FACILITY_HEADS


class Word(NamedTuple):
    """One token, with a possessive suffix split off and the facts the rules need (a tuple: fast)."""

    start: int
    end: int
    text: str
    poss: bool
    sent: int
    initial: bool
    line_start: bool
    upper: bool
    cap: bool


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


def words_of(doc: Document) -> list[Word]:
    """The document's tokens as :class:`Word` s, possessives split, sentence facts attached."""
    text = doc.text
    sentences = doc.sentences
    out: list[Word] = []
    append = out.append
    si = 0
    n_sent = len(sentences)
    sent_end = sentences[0].end if n_sent else len(text) + 1
    sent_first = True
    for tok in doc.tokens:
        start = tok.start
        if start >= sent_end:
            while si < n_sent and sentences[si].end <= start:
                si += 1
            sent_end = sentences[si].end if si < n_sent else len(text) + 1
            sent_first = True
        t = tok.text
        end = tok.end
        poss = False
        first = t[0]
        if len(t) > 2 and t[-1] in "sS" and t[-2] in _APOSTROPHES:
            t = t[:-2]
            end -= 2
            poss = True
        alpha = first.isalpha()
        if start == 0:
            line_start = True
        else:
            before = text[start - 1]
            if before == "\n":
                line_start = True
            elif before == " " or before == "\t":
                before2 = text[start - 2] if start >= 2 else "\n"
                if before2 == " " or before2 == "\t":
                    pos = start - _lead_space(text, start)
                    line_start = pos == 0 or text[pos - 1] == "\n"
                else:
                    line_start = before2 == "\n"
            else:
                line_start = False
        if alpha:
            upper = len(t) > 1 and t.isupper()
            cap = first.isupper() or ("-" in t and _is_cap(t))
            append(Word(start, end, t, poss, si, sent_first, line_start, upper, cap))
            sent_first = False
        else:
            append(Word(start, end, t, poss, si, False, line_start, False, False))
            if first.isdigit():
                sent_first = False
    return out


def _lead_space(text: str, pos: int) -> int:
    """How many spaces or tabs stand right before ``pos``."""
    k = 0
    while pos - k - 1 >= 0 and text[pos - k - 1] in " \t":
        k += 1
    return k


def headline_sentences(words: Sequence[Word]) -> frozenset[int]:
    """Headlines, where case says nothing about names: sentences in capitals, or in Title Case
    ("Toshiba Could Be First To Feel U.K. Trade Anger": capitalized function words give it away)."""
    upper: dict[int, int] = {}
    alpha: dict[int, int] = {}
    capped: dict[int, int] = {}
    function_caps: dict[int, int] = {}
    for w in words:
        if len(w.text) > 1 and w.text[0].isalpha():
            s = w.sent
            alpha[s] = alpha.get(s, 0) + 1
            if w.upper:
                upper[s] = upper.get(s, 0) + 1
            elif w.cap:
                capped[s] = capped.get(s, 0) + 1
                if not w.initial and w.text.lower() in FUNCTION_WORDS:
                    function_caps[s] = function_caps.get(s, 0) + 1
    out = set()
    for s, a in alpha.items():
        up = upper.get(s, 0)
        if up >= 2 and up * 10 >= a * 6:
            out.add(s)
        elif a >= 4 and function_caps.get(s, 0) >= 1 and (capped.get(s, 0) + up) * 10 >= a * 8:
            out.add(s)
    return frozenset(out)


def _key_text(w: Word, title: bool) -> str:
    """A word as the gazetteer keys it (title-cased when ``title``)."""
    if title and w.upper and len(w.text) > 2 and "." not in w.text:
        return w.text.title()
    return w.text


def gazetteer_matches(words: Sequence[Word], gaz: Gazetteer, headlines: frozenset[int]) -> list[Candidate]:
    """Longest gazetteer matches, left to right, not crossing sentences or possessives."""
    out: list[Candidate] = []
    n = len(words)
    i = 0
    max_tokens = gaz.max_tokens
    texts = [w.text for w in words]
    while i < n:
        w = words[i]
        found = None
        for title in (False, True) if w.upper else (False,):
            first = _key_text(w, title)
            limit = max_tokens.get(first)
            if not limit:
                continue
            if not w.text[0].isupper() and not w.text[0].isalpha():
                continue
            limit = min(limit, n - i)
            stop = i  # a possessive ends a name: "Syria's Idlib" is two names
            while stop < i + limit - 1 and not words[stop].poss:
                stop += 1
            for length in range(stop - i + 1, 0, -1):
                last = words[i + length - 1]
                if last.sent != w.sent:
                    continue
                if title:
                    key = " ".join(_key_text(words[k], title) for k in range(i, i + length))
                else:
                    key = " ".join(texts[i : i + length])
                cands = gaz.candidates(key) if key in gaz.names else ()
                if cands and _acceptable(words, i, length, cands, headlines, title):
                    found = Candidate(
                        i, i + length, w.start, last.end, _slice(words, i, i + length), "gaz", cands
                    )
                    break
            if found:
                break
        if found is None and "-" in w.text:
            found = _hyphen_part(w, i, gaz)
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.j
    return out


_HYPHEN_PREFIXES = frozenset("pro anti non ex post pre neo".split())


def _hyphen_part(w: Word, i: int, gaz: Gazetteer) -> Candidate | None:
    """A name inside a hyphenated word: "Saudi-led", "UN-backed", "Britain-based", "pro-Russian"."""
    if len(w.text) > 80:
        return None
    parts = w.text.split("-", 6)
    for k in range(len(parts) - 1, 0, -1):
        head, rest = "-".join(parts[:k]), "-".join(parts[k:])
        if head[:1].isupper() and rest[:1].islower() and head in gaz.names:
            return Candidate(i, i + 1, w.start, w.start + len(head), head, "gaz", gaz.candidates(head))
    if parts[0].lower() in _HYPHEN_PREFIXES:
        rest = w.text[len(parts[0]) + 1 :]
        if rest[:1].isupper() and rest in gaz.names:
            start = w.end - len(rest)
            return Candidate(i, i + 1, start, w.end, rest, "gaz", gaz.candidates(rest))
    return None


def _slice(words: Sequence[Word], i: int, j: int) -> str:
    """Placeholder text for a candidate; the resolver reads the real text from the document."""
    return " ".join(w.text for w in words[i:j])


def _acceptable(
    words: Sequence[Word],
    i: int,
    length: int,
    cands: Sequence[Sequence[str]],
    headlines: frozenset[int],
    title: bool,
) -> bool:
    """Reject matches case makes unlikely: title-cased look-ups outside headlines and datelines."""
    w = words[i]
    if title and w.sent not in headlines and not w.line_start:
        return False
    if length == 1 and not w.cap and not w.text[0].isupper():
        return False
    return True


def _is_name_word(words: Sequence[Word], i: int, headline: bool) -> bool:
    """Whether word ``i`` can be part of a capitalized name chunk (an initial "A." can)."""
    w = words[i]
    t = w.text
    if not w.cap or headline:
        return False
    if len(t) == 1 and i + 2 < len(words) and words[i + 1].text == "." and words[i + 2].cap:
        return True
    if t in STOP_CAPS or _DIGIT.search(t) or t in NON_ENTITY_ACRONYMS:
        return False
    if "-" in t and t.split("-", 1)[0] in STOP_CAPS:
        return False
    if ("'" in t or "’" in t) and t.replace("’", "'").split("'", 1)[0] in STOP_CAPS:
        return False  # "I'm", "It's", "They’re"
    if w.upper and len(t) > 6:
        return False
    return True


def chunks(
    words: Sequence[Word], matches: Sequence[Candidate], gaz: Gazetteer, headlines: frozenset[int]
) -> list[Candidate]:
    """Gazetteer matches and capitalized chunks, merged where one name spans both."""
    by_start = {m.i: m for m in matches}
    out: list[Candidate] = []
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        if i in by_start:
            units, i = _run(words, by_start, gaz, headlines, i)
            out.extend(_analyse(words, units, gaz))
            continue
        if _is_name_word(words, i, w.sent in headlines):
            units, i = _run(words, by_start, gaz, headlines, i)
            out.extend(_analyse(words, units, gaz))
            continue
        i += 1
    return out


def _run(
    words: Sequence[Word], by_start: dict[int, Candidate], gaz: Gazetteer, headlines: frozenset[int], i: int
) -> tuple[list[Candidate | int], int]:
    """A maximal run of gazetteer matches and name words from ``i``; returns units and the next index."""
    units: list[Candidate | int] = []
    n = len(words)
    sent = words[i].sent
    headline = sent in headlines
    while i < n and words[i].sent == sent:
        w = words[i]
        if i in by_start:
            m = by_start[i]
            units.append(m)
            i = m.j
            if words[i - 1].poss or m.end != words[i - 1].end or m.start != words[m.i].start:
                break
            continue
        if _is_name_word(words, i, headline):
            units.append(i)
            i += 1
            if w.poss:
                break
            continue
        # a connector inside a name: "Bank of England", "Bashar al-Assad", "Ludwig van Beethoven",
        # the period of an initial: "S. Waugh"
        if units and i + 1 < n and words[i + 1].sent == sent and (words[i + 1].cap or (i + 1) in by_start):
            low = w.text
            prev = units[-1]
            if (
                low == "."
                and isinstance(prev, int)
                and len(words[prev].text) == 1
                and words[prev].end == w.start
            ):
                units.append(i)
                i += 1
                continue
            last = units[-1]
            if low in NAME_PARTICLES or (
                low in ORG_CONNECTORS
                and any(isinstance(u, int) and words[u].text in ORG_HEADS for u in units)
                and not (isinstance(last, int) and words[last].text in COMPANY_SUFFIXES)
            ):
                units.append(i)
                i += 1
                continue
        break
    start = i if not units else _first_index(units[0])
    while units and isinstance(units[-1], int) and words[units[-1]].text in _JOINERS:
        units.pop()
    return units, (_last_index(units[-1]) + 1) if units else start + 1


def _analyse(words: Sequence[Word], units: list[Candidate | int], gaz: Gazetteer) -> list[Candidate]:
    """Split a run into candidates: titles, a leading common word, places before names, org names."""
    # a sentence-initial common word is not part of a name ("Operating in coordination, ...")
    if units and isinstance(units[0], int):
        w = words[units[0]]
        low = w.text.lower()
        if (
            w.initial
            and low in gaz.words
            and w.text not in gaz.first_names
            and w.text not in TITLES
            and len(w.text) > 1
            and not (len(units) > 1 and words[_last_index(units[-1])].text in ORG_HEADS)
        ):
            units = units[1:]
    # a title inside a run ends what stands before it: "... Administration Director Branko Bilbija"
    ends_org = bool(units) and words[_last_index(units[-1])].text in ORG_HEADS
    cuts = [0]
    for k in range(1 if not ends_org else len(units), len(units) - 1):
        u = units[k]
        if isinstance(u, int) and words[u].text in TITLES and isinstance(units[k + 1], int):
            if words[_last_index(units[k - 1])].text not in TITLES:
                cuts.append(k)
    cuts.append(len(units))
    out: list[Candidate] = []
    for a, b in itertools.pairwise(cuts):
        out += _analyse_segment(words, units[a:b], gaz)
    return out


def _analyse_segment(words: Sequence[Word], units: list[Candidate | int], gaz: Gazetteer) -> list[Candidate]:
    """Candidates of one run segment (no title inside it but at its start)."""
    out: list[Candidate] = []
    evidence: list[str] = []
    last_word = words[_last_index(units[-1])].text if units else ""
    # leading titles ("President", "Gen.", "Prime Minister") mark a person, unless the run is an
    # organisation ("Foreign Ministry")
    s = 0
    while (
        len(units) - s > 1
        and isinstance(units[s], int)
        and words[units[s]].text in TITLES  # type: ignore[index]
        and last_word not in ORG_HEADS
    ):
        s += 1
        evidence.append("title")
    units = units[s:]
    if units and isinstance(units[0], int) and _after_title_abbreviation(words, units[0]):
        evidence.append("title")
    if not units or (
        len(units) == 1
        and isinstance(units[0], int)
        and (words[units[0]].text in TITLES or _is_abbreviated_title(words, units[0]))
    ):
        return out
    prev = _prev_word(words, _first_index(units[0]))
    if prev is not None and prev.text.lower() in ROLES and not prev.cap:
        evidence.append("role")
    gaz_units = [u for u in units if isinstance(u, Candidate)]
    names = [u for u in units if isinstance(u, int)]
    if not names:
        return list(gaz_units)
    if not gaz_units:
        if len(units) == 1 and len(words[_first_index(units[0])].text) == 1:
            return out
        if len(units) >= 3 and words[_first_index(units[1])].text == ".":
            evidence.append("initial")
        elif (
            len(units) >= 2
            and words[_first_index(units[0])].text in gaz.first_names
            and words[_last_index(units[-1])].text not in _ALL_HEADS
        ):
            evidence.append("first_name")
        return [_chunk(words, units, tuple(evidence))]
    first_name = next((u for u in units if isinstance(u, int)), None)
    # "Russian Defense Ministry", "Turkish Airlines", "French Open": one organisation or event
    heads = ORG_HEADS | EVENT_HEADS | LOC_HEADS | FACILITY_HEADS
    if isinstance(units[-1], int) and last_word in heads and "title" not in evidence:
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
        while len(rest) - r > 1 and isinstance(rest[r], int) and words[rest[r]].text in TITLES:  # type: ignore[index]
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
            and words[lead[0].i].text in gaz.first_names
            and not words[lead[0].i].poss
        ):
            return [_chunk(words, units, (*evidence, "first_name"))]
        rest_words = [u for u in rest if isinstance(u, int)]
        if (
            lead
            and rest_words
            and all(
                _is_directional(words, u) or words[u].text.lower() in SUBDIVISION_WORDS for u in rest_words
            )
        ):
            return lead
        if ev != evidence or (rest and isinstance(rest[0], int) and words[rest[0]].text in gaz.first_names):
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
        if all(words[u].text in DIRECTIONS for u in units[:k] if isinstance(u, int)):
            return [u for u in units[k:] if isinstance(u, Candidate)] + _split_gaz(words, units[k:], ())
        if words[units[0]].text in gaz.first_names or "title" in evidence or "role" in evidence:
            return [_chunk(words, units, (*evidence, "first_name"))]
        return [_chunk(words, units, (*evidence, "mixed"))]
    return [_chunk(words, units, (*evidence, "mixed"))]


def _is_abbreviated_title(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` is an abbreviated title before its period ("Sen." in "Sen. John Doe")."""
    return words[i].text in ABBREVIATED_TITLES and i + 1 < len(words) and words[i + 1].text == "."


def _after_title_abbreviation(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` follows an abbreviated title and its period ("Sen. John Doe")."""
    return (
        i >= 2
        and words[i - 1].text == "."
        and words[i - 2].text in ABBREVIATED_TITLES
        and words[i - 2].end == words[i - 1].start
    )


def _split_gaz(
    words: Sequence[Word], units: list[Candidate | int], evidence: tuple[str, ...]
) -> list[Candidate]:
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


def _is_directional(words: Sequence[Word], i: int) -> bool:
    """Whether word ``i`` is a compass word."""
    return words[i].text in DIRECTIONS


def _first_index(u: Candidate | int) -> int:
    """The first word index of a unit."""
    return u.i if isinstance(u, Candidate) else u


def _last_index(u: Candidate | int) -> int:
    """The last word index of a unit."""
    return u.j - 1 if isinstance(u, Candidate) else u


def _prev_word(words: Sequence[Word], i: int) -> Word | None:
    """The word before ``i`` in the same sentence."""
    if i > 0 and words[i - 1].sent == words[i].sent:
        return words[i - 1]
    return None


def _chunk(
    words: Sequence[Word],
    units: Sequence[Candidate | int],
    evidence: tuple[str, ...],
    prefix: Candidate | None = None,
) -> Candidate:
    """One name chunk over ``units`` with the evidence its context gives."""
    i = _first_index(units[0])
    j = _last_index(units[-1]) + 1
    ev = list(evidence)
    nxt = words[j] if j < len(words) and words[j].sent == words[i].sent else None
    if nxt is not None:
        if nxt.text in SAYING_VERBS:
            ev.append("says")
        elif nxt.text == ",":
            after = words[j + 1].text.lower() if j + 1 < len(words) else ""
            after2 = words[j + 2].text.lower() if j + 2 < len(words) else ""
            if after == "who" or after in ROLES or (after in ("a", "an", "the") and after2 in ROLES):
                ev.append("apposition")
            elif after in SAYING_VERBS:
                ev.append("says")
        elif (
            nxt.text == "("
            and j + 2 < len(words)
            and words[j + 2].text == ")"
            and words[j + 1].upper
            and words[j + 1].text[0] == words[i].text[0]
            and "." not in words[j + 1].text
        ):
            ev.append("acronym_follows")
    prev = _prev_word(words, i)
    if prev is not None and prev.text.lower() in ("in", "at", "near", "from", "outside"):
        ev.append("place_prep")
    last = words[j - 1].text
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
        i, j, words[i].start, words[j - 1].end, _slice(words, i, j), "chunk", (), tuple(ev), prefix
    )
