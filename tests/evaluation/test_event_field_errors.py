"""tools/event_field_errors.py: tuning sets only; a wrong field's values printed beside the gold's."""

from __future__ import annotations

from types import ModuleType

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
