"""The session-13 dates check set: its shape (no corpus needed), offsets and draw (skipped without it)."""

from __future__ import annotations

from evaluation.data.anchor_dates import TYPES
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_dates_check_s13 import HALF, OWN, SIZE, selection, taken_ids
from evaluation.dates_real import _splits, reference_class
from evaluation.real_common import DATA

from tests.evaluation.check_sets import assert_dates_at_anchors, jsonl_rows, needs_news

RECORDS = jsonl_rows(DATA / OWN)


def test_the_check_set_is_registered_and_split_in_two_halves_with_narrative_anchors() -> None:
    """Fourteen articles listed in CHECK_SETS, seven of each half, each half with narrative anchors."""
    assert OWN in CHECK_SETS
    assert len(RECORDS) == SIZE
    halves = [r["split"] for r in RECORDS]
    assert halves.count("check_s13_A") == halves.count("check_s13_B") == HALF
    assert _splits(RECORDS) == ["check_s13_A", "check_s13_B"]
    assert all(e["type"] in TYPES for r in RECORDS for e in r["dates"])
    for half in ("check_s13_A", "check_s13_B"):
        kinds = [reference_class(e) for r in RECORDS if r["split"] == half for e in r["dates"]]
        assert kinds.count("narrative") >= 10


@needs_news
def test_offsets_resolve_and_the_draw_reproduces() -> None:
    """Every span sits at its anchor, and the scripted draw gives the committed ids and halves."""
    articles = assert_dates_at_anchors(RECORDS)
    drawn = selection(articles, taken_ids(DATA, DATA.parents[1] / "tests"))
    assert drawn == [(r["id"], r["split"][-1]) for r in RECORDS]


def test_an_undated_article_is_scored_without_a_publication_date() -> None:
    """``run`` hands a system ``None`` (not the string "None") for an article with no ``published``."""
    from evaluation.dates_real import Found, run

    seen: list[str | None] = []

    def system(text: str, published: str | None) -> list[Found]:
        seen.append(published)
        return []

    article = {"id": "x", "published": None, "dates": []}
    run([article], {"x": "No dates here."}, {"s": system})
    assert seen == [None]
