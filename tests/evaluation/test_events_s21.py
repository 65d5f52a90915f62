"""The session-21 events check set: registered, two equal halves of the committed draw, the files
those of the gold scripts, every stored offset at its anchor, no earlier text, the seeded draw
reproduced, and the scorer rebuilding mixed wire and news texts."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.events_s21_gold import HALF_A, HALF_B, gold_a, row, texts_and_dates
from evaluation.data.events_s21_gold_b import gold_b
from evaluation.data.select_events_s21 import POOL, conll_used, draw, qualifies

from tests.evaluation.check_sets import (
    assert_anchored_and_rebuilt,
    assert_halves_follow_the_draw,
    drawn_lines,
    jsonl_rows,
)

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_CORPORA = all(
    p.exists()
    for p in (CORPORA / "conll2003" / "eng.train", CORPORA / "tempeval3", CORPORA / "news" / "articles.jsonl")
)


def _records(half: str) -> list[dict[str, Any]]:
    """The rows of one half's file, in file order."""
    return jsonl_rows(DATA / f"check_events_s21_{half}.jsonl")


def _drawn() -> list[tuple[str, ...]]:
    """The committed draw: (id, half) per line."""
    return drawn_lines(DATA / "events_s21_ids.txt")


def test_both_halves_are_registered_and_follow_the_draw() -> None:
    """Two files in CHECK_SETS holding the even and odd positions of the id list, 10 each, split check."""
    halves = {"a": HALF_A, "b": HALF_B}
    assert_halves_follow_the_draw(DATA, "check_events_s21", "events_s21_ids.txt", halves, 10)


def test_the_seeded_draw_reproduces_the_id_list_from_the_committed_pool() -> None:
    """select_events_s21 draws the committed list from its committed input: the 12 wire candidates
    first, then 8 of the 18 news ones."""
    pooled = POOL.read_text(encoding="utf-8").split()
    assert draw(pooled) == _drawn()
    assert len(pooled) == 30
    assert sum(not i.startswith(("tempeval3-", "conll-train-")) for i, _ in _drawn()) == 8


def test_a_candidate_needs_three_cues_within_the_length() -> None:
    """Three casualty cues in at most 4,000 characters qualify; two, or a longer text, do not."""
    assert qualifies("Two were killed, five wounded in the bomb blast.")
    assert not qualifies("Two were killed, five wounded.")
    assert not qualifies("killed wounded bomb " + "x" * 4000)


def test_a_row_names_where_its_text_comes_from() -> None:
    """A CoNLL id stores its index, a TempEval-3 id its file, a news id its subset only."""
    assert row("conll-train-7", "1996-08-22", [])["doc"] == 7
    assert row("tempeval3-aquaint-X", "1998-08-07", [])["tml"] == "aquaint/X.tml"
    news = row("bbc-politics-075", None, [])
    assert news["subset"] == "bbc/politics" and "doc" not in news and "tml" not in news


@pytest.mark.skipif(not HAS_CORPORA, reason="CoNLL-2003, TempEval-3 or the news corpus absent")
def test_files_hold_the_gold_scripts_and_offsets_give_their_anchors() -> None:
    """The stored events and dates are those the gold scripts build, each span at its anchor, and
    the scorer rebuilds the same texts; 40 gold events in all."""
    texts, dates = texts_and_dates(CORPORA)
    total = 0
    for half, gold in (("a", gold_a(texts)), ("b", gold_b(texts))):
        records = _records(half)
        assert {r["id"]: r["events"] for r in records if r["events"]} == gold
        assert all(r["published"] == dates[r["id"]] for r in records)
        assert_anchored_and_rebuilt(records, texts, CORPORA)
        total += sum(len(r["events"]) for r in records)
    assert total == 40


@pytest.mark.skipif(not HAS_CORPORA, reason="CoNLL-2003 absent")
def test_no_conll_story_of_an_earlier_check_set() -> None:
    """The drawn CoNLL stories are named by no earlier check set or id list."""
    drawn = {int(i.rsplit("-", 1)[1]) for i, _ in _drawn() if i.startswith("conll-train-")}
    assert len(drawn) == 3 and not drawn & conll_used(CORPORA)
