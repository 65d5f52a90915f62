"""The dates CoNLL check set (session 14) is the stored draw, on the one CoNLL reader."""

from __future__ import annotations

import json
from pathlib import Path

from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_dates_conll_s14 import SIZE, draw

GOLD = Path(__file__).parents[2] / "evaluation" / "data" / "check_dates_conll_s14.jsonl"


def _rows() -> list[dict[str, object]]:
    """The check set's rows."""
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_check_set_is_the_stored_draw() -> None:
    """Its (document, first sentence, half) are the draw's, in CHECK_SETS, 12 stories a half."""
    assert GOLD.name in CHECK_SETS
    rows = _rows()
    got = [(r["document"], r.get("first_sentence", 0), str(r["split"])[-1]) for r in rows]
    assert got == draw() and len(rows) == SIZE
    assert sum(1 for *_, half in got if half == "A") == SIZE // 2


def test_spans_are_offsets_only() -> None:
    """No text of the research-only corpus is stored: spans are offsets, each non-empty."""
    for row in _rows():
        for expression in row["dates"]:  # type: ignore[attr-defined]
            span = expression["span"]
            assert set(span) == {"start", "end"} and 0 <= span["start"] < span["end"]
