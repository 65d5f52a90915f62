"""The scan's shortcuts (function words after a number, digits no word extends) give what the full
readers give."""

from __future__ import annotations

import importlib
from fractions import Fraction

import pytest

from newsparse import Document
from newsparse_quantities.numbers import _exact, _parse_digit_number, split_words

scanner = importlib.import_module("newsparse_quantities.scanner")

_STOPS = sorted(scanner._plain_stops())


def _words(text: str):  # type: ignore[no-untyped-def]
    """The words of ``text`` as the scan reads them."""
    return split_words(text, Document(text).tokens)


@pytest.mark.parametrize("stop", _STOPS)
@pytest.mark.parametrize("gap", [" ", "  ", "\r\n", "\r"])
def test_no_currency_and_no_unit_opens_at_a_stop_word(stop: str, gap: str) -> None:
    words = _words(f"about 5{gap}{stop} cent euros per share")
    scan = scanner._Scanner(words)
    k = words.texts.index(stop, 2)
    assert scan.currency_suffix(k) is None
    assert scan.unit(k) is None


def test_the_stop_words_are_function_words() -> None:
    assert {"of", "the", "and", "were"} <= scanner._plain_stops()
    assert not {"per", "in", "m", "pounds", "percent", "us", "euro", "all"} & scanner._plain_stops()


@pytest.mark.parametrize(
    "text",
    ["15 of the 20 people", "rose 5 to 7 when", "5 and 6 per cent", "20 were killed", "It cost 3 a share."],
)
def test_a_number_before_a_stop_word_is_read_as_before(text: str) -> None:
    from newsparse_quantities.recognise import recognise

    original = scanner._plain_stops
    found = recognise(text, Document(text).tokens)
    setattr(scanner, "_plain_stops", lambda: frozenset())  # noqa: B010 (a module attribute, swapped)
    try:
        assert recognise(text, Document(text).tokens) == found
    finally:
        setattr(scanner, "_plain_stops", original)  # noqa: B010


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("5 people", 0),
        ("2 1/2 miles", 1),
        ("3 ½", 1),
        ("4.5 bn", 1),
        ("7 million", 1),
        ("1e6", 2),
        ("12 dozen", 1),
    ],
)
def test_digits_take_the_words_that_extend_them(text: str, last: int) -> None:
    num = _parse_digit_number(_words(text), 0, False)
    assert num is not None and num.last == last


def test_a_plain_number_is_exact() -> None:
    words = _words("1,250 people")
    assert _parse_digit_number(words, 0, False) == _exact(0, 0, Fraction(1250), digits=True, plain=False)
