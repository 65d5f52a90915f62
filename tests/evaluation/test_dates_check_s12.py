"""The session-12 dates check set: its shape (no corpus needed), offsets and draw (skipped without it)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from evaluation.data.anchor_dates import TYPES, check_dates
from evaluation.data.drawing import CHECK_SETS, corpus_articles
from evaluation.data.select_dates_check_s12 import HALF, OWN, SIZE, selection, taken_ids
from evaluation.dates_real import _splits
from evaluation.real_common import DATA, article_texts

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
RECORDS = [json.loads(line) for line in (DATA / OWN).read_text().splitlines() if line]


def test_the_check_set_is_registered_dated_and_split_in_two_halves() -> None:
    """Twelve dated articles listed in CHECK_SETS: six of half A, then six of half B."""
    assert OWN in CHECK_SETS
    assert len(RECORDS) == SIZE
    assert [r["split"] for r in RECORDS] == ["check_s12_A"] * HALF + ["check_s12_B"] * (SIZE - HALF)
    assert all(r["published"] for r in RECORDS)
    assert all(e["type"] in TYPES for r in RECORDS for e in r["dates"])
    assert _splits(RECORDS) == ["check_s12_A", "check_s12_B"]


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
def test_offsets_resolve_and_the_draw_reproduces() -> None:
    """Every span sits at its anchor, and the scripted draw gives the committed ids and halves."""
    texts = article_texts(CORPORA, (r["id"] for r in RECORDS))
    assert texts is not None
    assert [p for r in RECORDS for p in check_dates(r, texts[r["id"]])] == []
    articles = corpus_articles(["--corpora", str(CORPORA)], None)
    here = DATA
    drawn = selection(articles, taken_ids(here, here.parents[1] / "tests"))
    assert drawn == [(r["id"], r["split"][-1]) for r in RECORDS]
