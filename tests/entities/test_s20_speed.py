"""Session 20: the entities layer's speed steps find what the general code finds (Hypothesis checks)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse_entities import layout_names
from newsparse_entities.chunk_segments import _analyse_segment, _words_segment
from newsparse_entities.gazetteer import Gazetteer, load
from newsparse_entities.words import Candidate, Words, words_of

_WORDS = st.sampled_from(
    """President Gen Treasury Secretary Barangay Upazila Mr John Smith Kafr Lusin Mount Everest Bank of
    England Union Kurdistan Patriotic the The said rival striker carmaker Magna . S Waugh Ministry Party
    Apple in , Sony PlayStation 2 G4 Radio 4 One Airbus A380 9 -- minute""".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join))
def test_a_segment_of_name_words_is_cut_as_the_general_code_cuts_it(text: str) -> None:
    """Every run of words of a text, taken as a segment of name words alone, gives the candidates of
    :func:`_analyse_segment` through :func:`_words_segment`."""
    words, gaz = words_of(Document(text)), load()
    n = len(words.text)
    for i in range(n):
        for j in range(i + 1, min(n, i + 5) + 1):
            units: list[Candidate | int] = list(range(i, j))
            assert _words_segment(words, units, gaz) == _analyse_segment(words, units, gaz)


def _plain_filter(words: Words, cands: list[Candidate]) -> list[Candidate]:
    """The candidates :func:`layout_names.numbered_names` weighed before session 20: its offsets
    tested first, then the word after (a model code searched for every word)."""
    text, n = words.text, len(words.text)
    kept = []
    for c in cands:
        j = c.j
        if j >= n or words.start[j] != c.end + 1 or words.sent[j] != words.sent[c.i]:
            continue
        t = text[j]
        if (t.isdigit() and len(t) <= 4) or t in layout_names._NUMBER_WORDS or _MODEL_CODE.fullmatch(t):
            if layout_names._numbered_context(words, c):
                kept.append(c)
    return kept


_MODEL_CODE = re.compile(r"[A-Z]{1,2}[0-9]{1,4}[a-z]?")


@pytest.mark.pure
@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join))
def test_numbered_names_weighs_the_candidates_the_first_order_weighed(text: str) -> None:
    """The candidates whose evidence as numbered names is weighed are those the tests in their first
    order let through: every span of up to three words, whatever follows it."""
    words, gaz = words_of(Document(text)), load()
    n = len(words.text)
    cands = [
        Candidate(i, j, words.start[i], words.end[j - 1], " ".join(words.text[i:j]), "chunk")
        for i in range(n)
        for j in range(i + 1, min(n, i + 3) + 1)
    ]
    weighed: list[Candidate] = []
    evidence = layout_names._numbered_evidence

    def spy(w: Words, c: Candidate, g: Gazetteer) -> tuple[str, ...] | None:
        """The evidence, with the candidate weighed noted."""
        weighed.append(c)
        return evidence(w, c, g)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(layout_names, "_numbered_evidence", spy)
        layout_names.numbered_names(words, cands, gaz)
    assert weighed == _plain_filter(words, cands)
