"""tools/acled_killed_rows.py: the coder's notes on a toll, and the even half's rows never listed."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from .tool_modules import tool_module


def tool() -> ModuleType:
    """tools/acled_killed_rows.py as a module."""
    return tool_module("acled_killed_rows")


@pytest.mark.parametrize(
    ("notes", "kind"),
    [
        ("1 soldier was killed by a Taliban sniper. Fatalities coded as 0 (VoJ reported 1).", "coded 0"),
        (
            "One Ukrainian soldier was killed at an unspecified location [1 fatality split among 12 events].",
            "split",
        ),
        ("Militiamen killed 8-10 residents. Fatalities split between 8 events.", "split"),
        ("Clashes killed at least 31. Fatalities distributed across six events.", "split"),
        ("Two members were killed across two days of clashes. Fatalities coded across 2 events.", "split"),
        ("Killing and injuring a number of fighters. Unknown fatalities coded as 10.", "coded"),
        ("7 militants were killed and wounded. Fatalities reported as half, rounded down to 3.", "coded"),
        ("The body of a man was found under a bridge. Circumstances of death are unknown.", "none"),
    ],
)
def test_the_coder_note_on_the_toll_is_classed(notes: str, kind: str) -> None:
    """A coded 0 first, then a toll shared among rows, then any other coded figure; else none."""
    assert tool().coder_note(notes) == kind


def test_a_casualties_event_told_by_a_killing_is_counted_apart() -> None:
    """ "killed and injured" (role casualties) is told apart from "killed or injured" and from killings."""
    assert tool().killed_and([("casualties", "killed and injured")])
    assert not tool().killed_and([("casualties", "killed or injured"), ("killed", "killed and")])


def test_the_even_half_is_never_listed(tmp_path: Path) -> None:
    """The even rows are the counting pool: ``--list`` is refused there before anything is parsed."""
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps({"event_id_cnty": "R1", "notes": "x", "fatalities": 0}) + "\n")
    with pytest.raises(SystemExit, match="counting pool"):
        tool().main(["--acled", str(path), "--half", "even", "--list"])
