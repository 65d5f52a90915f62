"""The session-36 dates check set: its shape (no corpus needed), offsets and draw (skipped without it)."""

from __future__ import annotations

from evaluation.data.anchor_dates import TYPES
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_dates_check_s36 import HALF, OWN, SIZE, opening, selection, shape_hits
from evaluation.dates_real import _splits
from evaluation.real_common import DATA

from tests.evaluation.check_sets import assert_dates_at_anchors, jsonl_rows, needs_news

RECORDS = jsonl_rows(DATA / OWN)


def test_the_check_set_is_registered_and_split_in_two_halves() -> None:
    """Sixteen articles listed in CHECK_SETS, eight of each half, every expression of a known type."""
    assert OWN in CHECK_SETS
    assert len(RECORDS) == SIZE
    halves = [r["split"] for r in RECORDS]
    assert halves.count("check_s36_A") == halves.count("check_s36_B") == HALF
    assert _splits(RECORDS) == ["check_s36_A", "check_s36_B"]
    assert all(e["type"] in TYPES for r in RECORDS for e in r["dates"])
    assert sum(len(r["dates"]) for r in RECORDS) == 162


def test_shapes_and_openings() -> None:
    """Each kind of shape is found in a passage of it; a reworded retelling shares its opening."""
    hits = shape_hits(
        "On Tuesday, two weeks later, sales in the fourth quarter rose from 2001 to 2003 for six months."
    )
    assert all(hits.values())
    assert opening("The debut of US hit X has lifted it.") == opening("The debut of US hit X, has lifted it")
    assert opening("Another story.") != opening("The debut of US hit X has lifted it.")


@needs_news
def test_offsets_resolve_and_the_draw_reproduces() -> None:
    """Every span sits at its anchor, and the scripted draw gives the committed ids and halves."""
    articles = assert_dates_at_anchors(RECORDS)
    drawn = selection(articles, DATA.parents[1])
    assert drawn == [(r["id"], r["split"][-1]) for r in RECORDS]
