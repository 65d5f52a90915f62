"""The session-15 CoNLL events check set: registered, its draw reproduced by the shared reader, its
gold spans at their anchors in the rebuilt texts (which are never stored)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from evaluation.conll_documents import read_documents, train_path
from evaluation.data.anchor import check_record
from evaluation.data.drawing import CHECK_SETS

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
HALVES = {h: DATA / f"check_events_conll_s15_{h}.jsonl" for h in "ab"}
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
RECORDS = {
    h: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line]
    for h, p in HALVES.items()
}
HAS_TRAIN = train_path(CORPORA).is_file()


def test_both_halves_are_registered_and_hold_twelve_documents_each() -> None:
    """Two files in CHECK_SETS, twelve rows each, ids named after the document index, no text field."""
    assert all(p.name in CHECK_SETS for p in HALVES.values())
    assert [len(rows) for rows in RECORDS.values()] == [12, 12]
    rows = [r for rows in RECORDS.values() for r in rows]
    assert all(r["id"] == f"conll-train-{r['doc']}" and "text" not in r for r in rows)


@pytest.mark.skipif(not HAS_TRAIN, reason="CoNLL-2003 train absent")
def test_the_draw_reproduces_the_stored_halves() -> None:
    """The selection script draws the stored documents, half A at even positions, B at odd ones."""
    from evaluation.data.select_events_conll_s15 import draw

    half_a, half_b = draw(CORPORA)
    assert (half_a, half_b) == ([r["doc"] for r in RECORDS["a"]], [r["doc"] for r in RECORDS["b"]])


@pytest.mark.skipif(not HAS_TRAIN, reason="CoNLL-2003 train absent")
def test_every_stored_offset_gives_its_anchor() -> None:
    """Each gold span sits at its anchor's surface in the rebuilt document text."""
    docs = read_documents(train_path(CORPORA))
    rows = [r for rows in RECORDS.values() for r in rows]
    assert [p for r in rows for p in check_record(r, docs[r["doc"]].text)] == []
