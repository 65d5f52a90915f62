"""tools/outside_quantities.py's ``--half``: odd or even places of the whole outside list."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from .tool_modules import tool_module

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    """tools/outside_quantities.py as a module."""
    return tool_module("outside_quantities")


def test_a_text_keeps_its_half_whatever_the_cue_leaves() -> None:
    """The place counted is that in the whole list, not in the cue's selection: a, b, c, d are at
    places 0-3, so of the cued b, c, d the odd half is b and d, the even half c."""
    every = ["a", "b", "c", "d"]
    cued = [("b", "B", None), ("c", "C", None), ("d", "D", None)]
    at_half = tool().at_half
    assert [t[0] for t in at_half(cued, every, "odd")] == ["b", "d"]
    assert [t[0] for t in at_half(cued, every, "even")] == ["c"]
