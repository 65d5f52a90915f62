"""The parse's working state: a plain class (native when compiled), one set of tables a parse."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse_syntax.parser import parse_sentence
from newsparse_syntax.sentence_state import State, indices


def _state(words: list[str], tags: list[str]) -> State:
    """A state over ``words`` with nothing attached."""
    n = len(words)
    return State(words, tags, [None] * n, [None] * n, [-1] * n, [-1] * n, {})


def test_each_state_has_tables_of_its_own() -> None:
    first, second = _state(["he", "left"], ["PRON", "VERB"]), _state(["she", "came"], ["PRON", "VERB"])
    first.subject_of[1] = 0
    first.passive.add(1)
    first.appositive[2] = 1
    first.chains[1] = 0
    assert (second.subject_of, second.passive, second.appositive, second.chains) == ({}, set(), {}, {})


def test_state_attaches_and_refuses_a_word_on_itself() -> None:
    state = _state(["he", "left"], ["PRON", "VERB"])
    state.attach(0, 1, "nsubj")
    state.attach(1, 1, "root")
    assert (state.heads, state.rels) == ([1, None], ["nsubj", None])
    assert not state.free(0) and state.free(1)


def test_two_parses_share_nothing() -> None:
    lower, tags = ["the", "army", "said", "it", "left"], ["DET", "NOUN", "VERB", "PRON", "VERB"]
    once = parse_sentence(list(lower), list(tags), {})
    parse_sentence(["troops", "were", "killed"], ["NOUN", "AUX", "VERB"], {})
    assert parse_sentence(list(lower), list(tags), {}) == once


@given(st.lists(st.sampled_from(["NOUN", "VERB", "ADP", "the", ",", "Noun", ""]), max_size=40))
def test_indices_are_every_position_of_the_value_in_order(items: list[str]) -> None:
    """The one-scan ``indices`` finds what a comparison of every item finds (equal strings, not only
    the same objects: words built by slicing are other objects than the literals)."""
    for value in ("NOUN", "".join(["NO", "UN"]), "the", ",", ""):
        assert indices(items, value) == [k for k, item in enumerate(items) if item == value]
