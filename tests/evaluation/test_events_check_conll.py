"""The CoNLL events check sets (sessions 14, 15 and 16): registered, each draw reproduced by the shared
reader, gold spans at their anchors in the rebuilt texts (which are never stored)."""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.conll_documents import read_documents, train_path
from evaluation.data.anchor import check_record
from evaluation.data.drawing import CHECK_SETS

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_TRAIN = train_path(CORPORA).is_file()
SIZES = {"s14": 10, "s15": 12, "s16": 10}  # documents per half


def _halves(session: str) -> dict[str, Path]:
    return {h: DATA / f"check_events_conll_{session}_{h}.jsonl" for h in "ab"}


def _records(session: str) -> dict[str, list[dict[str, Any]]]:
    return {
        h: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line]
        for h, p in _halves(session).items()
    }


@pytest.mark.parametrize("session", sorted(SIZES))
def test_both_halves_are_registered_and_hold_their_documents(session: str) -> None:
    """Two files in CHECK_SETS, a fixed number of rows each, ids named after the document index, no text."""
    assert all(p.name in CHECK_SETS for p in _halves(session).values())
    records = _records(session)
    assert [len(rows) for rows in records.values()] == [SIZES[session]] * 2
    rows = [r for rows in records.values() for r in rows]
    assert all(r["id"] == f"conll-train-{r['doc']}" and "text" not in r for r in rows)


@pytest.mark.skipif(not HAS_TRAIN, reason="CoNLL-2003 train absent")
@pytest.mark.parametrize("session", sorted(SIZES))
def test_the_draw_reproduces_the_stored_halves(session: str) -> None:
    """The session's selection script draws the stored documents of half A and half B."""
    draw = importlib.import_module(f"evaluation.data.select_events_conll_{session}").draw
    records = _records(session)
    half_a, half_b = draw(CORPORA)
    assert (half_a, half_b) == ([r["doc"] for r in records["a"]], [r["doc"] for r in records["b"]])


@pytest.mark.skipif(not HAS_TRAIN, reason="CoNLL-2003 train absent")
@pytest.mark.parametrize("session", sorted(SIZES))
def test_every_stored_offset_gives_its_anchor(session: str) -> None:
    """Each gold span sits at its anchor's surface in the rebuilt document text."""
    docs = read_documents(train_path(CORPORA))
    rows = [r for rows in _records(session).values() for r in rows]
    assert [p for r in rows for p in check_record(r, docs[r["doc"]].text)] == []
