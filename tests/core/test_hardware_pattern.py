"""The example plugin's designation pattern, opened by each prefix's first letter for speed (and
skipped on a text with no hyphen before a digit), matches as before."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from newsparse_hardware import _HYPHEN_DIGIT, _PATTERN, FAMILIES

# the pattern as session 17 wrote it: the lookbehind first
_BEFORE = re.compile(
    r"(?<![\w-])(" + "|".join(sorted(FAMILIES, key=len, reverse=True)) + r")-(\d{1,3}[A-Z]{0,3})(?![\w-])"
)
_PIECES = ["Su-25", "F-16", "MiG-29", "KC-135", "T-72B", "S-400", "Mi-8"]
_PIECES += ["-", "x", " ", "A", "a", "1", "é", "_"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.text(max_size=200)))
def test_the_letter_first_pattern_finds_what_the_lookbehind_first_one_found(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[int, int, str, str]]:
        return [(m.start(), m.end(), *m.groups()) for m in pattern.finditer(text)]

    assert found(_PATTERN) == found(_BEFORE)
    if found(_BEFORE):  # the guard never skips a text holding a designation
        assert _HYPHEN_DIGIT.search(text) is not None


def test_a_designation_after_a_hyphen_or_a_letter_is_none() -> None:
    assert [m.group() for m in _PATTERN.finditer("Su-25, x-F-16, aT-72 and (T-72B)")] == ["Su-25", "T-72B"]
