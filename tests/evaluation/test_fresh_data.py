"""The `fresh` held-out split: its committed shape, its offsets and its reproducible draw."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data import anchor_fresh, select_fresh

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_CORPUS = (CORPORA / "news" / "articles.jsonl").is_file()


def _lines(name: str) -> list[dict[str, Any]]:
    """The records of a committed file of the data folder."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("which", ["claims", "events", "agreements"])
def test_fresh_files_are_fresh_and_new(which: str) -> None:
    rows = _lines(f"fresh_{which}.jsonl")
    second = {"claims": 0, "events": 12, "agreements": 10}[which]
    assert sum("batch" not in row for row in rows) == 8
    assert [row.get("batch") for row in rows[8:]] == [2] * second
    assert len({row["id"] for row in rows}) == len(rows)
    assert {row["split"] for row in rows} == {"fresh"}
    assert sum(len(row[which]) for row in rows) > 0
    older = select_fresh.used_ids()
    assert not older & {row["id"] for row in rows}


def test_check_catches_a_moved_offset() -> None:
    row = _lines("fresh_claims.jsonl")[0]
    text = " " * 5000
    assert anchor_fresh.check_claims(row, text)


@pytest.mark.skipif(not HAS_CORPUS, reason="news corpus absent")
def test_fresh_offsets_hold() -> None:
    corpus = anchor_fresh.load_corpus(CORPORA)
    assert anchor_fresh.check(corpus) == []


@pytest.mark.skipif(not HAS_CORPUS, reason="news corpus absent")
def test_fresh_draw_is_reproducible() -> None:
    path = CORPORA / "news" / "articles.jsonl"
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert select_fresh.selection(articles) == _lines("fresh_selection.jsonl")
