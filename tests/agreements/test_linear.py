"""Work per agreement mention stays local: one long sentence of many mentions costs linear time."""

from __future__ import annotations

import re
from typing import Any

import pytest

import newsparse
import newsparse_agreements.referents as referents

_SIDES = referents._SIDES  # the pattern itself, wrapped afresh for each count


class _CountedPattern:
    """A compiled pattern that counts the characters its ``finditer`` is asked to read."""

    def __init__(self, pattern: re.Pattern[str], read: list[int]) -> None:
        """Wrap ``pattern``; ``read[0]`` gathers the characters scanned."""
        self.pattern = pattern
        self.read = read

    def finditer(self, text: str, pos: int = 0, endpos: int = 10**12) -> Any:
        """The pattern's matches, counting the span it reads."""
        self.read[0] += min(endpos, len(text)) - pos
        return self.pattern.finditer(text, pos, endpos)


def _sides_read(monkeypatch: pytest.MonkeyPatch, copies: int, ending: str) -> tuple[int, int]:
    """The text's length and the characters the "both countries" look-up read on a hyphen run."""
    read = [0]
    monkeypatch.setattr(referents, "_SIDES", _CountedPattern(_SIDES, read))
    text = "al-" * (6 * copies) + "cease-fire-" * copies + ending
    doc = newsparse.parse(text, published="2018-02-06", only=["agreements"])
    assert len(doc.layer("agreements")) >= 1
    return len(text), read[0]


@pytest.mark.parametrize("ending", ["", "\r\n", "\r"])
def test_each_sentence_is_read_once_for_the_sides_it_names(
    monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    """Each mention of one record used to re-read its whole sentence (mentions x sentence: quadratic)."""
    _, read_short = _sides_read(monkeypatch, 50, ending)
    length_long, read_long = _sides_read(monkeypatch, 400, ending)
    assert read_long <= length_long  # each sentence once
    assert read_long <= 10 * read_short  # 8x the text: linear; was ~64x
