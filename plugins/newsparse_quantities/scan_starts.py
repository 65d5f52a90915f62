"""Where the scan may start: the number-like words of a text and the words an amount can open at.

Moved out of :mod:`.scanner` unchanged (session 34), so that the scan's module has room to grow.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import VULGAR, Currencies, currencies
from .numbers import _NUMBER_STARTS, Words
from .reader import (
    _ASCII_DIGITS,
    _LOOKBACK,
    _LOWER_CODES,
    _NUMBER_WORDS,
    _TRIGGER_WORDS,
    MODIFIERS_FIRST,
)
from .reader_tables import SPACED_PREFIXES


def _candidates(w: Words, cur: Currencies) -> tuple[list[int], set[int]]:
    """The number-like words (sorted, then a sentinel) and the words an amount can start at.

    By C-level passes (the same test as a word-by-word loop): one over the lower-cased words for
    the number words and the trigger words together, one over the words as written for the signs.
    A start is a digit, a trigger word, a sign or code, or a word before "$".
    """
    n = w.size
    texts = w.texts
    lower = w.lower
    caseless, cased = _number_like()
    signs = _signs(cur)
    every_sign = _signs_and_dollar(cur)
    # most words are neither; a sign's lower case is listed too, so the signs the text holds are
    # among these few words (no second look-up of every word as written)
    scan = _scan_words()
    hits = [k for k in range(n) if lower[k] in scan]  # compiled: one C test an item, no method call
    present = {texts[k] for k in hits if texts[k] in every_sign}
    if cased.isdisjoint(present):  # the usual case: no cased sign ("US$")
        nums = sorted([*[k for k in hits if lower[k] in caseless], *w.digit_words])
    else:
        nums = [k for k, t in enumerate(texts) if lower[k] in caseless or t in cased or t[0] in _ASCII_DIGITS]
    nums.append(n + _LOOKBACK)  # a sentinel: no number ahead
    starts = {k for k in hits if lower[k] in _TRIGGER_WORDS}
    starts.update(w.digit_words)
    if not signs.isdisjoint(present):
        starts.update([k for k in range(n) if texts[k] in signs])
    if "$" in present:
        starts.update([k - 1 for k in range(1, n) if texts[k] == "$"])
    return nums, starts


@lru_cache(maxsize=1)
def _scan_words() -> frozenset[str]:
    """The lower-cased words the scan lists: number words, trigger words, and every sign lower-cased
    (:func:`_candidates` finds the signs written among them)."""
    return _number_like()[0] | _TRIGGER_WORDS | {str.lower(s) for s in _signs_and_dollar(currencies())}



@lru_cache(maxsize=4)
def _signs_and_dollar(cur: Currencies) -> frozenset[str]:
    """:func:`_signs` and "$" (the signs, cased ones such as "US$" among them: one pass finds them all)."""
    return _signs(cur) | {"$"}



@lru_cache(maxsize=4)
def _signs(cur: Currencies) -> frozenset[str]:
    """Currency signs and codes and vulgar fractions: words, compared as written, that start amounts."""
    return frozenset(cur.symbols) | frozenset(cur.codes) | frozenset(VULGAR)


@lru_cache(maxsize=1)
def _modifier_only() -> frozenset[str]:
    """First words of modifier phrases that start nothing else an amount is read from.

    At such a word with no modifier phrase, :meth:`_Scanner.match` reads no number, sign, code or
    "between", and answers (None, next word): the scan skips the call.
    """
    cur = currencies()
    others = (
        _NUMBER_STARTS
        | _LOWER_CODES
        | set(SPACED_PREFIXES)
        | {"between", "-", "−", ".", "minus", "negative"}
    )
    return frozenset(
        w
        for w in MODIFIERS_FIRST
        if w not in others and w not in cur.symbols and w.upper() not in cur.codes and w not in VULGAR
    )


@lru_cache(maxsize=1)
def _number_like() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a number nearby: (compared lower-cased, compared as written).

    Number words are compared lower-cased; signs (vulgar fractions, currency symbols) as written,
    but those with no letter case ("$", "½") can be looked up among the lower-cased words too, so
    that the scan needs the written form only when a text holds a cased symbol such as "US$".
    """
    signs = set(VULGAR) | set(currencies().symbols)
    caseless = {s for s in signs if str.lower(s) == s and s.upper() == s}
    return frozenset(_NUMBER_WORDS | caseless), frozenset(signs - caseless)
