"""The `fresh` split of dates, entities and quantities: its committed shape, offsets and draw."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data import anchor_fresh_b, select_fresh, select_fresh_b
from evaluation.data.anchor_b import load_corpus

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_CORPUS = (CORPORA / "news" / "articles.jsonl").is_file()
SIZES = {"dates": 10, "entities": 8, "quantities": 100}


def _lines(name: str) -> list[dict[str, Any]]:
    """The records of a committed file of the data folder."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("which", ["dates", "entities", "quantities"])
def test_fresh_b_files_are_fresh_and_new(which: str) -> None:
    rows = _lines(f"fresh_{which}.jsonl")
    assert len(rows) == SIZES[which]
    assert {row["split"] for row in rows} == {"fresh"}
    assert not (select_fresh_b.used_ids() | select_fresh.used_ids()) & {row["id"] for row in rows}


def test_fresh_b_sets_are_large_enough_and_disjoint() -> None:
    dates, entities, quantities = (_lines(f"fresh_{w}.jsonl") for w in ("dates", "entities", "quantities"))
    assert sum(len(row["dates"]) for row in dates) >= 100
    empty = sum(not row["quantities"] for row in quantities)
    assert 30 <= empty <= 50
    ids = [{row["id"] for row in rows} for rows in (dates, entities, quantities)]
    assert not ids[0] & ids[1] and not ids[0] & ids[2] and not ids[1] & ids[2]


def test_check_catches_a_moved_mention() -> None:
    row = _lines("fresh_entities.jsonl")[0]
    assert anchor_fresh_b.check_entities(row, " " * 5000)


@pytest.mark.skipif(not HAS_CORPUS, reason="news corpus absent")
def test_fresh_b_offsets_hold() -> None:
    corpus = load_corpus(CORPORA)
    assert anchor_fresh_b.check(corpus) == []


@pytest.mark.skipif(not HAS_CORPUS, reason="news corpus absent")
def test_fresh_b_draw_is_reproducible() -> None:
    path = CORPORA / "news" / "articles.jsonl"
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert select_fresh_b.selection(articles) == _lines("fresh_b_selection.jsonl")
