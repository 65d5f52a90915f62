"""A bare run of five or more digits with no unit, no counted noun and no figure after it is a code."""

from __future__ import annotations

import pytest

import newsparse
from newsparse_quantities.designations import long_code
from newsparse_quantities.numbers import Words, split_words


def _words(text: str) -> Words:
    return split_words(text, newsparse.Document(text, meta=newsparse.Meta()).tokens)


def _amounts(text: str) -> list[str]:
    return [q.text for q in newsparse.parse(text, only=["quantities"]).quantities]


@pytest.mark.parametrize(
    "text",
    ["To vote, text the word YES to 54321 before Friday.", "-- Madrid Newsroom, +34 91 5852121"],
)
def test_a_long_bare_digit_run_is_no_amount(text: str) -> None:
    assert not any(a.isdigit() and len(a) >= 5 for a in _amounts(text))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("A crowd of 40000 people watched the match.", "40000"),
        ("The fine was 25000 dollars.", "25000 dollars"),
        ("The club sold 12,500 tickets.", "12,500"),
    ],
)
def test_a_long_number_with_a_unit_a_noun_or_commas_stays_an_amount(text: str, amount: str) -> None:
    assert amount in _amounts(text)


def test_a_table_row_of_figures_keeps_its_long_number() -> None:
    words = _words("ACME HOLDING 171.00 171.00 14432 2467.872")
    k = words.texts.index("14432")
    assert not long_code(words, k, False)
    assert long_code(_words("text it to 54321"), 3, False)
    assert not long_code(_words("text it to 54321"), 3, True)
    assert not long_code(_words("it cost 1234"), 2, False)
    assert not long_code(_words("123456789101231"), 0, False)  # alone: no sign of a code
