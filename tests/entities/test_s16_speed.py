"""Session 16's faster forms give what the plain forms they replaced give.

The plain forms are kept here as the reference: a chunk's head evidence by the four set tests in
order; sentence bounds by a bisection per sentence from the last bound; a hyphenated capital added
to the capitalised words whatever its first letter; a lone acronym found by the pattern alone.
"""

from __future__ import annotations

import inspect
from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document, Meta
from newsparse_entities.acronyms import spelled_acronyms
from newsparse_entities.chunk_context import HEAD_EVIDENCE, head_evidence
from newsparse_entities.gazetteer import load
from newsparse_entities.recognise import gazetteer_matches
from newsparse_entities.resolve import Resolved, to_entities
from newsparse_entities.rules import EVENT_HEADS, FACILITY_HEADS, LOC_HEADS, ORG_HEADS
from newsparse_entities.words import Candidate, _is_cap, headline_sentences, words_of
from tests.entities.helpers import entity_at, parse
from tests.entities.words_reference import _capitals

_ENDINGS = ("\n", "\r\n", "\r")


def test_head_table_answers_as_head_evidence() -> None:
    """Every head word and a few others: the table gives what the function gives (the first kind
    that holds, should a word become a head of two kinds)."""
    words = [*ORG_HEADS, *EVENT_HEADS, *LOC_HEADS, *FACILITY_HEADS, "Smith", "", "bank", "Paris"]
    assert all(HEAD_EVIDENCE.get(w) == head_evidence(w) for w in words)


def test_to_entities_is_no_generator() -> None:
    """The entities come as an iterator over a list, in first-mention order."""
    resolved = [
        Resolved(6, 11, "p:smith", "PERSON", "Smith", "name", {}),
        Resolved(0, 5, "o:acme", "ORG", "Acme", "name", {}),
    ]
    text = "Acme, Smith"
    got = to_entities(resolved, text)
    assert not inspect.isgenerator(got)
    assert [e.id for e in got] == ["o:acme", "p:smith"]


def _plain_bounds(doc: Document, starts: list[int]) -> list[int]:
    """Sentence bounds as first written: each sentence's end bisected from the last bound."""
    bounds, k = [0], 0
    for sentence in doc.sentences:
        k = bisect_left(starts, sentence.end, k)
        bounds.append(k)
    return [*bounds, len(starts)]


_SENTENCE = st.sampled_from(["Smith went home.", "Jones stayed", "A.", "  ", "Mr. Brown left!", "It rained?"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_SENTENCE, max_size=8), st.sampled_from(_ENDINGS), st.sampled_from([" ", "", "\n"]))
def test_bounds_are_the_plain_bounds(sentences: list[str], end: str, joint: str) -> None:
    """Any run of sentences, with every line ending: the bounds of the bisection from the last bound."""
    text = joint.join(s + end for s in sentences)
    doc = Document(text, meta=Meta())
    words = words_of(doc)
    assert words.bounds == _plain_bounds(doc, words.start)


def _plain_capitals(texts: list[str], firsts: list[str], hyphens: list[int]) -> list[int]:
    """The capitalised words as first written: every hyphenated word that _is_cap says is one added."""
    _, caps = _capitals(texts, firsts, [], cased=True)
    capped = {k for k in hyphens if firsts[k].isalpha() and _is_cap(texts[k])}
    return sorted(capped.union(caps))


_WORD = st.sampled_from(
    [
        "al-Assad",
        "Al-Qaeda",
        "pre-Budget",
        "ex-Reds",
        "el-Sisi",
        "x-ray",
        "-",
        "UN-backed",
        "bin",
        "Ó-x",
        "ب-Ab",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=10))
def test_hyphenated_capitals_are_the_plain_ones(texts: list[str]) -> None:
    """Hyphenated words with a small letter, a capital, no letter or a letter with no case first."""
    firsts = [t[0] for t in texts]
    hyphens = [k for k, t in enumerate(texts) if "-" in t]
    assert _capitals(texts, firsts, hyphens, cased=True)[1] == _plain_capitals(texts, firsts, hyphens)


def test_al_particle_capitalised_with_every_line_ending() -> None:
    """ "al-Assad" is a capitalised word (kept for the chunks), "pre-Budget" is none."""
    for end in _ENDINGS:
        doc = Document(
            f"Troops loyal to Bashar al-Assad advanced.{end}The pre-Budget talks ended.", meta=Meta()
        )
        words = words_of(doc)
        capitalised = {words.text[k] for k in words.caps}
        assert "al-Assad" in capitalised
        assert "pre-Budget" not in capitalised


def test_spelled_acronym_still_found() -> None:
    """A name in capitals after its spelled-out name takes that name; a name not in capitals is left."""
    for end in _ENDINGS:
        text = f"The Office of the Deputy Prime Minister (ODPM) said on Monday.{end}The ODPM refused."
        doc = parse(text)
        assert entity_at(doc, "ODPM").canonical == "Office of the Deputy Prime Minister"
    resolved = [Resolved(0, 4, "o:acme", "ORG", "Acme", "name", {})]
    assert spelled_acronyms(resolved, "Acme Corporation Makes Everything (ACME)") == resolved


def test_gazetteer_match_is_a_plain_candidate() -> None:
    """A gazetteer match built from its fields is the named tuple its constructor gives."""
    doc = Document("Officials in Paris said on Monday.", meta=Meta())
    words = words_of(doc)
    matches = gazetteer_matches(words, load(), headline_sentences(words))
    assert matches
    for m in matches:
        assert type(m) is Candidate
        assert m == Candidate(m.i, m.j, m.start, m.end, m.text, "gaz", m.cands)
        assert m.evidence == () and m.prefix is None
    assert matches[0].text == "Paris"
