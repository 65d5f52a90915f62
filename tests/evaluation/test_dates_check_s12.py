"""The session-12 dates check set: its shape (no corpus needed), offsets and draw (skipped without it)."""

from __future__ import annotations

from evaluation.data.anchor_dates import TYPES
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_dates_check_s12 import HALF, OWN, SIZE, selection, taken_ids
from evaluation.dates_real import _splits
from evaluation.real_common import DATA

from tests.evaluation.check_sets import assert_dates_at_anchors, jsonl_rows, needs_news

RECORDS = jsonl_rows(DATA / OWN)


def test_the_check_set_is_registered_dated_and_split_in_two_halves() -> None:
    """Twelve dated articles listed in CHECK_SETS: six of half A, then six of half B."""
    assert OWN in CHECK_SETS
    assert len(RECORDS) == SIZE
    assert [r["split"] for r in RECORDS] == ["check_s12_A"] * HALF + ["check_s12_B"] * (SIZE - HALF)
    assert all(r["published"] for r in RECORDS)
    assert all(e["type"] in TYPES for r in RECORDS for e in r["dates"])
    assert _splits(RECORDS) == ["check_s12_A", "check_s12_B"]


@needs_news
def test_offsets_resolve_and_the_draw_reproduces() -> None:
    """Every span sits at its anchor, and the scripted draw gives the committed ids and halves."""
    articles = assert_dates_at_anchors(RECORDS)
    here = DATA
    drawn = selection(articles, taken_ids(here, here.parents[1] / "tests"))
    assert drawn == [(r["id"], r["split"][-1]) for r in RECORDS]
