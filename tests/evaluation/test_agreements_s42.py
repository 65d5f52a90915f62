"""The session-42 agreements check set (deals only wanted or offered): registered, halves alternating in
draw order, the file that of the gold script, every offset at its anchor, the draw reproduced, and the
scorer's ``--check`` reading it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from evaluation.data.agreements_s42_gold import DRAWN, OUT, build, row
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_agreements_s42 import DEAL_NOUN, DEAL_VERB, POOL, draw, group_of

from tests.evaluation.check_sets import CORPORA, NEWS, assert_anchored_and_rebuilt, jsonl_rows

needs_news = pytest.mark.skipif(not NEWS.is_file(), reason="news corpus absent")


def _records() -> list[dict[str, Any]]:
    """The rows of the set, in file order."""
    return jsonl_rows(OUT)


def test_the_set_is_registered_and_its_halves_follow_the_draw() -> None:
    """In CHECK_SETS; rows in draw order, halves alternating A, B (8 each); 8 gold in A, 9 in B."""
    assert OUT.name in CHECK_SETS
    assert [h for _, h in DRAWN] == ["A", "B"] * 8
    records = _records()
    assert [(r["id"], r["split"]) for r in records] == [(i, f"check_s42_{h}") for i, h in DRAWN]
    assert all("text" not in r for r in records)
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_A")) == 8
    assert sum(len(r["agreements"]) for r in records if r["split"].endswith("_B")) == 9


def test_the_pool_holds_the_drawn_ids_once_each() -> None:
    """The committed pool lists each id once and holds every drawn id."""
    pool = POOL.read_text(encoding="utf-8").split()
    assert len(pool) == len(set(pool)) == 387 and {i for i, _ in DRAWN} <= set(pool)


def test_the_draw_reads_a_wanted_deal_by_its_surface() -> None:
    """A wish word up to six words before a purchase verb, or else before an agreement noun; no wish, none."""
    assert group_of("The firm is keen to quickly buy its rival.") == 0
    assert group_of("Ministers hope to sign a peace accord soon.") == 1
    assert group_of("The firm bought its rival and signed an accord.") is None
    assert DEAL_VERB.search("plans to take over") and not DEAL_VERB.search(
        "we want one two three four five six buy"
    )
    assert DEAL_NOUN.search("seeking a ceasefire") and not DEAL_NOUN.search("a ceasefire was sought")


def test_a_row_holds_id_split_date_and_gold_only() -> None:
    """A row stores its id, half, date and gold, never its text."""
    assert row("x", "B", None, []) == {"id": "x", "split": "check_s42_B", "published": None, "agreements": []}


@needs_news
def test_the_file_holds_the_gold_script_and_offsets_give_their_anchors() -> None:
    """The stored rows are those the gold script builds, each span at its anchor, texts rebuilt."""
    records = _records()
    assert records == build(CORPORA)
    from evaluation.data.agreements_s42_gold import texts_and_dates

    assert_anchored_and_rebuilt(records, texts_and_dates(CORPORA)[0], CORPORA)


@needs_news
def test_the_seeded_draw_reproduces_the_id_list() -> None:
    """The draw from the committed pool gives the committed id list."""
    assert draw(Path(CORPORA)) == [tuple(d) for d in DRAWN]


def test_the_scorer_skips_the_set_without_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``agreements_real --check check_agreements_s42.jsonl --half A`` reads the set and skips cleanly
    when the corpus is absent (the lead's CI has no corpora)."""
    from evaluation import agreements_real

    args = ["--corpora", str(tmp_path), "--check", OUT.name, "--half", "A"]
    assert agreements_real.main(args) == 0
    assert "skipped" in capsys.readouterr().out
