"""Dates that time a saying ("police said on Friday"): found per claim by window, not per pair."""

from __future__ import annotations

import pytest

import newsparse
from newsparse_events import anchors

_STORY = "Police said on Friday that two men were killed on Tuesday. " * 40


def _parsed(text: str) -> newsparse.Document:
    return newsparse.default_pipeline(only=["claims", "dates"]).parse(text, published="2018-02-09")


def test_the_saying_day_is_dropped_and_the_event_day_kept() -> None:
    doc = _parsed(_STORY[:60])
    kept = anchors.saying_times(doc.text, list(doc.claims), list(doc.dates))
    assert [t.text for t in kept] == ["Tuesday"]


@pytest.mark.pure
def test_each_claim_tries_only_the_dates_in_its_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every claim tried on every date, for every event, made a long story cubic (the bench's 64x)."""
    doc = _parsed(_STORY)
    claims, dates = list(doc.claims), list(doc.dates)
    assert len(claims) == 40 and len(dates) == 80
    calls = 0
    said_at = anchors.said_at

    def counted(text: str, claim: newsparse.Claim, date: newsparse.TimeExpression) -> bool:
        nonlocal calls
        calls += 1
        return said_at(text, claim, date)

    monkeypatch.setattr(anchors, "said_at", counted)
    kept = anchors.saying_times(doc.text, claims, dates)
    assert [t.text for t in kept] == ["Tuesday"] * 40
    assert calls <= 2 * len(claims)
