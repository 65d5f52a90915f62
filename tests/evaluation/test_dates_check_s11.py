"""The session-11 dates check set: its shape (no corpus needed), offsets and draw (skipped without it)."""

from __future__ import annotations

from evaluation.data.anchor_dates import TYPES
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_dates_check import OWN, QUOTAS, selection, taken_ids
from evaluation.dates_real import _read_gold, _splits
from evaluation.real_common import DATA

from tests.evaluation.check_sets import assert_dates_at_anchors, jsonl_rows, needs_news

RECORDS = jsonl_rows(DATA / OWN)


def test_the_check_set_is_registered_dated_and_in_its_own_split() -> None:
    """Ten dated Reuters and Wikinews articles of split check_s11, listed in CHECK_SETS."""
    assert OWN in CHECK_SETS
    assert len(RECORDS) == sum(QUOTAS.values())
    assert {r["split"] for r in RECORDS} == {"check_s11"}
    assert all(r["published"] for r in RECORDS)
    assert all(e["type"] in TYPES for r in RECORDS for e in r["dates"])
    assert _splits(RECORDS) == ["check_s11"]


def test_the_scorer_reads_a_gold_file_given_on_the_command_line() -> None:
    """``--gold`` reads the file as the scorer's records, splits in file order after the usual ones."""
    assert _read_gold(DATA / OWN) == RECORDS
    rows = [{"split": "check"}, {"split": "dev"}, {"split": "check"}]
    assert _splits(rows) == ["dev", "check"]


@needs_news
def test_offsets_resolve_and_the_draw_reproduces() -> None:
    """Every span sits at its anchor, and the scripted draw gives the committed ids in order."""
    articles = assert_dates_at_anchors(RECORDS)
    assert selection(articles, taken_ids(DATA)) == [r["id"] for r in RECORDS]
