"""A month told after a year in one long sentence costs linear time: spaced dashes are found once."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
import newsparse_dates.context as context
from newsparse_dates.context import Context

_DASHES = re.compile(r"\s(?:--|—|–)\s")  # the search each narrative month used to run


def _dash_scans(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """The dates found in ``text`` and the characters read to find its spaced dashes."""
    read = [0]
    original = context._dashes

    def counted(whole: str) -> Any:
        read[0] += len(whole)
        return original(whole)

    monkeypatch.setattr(context, "_dashes", counted)
    doc = newsparse.parse(text, published="2018-02-06", only=["dates"])
    return len(doc.layer("dates")), read[0]


@pytest.mark.parametrize("ending", ["", "\r\n", "\r"])
def test_dashes_are_read_once_per_document(monkeypatch: pytest.MonkeyPatch, ending: str) -> None:
    """Each narrative month used to search from its sentence's start to its year (quadratic)."""
    text = "January February March 2011 " * 400 + ending
    found, read = _dash_scans(monkeypatch, text)
    assert found >= 1000
    assert read <= len(text)


@given(st.text(st.sampled_from(" \t\n-—–ab"), max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_dash_within_finds_what_a_search_finds(text: str, lo: int, hi: int) -> None:
    """The bisection answers as the regular expression searched between ``lo`` and ``hi``."""
    ctx = Context(text, None, (), ())
    assert ctx.dash_within(lo, hi) == (_DASHES.search(text, lo, hi) is not None)
