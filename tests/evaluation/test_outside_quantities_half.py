"""tools/outside_quantities.py's ``--half``: odd or even places of the whole outside list."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    """tools/outside_quantities.py as a module (tools/ is not a package)."""
    path = ROOT / "tools" / "outside_quantities.py"
    spec = importlib.util.spec_from_file_location("outside_quantities", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("outside_quantities", module)
    spec.loader.exec_module(module)
    return module


def test_a_text_keeps_its_half_whatever_the_cue_leaves() -> None:
    """The place counted is that in the whole list, not in the cue's selection: a, b, c, d are at
    places 0-3, so of the cued b, c, d the odd half is b and d, the even half c."""
    every = ["a", "b", "c", "d"]
    cued = [("b", "B", None), ("c", "C", None), ("d", "D", None)]
    at_half = tool().at_half
    assert [t[0] for t in at_half(cued, every, "odd")] == ["b", "d"]
    assert [t[0] for t in at_half(cued, every, "even")] == ["c"]
