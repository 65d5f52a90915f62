"""The column-at-a-time forms of ``words_of``'s capitals and brands, kept as the reference.

Session 36 replaced them in :mod:`newsparse_entities.words` by one compiled pass over the tokens' first
characters (``_first_letters`` and ``_upper_and_capped``); they were moved here whole, so the tests that
checked them against the plain per-token forms still run, and the pass is checked against them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final

from newsparse_entities.words import _LOWER_BRAND, _is_cap

_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")
_BRAND_FIRSTS: Final = frozenset("ie")  # the first letters of such a brand
_ASCII_CAPITALS: Final = bytes(1 if 65 <= b <= 90 else 0 for b in range(256))
_ASCII_BRAND_FIRSTS: Final = bytes(1 if chr(b) in "ie" else 0 for b in range(256))


def _caseless(char: str) -> bool:
    """Whether a character is a letter with no case (Arabic, Chinese; or a title-case letter)."""
    return char.isalpha() and not char.isupper() and not char.islower()


def _capitals(
    texts: list[str], firsts: Sequence[str], hyphens: list[int], cased: bool, joined: str | None = None
) -> tuple[list[int], list[int]]:
    """The tokens in capitals and the capitalised tokens, by index (few pass the C-level filters).

    In capitals: a letter first, two characters or more, and ``str.isupper``.  Capitalised: a capital
    letter first, or after an "al-" style particle.  ``cased``: no token opens with a letter that has
    no case (true of every text in ASCII).  ``joined``: the first characters in one string; in ASCII
    (most texts) its capitals are A to Z, marked by one byte translation instead of a call per token.
    """
    n = len(texts)
    if joined is None:
        joined = "".join(firsts)
    if joined.isascii():
        caps = list(itertools.compress(range(n), joined.encode("ascii").translate(_ASCII_CAPITALS)))
    else:
        caps = list(itertools.compress(range(n), map(str.isupper, firsts)))
        if not all(map(str.isalpha, map(firsts.__getitem__, caps))):  # a capital symbol first: rare
            caps = [k for k in caps if firsts[k].isalpha()]
    # a word in capitals whose first character is a letter starts with a capital, unless that
    # letter has no case (Arabic, Chinese): only then is every word looked at
    if cased:
        among = itertools.compress(caps, map(str.isupper, map(texts.__getitem__, caps)))
        uppers = [k for k in among if len(texts[k]) > 1]
    else:
        among = itertools.compress(range(n), map(str.isupper, texts))
        uppers = [k for k in among if len(texts[k]) > 1 and firsts[k].isalpha()]
    # a hyphenated word with a capital first is among ``caps`` already: only one with a letter
    # first that is no capital (a small letter, or one with no case) may be added ("al-Assad")
    capped = [k for k in hyphens if firsts[k].isalpha() and not firsts[k].isupper() and _is_cap(texts[k])]
    if capped:
        caps = sorted({*capped, *caps})
    return uppers, caps


def _lower_brands(texts: list[str], firsts: Sequence[str], joined: str | None) -> list[int]:
    """The tokens written as a brand with a small "i" or "e" first ("iPod", "eBay"), by index;
    ``joined``: the first characters in one string when it is ASCII, whose "i" and "e" one byte
    translation marks (else each first character is looked up)."""
    n = len(texts)
    if joined is not None:
        small = itertools.compress(range(n), joined.encode("ascii").translate(_ASCII_BRAND_FIRSTS))
    else:
        small = itertools.compress(range(n), map(_BRAND_FIRSTS.__contains__, firsts))
    # the pattern's second letter is a capital of A to Z and it needs four characters: tested first,
    # so the pattern runs on the few such words and not on every "in", "is" and "election"
    return [k for k in small if len(t := texts[k]) > 3 and "A" <= t[1] <= "Z" and _LOWER_BRAND.fullmatch(t)]
