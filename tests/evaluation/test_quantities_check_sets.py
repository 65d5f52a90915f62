"""Check sets D (session 12), E (session 13) and F (session 14) of the real quantities set: their
fields, halves, articles and offsets, and their seeded draws (one test per set, from its draw module)."""

from __future__ import annotations

import importlib
import json
import os
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.quantities_gold import check_sentence, field_problems
from evaluation.data.select_quantities import PER_ARTICLE

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
SETS = ["d", "e", "f"]  # real_quantities_<set>.jsonl, drawn by select_quantities_<set>.py


def _draw(name: str) -> ModuleType:
    """The set's draw module (its quotas, halves, own files and used ids)."""
    return importlib.import_module(f"evaluation.data.select_quantities_{name}")


def _quotas(name: str) -> dict[str, int]:
    """The set's sentences per subset (``QUOTAS_D``, ``QUOTAS_E``)."""
    quotas: dict[str, int] = getattr(_draw(name), f"QUOTAS_{name.upper()}")
    return quotas


def _gold(name: str) -> list[dict[str, Any]]:
    """The committed records of the set."""
    path = DATA / f"real_quantities_{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("name", SETS)
def test_a_committed_set_has_valid_fields_halves_and_shares_no_article(name: str) -> None:
    """The sentences fill the quotas, even rows half A and odd rows half B, from unnamed articles."""
    draw, records = _draw(name), _gold(name)
    assert len(records) == sum(_quotas(name).values())
    assert [r["split"] for r in records] == [draw.HALVES[i % 2] for i in range(len(records))]
    assert all(field_problems(r) == [] for r in records)
    assert Counter(r["subset"] for r in records) == Counter(_quotas(name))
    assert max(Counter(r["id"] for r in records).values()) <= PER_ARTICLE
    gold_name = f"real_quantities_{name}.jsonl"
    assert gold_name in draw.OWN and gold_name in CHECK_SETS
    assert {r["id"] for r in records}.isdisjoint(draw.used_ids())


@pytest.mark.parametrize("name", SETS)
def test_a_small_corpus_is_drawn_from_allowed_unused_articles_in_alternating_halves(name: str) -> None:
    """The draw keeps to the allowed ids, skips used ones, alternates the halves and is seeded."""
    draw = _draw(name)
    text = "Prices rose 3% in May. Its sales fell by 12 cents a share. Ten men left the firm last week."
    articles = [{"id": f"x{i}", "subset": s, "text": text} for i, s in enumerate(list(_quotas(name)) * 3)]
    allowed = {f"x{i}" for i in range(12)}
    rows = draw.selection(articles, allowed, {"x0"})
    assert {r["id"] for r in rows} <= allowed - {"x0"}
    assert [r["split"] for r in rows] == [draw.HALVES[i % 2] for i in range(len(rows))]
    assert rows == draw.selection(articles, allowed, {"x0"})


@pytest.mark.skipif(not (CORPORA / "news" / "articles.jsonl").is_file(), reason="news corpus not found")
@pytest.mark.parametrize("name", SETS)
def test_a_sets_offsets_resolve(name: str) -> None:
    """Every anchor and offset of the gold matches the article text."""
    from evaluation.data.anchor import corpus_texts

    texts = corpus_texts(CORPORA)
    assert [p for r in _gold(name) for p in check_sentence(r, texts[r["id"]])] == []
