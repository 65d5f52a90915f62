"""Batch B of the real quantities set: its draw, its split rule and the committed gold file."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.drawing import ids_named
from evaluation.data.quantities_gold import check_sentence, field_problems
from evaluation.data.select_quantities import PER_ARTICLE, QUOTAS
from evaluation.data.select_quantities_b import OWN, QUOTAS_B, TOTAL, _scaled, selection, used_ids

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
GOLD_B = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "real_quantities_b.jsonl"


def _gold() -> list[dict[str, Any]]:
    """The committed batch-B records."""
    return [json.loads(line) for line in GOLD_B.read_text(encoding="utf-8").splitlines() if line]


def test_quotas_are_scaled_to_the_total_keeping_their_proportions() -> None:
    assert sum(QUOTAS_B.values()) == TOTAL and list(QUOTAS_B) == list(QUOTAS)
    whole = sum(QUOTAS.values())
    assert all(abs(QUOTAS_B[s] - QUOTAS[s] * TOTAL / whole) < 1 for s in QUOTAS)
    assert _scaled({"a": 1, "b": 1, "c": 1}, 4) == {"a": 2, "b": 1, "c": 1}


def test_a_small_corpus_is_drawn_without_used_articles_and_split_by_article() -> None:
    text = (
        "Prices of the company rose 3% in May. Its sales fell by 12 cents a share. "
        "Nothing at all happened here today, he said. Ten men left the firm last week."
    )
    articles = [
        {"id": f"x{i}", "subset": subset, "text": text} for i, subset in enumerate(list(QUOTAS) * 3)
    ]
    rows = selection(articles, used={"x0", "x1"})
    assert {r["id"] for r in rows}.isdisjoint({"x0", "x1"})
    per_article = Counter(r["id"] for r in rows)
    assert max(per_article.values()) <= PER_ARTICLE
    splits = {r["id"]: r["split"] for r in rows}
    assert set(splits.values()) == {"dev_b", "untouched_b"}
    assert all(splits[r["id"]] == r["split"] for r in rows)
    assert rows == selection(articles, used={"x0", "x1"})  # seeded: the same draw every time


def test_committed_batch_b_has_valid_fields_and_shares_no_article() -> None:
    records = _gold()
    assert len(records) == TOTAL
    assert {r["split"] for r in records} == {"dev_b", "untouched_b"}
    assert all(field_problems(r) == [] for r in records)
    assert Counter(r["subset"] for r in records) == Counter(QUOTAS_B)
    assert max(Counter(r["id"] for r in records).values()) <= PER_ARTICLE
    assert GOLD_B.name in OWN
    assert {r["id"] for r in records}.isdisjoint(used_ids())
    assert {r["id"] for r in records} <= ids_named([GOLD_B])


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus not found")
def test_batch_b_offsets_resolve_and_the_selection_reproduces() -> None:
    from evaluation.data.anchor import corpus_texts
    from evaluation.data.drawing import corpus_articles

    texts = corpus_texts(CORPORA)
    records = _gold()
    assert [p for r in records for p in check_sentence(r, texts[r["id"]])] == []
    rows = selection(corpus_articles(["--corpora", str(CORPORA)], None), used_ids())
    assert [(r["id"], r["subset"], r["start"], r["end"], r["split"]) for r in rows] == [
        (r["id"], r["subset"], r["start"], r["end"], r["split"]) for r in records
    ]
