"""The scan's shortcut for years that end a clause gives what a full match gives."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document
from newsparse_quantities.numbers import split_words
from newsparse_quantities.recognise import Found

# the modules, not the function of the same name that the package re-exports
recognise = importlib.import_module("newsparse_quantities.recognise")
scanner = importlib.import_module("newsparse_quantities.scanner")

_BEFORE = "in since March $ about the Article - between from over US No.".split()
_AFTER = "million people km % and to 2005 per cent euros - or more the".split()

_texts = st.builds(
    lambda before, year, end, after: " ".join([*before, f"{year}{end}", *after]),
    st.lists(st.sampled_from(_BEFORE), max_size=3),
    st.integers(min_value=1000, max_value=2099),
    st.sampled_from([",", ".", ""]),
    st.lists(st.sampled_from(_AFTER), max_size=3),
)


def _full_scan(text: str) -> list[tuple[Found, tuple[int, int] | None]]:
    """``recognise`` with the shortcut turned off (no punctuation counts as a year's end)."""
    original = scanner._year_enders
    setattr(scanner, "_year_enders", lambda: frozenset())  # noqa: B010 (a module attribute, swapped)
    try:
        return recognise.recognise(text, Document(text).tokens)
    finally:
        setattr(scanner, "_year_enders", original)  # noqa: B010


@settings(max_examples=150, deadline=None)
@given(_texts)
def test_shortcut_changes_nothing(text: str) -> None:
    assert recognise.recognise(text, Document(text).tokens) == _full_scan(text)


@settings(max_examples=150, deadline=None)
@given(_texts)
def test_match_rejects_a_year_before_a_clause_end(text: str) -> None:
    words = split_words(text, Document(text).tokens)
    scan = scanner._Scanner(words)
    for i, t in enumerate(words.texts):
        if len(t) == 4 and t.isdigit() and (i + 1 == len(words) or words.texts[i + 1] in (",", ".")):
            assert scan.match(i) == (None, i + 1)


@pytest.mark.parametrize("text", ["It began in 2004, and grew.", "He left in 1999.", "Since 2010"])
def test_years_are_not_amounts(text: str) -> None:
    assert recognise.recognise(text, Document(text).tokens) == []
    assert _full_scan(text) == []


def test_the_shortcut_is_on() -> None:
    assert scanner._year_enders() == frozenset({",", "."})
