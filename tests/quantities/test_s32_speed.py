"""Session 32's exact cuts in the quantities layer: comprehensions in place of mapped method calls."""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import contains

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.text import token_columns
from newsparse_quantities import numbers, scan_starts
from newsparse_quantities.lexicon import currencies

_PIECES = [
    "$", "US$", "£", "€", "5", "10km", "4.5bn", "fifty-two", "one", "dozen", "million", "per", "cent", "-",
    "2004", "a", "rose", "to", "by", "the", "Yen", "yen", "EUR", "half-", "x-1", "1990s", "%", "¥",
]  # fmt: skip


def _old_cuts(texts: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """The digit words and the tokens to re-cut as ``split_columns`` found them before the cut."""
    digit_words = list(compress(count(), map(numbers._ASCII_DIGITS.__contains__, map(numbers._FIRST, texts))))
    cuts = [k for k in digit_words if not numbers._PURE_DIGITS.fullmatch(texts[k])]
    cuts.extend(k for k in compress(count(), map(contains, texts, repeat("-"))) if len(texts[k]) > 1)
    return digit_words, sorted(cuts)


def _old_candidates(w: numbers.Words) -> tuple[list[int], set[int]]:
    """``scan_starts._candidates`` as it was before the cut (compress over mapped membership tests)."""
    cur = currencies()
    n, texts, lower = w.size, w.texts, w.lower
    caseless, cased = scan_starts._number_like()
    signs, every_sign = scan_starts._signs(cur), scan_starts._signs_and_dollar(cur)
    hits = list(compress(range(n), map(scan_starts._scan_words().__contains__, lower)))
    present = {texts[k] for k in hits if texts[k] in every_sign}
    if cased.isdisjoint(present):
        nums = sorted([*[k for k in hits if lower[k] in caseless], *w.digit_words])
    else:
        nums = [k for k, t in enumerate(texts) if lower[k] in caseless or t in cased or t[0] in "0123456789"]
    nums.append(n + scan_starts._LOOKBACK)
    starts = {k for k in hits if lower[k] in scan_starts._TRIGGER_WORDS}
    starts.update(w.digit_words)
    if not signs.isdisjoint(present):
        starts.update(compress(range(n), map(signs.__contains__, texts)))
    if "$" in present:
        starts.update(k - 1 for k in compress(range(n), map("$".__eq__, texts)) if k)
    return nums, starts


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "", "-", ", "])), max_size=14))
def test_comprehensions_find_what_the_maps_found(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    starts, ends, texts = token_columns(text)
    words = numbers.split_columns(text, starts, ends, texts)
    if texts:
        digit_words, cuts = _old_cuts(texts)
        assert [k for k in range(len(texts)) if texts[k][0] in "0123456789"] == digit_words
        if not cuts:
            assert list(words.digit_words) == digit_words
    assert scan_starts._candidates(words, currencies()) == _old_candidates(words)


def test_a_sign_and_a_dollar() -> None:
    text = "It cost US$ 5 and $ 10, or £3 and 4 dollars."
    words = numbers.split_columns(text, *token_columns(text))
    assert scan_starts._candidates(words, currencies()) == _old_candidates(words)
