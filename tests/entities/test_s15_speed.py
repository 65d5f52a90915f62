"""Session 15's faster forms give what the plain forms they replaced give.

The plain forms are kept here as the reference: the words a title may not take, as the set of every
mention's bisected word range; the sentence index of each word, sentence by sentence.
"""

from __future__ import annotations

from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document, Meta
from newsparse_entities.titles import covered
from newsparse_entities.words import words_of

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8)


def _plain_taken(starts: list[int], spans: list[tuple[int, int]]) -> set[int]:
    """The words of the spans as first written: each span's bisected word range, in one set."""
    return {k for a, b in spans for k in range(bisect_left(starts, a), bisect_left(starts, b))}


@settings(max_examples=300, deadline=None)
@given(st.sets(st.integers(0, 60)), _SPANS)
def test_covered_words_are_the_plain_set(positions: set[int], spans: list[tuple[int, int]]) -> None:
    """Overlapping, nested, touching, empty and reversed spans: the same words as the plain set."""
    starts = sorted(positions)
    taken = covered(starts, spans)
    plain = _plain_taken(starts, spans)
    assert {k for k in range(len(starts)) if k in taken} == plain


def test_covered_cases() -> None:
    """A mention inside one word covers none; touching mentions cover both; the word after, none."""
    starts = [0, 4, 8, 12, 16]
    assert not any(k in covered(starts, [(5, 7)]) for k in range(5))  # inside the second word
    taken = covered(starts, [(4, 8), (8, 11)])
    assert [k for k in range(5) if k in taken] == [1, 2]
    assert "x" not in taken


def test_sentence_column_with_every_line_ending() -> None:
    """Each word's sentence index is its sentence's, whatever the line endings."""
    for end in ("\n", "\r\n", "\r"):
        text = f"Smith went home.{end}{end}Jones stayed. Brown left{end}Green came."
        doc = Document(text, meta=Meta())
        words = words_of(doc)
        expected = []
        for g, sentence in enumerate(doc.sentences):
            expected += [g] * sum(1 for s in words.start if sentence.start <= s < sentence.end)
        assert words.sent == expected
        assert len(words.sent) == len(words.start)


def test_cue_sets_hold_no_missing_word() -> None:
    """build_chunk reads a missing word before a chunk as "" or None and one after as None: no set of
    cue words it tests them against may hold either, or a chunk at a sentence's edge would gain evidence."""
    from newsparse_entities import chunk_build as cb

    sets = [
        cb.PLACE_EVIDENCE_BEFORE,
        cb.PLACE_EVIDENCE_AFTER,
        cb.TEAM_ROLES,
        cb.POSSESSED_ROLES,
        cb.CLAUSE_MARKS,
        cb._SIDE_CUES,
        cb._LAYOUT_AFTER,
        cb._LAYOUT_BEFORE,
        cb._PRODUCT_BEFORE,
        cb.COMPANY_LIST_OPENERS,
        cb.WORK_GATE,
        cb._PLACE_PREVIOUS,
        cb._AFFILIATION_CUES,
    ]
    assert not any("" in s or None in s for s in sets)


def test_chunk_evidence_at_sentence_edges() -> None:
    """A name opening or closing its sentence, or the text, gets the evidence of its one neighbour."""
    from .helpers import entity_at, parse

    for end in ("\n", "\r\n", "\r"):
        doc = parse(f"Shares of Acme Widgets rose.{end}{end}Analyst Jane Smith said so.{end}Blue Harbour")
        assert entity_at(doc, "Jane Smith").type == "PERSON"
        assert entity_at(doc, "Acme Widgets").type == "ORG"
