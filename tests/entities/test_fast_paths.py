"""The fast forms of the recogniser's scans give what their plain forms give.

``words_of``, ``headline_sentences`` and ``gazetteer_matches`` were rewritten for speed (C-level
passes over the tokens, sparse facts found by their text positions, name look-ups extended word by
word over a set of name prefixes); ``_decide`` reads the lexicon lazily and ``to_entities`` shares
the gazetteer's frozen identifiers.  The plain forms they replaced are kept here, as the reference:
on generated texts full of the cases the fast forms treat specially (possessives, hyphens, capitals,
line starts, title-cased and upper-case names, a final sigma) both must agree column by column.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import Document, Entity, Mention, Span
from newsparse.frozen import freeze
from newsparse_entities.camel_case import is_camel_case as _is_camel_case
from newsparse_entities.chunk_context import named_alone_elsewhere
from newsparse_entities.chunks import (
    _analyse,
    _name_words,
    _run,
    _single,
    _town_pair,
    _town_pair_chunk,
    chunks,
)
from newsparse_entities.gazetteer import Gazetteer, load
from newsparse_entities.head_aliases import code_aliases
from newsparse_entities.layout_names import dateline_places, numbered_names
from newsparse_entities.recognise import _acceptable, _hyphen_part, _key_text, gazetteer_matches
from newsparse_entities.resolve import Resolved, _decide, _person_like, to_entities
from newsparse_entities.rules import FUNCTION_WORDS
from newsparse_entities.words import Candidate, Words, _is_cap, headline_sentences, words_of

_POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S")


def reference_columns(doc: Document) -> dict[str, list[Any]]:
    """The columns as the plain per-token code computed them."""
    tokens = doc.tokens
    n = len(tokens)
    text = doc.text
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    texts = [t.text for t in tokens]
    poss = [False] * n
    for k in [k for k, t in enumerate(texts) if t.endswith(_POSSESSIVE_ENDINGS) and len(t) > 2]:
        texts[k] = texts[k][:-2]
        ends[k] -= 2
        poss[k] = True
    sent_ends = [s.end for s in doc.sentences]
    sents = [bisect_right(sent_ends, s) for s in starts]
    line_starts = set()
    for pos in [0] + [k + 1 for k, ch in enumerate(text) if ch in "\r\n"]:
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        line_starts.add(pos)
    alpha = [t[0].isalpha() for t in texts]
    upper = [a and len(t) > 1 and t.isupper() for a, t in zip(alpha, texts, strict=True)]
    cap = [a and (t[0].isupper() or ("-" in t and _is_cap(t))) for a, t in zip(alpha, texts, strict=True)]
    initial = [False] * n
    k = 0
    for g in range(len(sent_ends) + 1):
        limit = sent_ends[g] if g < len(sent_ends) else len(text) + 1
        if g:
            k = bisect_left(starts, sent_ends[g - 1], k)
        while k < n and starts[k] < limit:
            if alpha[k]:
                initial[k] = True
                break
            if texts[k][0].isdigit():
                break
            k += 1
    return {
        "start": starts,
        "end": ends,
        "text": texts,
        "lower": [t.lower() for t in texts],
        "poss": poss,
        "sent": sents,
        "initial": initial,
        "line_start": [s in line_starts for s in starts],
        "upper": upper,
        "cap": cap,
        "caps": [k for k in range(n) if cap[k]],
        "uppers": [k for k in range(n) if upper[k]],
        "hyphens": [k for k in range(n) if "-" in tokens[k].text],
    }


def reference_headlines(words: Words) -> frozenset[int]:
    """Headline sentences as the plain per-token counting found them."""
    rows = [k for k, t in enumerate(words.text) if t[0].isalpha() and len(t) > 1]
    sent, upper, cap = words.sent, words.upper, words.cap
    alpha = Counter([sent[k] for k in rows])
    ups = Counter([sent[k] for k in rows if upper[k]])
    capped_rows = [k for k in rows if cap[k] and not upper[k]]
    capped = Counter([sent[k] for k in capped_rows])
    function_caps = Counter(
        [sent[k] for k in capped_rows if not words.initial[k] and words.lower[k] in FUNCTION_WORDS]
    )
    out = set()
    for s, a in alpha.items():
        up = ups[s]
        if up >= 2 and up * 10 >= a * 6:
            out.add(s)
        elif a >= 4 and function_caps[s] >= 1 and (capped[s] + up) * 10 >= a * 8:
            out.add(s)
    return frozenset(out)


def reference_matches(words: Words, gaz: Gazetteer, headlines: frozenset[int]) -> list[Candidate]:
    """Gazetteer matches as the plain scan found them: every length tried, longest first."""
    out: list[Candidate] = []
    n = len(words.text)
    texts, sents, poss = words.text, words.sent, words.poss
    first = gaz.max_tokens
    starts = [
        k for k, t in enumerate(texts) if t in first or "-" in t or (words.upper[k] and t.title() in first)
    ]
    i = 0
    for k in starts:
        if k < i:
            continue
        i = k
        t = texts[i]
        found = None
        for title in (False, True) if words.upper[i] else (False,):
            limit = first.get(_key_text(words, i, title))
            if not limit or (not t[0].isupper() and not t[0].isalpha()):
                continue
            limit = min(limit, n - i)
            stop = i
            while stop < i + limit - 1 and not poss[stop]:
                stop += 1
            for length in range(stop - i + 1, 0, -1):
                if sents[i + length - 1] != sents[i]:
                    continue
                key = " ".join(_key_text(words, m, title) for m in range(i, i + length))
                if key in gaz.names and _acceptable(words, i, length, headlines, title):
                    cands = gaz.candidates(key)
                    if cands:
                        end = words.end[i + length - 1]
                        found = Candidate(i, i + length, words.start[i], end, key, "gaz", cands)
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


PIECES = (
    "Syria's",
    "Syria’s",
    "SYRIA'S",
    "a's's",
    "it’S",
    "'s",
    "’",
    "'",
    "-",
    "--",
    "al-Assad",
    "Ki-moon",
    "Saudi-led",
    "year-old",
    "anti-Syrian",
    "Pro-Kremlin",
    "/",
    "pro-Russian",
    "UN-backed",
    "U.S.",
    "U.N.",
    "New",
    "York",
    "NEW YORK",
    "New York City",
    "Idlib",
    "province",
    "Bank",
    "of",
    "England",
    "the",
    "The",
    "And",
    "To",
    "John",
    "Smith",
    "Mr.",
    "ΟΔΟΣ",
    "Σ",
    "İstanbul",
    "Ⅻ",
    "Ölüdeniz",
    "3M",
    "G7",
    "1996-08-30",
    "12",
    "0",
    "said",
    ".",
    ",",
    ":",
    "(",
    ")",
    "\n",
    "\r",
    "\r\n",
    "\n\n",
    "\n  ",
    " \t",
    "  ",
    "MOSCOW",
    "Moscow",
    "Washington",
    "Paris",
    "London",
)
pieces_texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(pieces_texts)
def test_words_of_gives_the_plain_columns(text: str) -> None:
    doc = Document(text)
    words = words_of(doc)
    expected = reference_columns(doc)
    for name, column in expected.items():
        assert getattr(words, name) == column, name
    assert words.bounds[0] == 0 and words.bounds[-1] == len(words.text)
    for g in range(len(words.bounds) - 1):
        assert all(words.sent[k] == g for k in range(words.bounds[g], words.bounds[g + 1]))


@settings(max_examples=150, deadline=None)
@given(pieces_texts)
def test_headlines_and_matches_are_the_plain_ones(text: str) -> None:
    gaz = load()
    words = words_of(Document(text))
    headlines = headline_sentences(words)
    assert headlines == reference_headlines(words)
    assert gazetteer_matches(words, gaz, headlines) == reference_matches(words, gaz, headlines)


def test_a_token_loses_one_possessive_only() -> None:
    words = words_of(Document("It was a's's turn, and Syria's."))
    assert "a's" in words.text and "Syria" in words.text
    assert words.poss[words.text.index("a's")]


def test_the_plain_forms_see_what_the_fast_ones_see() -> None:
    text = "NEW YORK 1996-08-30\nSyria's President Bashar al-Assad met Saudi-led envoys in New York City."
    words = words_of(Document(text))
    names = [c.text for c in gazetteer_matches(words, load(), headline_sentences(words))]
    assert "New York City" in names and "Syria" in names
    assert reference_columns(Document(text))["line_start"] == words.line_start


def reference_chunks(
    words: Words, matches: list[Candidate], gaz: Gazetteer, headlines: frozenset[int]
) -> list[Candidate]:
    """The chunk scan as it was before runs of one unit got their own path: every run walked by ``_run``."""
    by_start = {m.i: m for m in matches}
    name_words = _name_words(words, headlines)
    places = dateline_places(words, by_start)  # the dateline places and numbered names: as the scan's
    out: list[Candidate] = list(places)
    for c in places:
        name_words.difference_update(range(c.i, c.j))
    i = 0
    for k in sorted({*by_start, *name_words}):
        if k < i:
            continue
        units, i = _run(words, by_start, name_words, k)
        if len(units) == 1:
            u = units[0]
            out += _single(words, u, gaz) if isinstance(u, int) else [u]
        elif all(isinstance(u, Candidate) for u in units):
            matched = [u for u in units if isinstance(u, Candidate)]
            out += (
                [_town_pair_chunk(words, matched, gaz)]
                if len(units) == 2 and _town_pair(matched)
                else matched
            )
        else:
            out += _analyse(words, units, gaz)
    return numbered_names(words, sorted(out, key=lambda c: c.i), gaz)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_lone_head_opening_a_sentence_is_no_short_name_and_both_paths_agree(newline: str) -> None:
    """A name's head alone ("Ministry said") is a capitalised common noun, whatever name it opens
    elsewhere; a common word that is a company's short name ("Travelers had") stays, in both paths."""
    gaz = load()
    for text, lone, kept in (
        (f"Ministry had no comment.{newline}Staff of the Ministry Syria office left.", "Ministry", False),
        (f"Citi sold its Travelers Life arm.{newline}Travelers had sales of $5bn.", "Travelers", True),
    ):
        words = words_of(Document(text))
        headlines = headline_sentences(words)
        matches = gazetteer_matches(words, gaz, headlines)
        found = chunks(words, matches, gaz, headlines)
        assert found == reference_chunks(words, matches, gaz, headlines)
        assert (lone in [c.text for c in found]) is kept


