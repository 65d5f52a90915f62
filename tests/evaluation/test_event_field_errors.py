"""tools/event_field_errors.py: tuning sets only; a wrong field's values printed beside the gold's."""

from __future__ import annotations

from types import ModuleType, SimpleNamespace

import pytest

from .tool_modules import tool_module


def tool() -> ModuleType:
    """tools/event_field_errors.py as a module."""
    return tool_module("event_field_errors")


def test_a_held_out_half_is_refused() -> None:
    """A B half (summary figures only) is never read item by item."""
    with pytest.raises(SystemExit):
        tool().tuning_rows(["evaluation/data/check_events_s21_b.jsonl"])


def test_the_gold_values_of_a_place_and_a_count_are_shown_as_written() -> None:
    """A place's text and name; a count's value, bounds and span text."""
    gold = {
        "place": {"name": "Anza", "span": {"text": "Anza", "start": 3, "end": 7}},
        "count": {"value": 10, "low": 10, "high": 10, "span": {"text": "10"}},
    }
    assert tool().gold_value(gold, "place") == ("Anza", "Anza")
    assert tool().gold_value(gold, "count") == (10, 10, 10, "10")


def test_where_shows_the_sentence_a_gold_place_is_told_in() -> None:
    """--where (session 36): a gold place in another sentence than the trigger's is shown with it."""
    import newsparse

    text = "A man was killed on Friday. The attack happened in the village of Anza."
    doc = newsparse.parse(text, only=("dates",))
    start = text.index("Anza")
    gold = {"place": {"name": "Anza", "span": {"text": "Anza", "start": start, "end": start + 4}}}
    found = SimpleNamespace(trigger=SimpleNamespace(start=text.index("killed")))
    line = tool().told_elsewhere(doc, gold, found, "place")
    assert line == "   place told 1 sentence(s) after: The attack happened in the village of Anza."
    own = {"date": {"value": "X", "span": {"text": "Friday", "start": text.index("Friday"), "end": 26}}}
    assert tool().told_elsewhere(doc, own, found, "date") is None
    assert tool().told_elsewhere(doc, {"place": None}, found, "place") is None


def test_half_keeps_each_sets_odd_or_even_positions() -> None:
    """--half (session 40): each A half splits by position within its file, odd rows the tuning part."""
    from evaluation.events_real import in_half

    rows = [{"id": str(n)} for n in range(1, 6)]
    assert [row["id"] for row in in_half(rows, "odd")] == ["1", "3", "5"]
    assert [row["id"] for row in in_half(rows, "even")] == ["2", "4"]
    assert in_half(rows, None) == rows
    with pytest.raises(ValueError):
        in_half(rows, "third")


def test_half_splits_every_a_half_apart_and_together_they_are_whole() -> None:
    """The two parts of the pooled A halves hold no row in common and every row between them."""
    names = ["evaluation/data/check_events_s21_a.jsonl", "evaluation/data/check_events_s12_a.jsonl"]
    odd = [row["id"] for row in tool().tuning_rows(names, "odd")]
    even = [row["id"] for row in tool().tuning_rows(names, "even")]
    whole = [row["id"] for row in tool().tuning_rows(names)]
    assert not set(odd) & set(even)
    assert sorted(odd + even) == sorted(whole)
    with pytest.raises(SystemExit):
        tool().tuning_rows([], "odd")
