"""The session-11 dates check set: its shape (no corpus needed), offsets and draw (skipped without it)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from evaluation.data.anchor_dates import TYPES, check_dates
from evaluation.data.drawing import CHECK_SETS, corpus_articles
from evaluation.data.select_dates_check import OWN, QUOTAS, selection, taken_ids
from evaluation.dates_real import _read_gold, _splits
from evaluation.real_common import DATA, article_texts

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
RECORDS = [json.loads(line) for line in (DATA / OWN).read_text().splitlines() if line]


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


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
def test_offsets_resolve_and_the_draw_reproduces() -> None:
    """Every span sits at its anchor, and the scripted draw gives the committed ids in order."""
    texts = article_texts(CORPORA, (r["id"] for r in RECORDS))
    assert texts is not None
    assert [p for r in RECORDS for p in check_dates(r, texts[r["id"]])] == []
    articles = corpus_articles(["--corpora", str(CORPORA)], None)
    assert selection(articles, taken_ids(DATA)) == [r["id"] for r in RECORDS]