# Name particles and connectors that go on a run or end it, and possessives that cut one.
_RUN_PIECES = (*PIECES, "al", "Al", "van", "de", "bin", "&", "for", "on", "Ministry", "Co", "Inc", "Kerry's")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=40).map(" ".join))
@example("Ministry said Ministry Syria's")  # the short-name rule ran in the fast path alone
def test_chunks_of_one_unit_are_what_the_run_walk_finds(text: str) -> None:
    gaz = load()
    words = words_of(Document(text))
    headlines = headline_sentences(words)
    matches = gazetteer_matches(words, gaz, headlines)
    assert chunks(words, matches, gaz, headlines) == reference_chunks(words, matches, gaz, headlines)


def test_a_particle_or_a_possessive_ends_a_run_as_before() -> None:
    text = "He met the Bank of England and al Bank's chief, Kerry's aide; de Gaulle, van Gogh & Co of Paris."
    gaz = load()
    words = words_of(Document(text))
    headlines = headline_sentences(words)
    matches = gazetteer_matches(words, gaz, headlines)
    found = chunks(words, matches, gaz, headlines)
    assert found == reference_chunks(words, matches, gaz, headlines)
    names = [c.text for c in found]
    assert "Bank of England" in names and "Kerry" in names and "Paris" in names


# Gazetteer names whose first word is lower-case ("al-Qaeda", "regime", "de"): looked up apart from
# the capitalised words.
_LOWER_FIRST_PIECES = (*_RUN_PIECES, "al-Qaeda", "al-Nusra", "regime", "pro-regime", "el-Sisi", "la", "les")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_LOWER_FIRST_PIECES), max_size=40).map(" ".join))
def test_matches_opening_in_lower_case_are_the_plain_ones(text: str) -> None:
    gaz = load()
    words = words_of(Document(text))
    headlines = headline_sentences(words)
    assert gazetteer_matches(words, gaz, headlines) == reference_matches(words, gaz, headlines)


