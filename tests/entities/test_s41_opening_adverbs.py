"""Session 41: a sentence-opening adverb derived from a common word is no name ("Substantively the
agreement ..."), dropped by ``opening_adverbs``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse_entities.gazetteer import load
from newsparse_entities.opening_adverbs import derived_adverb


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended. Substantively the agreement addresses water access.",
        "The hearing ended. Procedurally, the court erred.",
        "Jurisdictionally the case is weak.",
    ],
)
def test_an_opening_adverb_is_no_name(text: str) -> None:
    """A capitalised "-ly" adverb of a common adjective, before a determiner or a comma: no entity."""
    doc = newsparse.parse(text, only=["entities"])
    assert [e.canonical for e in doc.entities] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Whitely said no to the plan.", "Whitely"),  # a name before its verb
        ("Lively said no. The actress Blake Lively agreed.", "Blake Lively"),  # capitalised inside
    ],
)
def test_a_name_in_ly_stays(text: str, name: str) -> None:
    """A surname in "-ly" before its verb, or written capitalised inside a sentence, stays a name."""
    doc = newsparse.parse(text, only=["entities"])
    assert name in [e.canonical for e in doc.entities]


@pytest.mark.parametrize(
    ("word", "adverb"),
    [
        ("substantively", True),
        ("procedurally", True),
        ("finally", False),  # in the lexicon: a common word already
        ("italy", False),
        ("kelly", False),
        ("beverly", False),
        ("connolly", False),
        ("ably", False),
    ],
)
def test_derived_adverbs(word: str, adverb: bool) -> None:
    """Only an adverb whose adjective the lexicon holds, and that the lexicon lacks itself."""
    assert derived_adverb(word, load().words) is adverb


@given(st.text(alphabet="abilycpstvoruen", max_size=20))
def test_a_derived_adverb_ends_in_ly(word: str) -> None:
    """Whatever the word, one called a derived adverb ends in "ly" and is at least six letters."""
    if derived_adverb(word, load().words):
        assert word.endswith("ly") and len(word) >= 6


_WORDS = load().words
_ADJECTIVES = tuple(sorted(w for w in _WORDS if w.isalpha() and len(w) >= 5 and w + "ly" not in _WORDS))


@given(st.sampled_from(_ADJECTIVES))
def test_an_adjective_of_the_lexicon_with_ly_is_a_derived_adverb(adjective: str) -> None:
    """Any lexicon word of five letters or more, with "-ly" and not itself a lexicon word, is read as a
    derived adverb; the word alone never is."""
    assert derived_adverb(adjective + "ly", load().words)
    assert not derived_adverb(adjective, load().words) or adjective.endswith("ly")
