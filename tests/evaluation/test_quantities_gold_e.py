"""Check set E of the real quantities set (session 13): its fields, its halves, its articles, its offsets."""

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
from evaluation.data.select_quantities_e import HALVES, OWN, QUOTAS_E, selection, used_ids

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
GOLD_E = Path(__file__).resolve().parents[2] / "evaluation" / "data" / "real_quantities_e.jsonl"


def _gold() -> list[dict[str, Any]]:
    """The committed set-E records."""
    return [json.loads(line) for line in GOLD_E.read_text(encoding="utf-8").splitlines() if line]


def test_committed_set_e_has_valid_fields_halves_and_shares_no_article() -> None:
    """80 sentences in the quotas, even rows half A and odd rows half B, from unnamed articles."""
    records = _gold()
    assert len(records) == sum(QUOTAS_E.values())
    assert [r["split"] for r in records] == [HALVES[i % 2] for i in range(len(records))]
    assert all(field_problems(r) == [] for r in records)
    assert Counter(r["subset"] for r in records) == Counter(QUOTAS_E)
    assert max(Counter(r["id"] for r in records).values()) <= PER_ARTICLE
    assert GOLD_E.name in OWN and GOLD_E.name in CHECK_SETS
    assert {r["id"] for r in records}.isdisjoint(used_ids())


def test_a_small_corpus_is_drawn_from_allowed_unused_articles_in_alternating_halves() -> None:
    """The draw keeps to the allowed ids, skips used ones, alternates the halves and is seeded."""
    text = "Prices rose 3% in May. Its sales fell by 12 cents a share. Ten men left the firm last week."
    articles = [{"id": f"x{i}", "subset": s, "text": text} for i, s in enumerate(list(QUOTAS_E) * 3)]
    allowed = {f"x{i}" for i in range(12)}
    rows = selection(articles, allowed, {"x0"})
    assert {r["id"] for r in rows} <= allowed - {"x0"}
    assert [r["split"] for r in rows] == [HALVES[i % 2] for i in range(len(rows))]
    assert rows == selection(articles, allowed, {"x0"})


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus not found")
def test_set_e_offsets_resolve() -> None:
    """Every anchor and offset of the gold matches the article text."""
    from evaluation.data.anchor import corpus_texts

    texts = corpus_texts(CORPORA)
    assert [p for r in _gold() for p in check_sentence(r, texts[r["id"]])] == []
