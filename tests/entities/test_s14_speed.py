"""Session 14's faster forms give what the plain forms they replaced give.

The plain forms are kept here as the reference: the brand pattern with its look-behind first, and
the acronyms' capitalised runs of any length filtered to three capitalised words or more.  Generated
texts full of the letters, capitals, small words and separators the patterns read must agree.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_entities.acronyms import _SMALL, _runs
from newsparse_entities.words import _LOWER_BRAND

_PLAIN_BRAND = re.compile(r"(?<![\w.@/-])[ie][A-Z][a-z]{2,}s?(?![\w@-])")
_PLAIN_RUN = re.compile(r"[A-Z][A-Za-z&'-]*(?:[ ](?:(?:of|and|for|the|on|de|du|des)[ ])*[A-Z][A-Za-z&'-]*)*")


def _plain_runs(text: str) -> list[tuple[int, str, list[tuple[int, int, str]]]]:
    """The acronyms' runs as first written: every capitalised run, kept with three capitalised words."""
    out = []
    for run in _PLAIN_RUN.finditer(text):
        if sum(word not in _SMALL for word in run.group().split(" ")) < 3:
            continue
        parts = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", run.group())]
        out.append((run.start(), run.group(), parts))
    return out


_BRAND_PIECES = st.sampled_from(
    ["i", "e", "P", "B", "od", "ay", "s", " ", ".", "@", "/", "-", "x", "é", "\n"]
)
_RUN_PIECES = st.sampled_from(
    ["Bank", "Mc", "D", "of", "and", "the", "The", " ", "  ", "&", "'", "-", "x", "(", "AB", "\n", "de"]
)


def test_brand_pattern_cases() -> None:
    """A brand with a small first letter at the start, after a space or a bracket; none glued on."""
    hits = ["iPod", "eBay rose", "(iTunes)", "buy iPods"]
    misses = ["xiPod", "a.iPod", "@eBay", "/iPod", "-iPod", "iPod-based", "iPod1", "iPo"]
    for text in hits:
        assert _LOWER_BRAND.search(text) and _PLAIN_BRAND.search(text), text
    for text in misses:
        assert not _LOWER_BRAND.search(text) and not _PLAIN_BRAND.search(text), text
    assert _LOWER_BRAND.fullmatch("iPod") and not _LOWER_BRAND.fullmatch("xiPod")


@settings(max_examples=400)
@given(st.lists(_BRAND_PIECES, max_size=14).map("".join))
def test_brand_pattern_matches_the_plain_one(text: str) -> None:
    """The reordered look-behind finds the same matches as the plain pattern, everywhere."""
    assert [m.span() for m in _LOWER_BRAND.finditer(text)] == [m.span() for m in _PLAIN_BRAND.finditer(text)]
    assert bool(_LOWER_BRAND.fullmatch(text)) == bool(_PLAIN_BRAND.fullmatch(text))


def test_runs_of_three_words() -> None:
    """A run of three capitalised words is found, with its small words; one of two is not."""
    text = "the Department of Trade and Industry (DTI) and Bank Holding"
    assert [(a, r) for a, r, _ in _runs(text)] == [(4, "Department of Trade and Industry")]
    assert _runs("Bank Holding said") == []
    assert _runs(text) == _plain_runs(text)


@settings(max_examples=400)
@given(st.lists(_RUN_PIECES, max_size=16).map("".join))
def test_runs_match_the_plain_ones(text: str) -> None:
    """The runs of three words or more found directly are those of the plain scan and filter."""
    assert _runs(text) == _plain_runs(text)
