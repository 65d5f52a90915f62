"""The opener scan keeps every token where a trigger is found (it may only skip sentences)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Token
from newsparse.text import tokenize
from newsparse_events.lexicon import ANAPHORIC_FIGURES, TRIGGERS
from newsparse_events.recognise import (
    _OPENING_PAIRS,
    _OPENING_SPELLINGS,
    _PAIR_FIRSTS,
    _SINGLE_WORDS,
    _openers,
    find_triggers,
)

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
    """In any window, each trigger :func:`find_triggers` finds starts at a token :func:`_openers` keeps."""
    tokens = tokenize(text)
    openers = set(_openers(tokens))
    lo = min(cut, len(tokens))
    for trigger in find_triggers(tokens, lo, len(tokens)):
        assert trigger.a in openers


def test_most_words_are_not_openers() -> None:
    """Plain words, and "the" before anything but a figure noun ("the number"), are passed over."""
    tokens = tokenize("The minister visited the town and the visitors left; the number rose.")
    assert [(i, tokens[i].text) for i in _openers(tokens)] == [(len(tokens) - 4, "the")]
    assert _openers(tokenize("The minister visited the town and the visitors left.")) == []


def test_only_the_kelvin_sign_lowers_to_an_ascii_letter() -> None:
    """The fact the opener spellings rest on: no other non-ASCII character lowers to ASCII."""
    odd = [chr(c) for c in range(0x80, sys.maxunicode + 1) if chr(c).lower().isascii()]
    assert odd == ["\u212a"]


def plain_openers(tokens: Sequence[Token]) -> list[int]:
    """The openers found by lower-casing every token (what the spellings stand for)."""
    words = [token.text.lower() for token in tokens]
    return [
        i
        for i, word in enumerate(words)
        if word in _SINGLE_WORDS or (i + 1 < len(words) and (word, words[i + 1]) in _OPENING_PAIRS)
    ]


SECONDS = sorted({pair[1] for pair in _OPENING_PAIRS} | {"dead", "people", "."})


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(_SINGLE_WORDS | _PAIR_FIRSTS)),
    st.lists(st.integers(0, 2), min_size=12),
    st.sampled_from(SECONDS),
    CASINGS,
)
def test_any_spelling_of_an_opening_word_is_found(
    word: str, choices: list[int], second: str, casing: Callable[[str], str]
) -> None:
    """Whatever its letter case (a Kelvin sign for "k" included), an opening word is looked at."""
    spelling = "".join(
        ("\u212a" if c == "k" and pick == 2 else c.upper() if pick else c)
        for c, pick in zip(word, choices, strict=False)
    )
    assert spelling.lower() == word
    assert spelling in _OPENING_SPELLINGS
    tokens = tokenize(f"{spelling} {casing(second)}")
    assert _openers(tokens) == plain_openers(tokens)
