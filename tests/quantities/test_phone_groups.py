"""Spaced phone-number groups: the walk over neighbouring digit groups is bounded per number."""

from __future__ import annotations

import pytest

import newsparse
from newsparse_quantities import phones
from newsparse_quantities.numbers import Words, split_words


def _words(text: str) -> Words:
    return split_words(text, newsparse.Document(text, meta=newsparse.Meta()).tokens)


def test_a_footer_number_is_a_phone_and_a_long_run_of_groups_is_not() -> None:
    footer = _words("London Newsroom +44 171 542 8863")
    assert all(phones.phone_group(footer, k) for k in footer.digit_words[1:])
    table = _words("figures 3 5 7 9 11 13 15 17 19 2410")
    assert not any(phones.phone_group(table, k) for k in table.digit_words)


@pytest.mark.pure
def test_each_number_looks_at_a_bounded_number_of_neighbours(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "9 9 9 …" once cost the whole run per number, quadratic in the run (a 100,000-character hang)."""
    calls = 0
    group = phones._group

    def counted(words: Words, k: int) -> bool:
        nonlocal calls
        calls += 1
        return group(words, k)

    monkeypatch.setattr(phones, "_group", counted)
    words = _words("9 " * 2_000)
    for k in words.digit_words:
        phones.phone_group(words, k)
    assert calls <= 2 * (phones._MOST_GROUPS + 2) * len(words.digit_words)
