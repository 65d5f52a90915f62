"""Splitting only the stretches near number-like words gives what splitting the whole text gives."""

from __future__ import annotations

import importlib
import re
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

from newsparse.strategies import news_texts
from newsparse.text import token_columns, tokenize
from newsparse_quantities.found import replaced
from newsparse_quantities.numbers import split_words
from newsparse_quantities.windows import (
    _anchors,
    _positions,
    _sign_positions,
    _word_pattern,
    window_end,
    window_words,
    windows,
)

_LETTERS = re.compile(r"[^\W\d_]+")
# the module, not the function of the same name that the package re-exports
recognise = importlib.import_module("newsparse_quantities.recognise")

_PIECES = (
    "over 1,000 and fell 3.2% to $33 a barrel , two-thirds of the 17-year-old one million "
    "people (about 40 km) said . Three Russian jets in 2004 ; up 12 cents 0318 GMT İstanbul "
    "nearly ½ Su-25 10km US$ 5 hundreds of «one» one’s money someone — twenty-five • six"
).split()
_texts = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", " ", "  ", "\n", "\n\n", "", "\t"])),
    max_size=60,
).map(lambda parts: "".join(p + sep for p, sep in parts))
_any_texts = st.one_of(_texts, news_texts(), st.text(max_size=300))


def _plain(pairs: list[tuple[recognise.Found, tuple[int, int] | None]]) -> list[object]:
    # a Found holds its counted noun as word indexes, which differ between the two splits
    return [(replaced(f, counted=None), span) for f, span in pairs]


# random again since session 30: the counted-noun reader stops at the end of the amount's window
@settings(max_examples=300, deadline=None)
@given(_any_texts)
def test_windows_give_the_amounts_of_the_whole_text(text: str) -> None:
    whole = recognise.recognise(text, tokenize(text))
    assert _plain(recognise.recognise_text(text)) == _plain(whole)


@settings(max_examples=300, deadline=None)
@given(_any_texts)
def test_window_words_are_the_documents_words_there(text: str) -> None:
    whole = split_words(text, tokenize(text))
    words = window_words(text)
    inside = [
        (s, e, t)
        for s, e, t in zip(whole.starts, whole.ends, whole.texts, strict=True)
        if any(lo <= s and e <= hi for lo, hi in windows(text))
    ]
    assert list(zip(words.starts, words.ends, words.texts, strict=True)) == inside
    assert words.lower == tuple(t.lower() for t in words.texts)
    assert words.digit_words == tuple(k for k, t in enumerate(words.texts) if t[:1] in "0123456789")


@settings(max_examples=300, deadline=None)
@given(_any_texts)
def test_windows_are_ordered_apart_and_cut_no_token(text: str) -> None:
    cuts = windows(text)
    for (_, hi), (lo, _) in pairwise(cuts):
        assert hi < lo
    for lo, hi in cuts:
        assert 0 <= lo < hi <= len(text)
        assert lo == 0 or text[lo - 1] == " "
        assert hi == len(text) or text[hi] == " "


def test_a_text_without_numbers_has_no_window() -> None:
    assert windows("The talks went on late into the night, officials said.") == []


def test_number_words_in_any_case_and_beside_punctuation_make_windows() -> None:
    text = "Officials said (TWO) men and «three» women left; someone stayed."
    spans = [text[lo:hi] for lo, hi in windows(text)]
    assert spans == [text]
    assert [f.value for f, _ in recognise.recognise_text(text)] == [2, 3]


_EDGY = st.lists(
    st.sampled_from(
        [
            *"one Two three half few ½ ² _ - ’ “ « ( . , 1 x é İ ſ ten often one2 3two one-third".split(),
            " ",
            "\n",
        ]
    ),
    max_size=40,
).map("".join)


def _positions_by_letter_runs(text: str) -> list[int]:
    """The number-like words found the plain way: every letter run of the text, looked up."""
    signs, words = _anchors()
    found = [m.start() for m in signs.finditer(text)]
    lower = text.lower()
    present = words.intersection(_LETTERS.findall(lower))
    if len(lower) != len(text):  # offsets of the lower-cased text would shift: the module's pattern
        if present:
            found.extend(m.start() for m in _word_pattern(frozenset(present)).finditer(text))
    else:
        for word in present:
            found.extend(
                i
                for i in range(len(lower))
                if lower.startswith(word, i)
                and (i == 0 or not lower[i - 1].isalpha())
                and (i + len(word) >= len(lower) or not lower[i + len(word)].isalpha())
            )
    return sorted(found)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_EDGY, _any_texts))
def test_number_words_are_found_as_the_letter_runs_of_the_text_say(text: str) -> None:
    # the fast path strips punctuation and digits off each chunk instead of reading its letter runs
    assert _positions(text) == _positions_by_letter_runs(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_EDGY, _any_texts, st.text(alphabet="12$£½€?é ’x", max_size=60)))
def test_runs_of_digits_and_signs_start_where_the_pattern_says(text: str) -> None:
    # byte searches stand for the pattern; a "?" or a non-ASCII letter is no sign
    assert _sign_positions(text) == [m.start() for m in _anchors()[0].finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_any_texts)
def test_window_words_from_the_documents_columns_are_the_same(text: str) -> None:
    # session 18: the layer slices the document's token columns instead of tokenising the windows
    assert window_words(text, token_columns(text)) == window_words(text)


@pytest.mark.pure
def test_the_layer_reads_the_documents_tokens_and_tokenises_nothing(monkeypatch: MonkeyPatch) -> None:
    import newsparse
    from newsparse_quantities import windows as windows_module

    def no_second_tokenisation(text: str) -> object:
        raise AssertionError("the quantities layer tokenised the text again")

    monkeypatch.setattr(windows_module, "token_columns", no_second_tokenisation)
    doc = newsparse.parse("Oil fell 3.2% to $33 a barrel, and 40 people were hurt.")
    assert not doc.problems
    assert [q.text for q in doc.layer("quantities")][:2] == ["3.2%", "$33"]


def test_the_layer_alone_tokenises_only_its_windows(monkeypatch: MonkeyPatch) -> None:
    # session 19: without a layer that reads the shared tokens, the whole text is never tokenised
    import newsparse
    import newsparse.model

    def no_whole_text_tokenisation(text: str) -> object:
        raise AssertionError("the whole text was tokenised")

    monkeypatch.setattr(newsparse.model, "token_columns", no_whole_text_tokenisation)
    doc = newsparse.default_pipeline(only=["quantities"]).parse("Oil fell 3.2% to $33 a barrel.")
    assert not doc.problems
    assert [q.text for q in doc.layer("quantities")][:2] == ["3.2%", "$33"]


@pytest.mark.parametrize("text", ['DOZENS"' + "A" * 33 + " AAs", "DOZENS " + "A" * 27 + " A A A AAs"])
def test_a_counted_noun_past_the_window_is_read_in_neither(text: str) -> None:
    # found by the property test above (session 29): the noun a few long words on, past AFTER
    # characters, was read in the whole text only; the reader now stops at the window's end
    assert _plain(recognise.recognise_text(text)) == _plain(recognise.recognise(text, tokenize(text)))


def test_the_reach_of_a_reader_is_the_end_of_the_window_holding_the_amount() -> None:
    # session 30: the counted-noun reader stops there (``window_end``), in the windows and the whole text
    text = "Officials said on Tuesday that " + "x" * 50 + " 12 " + "y" * 45 + " rebels and soldiers left"
    ((_, hi),) = windows(text)
    assert window_end(text, text.index("12")) == hi < text.index("rebels")
    assert window_end(text, 0) == len(text)  # in no window: no bound
