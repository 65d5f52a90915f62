"""tools/acled_event_fields.py: the halves of the ACLED rows by line number, and the firings against base."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

from .tool_modules import tool_module

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    """tools/acled_event_fields.py as a module."""
    return tool_module("acled_event_fields")


def _row(start: int, date: list[Any] | None, actor: list[Any] | None = None) -> dict[str, Any]:
    return {
        "id": "R1",
        "coded": {"event_date": "2020-05-01"},
        "role": "killed",
        "trigger": [start, start + 6, "killed"],
        "date": date,
        "perpetrator": actor,
        "sentence": "Gunmen killed two.",
    }


def test_odd_and_even_lines_are_the_two_halves(tmp_path: Path) -> None:
    """Line 1 is odd, line 2 even: the reading half and the counting half never share a row."""
    path = tmp_path / "dev.jsonl"
    path.write_text("".join(json.dumps({"event_id_cnty": f"R{n}"}) + "\n" for n in range(1, 6)))
    odd, even = tool().half_rows(path, "odd"), tool().half_rows(path, "even")
    assert [r["event_id_cnty"] for r in odd] == ["R1", "R3", "R5"]
    assert [r["event_id_cnty"] for r in even] == ["R2", "R4"]


def test_a_changed_field_is_a_firing_an_unchanged_one_is_not() -> None:
    """Only the field asked for is compared; an event on one side only is a firing too."""
    base = [_row(0, None), _row(20, ["1 May", "2020-05-01"])]
    new = [_row(0, None, [0, 6, "Gunmen"]), _row(20, ["1 May", "2020-05-01"]), _row(40, None)]
    assert len(tool().firings(new, base, "date")) == 1
    assert len(tool().firings(new, base, "perpetrator")) == 2
