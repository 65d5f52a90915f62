"""Word segmentation as UD English does it: clitics and hyphens split, abbreviations kept whole."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse_syntax.words import _PLAIN_WORD, split_columns, split_words


def words(text: str) -> list[str]:
    return [text[a:b] for a, b in split_words(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria's army", ["Syria", "'s", "army"]),
        ("they don't, can't and won't", ["they", "do", "n't", ",", "ca", "n't", "and", "wo", "n't"]),
        ("I'm sure they’re here", ["I", "'m", "sure", "they", "’re", "here"]),
        ("a cease-fire", ["a", "cease", "-", "fire"]),
        (
            "Dr. Smith of Acme Inc. met George W. Bush",
            ["Dr.", "Smith", "of", "Acme", "Inc.", "met", "George", "W.", "Bush"],
        ),
        ("The U.S. said no.", ["The", "U.S.", "said", "no", "."]),
        ("1,447 people... 3.5%", ["1,447", "people", "...", "3.5", "%"]),
        ("I cannot, we're gonna", ["I", "can", "not", ",", "we", "'re", "gon", "na"]),
        ("an e-mail to re-run the cease-fire", ["an", "e-mail", "to", "re-run", "the", "cease", "-", "fire"]),
        ("at http://x.org/a?b=1, 303-832-8160", ["at", "http://x.org/a?b=1", ",", "303-832-8160"]),
        ("in 1990-2000 ____", ["in", "1990", "-", "2000", "____"]),
        (
            "Really!? Why..? (see [http://x.org/a]) etc.",
            ["Really", "!?", "Why", "..?", "(", "see", "[", "http://x.org/a", "]", ")", "etc."],
        ),
        ("i dont know, we havent, donut", ["i", "do", "nt", "know", ",", "we", "have", "nt", ",", "donut"]),
        ("O'Neill's goal, D'Arcy and 'Neill", ["O'Neill", "'s", "goal", ",", "D'Arcy", "and", "'", "Neill"]),
        ("its a reel, its own, Its not", ["it", "s", "a", "reel", ",", "its", "own", ",", "It", "s", "not"]),
        ("im 15, thats alot", ["i", "m", "15", ",", "that", "s", "a", "lot"]),
        ("ive been, Ive got it", ["i", "ve", "been", ",", "I", "ve", "got", "it"]),
        ("Jony Ive said Im Kwon-taek", ["Jony", "Ive", "said", "Im", "Kwon", "-", "taek"]),
        (
            "Lets go. Lets.\r\nits kind of odd\rits kind",
            ["Let", "s", "go", ".", "Lets", ".", "it", "s", "kind", "of", "odd", "its", "kind"],
        ),
        ("its all-time high, Thats", ["its", "all", "-", "time", "high", ",", "That", "s"]),
        (
            "its pretty harbour, its going rate, its going to",
            ["its", "pretty", "harbour", ",", "its", "going", "rate", ",", "it", "s", "going", "to"],
        ),
    ],
)
def test_segmentation(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_only_a_window_is_split() -> None:
    text = "one two three"
    assert split_words(text, 4, 7) == [(4, 7)]


@given(st.text(max_size=300))
def test_words_cover_every_visible_character_once(text: str) -> None:
    spans = split_words(text)
    covered = [False] * len(text)
    last = 0
    for a, b in spans:
        assert last <= a < b  # in order, not overlapping, never empty
        last = b
        for k in range(a, b):
            covered[k] = True
    assert covered == [not ch.isspace() for ch in text]


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 300))
def test_columns_are_the_words(text: str, start: int, end: int) -> None:
    """The column form (what the layer uses) finds the very words :func:`split_words` finds."""
    starts, ends, forms = split_columns(text, start, end)
    assert list(zip(starts, ends, strict=True)) == split_words(text, start, end)
    assert forms == [text[a:b] for a, b in zip(starts, ends, strict=True)]


_PLAIN = re.compile(_PLAIN_WORD, re.VERBOSE)
# the letters and marks the fast alternatives and the split words turn on, and some that fold case
_MARKS = "cannotdgwaihsNTAOlLmve.,'’-@:;!?+_\"“”()[]$%&/#…*DPp1 \n\tſKİé"
_PIECES = (
    "cannot gonna wanna gotta outta dont CANT wont Shouldnt want data n't ’s ... .com www. Dr. etc. U.S. "
    ":) !? -- a@b.org its Its im Im thats alot ive Ive Lets kind of been the all"
).split()
_TRICKY = st.sampled_from([*_MARKS, *_PIECES, "W. Bush"])


@given(st.lists(_TRICKY, max_size=40).map("".join) | st.text(max_size=200))
def test_fast_order_finds_the_plain_orders_words(text: str) -> None:
    """The alternatives tried first for speed take exactly what the plain order takes."""
    assert split_words(text) == [m.span() for m in _PLAIN.finditer(text)]


@pytest.mark.parametrize(
    "text",
    ["want data, he said.", "CANNOT. dont!", '"Gonna" (wanna) $5 %', "Santa's point.. ..", "x.@y n’t ’s"],
)
def test_fast_order_on_examples(text: str) -> None:
    assert split_words(text) == [m.span() for m in _PLAIN.finditer(text)]
