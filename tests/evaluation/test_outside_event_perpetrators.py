"""tools/outside_event_perpetrators.py: the firings are the events whose perpetrator differs from base's."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

from .tool_modules import tool_module

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    """tools/outside_event_perpetrators.py as a module."""
    return tool_module("outside_event_perpetrators")


def _row(start: int, actor: list[Any] | None) -> dict[str, Any]:
    return {
        "id": "t1",
        "role": "killed",
        "trigger": [start, start + 6, "killed"],
        "perpetrator": actor,
        "sentence": "Gunmen killed two.",
    }


def test_a_changed_or_dropped_perpetrator_is_a_firing_an_unchanged_one_is_not() -> None:
    """Events are keyed by text, role and trigger; an event only one side has is a firing too."""
    base = [_row(7, [0, 6, "Gunmen"]), _row(40, [30, 36, "Police"]), _row(80, None)]
    new = [_row(7, [0, 6, "Gunmen"]), _row(40, None), _row(90, None)]
    lines = tool().firings(new, base)
    assert len(lines) == 3
    assert "['Police'" not in lines[0] and "[30, 36, 'Police'] -> None" in lines[0]
    assert "None -> '(no event)'" in lines[1]
    assert "'(no event)' -> None" in lines[2]


def test_a_half_keeps_the_texts_at_odd_or_even_places_of_the_whole_list() -> None:
    """Places count from 0 over the whole list: even 0, 2, ...; odd 1, 3, ...; no half keeps all."""
    texts = [(f"t{k}", "text", None) for k in range(5)]
    assert [t[0] for t in tool().at_half(texts, "even")] == ["t0", "t2", "t4"]
    assert [t[0] for t in tool().at_half(texts, "odd")] == ["t1", "t3"]
    assert tool().at_half(texts, None) == texts
