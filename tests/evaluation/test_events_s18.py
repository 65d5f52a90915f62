"""The session-18 events check set: registered, two equal halves of the committed draw, the files
those of the gold script, every stored offset at its anchor, and the seeded draw reproduced."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.anchor import check_record, corpus_texts
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.events_s18_gold import HALF_A, HALF_B, gold_a, gold_b

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_CORPUS = (CORPORA / "news" / "articles.jsonl").is_file()


def _records(half: str) -> list[dict[str, Any]]:
    """The rows of one half's file, in file order."""
    lines = (DATA / f"check_events_s18_{half}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_both_halves_are_registered_and_follow_the_draw() -> None:
    """Two files in CHECK_SETS holding the even and odd positions of the id list, 12 each, split check."""
    drawn = [line.split() for line in (DATA / "events_s18_ids.txt").read_text().splitlines()]
    assert [h for _, h in drawn] == ["A", "B"] * 12
    for half, ids in (("a", HALF_A), ("b", HALF_B)):
        assert f"check_events_s18_{half}.jsonl" in CHECK_SETS
        records = _records(half)
        assert [r["id"] for r in records] == ids == [i for i, h in drawn if h == half.upper()]
        assert {r["split"] for r in records} == {"check"}
    assert not set(HALF_A) & set(HALF_B)


@pytest.mark.skipif(not HAS_CORPUS, reason="news corpus absent")
def test_files_hold_the_gold_script_and_offsets_give_their_anchors() -> None:
    """The stored events are those the gold script builds, and each span sits at its anchor."""
    texts = corpus_texts(CORPORA)
    for half, gold in (("a", gold_a(texts)), ("b", gold_b(texts))):
        records = _records(half)
        assert {r["id"]: r["events"] for r in records if r["events"]} == gold
        assert [p for r in records for p in check_record(r, texts[r["id"]])] == []


@pytest.mark.skipif(not HAS_CORPUS, reason="news corpus absent")
def test_the_seeded_draw_reproduces_the_id_list_from_the_committed_pool() -> None:
    """select_events_s18 draws the committed id list from its committed input (the pool of the
    session's unused list, which later sessions replace), leaving one pooled id undrawn."""
    from evaluation.data.select_events_s18 import POOL, draw

    drawn = [tuple(line.split()) for line in (DATA / "events_s18_ids.txt").read_text().splitlines()]
    ids = POOL.read_text(encoding="utf-8").split()
    assert draw(str(CORPORA), ids) == drawn
    assert len(set(ids) - {i for i, _ in drawn}) == 1


def test_a_committed_pool_is_no_use_of_its_ids() -> None:
    """The s18 pool's ids are named by no earlier file: draws' committed pools (agreements_s17_pool.txt
    lists session 17's 1,041 candidates) are skipped, so ``--pool`` on the unused list still gives them."""
    from evaluation.data.drawing import ids_named_before, is_pool_file
    from evaluation.data.select_events_s18 import POOL, ROOT, SESSION

    assert is_pool_file("agreements_s17_pool.txt") and not is_pool_file("events_s18_ids.txt")
    assert ids_named_before(ROOT, set(POOL.read_text(encoding="utf-8").split()), SESSION) == set()
