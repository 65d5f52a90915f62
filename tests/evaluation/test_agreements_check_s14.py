"""The session-14 agreements check set: registered, split 4/4 by the scripted draw, anchors resolve."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from evaluation.data.anchor import check_record, corpus_texts
from evaluation.data.drawing import CHECK_SETS

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
OWN = DATA / "check_agreements_s14.jsonl"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
RECORDS = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line]


def test_the_check_set_is_registered_and_split_in_two_halves() -> None:
    """Eight articles in CHECK_SETS, the halves those of the committed id list (4 and 4)."""
    assert OWN.name in CHECK_SETS
    drawn = [line.split() for line in (DATA / "agreements_s14_ids.txt").read_text().splitlines()]
    assert [(r["id"], r["split"]) for r in RECORDS] == [(i, f"check_s14_{h}") for i, h in drawn]
    halves = [h for _, h in drawn]
    assert halves.count("A") == halves.count("B") == 4


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
def test_every_stored_offset_gives_its_anchor() -> None:
    """Each gold span sits at its anchor in the corpus text."""
    texts = corpus_texts(CORPORA)
    assert [p for record in RECORDS for p in check_record(record, texts[record["id"]])] == []