def reference_decide(key: str, votes: dict[str, int], gaz: Gazetteer) -> str | None:
    """A chunk name's type as :func:`_decide` found it before its look-ups in the lexicon were made lazy."""
    parts = key.split()
    common = all(map(gaz.words.__contains__, key.lower().split()))
    if common and (not votes or (len(parts) == 1 and max(votes.values()) < 3)):
        return None
    if votes:
        best = max(votes, key=votes.__getitem__)
        if votes[best] >= 2 or len(parts) >= 2:
            return best
    if len(parts) == 1:
        word = parts[0]
        if word.lower() in gaz.words:
            return None
        if word.isupper() and 2 <= len(word) <= 5:
            return "ORG"
        if votes:
            return max(votes, key=votes.__getitem__)
        if _person_like(word, gaz):
            return "PERSON"
        return "ORG"
    if parts[0] in gaz.first_names or parts[-1] in gaz.surnames:
        return "PERSON"
    if parts[0].isupper() and parts[0].isalpha() and 2 <= len(parts[0]) <= 5:
        return "ORG"
    if any(_is_camel_case(p) for p in parts):
        return "ORG"
    return "PERSON" if len(parts) <= 3 else "ORG"


_NAME_WORDS = (
    "The",
    "Smith",
    "John",
    "IBM",
    "Paris",
    "Bank",
    "Said",
    "Will",
    "PlayStation",
    "McCall",
    "Petrov",
    "Of",
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=3).map(" ".join),
    st.dictionaries(st.sampled_from(["PERSON", "ORG", "GPE", "LOC"]), st.integers(0, 5), max_size=3),
)
def test_a_name_is_typed_as_before(key: str, votes: dict[str, int]) -> None:
    gaz = load()
    assert _decide(key, votes, gaz) == reference_decide(key, votes, gaz)


