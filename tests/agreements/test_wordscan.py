"""The word-start scan finds what ``finditer`` / ``search`` find, and refuses patterns it cannot scan."""

from __future__ import annotations

import re

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from newsparse_agreements import recognise
from newsparse_agreements.wordscan import Words, build_masks

PATTERNS = recognise._SCANNED
TABLE = recognise._MASKS

# Words that start (or nearly start) cues of the scanned patterns, with noise and odd letters.
PIECES = st.sampled_from(
    """signed sign agreed to be signed refused to sign rejected collapsed broke down in force took effect
    brokered by mediated by backed by acting as mediator as guarantors held in talks in will monitor
    prohibits bans under the deal airstrikes shelling met held resumed extended violated the a of and
    Signed SIGNED ſigned İn Kelvin \u212aept naïve déjà 2018 U.S. al-Assad co-sponsored didn't don't
    , . ; : ( ) — " “ ” ' ’ -""".split()
)
TEXTS = st.lists(st.tuples(PIECES, st.sampled_from([" ", "", "  ", "\n", "-", ", "])), max_size=40).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.integers(0, 12), st.integers(0, 12))
def test_finditer_and_search_are_those_of_the_pattern(text: str, cut_start: int, cut_end: int) -> None:
    """Over any range, the scan yields the pattern's own matches, for every scanned pattern."""
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    words = Words.of(text, start, end, TABLE)
    for bit, pattern in enumerate(PATTERNS):
        expected = [(m.span(), m.lastgroup) for m in pattern.finditer(text, start, end)]
        assert [(m.span(), m.lastgroup) for m in words.finditer(pattern, bit)] == expected
        for pos in range(start, end + 1, 3):
            want = pattern.search(text, pos, end)
            got = words.search(pattern, bit, pos)
            assert (got.span() if got else None) == (want.span() if want else None)


def test_odd_letters_are_always_tried() -> None:
    """Non-ASCII letters that match Latin ones case-insensitively ("ſigned") are found as by the pattern."""
    text = "Both sides ſigned the truce, which is İn force."
    words = Words.of(text, 0, len(text), TABLE)
    bit = PATTERNS.index(recognise.STATUS_CUES)
    found = [m.group() for m in words.finditer(recognise.STATUS_CUES, bit)]
    assert found == [m.group() for m in recognise.STATUS_CUES.finditer(text)]
    assert "ſigned" in found


def test_words_without_a_cue_are_not_kept() -> None:
    """Only word starts that may open a scanned pattern are kept (the point of the scan)."""
    text = "Our weather looked mild and sunny by noon"
    assert Words.of(text, 0, len(text), TABLE).starts == ()


@pytest.mark.parametrize(
    "source",
    [
        r"signed",  # no word boundary: could match inside "cosigned"
        r"\b(?:signed|-led)",  # a branch that starts with a hyphen
        r"\b\w*",  # may match the empty string
    ],
)
def test_patterns_that_cannot_be_scanned_are_refused(source: str) -> None:
    """A pattern that could match elsewhere than at a letter after a word boundary is refused."""
    with pytest.raises(ValueError):
        build_masks([re.compile(source, re.IGNORECASE)])
