"""Work per event stays local: a long story of many dated casualty sentences costs linear time."""

from __future__ import annotations

from typing import Any

import pytest

import newsparse
import newsparse_events.recognise as recognise
from newsparse_events.context import Frame

SENTENCE = "Gunmen killed 3 people in Kabul on Monday. A bomb killed 12 soldiers in Aleppo on March 4.\r\n"


def _widest_blocked(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """The events found in ``text`` and the most blocked spans any one event was handed."""
    seen = [0]
    original = recognise._event

    def counted(*args: Any, **kwargs: Any) -> Any:
        blocked = args[9] if len(args) > 9 else kwargs.get("blocked", ())
        seen[0] = max(seen[0], len(blocked))
        return original(*args, **kwargs)

    monkeypatch.setattr(recognise, "_event", counted)
    doc = newsparse.parse(text, published="2018-02-06", only=["events"])
    return len(doc.layer("events")), seen[0]


def test_each_event_reads_only_the_blocked_spans_of_its_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each event used to be handed every date of the story (events x dates: quadratic)."""
    found_short, widest_short = _widest_blocked(monkeypatch, SENTENCE * 2)
    found_long, widest_long = _widest_blocked(monkeypatch, SENTENCE * 40)
    assert found_short > 0 and found_long >= 20 * found_short
    assert widest_long == widest_short <= 2


def test_near_finds_what_a_scan_finds_in_the_same_order() -> None:
    """The bisection keeps every blocked span touching the range (ends included), in ``blocked`` order."""
    blocked = [(50, 60), (0, 5), (10, 40), (58, 70), (5, 9), (100, 101)]
    frame = Frame([], blocked, [], sorted((a, b, k) for k, (a, b) in enumerate(blocked)), 30)
    for start, end in [(0, 0), (5, 10), (41, 49), (40, 50), (59, 59), (60, 100), (0, 200), (102, 300)]:
        assert frame.near(start, end) == [b for b in blocked if start <= b[1] and b[0] <= end]
