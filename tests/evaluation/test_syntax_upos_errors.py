"""The UPOS error table tool (``tools/syntax_upos_errors.py``): contiguous folds of the tuning part,
and the (gold, ours) pairs classed largest first with their genres and forms."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    path = ROOT / "tools" / "syntax_upos_errors.py"
    spec = importlib.util.spec_from_file_location("syntax_upos_errors", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("syntax_upos_errors", module)
    spec.loader.exec_module(module)
    return module


def test_folds_are_contiguous_and_cover_every_sentence() -> None:
    blocks = _tool().fold_blocks(list(range(11)), 3)
    assert [i for block in blocks for i in block] == list(range(11))
    assert all(block == list(range(block[0], block[-1] + 1)) for block in blocks)


def test_the_table_puts_the_largest_pair_first_with_genres_and_forms() -> None:
    found = [
        ("NOUN", "PROPN", "Team", "email"),
        ("NOUN", "PROPN", "team", "reviews"),
        ("NOUN", "PROPN", "Fax", "email"),
        ("PRON", "DET", "those", "weblog"),
    ]
    lines = _tool().table(found, top=5)
    assert len(lines) == 2
    assert "NOUN -> PROPN" in lines[0] and "[email 2 reviews 1]" in lines[0] and "team 2" in lines[0]
    assert "PRON -> DET" in lines[1] and "those" in lines[1]
