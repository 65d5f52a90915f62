"""Check set J of the real quantities set (session 23): PolNeAR train sentences kept as (file, sentence)
indices; its rows, fields, halves, pool and draw."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.drawing import CHECK_SETS, earlier_files
from evaluation.data.quantities_gold import field_problems
from evaluation.data.quantities_j_gold import GOLD, build
from evaluation.data.select_quantities_j import HALVES, NUMBERS, PLAIN, POOL, SESSION
from evaluation.quantities_real import SPLITS, TUNING_SPLITS, polnear_rows

from tests.evaluation.check_sets import assert_quantity_spans

CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
FILE = DATA / "real_quantities_j_s23.jsonl"
HAVE_POLNEAR = (CORPORA / "polnear" / "train" / "text").is_dir()


def _rows() -> list[dict[str, Any]]:
    """The committed rows of set J."""
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line]


def test_the_committed_set_has_valid_fields_and_alternating_halves_and_is_a_check_set() -> None:
    """NUMBERS + PLAIN distinct rows from the pool, even rows half A, valid fields, listed and scored."""
    rows = _rows()
    assert len(rows) == NUMBERS + PLAIN == len(GOLD)
    assert len({(r["file"], r["sentence"]) for r in rows}) == len(rows)
    assert {r["file"] for r in rows} <= set(POOL.read_text(encoding="utf-8").split())
    assert [r["split"] for r in rows] == [HALVES[i % 2] for i in range(len(rows))]
    assert all(field_problems({**r, "id": r["file"], "start": 0}) == [] for r in rows)
    assert FILE.name in CHECK_SETS and set(HALVES) <= set(SPLITS)
    assert HALVES[0] in TUNING_SPLITS and HALVES[1] not in TUNING_SPLITS


def test_the_set_is_tagged_so_earlier_draws_do_not_read_it() -> None:
    """The file carries the session tag: draws of session 22 and of this set skip it, so they reproduce."""
    assert FILE not in earlier_files(DATA, SESSION) and FILE not in earlier_files(DATA, 22)


@pytest.mark.skipif(not HAVE_POLNEAR, reason="PolNeAR corpus not found")
def test_the_draw_reproduces_and_every_span_resolves() -> None:
    """The seeded draw and the gold builder give the committed file; each span's text stands at its
    offsets in the text read from the corpus, and each row has its publication date."""
    assert "".join(json.dumps(row) + "\n" for row in build(CORPORA)) == FILE.read_text(encoding="utf-8")
    built = polnear_rows(_rows(), CORPORA)
    assert built is not None
    assert all(published for _, published in built[1].values())
    assert_quantity_spans(built)
