"""The claims layer's shortcuts for speed read the same as the plain rules they stand for."""

from __future__ import annotations

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse.strategies import news_texts, texts
from newsparse_claims.lexicon import CONTENT_CUTS
from newsparse_claims.recognise import _next_cut, _token_ranges
from newsparse_claims.resolve import _MODAL_BEFORE, _NEGATION_BEFORE, cue_qualifiers

# words and pieces that make (or almost make) a negation or a modal before a cue
_PIECES = ["not", "NOT", "never", "n't", "n’t", "did", "would", "Could", "may", "have", "can", "Shall"]
_PIECES += ["ſhall", "cannot", "knot", "he", "it", "will", "MUST", "might", "(would", "x", " ", "  ", "\n"]


def _plain_qualifiers(text: str) -> tuple[bool, str | None]:
    """The two patterns run over the 30 characters before the cue, with no shortcut."""
    before = text[-30:]
    modal = _MODAL_BEFORE.search(before)
    return _NEGATION_BEFORE.search(before) is not None, modal.group(1).lower() if modal else None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from([" ", "  ", "", "\t"]))
def test_cue_qualifiers_read_as_their_patterns(pieces: list[str], gap: str) -> None:
    text = " ".join(pieces) + gap
    assert cue_qualifiers(text + "said", len(text)) == _plain_qualifiers(text)


def test_cue_qualifiers_examples() -> None:
    assert cue_qualifiers("He did not say", 11) == (True, None)
    assert cue_qualifiers("She would never say", 16) == (True, "would")
    assert cue_qualifiers("The ministry said", 13) == (False, None)


def _plain_cut(low: list[str], start: int, limit: int) -> int:
    """The content's end as the word-by-word reading gives it."""
    for k in range(start, limit):
        word = low[k]
        if word == ";" or (word == "," and k + 1 < limit and low[k + 1] in CONTENT_CUTS):
            return k
        if word in CONTENT_CUTS and k > start and low[k - 1] == ",":
            return k
    return limit


_WORDS = st.lists(st.sampled_from([",", ";", "but", "however", "we", "won", "."]), min_size=2, max_size=20)


@settings(max_examples=400, deadline=None)
@given(_WORDS, st.data())
def test_next_cut_reads_as_the_word_by_word_rule(words: list[str], data: st.DataObject) -> None:
    low = ["he", "said", *words]
    limit = data.draw(st.integers(2, len(low)))
    cues = [("verb", 1, 2, (0, 1))]
    assert _next_cut(low, cues, 0, limit) == _plain_cut(low, 2, limit)


@settings(max_examples=100, deadline=None)
@given(st.one_of(texts(), news_texts()))
def test_token_ranges_read_as_a_search_of_token_ends(text: str) -> None:
    doc = Document(text)
    tokens = doc.tokens
    plain = []
    k = 0
    for sentence in doc.sentences:
        k = bisect.bisect_left(tokens, sentence.start, k, len(tokens), key=lambda token: token.start)
        lo = k
        k = bisect.bisect_right(tokens, sentence.end, k, len(tokens), key=lambda token: token.end)
        plain.append((lo, k))
    columns = doc.token_columns
    assert _token_ranges(columns.starts, columns.ends, [(s.start, s.end) for s in doc.sentences]) == plain

