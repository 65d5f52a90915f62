"""The session-14 claims check set: its shape (no corpus needed), and its offsets (skipped without it)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.select_claims_s14 import OWN, SIZE, build, selection

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
RECORDS = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line]


def test_the_check_set_is_registered_and_split_in_two_halves() -> None:
    """Fourteen articles in CHECK_SETS, seven in the tuned half A and seven in the held-out half B."""
    assert OWN.name in CHECK_SETS
    assert len(RECORDS) == SIZE
    halves = [r["split"] for r in RECORDS]
    assert halves.count("check_s14_A") == halves.count("check_s14_B") == SIZE // 2
    kinds = {c["kind"] for r in RECORDS for c in r["claims"]}
    assert kinds <= {"direct", "indirect", "according_to", "belief", "perception"}


def test_the_draw_is_seeded_and_keeps_a_quota_per_source() -> None:
    """The same pool gives the same draw; no subset gives more than three articles."""
    text = "He said it. She told them. They said so. " * 20
    articles = [{"id": f"bbc-x-{n:03d}", "subset": "bbc/x", "text": text} for n in range(20)]
    articles += [{"id": f"bbc-y-{n:03d}", "subset": "bbc/y", "text": text} for n in range(20)]
    pool = {a["id"] for a in articles}
    first, again = selection(articles, pool), selection(list(reversed(articles)), pool)
    assert first == again
    assert sum(1 for i, _ in first if i.startswith("bbc-x")) == 3
    assert [h for _, h in first] == ["A", "B"] * 3


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus absent")
def test_the_anchors_resolve_to_the_stored_offsets() -> None:
    """Resolving the hand anchors again gives the stored gold file."""
    path = CORPORA / "news" / "articles.jsonl"
    articles = {a["id"]: a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    assert build(articles) == RECORDS
