"""The opener scan keeps every token where a trigger is found (it may only skip sentences)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.text import TokenColumns, token_columns
from newsparse_events.lexicon import ANAPHORIC_FIGURES, TRIGGERS
from newsparse_events.triggers import find_triggers, openers


def _openers(tokens: TokenColumns) -> list[int]:
    """:func:`openers` on the tokens' lower-cased texts, as the document's ``token_lowers`` gives them."""
    return openers(tuple(map(str.lower, tokens.texts)))


PHRASES = sorted(" ".join(key) for key in (*TRIGGERS, *ANAPHORIC_FIGURES))
FILLER = ["the", "that", "of", "people", "were", "in", "Gaza", ",", ".", "number", "dead", "and", "toll"]
CASINGS = st.sampled_from([str.lower, str.upper, str.title, str.capitalize])
WORDS = st.one_of(st.sampled_from(PHRASES), st.sampled_from(FILLER))
TEXTS = st.lists(st.tuples(WORDS, CASINGS), max_size=30).map(
    lambda parts: " ".join(casing(word) for word, casing in parts)
)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.integers(0, 5))
def test_every_trigger_starts_at_an_opener(text: str, cut: int) -> None:
    """In any window, each trigger :func:`find_triggers` finds starts at a token :func:`openers` keeps."""
    tokens = token_columns(text)
    starts = set(_openers(tokens))
    lo = min(cut, len(tokens.texts))
    for trigger in find_triggers(tokens, lo, len(tokens.texts)):
        assert trigger.a in starts


def test_most_words_are_notopeners() -> None:
    """Plain words, and "the" before anything but a figure noun ("the number"), are passed over."""
    tokens = token_columns("The minister visited the town and the visitors left; the number rose.")
    assert [(i, tokens.texts[i]) for i in _openers(tokens)] == [(len(tokens.texts) - 4, "the")]
    assert _openers(token_columns("The minister visited the town and the visitors left.")) == []


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(PHRASES), CASINGS)
def test_a_trigger_in_any_letter_case_opens_at_its_first_word(phrase: str, casing: object) -> None:
    """ "THE DEATH TOLL" and "Killed" are looked at like their lower-case forms."""
    assert callable(casing)
    tokens = token_columns(f"Reports said {casing(phrase)} rose")
    assert 2 in _openers(tokens)