def reference_entities(resolved: list[Resolved], text: str) -> list[Entity]:
    """Entities grouped as before the gazetteer's identifiers were shared: every mapping merged into
    a new dict and frozen, each entity built with its checks."""
    by_id: dict[str, list[Resolved]] = {}
    last_end = -1
    for r in sorted(resolved, key=lambda r: (r.start, -r.end)):
        if r.start >= last_end:
            last_end = r.end
            by_id.setdefault(r.id, []).append(r)
    out = []
    for ident, rs in by_id.items():
        first = rs[0]
        identifiers = dict(first.identifiers)
        for r in rs[1:]:
            for k, v in r.identifiers.items():
                identifiers.setdefault(k, v)
        canonical = max([r.canonical for r in rs], key=len) if first.type == "PERSON" else first.canonical
        guess = all(r.guess for r in rs)
        mentions = tuple(
            Mention(
                r.start,
                r.end,
                text[r.start : r.end],
                r.form,
                None if r.title is None else Span(r.title[0], r.title[1], text[r.title[0] : r.title[1]]),
            )
            for r in rs
        )
        out.append(Entity(ident, first.type, canonical, mentions, identifiers, 0.5 if guess else None))
    return out


_TEXT = "Paris and Damascus said that John Smith met IBM in Idlib on Monday."
_SHARED = freeze({"geonames": 1, "country": "FR", "coordinates": [48.8, 2.3]})
_IDENTIFIERS = st.sampled_from(
    [{}, {"place": "geonames:1"}, {"parent": "SY"}, _SHARED, freeze({"iso3166": "SY"}), {"a": [1, 2]}]
)


@st.composite
def decided_mentions(draw: st.DrawFn) -> Resolved:
    start = draw(st.integers(0, len(_TEXT) - 2))
    end = draw(st.integers(start + 1, min(len(_TEXT), start + 12)))
    etype = draw(st.sampled_from(["PERSON", "ORG", "GPE"]))
    canonical = draw(st.sampled_from(["Paris", "John Smith", "Smith"]))
    title = draw(st.sampled_from([None, (0, 5)]))
    ident = draw(st.sampled_from(["a", "b", "c"]))
    identifiers, guess = draw(_IDENTIFIERS), draw(st.booleans())
    return Resolved(start, end, ident, etype, canonical, "name", identifiers, title, guess)


@settings(max_examples=300, deadline=None)
@given(st.lists(decided_mentions(), max_size=8))
def test_entities_are_grouped_as_before(resolved: list[Resolved]) -> None:
    assert list(to_entities(resolved, _TEXT)) == reference_entities(resolved, _TEXT)


def _plain_named_alone_elsewhere(words: Words, u: int) -> bool:
    """The plain scan ``named_alone_elsewhere`` replaced: every capitalized word, one by one."""
    n = len(words.text)
    return any(
        words.text[k] == words.text[u]
        and k != u
        and not words.initial[k]
        and not (k > 0 and words.cap[k - 1] and words.sent[k - 1] == words.sent[k])
        and not (k + 1 < n and words.cap[k + 1] and words.sent[k + 1] == words.sent[k])
        for k in words.caps
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from((*PIECES, "Apple", "Apple.", "and", "firms")), max_size=40).map(" ".join))
def test_named_alone_elsewhere_with_its_index_is_the_plain_scan(text: str) -> None:
    words = words_of(Document(text))
    index: dict[str, list[int]] = {}  # one index for the whole document, as chunks() shares it
    for u in words.caps:
        expected = _plain_named_alone_elsewhere(words, u)
        assert named_alone_elsewhere(words, u, index) == expected
        assert named_alone_elsewhere(words, u) == expected


def test_named_alone_elsewhere_reads_the_document_index() -> None:
    words = words_of(Document("Apple said so. Firms such as Microsoft and Apple agreed. Big Apple Inc rose."))
    index: dict[str, list[int]] = {}
    assert named_alone_elsewhere(words, 0, index)  # "Apple" alone inside the second sentence
    assert set(index) >= {"Apple", "Microsoft", "Big"}
    assert not named_alone_elsewhere(words, words.text.index("Microsoft"), index)  # nowhere else


def test_a_code_name_joins_its_product_and_no_product_leaves_the_mentions() -> None:
    doc = Document("Sony said sales of the PlayStation 2 rose. The PS2 sold well in Japan.")
    text = doc.text
    product = Resolved(
        text.index("PlayStation"),
        text.index(" rose"),
        "product:playstation-2",
        "PRODUCT",
        "PlayStation 2",
        "name",
        {},
    )
    code = Resolved(text.index("PS2"), text.index("PS2") + 3, "org:ps2", "ORG", "PS2", "name", {})
    joined = code_aliases([product, code], text)
    assert joined[1].id == "product:playstation-2"  # "PS2" spells "PlayStation 2"
    assert code_aliases([code], text) == [code]  # no product in the document: the mentions as given
