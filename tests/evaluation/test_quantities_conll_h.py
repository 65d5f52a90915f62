"""Check set H of the real quantities set (session 16): more CoNLL-2003 train sentences, weighted to
the issue's miss classes, kept as (document, sentence) indices; its rows, fields, halves and draw."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.drawing import CHECK_SETS
from evaluation.data.quantities_gold import field_problems
from evaluation.data.select_quantities_h import (
    HALVES,
    HEAD_USED,
    MISS,
    SIZE,
    same_day_documents,
    selection,
    used_documents,
)
from evaluation.quantities_real import SPLITS, TUNING_SPLITS

from tests.evaluation.test_quantities_conll_g import check_draw_and_spans

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
GOLD = DATA / "real_quantities_h.jsonl"


def _gold() -> list[dict[str, Any]]:
    """The committed rows of set H."""
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def test_miss_class_sentences_are_rates_changes_ages_and_modifiers() -> None:
    """The miss classes of issue 18 are found; a plain count sentence is not one."""
    assert MISS.search("Brent rose 41 cents to $20.10 a barrel.")
    assert MISS.search("A 17-year-old boy was arrested.")
    assert MISS.search("Some 300 workers marched, up to 40 more than police said.")
    assert MISS.search("Output was 60,000 bpd.")
    assert not MISS.search("Ten men left the building on Monday.")


def test_used_documents_read_keys_train_ids_and_id_lists_but_not_set_h(tmp_path: Path) -> None:
    """Indexes named by earlier files count as used; set H's own file does not; HEAD_USED always."""
    (tmp_path / "check_dates_conll_s14.jsonl").write_text('{"document": 5}\n{"doc": 6}\n', encoding="utf-8")
    (tmp_path / "events_gold.py").write_text("ID = 'conll-train-7'\n", encoding="utf-8")
    (tmp_path / "agreements_conll_s16_ids.txt").write_text("8 A\n9 B\n", encoding="utf-8")
    (tmp_path / "real_quantities_h.jsonl").write_text('{"doc": 10}\n', encoding="utf-8")
    used = used_documents(tmp_path)
    assert {5, 6, 7, 8, 9} <= used and 10 not in used and HEAD_USED <= used


def test_the_committed_set_has_valid_fields_and_alternating_halves_and_is_a_check_set() -> None:
    """SIZE rows of distinct documents, even rows half A, valid fields, listed and scored."""
    rows = _gold()
    assert len(rows) == SIZE and len({r["doc"] for r in rows}) == SIZE
    assert [r["split"] for r in rows] == [HALVES[i % 2] for i in range(SIZE)]
    assert all(field_problems({**r, "id": f"conll-train-{r['doc']}", "start": 0}) == [] for r in rows)
    assert GOLD.name in CHECK_SETS and set(HALVES) <= set(SPLITS)
    assert HALVES[0] in TUNING_SPLITS and HALVES[1] not in TUNING_SPLITS


def test_no_row_reuses_a_story_of_set_g_or_of_the_same_day_events_set() -> None:
    """Set H shares no CoNLL story with set G, nor with the events s16 set (its rows were replaced)."""
    lines = (DATA / "real_quantities_g.jsonl").read_text(encoding="utf-8").splitlines()
    earlier = {json.loads(line)["doc"] for line in lines}
    assert not earlier & {r["doc"] for r in _gold()}
    assert len(same_day_documents()) == 20 and not same_day_documents() & {r["doc"] for r in _gold()}


@pytest.mark.skipif(not (CORPORA / "conll2003" / "eng.train").is_file(), reason="CoNLL corpus not found")
def test_the_draw_reproduces_and_every_span_resolves() -> None:
    """The seeded draw gives the committed rows; each span's text stands at its offsets."""
    check_draw_and_spans(_gold(), selection)
