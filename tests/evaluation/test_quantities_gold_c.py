"""Check set C of the real quantities set (session 11): its fields, its articles, its offsets."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.quantities_gold import check_sentence, field_problems
from evaluation.data.select_quantities import PER_ARTICLE
from evaluation.data.select_quantities_b import used_ids as used_before_c
from evaluation.data.select_quantities_c import OWN, QUOTAS_C, selection, used_ids

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
GOLD_C = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "real_quantities_c.jsonl"


def _gold() -> list[dict[str, Any]]:
    """The committed set-C records."""
    return [json.loads(line) for line in GOLD_C.read_text(encoding="utf-8").splitlines() if line]


def test_committed_set_c_has_valid_fields_and_shares_no_article() -> None:
    """150 sentences of split check_c, in the quotas, from articles no other set names."""
    records = _gold()
    assert len(records) == sum(QUOTAS_C.values())
    assert {r["split"] for r in records} == {"check_c"}
    assert all(field_problems(r) == [] for r in records)
    assert Counter(r["subset"] for r in records) == Counter(QUOTAS_C)
    assert max(Counter(r["id"] for r in records).values()) <= PER_ARTICLE
    assert GOLD_C.name in OWN and GOLD_C.name in CHECK_SETS
    assert {r["id"] for r in records}.isdisjoint(used_ids())
    assert {r["id"] for r in records}.isdisjoint(used_before_c())


def test_a_small_corpus_is_drawn_only_from_allowed_unused_articles() -> None:
    """The draw keeps to the allowed ids, skips used ones and is seeded."""
    text = "Prices rose 3% in May. Its sales fell by 12 cents a share. Ten men left the firm last week."
    articles = [{"id": f"x{i}", "subset": s, "text": text} for i, s in enumerate(list(QUOTAS_C) * 3)]
    allowed = {f"x{i}" for i in range(8)}
    rows = selection(articles, allowed, {"x0"})
    assert {r["id"] for r in rows} <= allowed - {"x0"}
    assert rows == selection(articles, allowed, {"x0"})


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus not found")
def test_set_c_offsets_resolve() -> None:
    """Every anchor and offset of the gold matches the article text."""
    from evaluation.data.anchor import corpus_texts

    texts = corpus_texts(CORPORA)
    assert [p for r in _gold() for p in check_sentence(r, texts[r["id"]])] == []
