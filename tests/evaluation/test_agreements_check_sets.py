"""The agreements check sets of sessions 13, 14 and 17: registered, split in two equal halves by the
scripted draw, and every stored offset at its anchor."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.anchor import check_record, corpus_texts
from evaluation.data.drawing import CHECK_SETS

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
# session -> articles in each half (16 articles in s13, 8 in s14, 16 in s17)
HALF_SIZES = {"s13": 8, "s14": 4, "s17": 8}


def _records(session: str) -> list[dict[str, Any]]:
    own = DATA / f"check_agreements_{session}.jsonl"
    return [json.loads(line) for line in own.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("session", sorted(HALF_SIZES))
def test_the_check_set_is_registered_and_split_in_two_halves(session: str) -> None:
    """In CHECK_SETS, the halves those of the committed id list, of equal size."""
    assert f"check_agreements_{session}.jsonl" in CHECK_SETS
    drawn = [line.split() for line in (DATA / f"agreements_{session}_ids.txt").read_text().splitlines()]
    records = _records(session)
    assert [(r["id"], r["split"]) for r in records] == [(i, f"check_{session}_{h}") for i, h in drawn]
    halves = [h for _, h in drawn]
    assert halves.count("A") == halves.count("B") == HALF_SIZES[session]


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
@pytest.mark.parametrize("session", sorted(HALF_SIZES))
def test_every_stored_offset_gives_its_anchor(session: str) -> None:
    """Each gold span sits at its anchor in the corpus text."""
    texts = corpus_texts(CORPORA)
    records = _records(session)
    assert [p for record in records for p in check_record(record, texts[record["id"]])] == []


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
def test_the_session_17_draw_reproduces_its_id_list() -> None:
    """The seeded draw of select_agreements_s17 gives the committed id list from its committed pool
    (session 17's unused list, 1,041 ids, all 16 drawn among them), halves alternating."""
    from evaluation.data.select_agreements_s17 import POOL, draw

    drawn = [tuple(line.split()) for line in (DATA / "agreements_s17_ids.txt").read_text().splitlines()]
    pool = POOL.read_text(encoding="utf-8").split()
    assert len(pool) == len(set(pool)) == 1041 and {i for i, _ in drawn} <= set(pool)
    assert draw(str(CORPORA), str(POOL)) == drawn
    assert [h for _, h in drawn] == ["A", "B"] * 8
